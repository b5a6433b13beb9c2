"""Import of the groups of a province's communes from the sheet the province keeps.

One row per commune: "Mã xã" and/or "Tên xã" (a code is trusted or refused, a blank code cell is
matched by name among the province's communes), "Nhóm" (1, 2, 3 or "Nhóm 2"), "Từ ngày"
(dd/mm/yyyy or a date cell; a default date may be given for blank cells), and optionally "Ghi
chú" or "Căn cứ". The header may sit below title rows. Any bad cell: nothing is imported, every
problem is listed with its sheet, row and column. Importing the same sheet again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput, OutOfScope
from ntm_desktop.common.text import format_date, nfc
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheets
from ntm_desktop.units import datasets, groups, unit_names, units

KIND = "nhóm xã"


@dataclass(frozen=True)
class Layout:
    """Where things are in one sheet (column indexes, 0-based)."""

    code: int | None
    name: int | None
    group: int
    start: int | None
    note: int | None


@dataclass(frozen=True)
class GroupRow:
    unit: units.Unit
    group: int
    start: date
    note: str
    sheet: str
    row: int


def _layout(cells: list[str]) -> Layout | None:
    """The columns a header row names, if it is the groups table's header."""

    def first(*accepted: str) -> int | None:
        return sheets.column_starting(cells, *accepted)

    group = first("nhom")
    code = first("ma xa", "ma don vi", "ma")
    name = first("ten xa", "ten don vi", "xa", "don vi", "ten")
    if group is None or (code is None and name is None):
        return None
    return Layout(
        code, name, group, first("tu ngay", "ngay", "hieu luc"), first("ghi chu", "can cu")
    )


def read(db: Database, path: Path, default_start: date | None = None) -> list[GroupRow]:
    """Every commune row of the file, checked; raises InvalidInput listing every bad cell."""
    province = units.children(db, None)[0]
    pool = unit_names.communes_under(db, province.code, datasets.reference_date(db))
    problems: list[sheets.Problem] = []
    found: list[GroupRow] = []
    for sheet, where, start in sheets.tables_in(path, _layout):
        for row in sheets.data_rows(sheet, start):
            item = _row(db, pool, sheet, row, where, default_start, problems)
            if item is not None:
                found.append(item)
    _check_repeats(found, problems)
    if problems:
        raise sheets.problems_error(
            f"Tệp {Path(path).name} có {len(problems)} ô không hợp lệ; chưa nhập nhóm xã nào. "
            "Hãy sửa các ô dưới đây rồi nhập lại.",
            problems,
        )
    if not found:
        raise InvalidInput(
            f"Không tìm thấy bảng nhóm xã trong tệp {Path(path).name}: cần một dòng tiêu đề có "
            "cột 'Mã xã' hoặc 'Tên xã', cột 'Nhóm' và cột 'Từ ngày'."
        )
    return found


def _row(
    db: Database,
    pool: list[units.Unit],
    sheet: sheets.Sheet,
    row: sheets.Row,
    where: Layout,
    default_start: date | None,
    problems: list[sheets.Problem],
) -> GroupRow | None:
    def cell(column: int | None) -> Any:
        return None if column is None else row.cell(column)

    def problem(column: int | None, reason: str) -> None:
        problems.append(
            sheets.Problem(sheet.name, row.number, column, cell(column), reason.rstrip("."))
        )

    unit, reason = unit_names.commune_of_row(db, pool, cell(where.code), cell(where.name))
    code_given = unit_names.normalise_code(cell(where.code)) is not None
    unit_column = where.code if code_given or where.name is None else where.name
    if reason is not None:
        problem(unit_column, reason)
    elif unit is not None:
        try:
            groups.check_commune(db, unit.code)
        except InvalidInput as error:
            problem(unit_column, error.message)
            unit = None
    number = start = None
    try:
        number = groups.parse_group(cell(where.group))
    except InvalidInput as error:
        problem(where.group, error.message)
    written = cell(where.start)
    if sheets.is_blank(written) and default_start is not None:
        start = default_start
    elif sheets.is_blank(written):
        problem(
            where.start,
            "thiếu ngày bắt đầu của nhóm; ghi ngày dạng dd/mm/yyyy (hoặc cho ngày chung bằng "
            "--from)",
        )
    else:
        try:
            start = parse_date(written, "Ngày bắt đầu")
        except InvalidInput as error:
            problem(where.start, error.message)
    if start is not None and unit is not None and not unit.valid_on(start):
        problem(where.start, f"{unit.name} không có hiệu lực vào ngày {format_date(start)}")
        return None
    if unit is None or number is None or start is None:
        return None
    note = cell(where.note)
    note_text = "" if sheets.is_blank(note) else nfc(str(note))
    return GroupRow(unit, number, start, note_text, sheet.name, row.number)


def _check_repeats(found: list[GroupRow], problems: list[sheets.Problem]) -> None:
    """One commune written twice from one date with two groups cannot be both."""
    seen: dict[tuple[str, date], int] = {}
    for item in found:
        earlier = seen.setdefault((item.unit.code, item.start), item.group)
        if earlier != item.group:
            problems.append(
                sheets.Problem(
                    item.sheet,
                    item.row,
                    None,
                    None,
                    f"{item.unit.name} ({item.unit.code}) được ghi hai nhóm khác nhau ({earlier} "
                    f"và {item.group}) cùng từ ngày {format_date(item.start)}; hãy giữ một dòng",
                )
            )


def import_file(
    db: Database,
    path: Path,
    *,
    default_start: date | None = None,
    dry_run: bool = False,
    set_group: Callable[..., dict[str, tuple[Any, Any]]] = groups.set_group,
) -> sheets.ImportReport:
    """Put every commune of the sheet in its group (all of them, or none on any problem).
    `set_group` writes one commune's group: the checklist passes one that also rescores it."""
    reason = groups.refusal(db)
    if reason is not None:
        raise OutOfScope(f"Không thể nhập: {reason}")
    found = read(db, path, default_start)
    report = sheets.ImportReport(KIND, dry_run=dry_run)

    def write_all() -> None:
        for item in found:
            held = groups.history(db, item.unit.code)
            new = all(period.valid_from != item.start for period in held)
            changed = set_group(db, item.unit.code, item.group, item.start, item.note)
            report.count("new" if new else "changed" if changed else "unchanged")

    sheets.apply(db, write_all, dry_run=dry_run)
    return report
