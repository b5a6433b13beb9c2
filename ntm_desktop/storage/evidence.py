"""SQL for evidence rows (files attached to indicator values)."""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

COLUMNS = "id, value_id, sha256, file_name, size, added_at, removed, owner_code"

Row = tuple[Any, ...]


def of_value(db: Database, value_id: str, *, include_removed: bool = False) -> list[Row]:
    removed = "" if include_removed else " AND removed = 0"
    return db.conn.execute(
        f"SELECT {COLUMNS} FROM evidence WHERE value_id = ?{removed} ORDER BY added_at, file_name",
        (value_id,),
    ).fetchall()


def get(db: Database, evidence_id: str) -> Row | None:
    return db.one(f"SELECT {COLUMNS} FROM evidence WHERE id = ?", (evidence_id,))
