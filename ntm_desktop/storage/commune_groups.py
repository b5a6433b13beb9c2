"""SQL for the groups of communes (writes go through the change log)."""

from __future__ import annotations

from collections import namedtuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

GroupRow = namedtuple("GroupRow", "id unit_code group_no valid_from note owner_code")
GROUPS = Table("commune_groups", GroupRow)


def of_unit(db: Database, unit_code: str) -> list[GroupRow]:
    """The commune's periods, oldest first."""
    return GROUPS.where(db, "unit_code = ? AND deleted = 0 ORDER BY valid_from", (unit_code,))


def every(db: Database) -> list[GroupRow]:
    """Every commune's periods (a file holds one province's: a few hundred rows), by unit and
    date."""
    return GROUPS.where(db, "deleted = 0 ORDER BY unit_code, valid_from")
