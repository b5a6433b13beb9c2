"""SQL for yearly targets (writes go through the change log)."""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

MEASURES = (
    "standard",
    "advanced",
    "model",
    "ntm_villages",
    "model_villages",
    "avg_criteria",
    "below10",
)
COLUMNS = ("id", "unit_code", "year", *MEASURES, "owner_code")

Row = tuple[Any, ...]


def get(db: Database, unit_code: str, year: int) -> Row | None:
    return db.one(
        f"SELECT {', '.join(COLUMNS)} FROM targets WHERE unit_code = ? AND year = ? "
        "AND deleted = 0",
        (unit_code, year),
    )


def exists(db: Database, target_id: str) -> bool:
    return db.one("SELECT 1 FROM targets WHERE id = ?", (target_id,)) is not None


def of_year(db: Database, year: int) -> list[Row]:
    return db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM targets WHERE year = ? AND deleted = 0 "
        "ORDER BY unit_code",
        (year,),
    ).fetchall()
