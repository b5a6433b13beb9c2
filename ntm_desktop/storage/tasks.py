"""SQL for the plan's task schedule (plan_tasks)."""

from __future__ import annotations

from typing import NamedTuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table


class TaskRow(NamedTuple):
    id: str
    year: int
    period: str
    no: int
    title: str
    lead: str
    cooperating: str
    deadline_text: str
    due_date: str
    unit_codes: str  # JSON list
    status: str
    closing_report: str | None
    closed_on: str | None
    owner_code: str


TASKS = Table("plan_tasks", TaskRow)


def of_year(db: Database, year: int) -> list[TaskRow]:
    return TASKS.where(db, "year = ? AND deleted = 0 ORDER BY due_date, period, no", (year,))
