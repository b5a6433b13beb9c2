"""Commune groups as the checklist sees them: a set by group checks each commune against its
group's targets, so setting, changing or removing a group stores again the results of every
year the commune has results for, in the same transaction (score and show always agree).

Every write of a group outside the sync import goes through here; the sync import rescores
through the table's own hook (sync.domain_tables).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_desktop.checklist import assessments
from ntm_desktop.storage import Database
from ntm_desktop.storage import assessments as rows
from ntm_desktop.units import groups

if TYPE_CHECKING:
    from ntm_desktop.tables import sheets


def rescore(db: Database, unit_code: str) -> None:
    assessments.recompute_stored(db, unit_code, rows.result_years(db, unit_code))


def set_group(
    db: Database, unit_code: str, group: Any, valid_from: Any, note: str = ""
) -> dict[str, tuple[Any, Any]]:
    with db.transaction():
        changed = groups.set_group(db, unit_code, group, valid_from, note)
        if changed:
            rescore(db, unit_code)
    return changed


def remove_group(db: Database, unit_code: str, valid_from: Any) -> None:
    with db.transaction():
        groups.remove_group(db, unit_code, valid_from)
        rescore(db, unit_code)


def import_file(
    db: Database, path: Path, *, default_start: date | None = None, dry_run: bool = False
) -> sheets.ImportReport:
    # Imported on use: the sheet reader (xlsx, csv, and a backup before the import) is not
    # needed to show or set a commune's group, as the unit's page does.
    from ntm_desktop.units import groups_import

    return groups_import.import_file(
        db, path, default_start=default_start, dry_run=dry_run, set_group=set_group
    )
