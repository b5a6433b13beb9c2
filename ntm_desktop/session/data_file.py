"""Opening a data file for a person's work (the GUI, the CLI, a background job)."""

from __future__ import annotations

from pathlib import Path

from ntm_desktop.backups import backups
from ntm_desktop.common.paths import default_db_path
from ntm_desktop.storage import Database
from ntm_desktop.sync import scope


def open_data_file(path: Path | str, *, create: bool = False) -> Database:
    """Open (create, migrate) the data file with this office's write guard installed.

    An empty file is taken for a new one only at the application's own place (where a first
    start stopped before writing); at a path someone gave it is refused, as not a data file.
    """
    db = Database.open(
        path,
        create=create,
        before_migration=_backup_before_migration,
        empty_is_new=Path(path) == default_db_path(),
    )
    db.write_guard = scope.check_write
    return db


def _backup_before_migration(db: Database) -> None:
    backups.create(db, backups.BEFORE_MIGRATION)
