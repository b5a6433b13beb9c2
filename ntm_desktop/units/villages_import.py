"""Import of villages (thôn, bản, tổ dân phố) from a sheet, for one commune or many.

One row per village: "Tên thôn" and, unless the whole sheet is for one commune, "Xã" (its name)
and/or "Mã xã"; optionally "Loại" (thôn, bản, tổ dân phố …; blank: the word the name starts with,
else thôn). Names are matched among the communes under the unit given (a commune, a district or
the province). Each village is added through `units.add_village`, as the tree's menu and
`ntm units add-village` add one, so it has the same code, owner and history; a village the commune
already has is left as it is, so importing the same sheet again adds nothing. Any bad cell:
nothing is imported, every problem is listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.text import fold, nfc
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheets
from ntm_desktop.units import datasets, unit_names, units

KIND = "thôn"
# Longest first: "tổ dân phố" before "tổ".
_KINDS_BY_LENGTH = sorted(units.VILLAGE_KINDS, key=len, reverse=True)


@dataclass(frozen=True)
class Layout:
    village: int
    commune: int | None
    code: int | None
    kind: int | None


@dataclass(frozen=True)
class VillageRow:
    commune: units.Unit
    name: str
    kind: str


def _layout(cells: list[str]) -> Layout | None:
    def first(*accepted: str) -> int | None:
        return sheets.column_starting(cells, *accepted)

    village = first("ten thon", "thon", "ten ban", "ten to dan pho")
    if village is None:
        return None
    return Layout(village, first("ten xa", "xa"), first("ma xa", "ma"), first("loai"))


def parse_kind(value: Any, name: str) -> str:
    """The kind a cell names (accents optional), else the word the name starts with, else thôn.
    A name that starts with another kind than the cell's ("Thôn Hạ", loại bản) is refused: which
    of the two is meant cannot be told."""
    folded = fold(name)
    named = next((kind for kind in _KINDS_BY_LENGTH if folded.startswith(fold(kind) + " ")), None)
    if sheets.is_blank(value):
        return named or "thôn"
    given = next((kind for kind in units.VILLAGE_KINDS if fold(str(value)) == fold(kind)), None)
    if given is None:
        raise InvalidInput(
            f"loại '{sheets.display(value)}' không hợp lệ; ghi một trong: "
            + ", ".join(units.VILLAGE_KINDS)
        )
    if named is not None and named != given:
        raise InvalidInput(
            f"tên '{name}' là {named} nhưng cột loại ghi '{given}'; hãy sửa tên hoặc loại"
        )
    return given


def read(db: Database, path: Path, under: str) -> list[VillageRow]:
    """Every village row of the file, checked; raises InvalidInput listing every bad cell."""
    scope = units.get(db, under)
    if scope.level == "village":
        raise InvalidInput(
            f"{scope.name} là một thôn: hãy ghi mã xã, huyện hoặc tỉnh có các thôn cần nhập."
        )
    pool = unit_names.communes_under(db, scope.code, datasets.reference_date(db))
    problems: list[sheets.Problem] = []
    found: list[VillageRow] = []
    for sheet, where, start in sheets.tables_in(path, _layout):
        if where.commune is None and where.code is None and scope.level != "commune":
            raise InvalidInput(
                f"Trang tính '{sheet.name}' không có cột 'Xã' hay 'Mã xã': hãy thêm cột xã của "
                "từng thôn, hoặc nhập cho một xã (ghi mã xã đó)."
            )
        for row in sheets.data_rows(sheet, start):
            item = _row(db, scope, pool, sheet, row, where, problems)
            if item is not None:
                found.append(item)
    if problems:
        raise sheets.problems_error(
            f"Tệp {Path(path).name} có {len(problems)} ô không hợp lệ; chưa thêm thôn nào. Hãy "
            "sửa các ô dưới đây rồi nhập lại.",
            problems,
        )
    if not found:
        raise InvalidInput(
            f"Không tìm thấy danh sách thôn trong tệp {Path(path).name}: cần một dòng tiêu đề có "
            "cột 'Tên thôn' (và cột 'Xã' khi tệp có thôn của nhiều xã)."
        )
    return found


def _row(
    db: Database,
    scope: units.Unit,
    pool: list[units.Unit],
    sheet: sheets.Sheet,
    row: sheets.Row,
    where: Layout,
    problems: list[sheets.Problem],
) -> VillageRow | None:
    def cell(column: int | None) -> Any:
        return None if column is None else row.cell(column)

    name = cell(where.village)
    if sheets.is_blank(name):
        problems.append(
            sheets.Problem.at(
                sheet, row, where.village, "thiếu tên thôn; hãy ghi tên hoặc xóa dòng"
            )
        )
        return None
    name = nfc(str(name))
    code, written = cell(where.code), cell(where.commune)
    if scope.level == "commune" and sheets.is_blank(code) and sheets.is_blank(written):
        commune: units.Unit | None = scope
    else:
        commune, reason = unit_names.commune_of_row(db, pool, code, written, within=scope.name)
        if commune is not None and commune not in pool:
            reason = f"{commune.name} không thuộc {scope.name}"
            commune = None
        if reason is not None:
            column = where.code if unit_names.normalise_code(code) is not None else where.commune
            problems.append(sheets.Problem(sheet.name, row.number, column, cell(column), reason))
    try:
        kind = parse_kind(cell(where.kind), name)
    except InvalidInput as error:
        assert where.kind is not None
        problems.append(sheets.Problem.at(sheet, row, where.kind, error.message))
        return None
    return None if commune is None else VillageRow(commune, name, kind)


def import_file(
    db: Database, path: Path, under: str, *, dry_run: bool = False
) -> sheets.ImportReport:
    """Add every village of the sheet its commune does not have yet (all of them, or none)."""
    found = read(db, path, under)
    report = sheets.ImportReport(KIND, dry_run=dry_run)

    def write_all() -> None:
        for item in found:
            if units.find_village(db, item.commune.code, item.name, item.kind) is not None:
                report.count("unchanged")
                continue
            village = units.add_village(db, item.commune.code, item.name, item.kind)
            report.count("new")
            report.notes.append(f"{item.commune.name}: thêm {village.name} (mã {village.code})")

    sheets.apply(db, write_all, dry_run=dry_run)
    return report
