"""SQL for recognitions (decisions recognising a unit as meeting a tier)."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence
from datetime import date

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table, optional_date

RecognitionRow = namedtuple(
    "RecognitionRow",
    "id unit_code tier decision_no decision_date withdrawn_on withdrawal_reason owner_code",
)
RECOGNITIONS = Table(
    "recognitions",
    RecognitionRow,
    convert={"decision_date": date.fromisoformat, "withdrawn_on": optional_date},
)


def of_unit(db: Database, unit_code: str) -> list[RecognitionRow]:
    return RECOGNITIONS.where(
        db, "unit_code = ? AND deleted = 0 ORDER BY decision_date, tier", (unit_code,)
    )


def held_on(db: Database, unit_codes: Sequence[str], day: str) -> list[tuple[str, str]]:
    """(unit_code, tier) of every recognition in force on `day` (ISO date) for these units."""
    if not unit_codes:
        return []
    marks = ", ".join("?" for _ in unit_codes)
    return db.conn.execute(
        f"SELECT unit_code, tier FROM recognitions WHERE unit_code IN ({marks}) AND deleted = 0 "
        "AND decision_date <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)",
        (*unit_codes, day, day),
    ).fetchall()
