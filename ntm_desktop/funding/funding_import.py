"""Importing funds mobilised from a sheet shaped like the report's table.

Columns: `source` (the line as the report writes it), `amount_million_vnd` (or `amount`; m² or
workdays on in-kind lines), optional `percent_reported` and optional `unit` (a unit code; the
`unit` argument otherwise). A total line is checked, never stored; a reported percentage that
differs from the computed share is noted, not taken.

A sheet with an `allocated_million_vnd` column is a disbursement sheet instead: kind (Vốn đầu tư
/ Vốn sự nghiệp), allocated_million_vnd, disbursed_million_vnd, as_of, optional reason and unit.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.money import DONG_PER_MILLION, format_million, share
from ntm_desktop.common.numbers import parse_decimal
from ntm_desktop.common.text import fold
from ntm_desktop.funding import funding
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheets
from ntm_desktop.units import units
from ntm_desktop.units.records import default_owner

# Folded beginnings of the report's lines -> field; the first match wins, so the community line
# ("... không kể hiến đất; ngày công ...") is not mistaken for an in-kind line.
_LINES = (
    ("ngan sach trung uong", "central"),
    ("ngan sach dia phuong", "local"),
    ("ngan sach tinh", "province"),
    ("ngan sach huyen", "district"),
    ("ngan sach xa", "commune"),
    ("von long ghep", "integrated"),
    ("nguon von long ghep", "integrated"),
    ("long ghep", "integrated"),
    ("huy dong tu doanh nghiep", "enterprise"),
    ("doanh nghiep", "enterprise"),
    ("huy dong tu nguoi dan", "community"),
    ("nguoi dan", "community"),
    ("hien dat", "land_m2"),
    ("ngay cong", "workdays"),
    ("pha do tuong rao", "walls_m2"),
    ("tong", "total"),
)
DISBURSEMENT_COLUMNS = ("kind", "allocated_million_vnd", "disbursed_million_vnd", "as_of")
_FIELD_COLUMNS = {
    "kind": "kind",
    "allocated": "allocated_million_vnd",
    "disbursed": "disbursed_million_vnd",
}
_LEVEL_BUDGET = {"province": "province", "district": "district", "commune": "commune"}


def line_field(label: str) -> str | None:
    folded = fold(label)
    for start, name in _LINES:
        if folded.startswith(start):
            return name
    return None


def import_sheet(
    db: Database, path: Path, year: int, *, unit: str | None = None, dry_run: bool = False
) -> sheets.ImportReport:
    """Funds by source, or (when the sheet has `allocated_million_vnd`) disbursement."""
    sheet = sheets.table(path, ())
    if "allocated_million_vnd" in sheet.columns:
        sheets.require(sheet, DISBURSEMENT_COLUMNS)
        return _import_disbursement(db, sheet, year, unit, dry_run)
    sheets.require(sheet, ("source",))
    amount_column = next(
        (name for name in ("amount_million_vnd", "amount") if name in sheet.columns), None
    )
    if amount_column is None:
        raise InvalidInput(
            f"Tệp {path.name} thiếu cột số tiền: cần cột 'amount_million_vnd' (triệu đồng)."
        )
    default_unit = unit or default_owner(db)
    report = sheets.ImportReport("nguồn vốn", dry_run=dry_run)
    checked: dict[str, dict[str, Any]] = {}
    seen: dict[tuple[str, str], int] = {}
    typed_totals: list[tuple[sheets.TableRow, str, Decimal]] = []
    reported: list[tuple[sheets.TableRow, str, str, Decimal]] = []
    for row in sheet.rows:
        code = row.text("unit") or default_unit
        try:
            target = funding.unit_for_funding(db, code)
        except (InvalidInput, NotFound) as error:
            report.problem(row, "unit", error.message)
            continue
        name = line_field(row.text("source"))
        if name is None:
            report.problem(
                row,
                "source",
                f"không nhận ra nguồn vốn '{row.text('source')}'. Ghi một trong: "
                + "; ".join(funding.GROUPS.values())
                + "; Ngân sách tỉnh/huyện/xã; Hiến đất; Ngày công; Phá dỡ tường rào; Tổng.",
            )
            continue
        if name == "local":
            name = _LEVEL_BUDGET[target.level]
            report.notes.append(
                f"Dòng {row.line}: ngân sách địa phương không tách theo cấp, ghi vào "
                f"{funding.SOURCES[name].lower()} (cấp của {target.name})."
            )
        key = (target.code, name)
        if key in seen:
            report.problem(row, "source", f"nguồn này đã có ở dòng {seen[key]} cho {target.name}.")
            continue
        seen[key] = row.line
        raw = row.cells.get(amount_column)
        if raw is None or str(raw).strip() == "":
            report.problem(row, amount_column, "chưa có số liệu.")
            continue
        if name == "total":
            try:
                typed_totals.append((row, target.code, parse_decimal(raw, "Tổng")))
            except InvalidInput as error:
                report.problem(row, amount_column, error.message)
            continue
        given = ({}, {name: raw}) if name in funding.IN_KIND else ({name: raw}, {})
        values, problems = funding.validate(*given)
        for message in problems:
            report.problem(row, amount_column, message)
        checked.setdefault(target.code, {}).update(values)
        percent = row.text("percent_reported")
        if percent:
            try:
                reported.append(
                    (row, target.code, name, parse_decimal(percent, "Tỷ lệ", percent_sign=True))
                )
            except InvalidInput as error:
                report.problem(row, "percent_reported", error.message)
    report.refuse_if_problems(path)
    _note_totals(checked, typed_totals, reported, report)

    def write_all() -> None:
        for code, values in checked.items():
            report.count(funding.write_year(db, units.get(db, code), year, values))

    sheets.apply(db, write_all, dry_run=dry_run)
    return report


def _note_totals(
    checked: dict[str, dict[str, Any]],
    typed_totals: list[tuple[sheets.TableRow, str, Decimal]],
    reported: list[tuple[sheets.TableRow, str, str, Decimal]],
    report: sheets.ImportReport,
) -> None:
    """Compare what the sheet states with what its own lines add up to (on the lines given)."""
    sums = {
        code: sum(value for column, value in values.items() if column.endswith("_dong"))
        for code, values in checked.items()
    }
    for row, code, typed in typed_totals:
        total = Decimal(sums.get(code, 0)) / DONG_PER_MILLION
        if typed != total:
            report.notes.append(
                f"Dòng {row.line}: tổng ghi trong tệp {format_million(typed)} triệu đồng khác "
                f"tổng các nguồn {format_million(total)} triệu đồng. Tổng ghi tay không được "
                "lưu; báo cáo luôn dùng tổng tính từ các nguồn."
            )
    for row, code, name, percent in reported:
        values = checked.get(code, {})
        part = sum(
            values.get(f"{key}_dong", 0)
            for key in (funding.LOCAL_SOURCES if name in funding.LOCAL_SOURCES else (name,))
        )
        computed = share(part, sums.get(code, 0))
        if computed is not None and abs(computed - percent) > Decimal("0.05"):
            report.notes.append(
                f"Dòng {row.line}: tỷ lệ ghi trong tệp {format_million(percent, 1)} % khác tỷ lệ "
                f"tính được {format_million(computed, 1)} %; báo cáo dùng tỷ lệ tính được."
            )


def _import_disbursement(
    db: Database, sheet: sheets.Table, year: int, unit: str | None, dry_run: bool
) -> sheets.ImportReport:
    """Columns kind (Vốn đầu tư / Vốn sự nghiệp), allocated_million_vnd,
    disbursed_million_vnd, as_of (dd/mm/yyyy), optional reason and unit."""
    default_unit = unit or default_owner(db)
    report = sheets.ImportReport("số liệu giải ngân", dry_run=dry_run)
    checked: list[tuple[units.Unit, str, date, dict[str, Any]]] = []
    seen: dict[tuple[str, str, date], int] = {}
    for row in sheet.rows:
        try:
            target = funding.unit_for_funding(db, row.text("unit") or default_unit)
        except (InvalidInput, NotFound) as error:
            report.problem(row, "unit", error.message)
            continue
        as_of = _cell_date(row, "as_of", report)
        values, problems = funding.check_disbursement(
            row.text("kind"),
            row.cells.get("allocated_million_vnd"),
            row.cells.get("disbursed_million_vnd"),
            row.text("reason"),
        )
        for field_name, message in problems:
            report.problem(row, _FIELD_COLUMNS[field_name], message)
        if problems or as_of is None:
            continue
        if as_of.year not in (year, year + 1):
            report.problem(row, "as_of", f"ngày {as_of:%d/%m/%Y} không thuộc năm {year}.")
            continue
        kind = funding.kind_of(row.text("kind"))
        key = (target.code, kind, as_of)
        if key in seen:
            report.problem(
                row, "kind", f"trùng với dòng {seen[key]} (cùng đơn vị, loại vốn, ngày)."
            )
            continue
        seen[key] = row.line
        checked.append((target, kind, as_of, values))
    report.refuse_if_problems(sheet.path)

    def write_all() -> None:
        for target, kind, as_of, values in checked:
            report.count(funding.write_disbursement(db, target, year, kind, as_of, values))

    sheets.apply(db, write_all, dry_run=dry_run)
    return report


def _cell_date(row: sheets.TableRow, column: str, report: sheets.ImportReport) -> date | None:
    try:
        return parse_date(row.cells.get(column))
    except InvalidInput as error:
        report.problem(row, column, error.message)
        return None
