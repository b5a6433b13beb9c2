"""Opening a data file for a person's work (the GUI, the CLI, a background job)."""

from __future__ import annotations

from pathlib import Path

from ntm_desktop.backups import backups
from ntm_desktop.storage import Database
from ntm_desktop.sync import scope, sent


def open_data_file(path: Path | str, *, create: bool = False) -> Database:
    """Open (create, migrate) the data file with this office's write guard installed."""
    db = Database.open(path, create=create, before_migration=_backup_before_migration)
    db.write_guard = scope.check_write
    try:
        sent.renew_if_copied_back(db)
    except BaseException:
        db.close()
        raise
    return db


def _backup_before_migration(db: Database) -> None:
    backups.create(db, backups.BEFORE_MIGRATION)
