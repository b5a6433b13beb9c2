"""Where the office's data lives: moving the data file and its evidence to another folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from ntm_desktop.backups import backup_archive, places
from ntm_desktop.common.errors import Refused
from ntm_desktop.common.files import atomic_output
from ntm_desktop.storage import Database
from ntm_desktop.storage.backup import backup_database, give_new_device_id


def copy_to(db: Database, folder: Path) -> Path:
    """Copy the open data file (SQLite backup API) and its evidence into `folder`.

    The original stays where it was: moving data is never a delete. An existing data file in
    `folder` is refused rather than overwritten.
    """
    folder = folder.resolve()
    places.check_writable(folder)
    target = folder / db.path.name
    if target.exists():
        raise Refused(
            f"Thư mục {folder} đã có tệp dữ liệu {target.name}; tệp đó được giữ nguyên. Hãy "
            "chọn thư mục trống."
        )
    root = places.evidence_root(target)
    for sha, source in backup_archive.evidence_files(db.path):
        destination = backup_archive.evidence_path(root, sha)
        if not destination.exists():
            with atomic_output(destination) as temp:
                shutil.copyfile(source, temp)
    backup_database(db.conn, target)
    # The old file stays behind and could be opened again: the copy becomes a new device in the
    # change log, so the two files can never issue the same (device, counter) op id.
    give_new_device_id(target)
    return target
