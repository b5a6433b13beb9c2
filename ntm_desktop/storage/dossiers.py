"""SQL for the inputs of recognition dossiers and the comments received during public posting."""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

INPUT_FIELDS = (
    "proposal_number",
    "proposal_date",
    "place",
    "parent_agency",
    "issuing_agency",
    "authority",
    "signer_title",
    "signer_name",
    "addressees",
    "distribution",
    "survey_issued",
    "survey_returned",
    "survey_satisfied",
    "meeting_date",
    "meeting_place",
    "meeting_chair",
    "meeting_secretary",
    "members_present",
    "votes_for",
    "construction_debt",
)
COMMENT_COLUMNS = "id, dossier_id, received_on, source, content, response, deleted, owner_code"

Row = tuple[Any, ...]


def get_inputs(db: Database, dossier_id: str) -> dict[str, Any] | None:
    cursor = db.conn.execute(
        f"SELECT {', '.join(INPUT_FIELDS)} FROM dossier_inputs WHERE id = ? AND deleted = 0",
        (dossier_id,),
    )
    row = cursor.fetchone()
    return None if row is None else dict(zip(INPUT_FIELDS, row, strict=True))


def exists(db: Database, dossier_id: str) -> bool:
    found = db.conn.execute("SELECT 1 FROM dossier_inputs WHERE id = ?", (dossier_id,))
    return found.fetchone() is not None


def comments(db: Database, dossier_id: str) -> list[Row]:
    return db.conn.execute(
        f"SELECT {COMMENT_COLUMNS} FROM dossier_comments WHERE dossier_id = ? AND deleted = 0 "
        "ORDER BY received_on, id",
        (dossier_id,),
    ).fetchall()


def comment(db: Database, comment_id: str) -> Row | None:
    row: Row | None = db.conn.execute(
        f"SELECT {COMMENT_COLUMNS} FROM dossier_comments WHERE id = ?", (comment_id,)
    ).fetchone()
    return row
