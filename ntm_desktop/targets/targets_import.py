"""Import of yearly targets from a sheet shaped like Biểu 01 of the province's plan.

One row per district (by name, "TP Bắc Giang" as written in the plans) and a totals row
("Tổng cộng", "Toàn tỉnh") that holds the province's own targets. The target columns are found
either by the machine names of the seed tables (`standard_communes_plan2020`) or by the
province's two-level Vietnamese header (a measure such as "Số xã đạt chuẩn NTM" over
"Kế hoạch năm 2020"). Any bad cell: nothing is imported, every problem is listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.backups import backups
from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheets
from ntm_desktop.targets import targets
from ntm_desktop.units import unit_names, units

MACHINE_NAMES = {
    "standard_communes": "standard",
    "advanced_communes": "advanced",
    "model_communes": "model",
    "ntm_villages": "ntm_villages",
    "model_villages": "model_villages",
    "avg_criteria": "avg_criteria",
    "below10": "below10",
}
NAME_HEADERS = ("district", "don vi", "huyen", "ten don vi", "dia phuong")
TOTAL_NAMES = ("tong cong", "tong", "toan tinh", "cong", "tong so", "total")


@dataclass(frozen=True)
class Change:
    unit: units.Unit
    measure: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Result:
    changes: list[Change]
    units: int
    dry_run: bool


def _measure_of(text: str) -> str | None:
    """Which measure a folded Vietnamese header names (most specific words first)."""
    if "binh quan" in text:
        return "avg_criteria"
    if "duoi 10" in text:
        return "below10"
    if "thon" in text:
        return "model_villages" if "kieu mau" in text else "ntm_villages"
    if "xa" in text:
        if "kieu mau" in text and "nang cao" not in text:
            return "model"
        if "nang cao" in text:
            return "advanced"
        if "dat chuan" in text or "ntm" in text or "nong thon moi" in text:
            return "standard"
    return None


def _columns(sheet: sheets.Sheet, header: int, year: int) -> tuple[dict[int, str], int]:
    """Target columns of `year` (column -> measure) and the index of the first data row."""
    head = sheet.rows[header].cells
    found: dict[int, str] = {}
    plan = re.compile(rf"^(\w+?)_plan{year}$")
    for column, value in enumerate(head):
        match = plan.match(sheets.label(value).replace(" ", "_"))
        if match and match.group(1) in MACHINE_NAMES:
            found[column] = MACHINE_NAMES[match.group(1)]
    if found:
        return found, header + 1
    # Two-level Vietnamese header: measures (merged across) over "Kế hoạch năm YYYY".
    top = sheets.filled_right(head)
    for below in range(header + 1, min(header + 3, len(sheet.rows))):
        sub = sheet.rows[below].cells
        for column in range(len(sub)):
            text = sheets.label(sub[column])
            if "ke hoach" in text and str(year) in text:
                measure = _measure_of(sheets.label(top[column] if column < len(top) else None))
                if measure:
                    found[column] = measure
        if found:
            return found, below + 1
    return found, header + 1


def _is_header(cells: list[str]) -> bool:
    return any(
        cell in NAME_HEADERS or cell.startswith(("ten don vi", "don vi", "huyen,", "huyen/"))
        for cell in cells
    )


def read(db: Database, path: Path, year: int) -> list[tuple[units.Unit, dict[str, Any]]]:
    """The targets in the file, per unit; raises InvalidInput listing every bad cell."""
    check_year(year)
    roots = [unit for unit in units.children(db, None) if unit.level == "province"]
    if len(roots) != 1:
        raise InvalidInput("Tệp dữ liệu phải có đúng một tỉnh để nhập chỉ tiêu kế hoạch.")
    province = roots[0]
    districts = [u for u in units.children(db, province.code) if u.level == "district"]
    problems: list[sheets.Problem] = []
    found: list[tuple[units.Unit, dict[str, Any]]] = []
    for sheet in sheets.read(path):
        header = sheets.find_header(sheet, _is_header)
        if header is None:
            continue
        columns, start = _columns(sheet, header, year)
        if not columns:
            continue
        name_column = next(
            i for i, v in enumerate(sheet.rows[header].cells) if _is_header([sheets.label(v)])
        )
        for row in sheets.data_rows(sheet, start):
            written = row.cell(name_column)
            if sheets.is_blank(written):
                continue
            written = str(written)
            if sheets.label(written) in TOTAL_NAMES:
                unit = province
            else:
                matches = unit_names.find(districts, written)
                if len(matches) != 1:
                    problems.append(
                        sheets.Problem(
                            sheet.name,
                            row.number,
                            name_column,
                            written,
                            f"không có huyện/thành phố tên này trong {province.name}"
                            if not matches
                            else "tên trùng với nhiều đơn vị; hãy ghi đầy đủ",
                        )
                    )
                    continue
                unit = matches[0]
            values: dict[str, Any] = {}
            for column, measure in columns.items():
                try:
                    values[measure] = targets.parse_value(measure, row.cell(column))
                except InvalidInput as error:
                    problems.append(sheets.Problem.at(sheet, row, column, error.message))
            found.append((unit, values))
    if problems:
        raise sheets.problems_error(
            f"Tệp {Path(path).name} có {len(problems)} ô không hợp lệ; chưa nhập chỉ tiêu nào. "
            "Hãy sửa các ô dưới đây rồi nhập lại.",
            problems,
        )
    if not found:
        raise InvalidInput(
            f"Không tìm thấy bảng chỉ tiêu năm {year} trong tệp {Path(path).name}: cần một cột "
            "tên đơn vị (ví dụ 'Đơn vị' hoặc 'district') và các cột kế hoạch năm đó (ví dụ "
            f"'Kế hoạch năm {year}' dưới tên chỉ tiêu, hoặc 'standard_communes_plan{year}')."
        )
    return found


def import_file(db: Database, path: Path, year: int, *, dry_run: bool = False) -> Result:
    found = read(db, path, year)
    planned: list[Change] = []
    for unit, values in found:
        current = targets.get(db, unit.code, year)
        for measure, new in values.items():
            old = current.get(measure) if current else None
            if old != new:
                planned.append(Change(unit, measure, old, new))
    if not dry_run and planned:
        backups.before_import(db)
        with db.transaction():
            for unit, values in found:
                targets.set_targets(db, unit.code, year, values)
    return Result(planned, len(found), dry_run)
