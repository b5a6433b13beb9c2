"""SQL for the plan's task schedule (plan_tasks)."""

from __future__ import annotations

import json
from collections import namedtuple
from datetime import date

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table, optional_date

TaskRow = namedtuple(
    "TaskRow",
    "id year period no title lead cooperating deadline_text due_date unit_codes "
    "status closing_report closed_on owner_code",
)
TASKS = Table(
    "plan_tasks",
    TaskRow,
    convert={
        "due_date": date.fromisoformat,
        "unit_codes": lambda text: tuple(json.loads(text)),
        "closed_on": optional_date,
    },
)


def of_year(db: Database, year: int) -> list[TaskRow]:
    return TASKS.where(db, "year = ? AND deleted = 0 ORDER BY due_date, period, no", (year,))
