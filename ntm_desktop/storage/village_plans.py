"""SQL for model-village plans and their items (writes go through the change log)."""

from __future__ import annotations

from collections import namedtuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table, optional_date

PlanRow = namedtuple(
    "PlanRow",
    "id village_code year status approval_decision approval_date "
    "recognition_decision recognition_date owner_code",
)
ItemRow = namedtuple(
    "ItemRow",
    "id plan_id ord work criterion_no lead start_date end_date quantity unit status "
    "percent_done state_support local_budget enterprise residents_cash land_m2 "
    "workdays walls_m2 deleted owner_code",
)
# A plan with its village's name and, over its live items, their count, how many are
# done and their mean percent done.
OverviewRow = namedtuple("OverviewRow", "plan village_name items done progress")
PLANS = Table(
    "village_plans",
    PlanRow,
    convert={"approval_date": optional_date, "recognition_date": optional_date},
)
ITEMS = Table(
    "village_plan_items",
    ItemRow,
    convert={"start_date": optional_date, "end_date": optional_date, "deleted": bool},
)


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
        OverviewRow(PLANS.make(row[:width]), *row[width:])
        for row in db.conn.execute(
            f"SELECT {PLANS.columns('p')}, u.name, count(i.id), "
            "coalesce(sum(i.percent_done = 100), 0), coalesce(avg(i.percent_done), 0.0) "
            "FROM village_plans p JOIN units u ON u.code = p.village_code "
            "LEFT JOIN village_plan_items i ON i.plan_id = p.id AND i.deleted = 0 "
            "WHERE p.year = ? AND u.parent_code = ? GROUP BY p.id ORDER BY p.village_code",
            (year, commune_code),
        )
    ]
