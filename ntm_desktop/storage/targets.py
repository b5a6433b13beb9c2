"""SQL for yearly targets (writes go through the change log)."""

from __future__ import annotations

from collections import namedtuple
from typing import Any

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

TargetRow = namedtuple(
    "TargetRow",
    "id unit_code year standard advanced model ntm_villages model_villages "
    "avg_criteria below10 owner_code",
)
TARGETS = Table("targets", TargetRow)
MEASURES = tuple(
    field for field in TargetRow._fields if field not in ("id", "unit_code", "year", "owner_code")
)


def get(db: Database, unit_code: str, year: int) -> TargetRow | None:
    return TARGETS.first(db, "unit_code = ? AND year = ? AND deleted = 0", (unit_code, year))


def measures_of_year(db: Database, year: int) -> list[tuple[Any, ...]]:
    """(unit code, *MEASURES) of every unit's targets of `year`, in unit order: a national
    report reads all of them at once, so plain tuples, not named rows."""
    return db.conn.execute(
        f"SELECT unit_code, {', '.join(MEASURES)} FROM targets "
        "WHERE year = ? AND deleted = 0 ORDER BY unit_code",
        (year,),
    ).fetchall()
