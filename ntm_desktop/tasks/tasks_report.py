"""The task schedule of a year as a table, each task's state seen at a date."""

from __future__ import annotations

from datetime import date

from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.tables.xlsx_tables import Column, Table
from ntm_desktop.tasks import tasks
from ntm_desktop.units import units


def tables(db: Database, year: int, under: str | None, at: date) -> list[Table]:
    root = units.get(db, under) if under else units.children(db, None)[0]
    found = tasks.of_year(db, year, root.code)
    states = [task.state(at) for task in found]
    rows = [
        (
            number,
            task.period,
            task.title,
            task.lead,
            task.cooperating,
            task.deadline_text,
            task.due_date,
            tasks.STATES[state],
            task.days_late(at) or None,
            task.closing_report,
            task.closed_on,
        )
        for number, (task, state) in enumerate(zip(found, states, strict=True), start=1)
    ]
    summary = ", ".join(
        f"{states.count(state)} {label.lower()}" for state, label in tasks.STATES.items()
    )
    return [
        Table(
            title=f"TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM {year}",
            subtitle=[f"{root.name} — tình trạng đến ngày {format_date(at)}"],
            columns=[
                Column("STT", "int", 5),
                Column("Kỳ", "text", 7),
                Column("Nhiệm vụ", "text", 48),
                Column("Cơ quan chủ trì", "text", 22),
                Column("Cơ quan phối hợp", "text", 22),
                Column("Như kế hoạch ghi", "text", 14, group="Thời hạn"),
                Column("Ngày", "date", 11, group="Thời hạn"),
                Column("Tình trạng", "text", 14),
                Column("Số ngày quá hạn", "int", 9),
                Column("Báo cáo hoàn thành", "text", 24, group="Hoàn thành"),
                Column("Ngày", "date", 11, group="Hoàn thành"),
            ],
            rows=rows,
            notes=[f"Tổng số {len(found)} nhiệm vụ: {summary}."],
            sheet_name="Nhiệm vụ",
            frozen_columns=3,
        )
    ]
