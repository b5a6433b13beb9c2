"""SQL for the district's and the province's reviews of a commune's criteria results."""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

COLUMNS = "id, unit_code, year, stage, status, note, remarks, reviewer, review_date, owner_code"

Row = tuple[Any, ...]


def of_unit(db: Database, unit_code: str, year: int) -> list[Row]:
    return db.conn.execute(
        f"SELECT {COLUMNS} FROM checklist_reviews WHERE unit_code = ? AND year = ? ORDER BY stage",
        (unit_code, year),
    ).fetchall()


def get(db: Database, review_id: str) -> Row | None:
    return db.one(f"SELECT {COLUMNS} FROM checklist_reviews WHERE id = ?", (review_id,))
