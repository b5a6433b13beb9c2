"""SQL for model-village plans and their items (writes go through the change log)."""

from __future__ import annotations

from typing import NamedTuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table


class PlanRow(NamedTuple):
    id: str
    village_code: str
    year: int
    status: str
    approval_decision: str | None
    approval_date: str | None
    recognition_decision: str | None
    recognition_date: str | None
    owner_code: str


class ItemRow(NamedTuple):
    id: str
    plan_id: str
    ord: int
    work: str
    criterion_no: int | None
    lead: str | None
    start_date: str | None
    end_date: str | None
    quantity: float | None
    unit: str | None
    status: str
    percent_done: int
    state_support: int
    local_budget: int
    enterprise: int
    residents_cash: int
    land_m2: float
    workdays: float
    walls_m2: float
    deleted: int
    owner_code: str


class OverviewRow(NamedTuple):
    """A plan with its village's name and, over its live items, their count, how many are
    done and their mean percent done."""

    plan: PlanRow
    village_name: str
    items: int
    done: int
    progress: float


PLANS = Table("village_plans", PlanRow)
ITEMS = Table("village_plan_items", ItemRow)


def plans_of_year(db: Database, year: int) -> list[PlanRow]:
    return PLANS.where(db, "year = ? ORDER BY village_code", (year,))


def items(db: Database, plan_id: str, *, include_deleted: bool = False) -> list[ItemRow]:
    live = "" if include_deleted else " AND deleted = 0"
    return ITEMS.where(db, f"plan_id = ?{live} ORDER BY ord, id", (plan_id,))


def next_ord(db: Database, plan_id: str) -> int:
    return int(
        db.conn.execute(
            "SELECT coalesce(max(ord), 0) + 1 FROM village_plan_items WHERE plan_id = ?",
            (plan_id,),
        ).fetchone()[0]
    )


def statuses(db: Database, village_codes: list[str], year: int) -> dict[str, str]:
    """Plan status of each of `village_codes` that registered for `year`, in one query."""
    if not village_codes:
        return {}
    marks = ", ".join("?" * len(village_codes))
    return dict(
        db.conn.execute(
            f"SELECT village_code, status FROM village_plans WHERE year = ? "
            f"AND village_code IN ({marks})",
            (year, *village_codes),
        ).fetchall()
    )


def commune_overview(db: Database, commune_code: str, year: int) -> list[OverviewRow]:
    """Each plan of the commune's villages for `year`, with its progress: one query."""
    width = len(PLANS.fields)
    return [
        OverviewRow(PlanRow._make(row[:width]), *row[width:])
        for row in db.conn.execute(
            f"SELECT {PLANS.columns('p')}, u.name, count(i.id), "
            "coalesce(sum(i.percent_done = 100), 0), coalesce(avg(i.percent_done), 0.0) "
            "FROM village_plans p JOIN units u ON u.code = p.village_code "
            "LEFT JOIN village_plan_items i ON i.plan_id = p.id AND i.deleted = 0 "
            "WHERE p.year = ? AND u.parent_code = ? GROUP BY p.id ORDER BY p.village_code",
            (year, commune_code),
        )
    ]
