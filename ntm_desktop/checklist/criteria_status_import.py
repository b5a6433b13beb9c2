"""Import of the criteria-status sheet districts keep: one row per commune, one column per
criterion marked met or not, for one year.

The sheet is found below any title rows: its header has a code column (a header containing
"Mã"), a name column, perhaps the district, and criterion columns headed by the number ("1",
"TC1", "TC 1", "Tiêu chí 1") or the name, possibly under a merged "Tiêu chí" heading. Optional
columns: "Tổng số tiêu chí đạt" (checked against the marks) and the recognition years. A totals
row at the bottom is skipped. Communes are matched by code (a code typed as a number has lost
its leading zero); a code that names no commune is an error, only a row whose code cell is blank
is matched by name within its district. Every bad cell is reported; if any, nothing is imported.
Each criterion is recorded as the officer's judgment of the criterion as a whole
(`assessments.set_criteria`: one row per cell, not one per indicator) with the file named as its
source, so importing the same file again changes nothing. Recognition years become decisions
dated at the end of the year (today for the current year), the lower tier first; a tier is
refused when the commune would not hold the tier below by then (advanced needs standard, model
needs advanced).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ntm_desktop.checklist import assessments, recognitions
from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import fold, format_date
from ntm_desktop.criteria import catalogs
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as sync_rows
from ntm_desktop.tables import sheets
from ntm_desktop.units import unit_names, units

MET_MARKS = {"x", "✓", "✔", "v", "1", "dat", "co", "true"}
UNMET_MARKS = {"0", "-", "–", "chua dat", "khong dat", "khong", "false"}
TOTAL_WORDS = ("tong cong", "cong", "tong so", "tong", "toan tinh", "toan huyen")
YEAR_COLUMNS = (
    ("nam dat chuan kieu mau", "model"),
    ("nam dat chuan nang cao", "advanced"),
    ("nam dat chuan", "standard"),
)
YEAR_HEADERS = {
    "standard": "Năm đạt chuẩn",
    "advanced": "Năm đạt chuẩn nâng cao",
    "model": "Năm đạt chuẩn kiểu mẫu",
}
_CRITERION = re.compile(r"^(?:tc|tieu chi)?\s*(?:so\s*)?(\d{1,2})$")


@dataclass(frozen=True)
class Layout:
    """Where things are in one sheet (column indexes, 0-based)."""

    code: int
    name: int | None
    district: int | None
    criteria: dict[int, int]  # column -> criterion number
    total: int | None
    years: dict[int, str]  # column -> tier
    first_data: int  # index in sheet.rows


@dataclass(frozen=True)
class CommuneRow:
    unit: units.Unit
    sheet: str
    row: int
    marks: dict[int, bool]
    years: dict[str, int]


@dataclass
class Result:
    communes: int = 0
    changes: list[str] = field(default_factory=list)  # "Xã Việt Lập: tiêu chí 3 chưa đạt -> đạt"
    recognitions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False


def _is_code_header(text: str) -> bool:
    return text == "ma" or text.startswith("ma ") or " ma " in f" {text} "


def _criterion_of(text: str, names: dict[str, int]) -> int | None:
    match = _CRITERION.match(text)
    if match:
        return int(match.group(1))
    return names.get(text)


def layout(sheet: sheets.Sheet, names: dict[str, int]) -> Layout | None:
    header = sheets.find_header(sheet, lambda labels: any(_is_code_header(t) for t in labels))
    if header is None:
        return None
    head = [sheets.label(value) for value in sheet.rows[header].cells]
    below = (
        [sheets.label(value) for value in sheet.rows[header + 1].cells]
        if header + 1 < len(sheet.rows)
        else []
    )
    code = next(i for i, text in enumerate(head) if _is_code_header(text))
    width = max(len(head), len(below))
    top = head + [""] * (width - len(head))
    sub = below + [""] * (width - len(below))

    def grouped(column: int) -> bool:
        """Under a merged heading: the top cell is blank or only says "Tiêu chí"."""
        text = top[column]
        if not text:
            return True
        heading = "tieu chi" in text and not text.startswith(("tong", "so tieu chi", "nam"))
        return heading and _criterion_of(text, names) is None

    # A second header row has no code (the code cell is merged from above) and criterion
    # numbers under a merged heading; otherwise the row below is already data.
    two_level = (
        bool(below)
        and not sub[code]
        and any(grouped(c) and _criterion_of(sub[c], names) for c in range(width))
    )
    criteria: dict[int, int] = {}
    name = district = total = None
    years: dict[int, str] = {}
    for column in range(width):
        if column == code:
            continue
        text = top[column] or (sub[column] if two_level else "")
        number = _criterion_of(top[column], names) if top[column] else None
        if number is None and two_level and grouped(column):
            number = _criterion_of(sub[column], names)
        if number is not None:
            criteria[column] = number
            continue
        tier = next((tier for words, tier in YEAR_COLUMNS if text.startswith(words)), None)
        if tier:
            years[column] = tier
        elif ("tong" in text and "tieu chi" in text) or text.startswith("so tieu chi dat"):
            total = column
        elif "huyen" in text and district is None:
            district = column
        elif name is None and (text.startswith("ten") or text in ("xa", "don vi", "ten xa")):
            name = column
    if not criteria:
        return None
    return Layout(code, name, district, criteria, total, years, header + (2 if two_level else 1))


def parse_mark(value: Any) -> bool | None:
    """True for met, False for not met, None when the mark is not understood."""
    if sheets.is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return True if value == 1 else False if value == 0 else None
    text = fold(str(value)).strip(" .")
    if text in MET_MARKS:
        return True
    if text in UNMET_MARKS:
        return False
    return None


def decision_day(year: int, today: date) -> date:
    """The date given to a recognition the sheet only knows the year of: the end of that year,
    or today while that year is not over."""
    return min(date(year, 12, 31), today)


def read(db: Database, path: Path, year: int, *, today: date | None = None) -> list[CommuneRow]:
    """Every commune row of the file, checked; raises InvalidInput listing every bad cell."""
    today = today or date.today()
    check_year(year)
    info = catalogs.applicable(db, "commune", "standard", year)
    if info is None:
        raise NotFound(f"Chưa có bộ tiêu chí xã áp dụng cho năm {year}.")
    catalog = catalogs.get(db, info.key)
    numbers = {criterion.no for criterion in catalog.criteria}
    names = {fold(criterion.name): criterion.no for criterion in catalog.criteria}
    path = Path(path)
    problems: list[sheets.Problem] = []
    found: list[CommuneRow] = []
    seen: dict[str, tuple[str, int]] = {}
    layouts = 0
    tree = _Tree(db)
    for sheet in sheets.read(path):
        where = layout(sheet, names)
        if where is None:
            continue
        layouts += 1
        for column, number in where.criteria.items():
            if number not in numbers:
                problems.append(
                    sheets.Problem(
                        sheet.name,
                        sheet.rows[where.first_data - 1].number,
                        column,
                        number,
                        f"bộ tiêu chí {info.id} không có tiêu chí số {number}",
                    )
                )
        for row in sheets.data_rows(sheet, where.first_data):
            parsed = _row(db, tree, sheet, row, where, year, today, problems)
            if parsed is None:
                continue
            earlier = seen.get(parsed.unit.code)
            if earlier:
                problems.append(
                    sheets.Problem.at(
                        sheet,
                        row,
                        where.code,
                        f"{parsed.unit.name} đã có ở trang tính '{earlier[0]}' dòng {earlier[1]}",
                    )
                )
                continue
            seen[parsed.unit.code] = (sheet.name, row.number)
            found.append(parsed)
    if not layouts:
        raise InvalidInput(
            f"Không tìm thấy bảng tiêu chí trong tệp {path.name}: dòng tiêu đề cần một cột mã "
            "có chữ 'Mã' (ví dụ 'Mã xã') và các cột tiêu chí (ví dụ '1', 'TC1', 'Tiêu chí 1' "
            "hoặc tên tiêu chí)."
        )
    if problems:
        raise sheets.problems_error(
            f"Tệp {path.name} có {len(problems)} ô không hợp lệ nên chưa nhập gì. Hãy sửa các "
            "ô dưới đây rồi nhập lại.",
            problems,
        )
    return found


def _row(
    db: Database,
    tree: _Tree,
    sheet: sheets.Sheet,
    row: sheets.Row,
    where: Layout,
    year: int,
    today: date,
    problems: list[sheets.Problem],
) -> CommuneRow | None:
    code = unit_names.normalise_code(row.cell(where.code))
    name = row.cell(where.name) if where.name is not None else None
    first_text = sheets.label(code if code is not None else name)
    if not first_text or first_text.startswith(TOTAL_WORDS):
        return None  # a totals row, or a line of notes
    before = len(problems)
    unit = _match(db, tree, sheet, row, where, code, name, problems)
    marks: dict[int, bool] = {}
    for column, number in where.criteria.items():
        value = row.cell(column)
        mark = parse_mark(value)
        if mark is None:
            problems.append(
                sheets.Problem.at(
                    sheet,
                    row,
                    column,
                    "không hiểu ký hiệu: ghi x, ✓, 1 hoặc 'Đạt' khi đạt; để trống, 0, - hoặc "
                    "'Chưa đạt' khi chưa đạt",
                )
            )
        else:
            marks[number] = mark
    if where.total is not None and len(marks) == len(where.criteria):
        value = row.cell(where.total)
        counted = sum(marks.values())
        if not sheets.is_blank(value) and sheets.whole_number(value) != counted:
            problems.append(
                sheets.Problem.at(
                    sheet,
                    row,
                    where.total,
                    f"tổng số tiêu chí đạt ghi {sheets.display(value)} nhưng đếm được {counted} "
                    "tiêu chí đánh dấu đạt",
                )
            )
    years: dict[str, int] = {}
    for column, tier in where.years.items():
        value = row.cell(column)
        if sheets.is_blank(value):
            continue
        found = sheets.whole_number(value)
        if found is None or not 1990 <= found <= year:
            problems.append(
                sheets.Problem.at(
                    sheet,
                    row,
                    column,
                    f"năm công nhận phải là năm có bốn chữ số, không sau năm {year}",
                )
            )
        elif found > today.year:
            problems.append(
                sheets.Problem.at(
                    sheet,
                    row,
                    column,
                    f"năm công nhận {found} chưa đến (năm nay là {today.year}); hãy ghi năm đã "
                    "có quyết định công nhận",
                )
            )
        else:
            years[tier] = found
    if unit is None or len(problems) > before:
        return None
    _check_ladder(db, sheet, row, where, unit, years, today, problems)
    if len(problems) > before:
        return None
    return CommuneRow(unit, sheet.name, row.number, marks, years)


def _planned(
    held: list[recognitions.Recognition], tier: str, year: int, today: date
) -> date | None:
    """The date of the recognition `_recognise` will add for `tier` in `year`; None when it
    adds none (the commune already holds that tier, in that year or another one)."""
    if any(found.tier == tier and found.withdrawn_on is None for found in held):
        return None
    return decision_day(year, today)


def _check_ladder(
    db: Database,
    sheet: sheets.Sheet,
    row: sheets.Row,
    where: Layout,
    unit: units.Unit,
    years: dict[str, int],
    today: date,
    problems: list[sheets.Problem],
) -> None:
    """Each recognition the row adds needs the tier below held on its date, counting those
    already recorded and those the row itself adds (lower tier first)."""
    if not any(tier in recognitions.TIER_BELOW for tier in years):
        return
    held = recognitions.of_unit(db, unit.code)
    after = list(held)
    columns = {tier: column for column, tier in where.years.items()}
    for tier in TIERS:
        if tier not in years:
            continue
        day = _planned(held, tier, years[tier], today)
        if day is None:
            continue
        if recognitions.tier_below_problem(unit, tier, day, after) is None:
            after.append(recognitions.Recognition("", unit.code, tier, None, day, None, None, ""))
            continue
        below = recognitions.TIER_BELOW[tier]
        problems.append(
            sheets.Problem.at(
                sheet,
                row,
                columns[tier],
                f"{unit.name} chưa được công nhận {recognitions.tier_label(below)} đến ngày "
                f"{format_date(day)} nên chưa thể công nhận {recognitions.tier_label(tier)} "
                f"năm {years[tier]}; hãy ghi năm vào cột '{YEAR_HEADERS[below]}' (không sau "
                f"năm {years[tier]}) hoặc nhập quyết định công nhận "
                f"{recognitions.tier_label(below)} trước",
            )
        )


def _match(
    db: Database,
    tree: _Tree,
    sheet: sheets.Sheet,
    row: sheets.Row,
    where: Layout,
    code: str | None,
    name: Any,
    problems: list[sheets.Problem],
) -> units.Unit | None:
    if code is None and (where.name is None or sheets.is_blank(name)):
        return None
    pool = (
        tree.communes_in(row.cell(where.district) if where.district is not None else None)
        if code is None
        else []
    )
    unit, reason = unit_names.commune_of_row(
        db, pool, row.cell(where.code), name, "tên trùng với nhiều xã; hãy ghi mã xã hoặc cột huyện"
    )
    if reason is not None:
        column = where.code if code is not None else where.name
        assert column is not None
        problems.append(sheets.Problem.at(sheet, row, column, reason))
    return unit


class _Tree:
    """Communes and districts, loaded once per import (rows without a code are matched by
    name against them)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._units: list[units.Unit] | None = None

    def communes_in(self, district: Any) -> list[units.Unit]:
        if self._units is None:
            self._units = [u for u in units.subtree(self.db) if u.level != "village"]
        every = [unit for unit in self._units if unit.level == "commune"]
        if sheets.is_blank(district):
            return every
        districts = unit_names.find(
            [unit for unit in self._units if unit.level == "district"], str(district)
        )
        if len(districts) != 1:
            return every
        return [unit for unit in every if unit.parent_code == districts[0].code]


