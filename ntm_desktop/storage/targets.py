"""SQL for yearly targets (writes go through the change log)."""

from __future__ import annotations

from collections import namedtuple

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


def of_year(db: Database, year: int) -> list[TargetRow]:
    return TARGETS.where(db, "year = ? AND deleted = 0 ORDER BY unit_code", (year,))
