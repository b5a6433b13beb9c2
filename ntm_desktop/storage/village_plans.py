"""SQL for model-village plans and their items (writes go through the change log)."""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

PLAN_COLUMNS = (
    "id",
    "village_code",
    "year",
    "status",
    "approval_decision",
    "approval_date",
    "recognition_decision",
    "recognition_date",
    "owner_code",
)
ITEM_COLUMNS = (
    "id",
    "plan_id",
    "ord",
    "work",
    "criterion_no",
    "lead",
    "start_date",
    "end_date",
    "quantity",
    "unit",
    "status",
    "percent_done",
    "state_support",
    "local_budget",
    "enterprise",
    "residents_cash",
    "land_m2",
    "workdays",
    "walls_m2",
    "deleted",
    "owner_code",
)

Row = tuple[Any, ...]


def get_plan(db: Database, plan_id: str) -> Row | None:
    return db.one(f"SELECT {', '.join(PLAN_COLUMNS)} FROM village_plans WHERE id = ?", (plan_id,))


def plans_of_year(db: Database, year: int) -> list[Row]:
    return db.conn.execute(
        f"SELECT {', '.join(PLAN_COLUMNS)} FROM village_plans WHERE year = ? ORDER BY village_code",
        (year,),
    ).fetchall()


def items(db: Database, plan_id: str, *, include_deleted: bool = False) -> list[Row]:
    where = "" if include_deleted else " AND deleted = 0"
    return db.conn.execute(
        f"SELECT {', '.join(ITEM_COLUMNS)} FROM village_plan_items WHERE plan_id = ?{where} "
        "ORDER BY ord, id",
        (plan_id,),
    ).fetchall()


def get_item(db: Database, item_id: str) -> Row | None:
    return db.one(
        f"SELECT {', '.join(ITEM_COLUMNS)} FROM village_plan_items WHERE id = ?", (item_id,)
    )


def next_ord(db: Database, plan_id: str) -> int:
    return int(
        db.conn.execute(
            "SELECT coalesce(max(ord), 0) + 1 FROM village_plan_items WHERE plan_id = ?",
            (plan_id,),
        ).fetchone()[0]
    )
