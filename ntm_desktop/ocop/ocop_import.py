"""Importing OCOP products and their rating decisions from a sheet (CSV or xlsx).

Columns: product, producer, producer_kind (HTX / Doanh nghiệp / Hộ gia đình), commune (code or
exact name), stars, decision, date. Any bad cell means nothing is imported; a rating already
recorded (same product, decision and date) is not recorded twice.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import fold, format_date
from ntm_desktop.ocop.ocop import add_producer, add_product, check_stars, producer_kind, rate
from ntm_desktop.storage import Database
from ntm_desktop.storage import ocop as rows
from ntm_desktop.tables import sheets
from ntm_desktop.units import units
from ntm_desktop.units.records import stable_id

SHEET_COLUMNS = ("product", "producer", "producer_kind", "commune", "stars", "decision", "date")


def import_sheet(
    db: Database, path: Path, year: int, *, dry_run: bool = False
) -> sheets.ImportReport:
    sheet = sheets.table(path, SHEET_COLUMNS)
    report = sheets.ImportReport("sản phẩm OCOP", dry_run=dry_run)
    checked: list[tuple[str, str, str, str, int, str, date]] = []
    for row in sheet.rows:
        checked_row = _check_row(db, row, year, report)
        if checked_row is not None:
            checked.append(checked_row)
    report.refuse_if_problems(path)

    def write_all() -> None:
        for product, producer, kind, commune, stars, decision, decided_on in checked:
            made = add_producer(db, producer, kind, commune)
            item = add_product(db, product, made.id)
            rating_id = stable_id("ocop-rating", item.id, fold(decision), decided_on.isoformat())
            held = rows.RATINGS.live(db, rating_id)
            if held is not None and held.stars == stars:
                report.count("unchanged")
                continue
            known = rows.RATINGS.deleted(db, rating_id) is not None
            rate(db, item.id, stars, decision, decided_on)
            report.count("changed" if known else "new")

    sheets.apply(db, write_all, dry_run=dry_run)
    return report


def _check_row(
    db: Database, row: sheets.TableRow, year: int, report: sheets.ImportReport
) -> tuple[str, str, str, str, int, str, date] | None:
    problems_before = len(report.problems)
    for column in ("product", "producer", "decision"):
        if not row.text(column):
            report.problem(row, column, "không được để trống.")
    kind = ""
    try:
        kind = producer_kind(row.text("producer_kind"))
    except InvalidInput as error:
        report.problem(row, "producer_kind", error.message)
    commune = _find_commune(db, row.text("commune"))
    if commune is None:
        report.problem(
            row,
            "commune",
            f"không tìm thấy xã '{row.text('commune')}'; ghi mã xã (ví dụ 07354) hoặc đúng tên xã.",
        )
    stars = 0
    try:
        stars = check_stars(row.text("stars"))
    except InvalidInput as error:
        report.problem(row, "stars", error.message)
    decided_on: date | None = None
    try:
        decided_on = parse_date(row.cells.get("date"), "Ngày quyết định")
    except InvalidInput as error:
        report.problem(row, "date", error.message)
    if decided_on is not None and decided_on.year > year:
        report.problem(
            row, "date", f"quyết định ngày {format_date(decided_on)} sau năm {year} đang nhập."
        )
    if len(report.problems) > problems_before or commune is None or decided_on is None:
        return None
    return (
        row.text("product"),
        row.text("producer"),
        kind,
        commune.code,
        stars,
        row.text("decision"),
        decided_on,
    )


def _find_commune(db: Database, text: str) -> units.Unit | None:
    if not text:
        return None
    try:
        unit = units.get(db, text)
    except NotFound:
        matches = [
            u for u in units.search(db, text) if fold(u.name) in (fold(text), fold("xã " + text))
        ]
        matches = [u for u in matches if u.level == "commune"]
        return matches[0] if len(matches) == 1 else None
    return unit if unit.level == "commune" else None
