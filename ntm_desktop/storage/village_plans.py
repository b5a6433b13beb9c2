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


EVIDENCE_COLUMNS = "id, item_id, stage, sha256, file_name, size, added_at, removed, owner_code"


def item_evidence(db: Database, item_id: str) -> list[Row]:
    return db.conn.execute(
        f"SELECT {EVIDENCE_COLUMNS} FROM plan_item_evidence WHERE item_id = ? AND removed = 0 "
        "ORDER BY CASE stage WHEN 'before' THEN 0 WHEN 'after' THEN 1 ELSE 2 END, added_at, "
        "file_name",
        (item_id,),
    ).fetchall()


def get_item_evidence(db: Database, evidence_id: str) -> Row | None:
    return db.one(f"SELECT {EVIDENCE_COLUMNS} FROM plan_item_evidence WHERE id = ?", (evidence_id,))


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


def commune_overview(db: Database, commune_code: str, year: int) -> list[Row]:
    """Each plan of the commune's villages for `year` with its village's name and, over the
    live items, their count, how many are done and the mean percent done: one query."""
    columns = ", ".join(f"p.{column}" for column in PLAN_COLUMNS)
    return db.conn.execute(
        f"SELECT {columns}, u.name, count(i.id), coalesce(sum(i.percent_done = 100), 0), "
        "coalesce(avg(i.percent_done), 0.0) "
        "FROM village_plans p JOIN units u ON u.code = p.village_code "
        "LEFT JOIN village_plan_items i ON i.plan_id = p.id AND i.deleted = 0 "
        "WHERE p.year = ? AND u.parent_code = ? GROUP BY p.id ORDER BY p.village_code",
        (year, commune_code),
    ).fetchall()
