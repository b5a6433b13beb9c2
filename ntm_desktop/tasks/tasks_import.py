"""Importing the plan's task schedule from a sheet shaped like the plan's annex (CSV or xlsx).

Columns: period, no, task, lead, cooperating, deadline, and optionally units (unit codes
separated by commas). Any bad cell means nothing is imported; the same sheet imported again
changes nothing.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.numbers import parse_whole
from ntm_desktop.common.text import fold
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheets
from ntm_desktop.tasks.tasks import TaskInput, check, write
from ntm_desktop.units import units
from ntm_desktop.units.records import default_owner

SHEET_COLUMNS = ("period", "no", "task", "lead", "cooperating", "deadline")


def import_sheet(
    db: Database, path: Path, year: int, *, dry_run: bool = False, owner: str | None = None
) -> sheets.ImportReport:
    """Import a task schedule shaped like the plan's annex (period, no, task, lead,
    cooperating, deadline; optional units = unit codes separated by commas; without that
    column, the districts named in the lead agency and the task are the units concerned).

    Any bad cell means nothing is imported; importing the same sheet again changes nothing.
    """
    owner = owner or default_owner(db)
    sheet = sheets.table(path, SHEET_COLUMNS)
    report = sheets.ImportReport("nhiệm vụ", dry_run=dry_run)
    checked: list[dict[str, Any]] = []
    seen: dict[tuple[str, int], int] = {}
    for row in sheet.rows:
        item = _task_input(row, year, report)
        if item is None:
            continue
        if "units" not in sheet.columns:
            item = dataclasses.replace(
                item, unit_codes=districts_named(db, f"{item.lead} {item.title}")
            )
        key = (item.period, item.no)
        if key in seen:
            report.problem(row, "no", f"trùng kỳ {item.period}, số {item.no} với dòng {seen[key]}.")
            continue
        seen[key] = row.line
        values, problems = check(db, item)
        for column, message in problems:
            report.problem(row, column, message)
        checked.append(values)
    report.refuse_if_problems(path)

    def write_all() -> None:
        for values in checked:
            _, outcome = write(db, values, owner)
            report.count(outcome)

    sheets.apply(db, write_all, dry_run=dry_run)
    return report


def districts_named(db: Database, text: str) -> tuple[str, ...]:
    """Codes of the districts a task's text names ("UBND huyện Việt Yên, Lạng Giang").

    Plans name districts, not codes; reading the names lets a district see its own tasks. A
    provincial city sharing the province's name counts only as "thành phố"/"TP" + name.
    """
    folded = fold(text)
    root = units.children(db, None)[0]
    province_name = _short_name(root)
    found = []
    for unit in units.children(db, root.code):
        if unit.level != "district":
            continue
        name = _short_name(unit)
        pattern = rf"\b{re.escape(name)}\b"
        if name == province_name:
            pattern = rf"\b(?:thanh pho|tp\.?) {re.escape(name)}\b"
        if re.search(pattern, folded):
            found.append(unit.code)
    return tuple(found)


def _short_name(unit: units.Unit) -> str:
    return fold(unit.name).removeprefix(fold(unit.kind) + " ")


def _task_input(row: sheets.TableRow, year: int, report: sheets.ImportReport) -> TaskInput | None:
    try:
        number = parse_whole(row.cells.get("no"), "Số thứ tự")
    except InvalidInput as error:
        report.problem(row, "no", error.message)
        return None
    codes = tuple(code.strip() for code in row.text("units").split(",") if code.strip())
    return TaskInput(
        year=year,
        period=row.text("period"),
        no=number,
        title=row.text("task"),
        lead=row.text("lead"),
        cooperating=row.text("cooperating"),
        deadline=row.text("deadline"),
        unit_codes=codes,
    )
