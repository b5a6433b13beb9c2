"""Opening a data file for a person's work (the GUI, the CLI, a background job)."""

from __future__ import annotations

from pathlib import Path

from ntm_desktop.backups import places
from ntm_desktop.common.files import remove_leftover_temporaries
from ntm_desktop.common.paths import default_db_path
from ntm_desktop.storage import Database
from ntm_desktop.sync import scope, sent


def open_data_file(path: Path | str, *, create: bool = False, full_check: bool = True) -> Database:
    """Open (create, migrate) the data file with this office's write guard installed.

    An empty file is taken for a new one only at the application's own place (where a first
    start stopped before writing); at a path someone gave it is refused, as not a data file.
    Without `full_check` only the cheap checks run at open and the first write reads every page
    before it writes (see `Database.open`).
    """
    path = Path(path)
    # Only an empty file asks for the app's own place: finding it loads platformdirs.
    empty = path.is_file() and not path.stat().st_size
    db = Database.open(
        path,
        create=create,
        before_migration=_backup_before_migration,
        empty_is_new=empty and path == default_db_path(),
        full_check=full_check,
    )
    db.write_guard = scope.check_write
    try:
        sent.renew_if_copied_back(db)
        sent.name_the_office(db)
    except BaseException:
        db.close()
        raise
    _remove_leftovers(db.path)
    return db


def _remove_leftovers(data_file: Path) -> None:
    """Temporary files a killed import, restore, backup or evidence copy left beside the data."""
    evidence = places.evidence_root(data_file)
    sync_folder = data_file.parent / sent.FOLDER
    for folder, pattern in (
        (data_file.parent, ".restore-*.tmp"),
        (places.backups_dir(data_file), ".*.tmp"),
        (sync_folder, ".*.tmp"),
        (sync_folder, "*/.*.tmp"),
        (evidence, "*/.*.tmp"),
        (evidence, ".parts/*/.*.tmp"),
    ):
        remove_leftover_temporaries(folder, pattern)


def _backup_before_migration(db: Database) -> None:
    # Imported on use: only a migration needs the archive machinery (zip, hashing), not an open.
    from ntm_desktop.backups import backups

    backups.create(db, backups.BEFORE_MIGRATION)
