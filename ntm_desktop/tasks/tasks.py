"""The plan's task schedule: who leads, who helps, by when, for which units, and what closed it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import nfc
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import tasks as rows
from ntm_desktop.tasks import deadlines
from ntm_desktop.units import units
from ntm_desktop.units.records import default_owner, stable_id

STATUSES = {"open": "Đang thực hiện", "done": "Hoàn thành", "cancelled": "Hủy bỏ"}
STATES = {
    "overdue": "Quá hạn",
    "due_soon": "Sắp đến hạn",
    "open": "Đang thực hiện",
    "done": "Hoàn thành",
    "cancelled": "Hủy bỏ",
}
DUE_SOON_DAYS = 14


class Task(NamedTuple):
    id: str
    year: int
    period: str
    no: int
    title: str
    lead: str
    cooperating: str
    deadline_text: str
    due_date: date
    unit_codes: tuple[str, ...]
    status: str
    closing_report: str | None
    closed_on: date | None
    owner_code: str

    def state(self, at: date, soon_days: int = DUE_SOON_DAYS) -> str:
        """overdue / due_soon / open / done / cancelled, seen on day `at`."""
        if self.status != "open":
            return self.status
        if self.due_date < at:
            return "overdue"
        if self.due_date <= at + timedelta(days=soon_days):
            return "due_soon"
        return "open"

    def days_late(self, at: date) -> int:
        return max(0, (at - self.due_date).days) if self.status == "open" else 0


@dataclass(frozen=True)
class TaskInput:
    """One task as entered or read from a sheet, before it is checked."""

    year: int
    period: str
    no: int
    title: str
    lead: str
    cooperating: str
    deadline: str
    unit_codes: tuple[str, ...] = ()


def view_date(year: int) -> date:
    """Today if it falls in `year`, else the year's last day: a past year is seen as closed."""
    today = date.today()
    return today if today.year == year else date(year, 12, 31)


def task_id(owner: str, year: int, period: str, no: int) -> str:
    return stable_id("task", owner, year, period, no)


def check(db: Database, item: TaskInput) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Column values of a task and its problems as (field, Vietnamese message)."""
    problems: list[tuple[str, str]] = []
    values: dict[str, Any] = {
        "year": item.year,
        "period": nfc(item.period),
        "no": item.no,
        "title": nfc(item.title),
        "lead": nfc(item.lead),
        "cooperating": nfc(item.cooperating),
        "deadline_text": nfc(item.deadline),
        "unit_codes": json.dumps(list(item.unit_codes)),
    }
    for name, label in (("title", "task"), ("lead", "lead"), ("period", "period")):
        if not values[name]:
            problems.append((label, "không được để trống."))
    if item.no < 1:
        problems.append(("no", f"số thứ tự phải là số nguyên dương (đang là {item.no})."))
    try:
        values["due_date"] = deadlines.due_date(item.deadline, item.year).isoformat()
    except InvalidInput as error:
        problems.append(("deadline", error.message))
    for code in item.unit_codes:
        try:
            units.get(db, code)
        except NotFound as error:
            problems.append(("units", error.message))
    return values, problems


def save(db: Database, item: TaskInput, owner: str | None = None) -> tuple[Task, str]:
    """Add a task, or update the one with the same period and number; returns it and what
    happened ("new", "changed" or "unchanged")."""
    owner = owner or default_owner(db)
    values, problems = check(db, item)
    if problems:
        raise InvalidInput(
            f"Không ghi được nhiệm vụ {item.period}/{item.no}; chưa có gì thay đổi.",
            details=[f"{field}: {message}" for field, message in problems],
        )
    return write(db, values, owner)


def write(db: Database, values: dict[str, Any], owner: str) -> tuple[Task, str]:
    """Write checked values (from `check`) as the task of that period and number."""
    row_id = task_id(owner, values["year"], values["period"], values["no"])
    with db.transaction():
        deleted = rows.TASKS.deleted(db, row_id)
        if deleted is None:
            changes.insert_tracked(
                db,
                "plan_tasks",
                {"id": row_id, **values, "status": "open", "owner_code": owner},
                owner=owner,
            )
            outcome = "new"
        else:
            if deleted:
                values = {**values, "deleted": 0}
            changed = changes.update_tracked(db, "plan_tasks", row_id, values, owner=owner)
            outcome = "changed" if changed else "unchanged"
    return get(db, row_id), outcome


def get(db: Database, row_id: str) -> Task:
    missing = f"Không tìm thấy nhiệm vụ {row_id}."
    return Task._make(rows.TASKS.require(db, row_id, missing, live=True))


def close(db: Database, row_id: str, report: str, closed_on: date) -> Task:
    """Mark a task done by the report that closes it (its number and date, as written)."""
    task = get(db, row_id)
    report = nfc(report)
    if not report:
        raise InvalidInput(
            "Hãy ghi báo cáo hoặc văn bản hoàn thành nhiệm vụ (số, ngày) trước khi đóng nhiệm vụ."
        )
    changes.update_tracked(
        db,
        "plan_tasks",
        row_id,
        {"status": "done", "closing_report": report, "closed_on": closed_on.isoformat()},
        owner=task.owner_code,
    )
    return get(db, row_id)


def set_status(db: Database, row_id: str, status: str) -> Task:
    task = get(db, row_id)
    if status not in STATUSES:
        raise InvalidInput(
            f"Trạng thái '{status}' không hợp lệ; chọn một trong: {', '.join(STATUSES)}."
        )
    if status == "done":
        raise InvalidInput("Để đánh dấu hoàn thành, hãy đóng nhiệm vụ kèm báo cáo hoàn thành.")
    changed: dict[str, Any] = {"status": status}
    if status == "open":
        changed.update(closing_report=None, closed_on=None)
    changes.update_tracked(db, "plan_tasks", row_id, changed, owner=task.owner_code)
    return get(db, row_id)


def of_year(db: Database, year: int, under: str | None = None) -> list[Task]:
    """Tasks of the year, by due date; with `under`, those owned by or concerning a unit of
    that subtree."""
    found = [Task._make(row) for row in rows.of_year(db, year)]
    if under is None:
        return found
    codes = {unit.code for unit in units.subtree(db, under)}
    return [
        task for task in found if task.owner_code in codes or codes.intersection(task.unit_codes)
    ]


def needing_attention(
    db: Database, year: int, at: date, under: str | None = None, soon_days: int = DUE_SOON_DAYS
) -> list[Task]:
    """Overdue tasks (most late first), then those due within `soon_days`."""
    found = of_year(db, year, under)
    overdue = [task for task in found if task.state(at, soon_days) == "overdue"]
    soon = [task for task in found if task.state(at, soon_days) == "due_soon"]
    return sorted(overdue, key=lambda task: task.due_date) + soon
