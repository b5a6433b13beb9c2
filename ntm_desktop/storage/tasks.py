"""SQL for the plan's task schedule (plan_tasks)."""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

COLUMNS = (
    "id",
    "year",
    "period",
    "no",
    "title",
    "lead",
    "cooperating",
    "deadline_text",
    "due_date",
    "unit_codes",
    "status",
    "closing_report",
    "closed_on",
    "owner_code",
)

Row = tuple[Any, ...]


def get(db: Database, task_id: str) -> Row | None:
    """The task even when deleted (the deleted flag comes last)."""
    row: Row | None = db.conn.execute(
        f"SELECT {', '.join(COLUMNS)}, deleted FROM plan_tasks WHERE id = ?", (task_id,)
    ).fetchone()
    return row


def of_year(db: Database, year: int) -> list[Row]:
    return db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM plan_tasks WHERE year = ? AND deleted = 0 "
        "ORDER BY due_date, period, no",
        (year,),
    ).fetchall()