def import_file(
    db: Database, path: Path, year: int, *, dry_run: bool = False, today: date | None = None
) -> Result:
    today = today or date.today()
    found = read(db, path, year, today=today)
    result = Result(len(found), dry_run=dry_run)
    source = f"Nhập từ bảng tiêu chí {Path(path).name}"

    def write_all() -> None:
        for item in found:
            before = assessments.stored_criterion_results(db, item.unit.code, year)
            judgments = {no: "yes" if met else "no" for no, met in item.marks.items()}
            assessments.set_criteria(
                db,
                item.unit.code,
                year,
                judgments,
                note=f"{source}, trang tính '{item.sheet}', dòng {item.row}",
            )
            for no, met in sorted(item.marks.items()):
                if before.get(no) != met:
                    old = {True: "đạt", False: "chưa đạt", None: "chưa có"}[before.get(no)]
                    result.changes.append(
                        f"{item.unit.name} ({item.unit.code}): tiêu chí {no} {old} -> "
                        f"{'đạt' if met else 'chưa đạt'}"
                    )
            _recognise(db, item, result, today)

    sheets.apply(db, write_all, dry_run=dry_run)
    return result


def _recognise(db: Database, item: CommuneRow, result: Result, today: date) -> None:
    role = sync_rows.certificate_role(db)
    if item.years and role not in (None, "province"):
        # The province decides a commune's recognition; a district's sheet only repeats it.
        result.notes.append(
            f"{item.unit.name}: năm công nhận trong tệp không được ghi; quyết định công nhận xã "
            "do tỉnh ghi và gửi về trong gói dữ liệu của tỉnh."
        )
        return
    held = recognitions.of_unit(db, item.unit.code)
    # The lower tier first: an advanced recognition needs the standard one already recorded.
    for tier, year in sorted(item.years.items(), key=lambda pair: TIERS.index(pair[0])):
        same = [r for r in held if r.tier == tier and r.withdrawn_on is None]
        if any(r.decision_date.year == year for r in same):
            continue
        label = recognitions.tier_label(tier)
        if same:
            result.notes.append(
                f"{item.unit.name}: đã có quyết định công nhận {label} năm "
                f"{same[0].decision_date.year}, khác năm {year} ghi trong tệp; giữ nguyên."
            )
            continue
        # The sheet gives only the year: the decision is dated at its end (today while the year
        # is not over) until the number and date are entered.
        recognitions.add(db, item.unit.code, tier, decision_day(year, today), today=today)
        result.recognitions.append(f"{item.unit.name}: công nhận {label} năm {year}")
