"""Damage is refused at every open (clean shutdown or crash, before migrating) and on demand."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ntm_desktop.common.errors import DataFileError
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from tests.conftest import file_digest

PAGE = 4096


def _damage_middle_page(path: Path) -> None:
    """Overwrite one b-tree page far from the schema and the meta table."""
    pages = path.stat().st_size // PAGE
    assert pages > 8
    with path.open("r+b") as handle:
        handle.seek((pages // 2) * PAGE)
        handle.write(bytes([0x5A]) * PAGE)


def _crash_copy(source: Path, target: Path) -> None:
    """`target` as a session that crashed would leave it: the data file plus its -wal and -shm."""
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO meta (key, value) VALUES ('crashed', 'yes')")
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    conn.close()


def test_damaged_file_closed_cleanly_is_refused_and_untouched(db_path: Path):
    _damage_middle_page(db_path)
    before = file_digest(db_path)
    with pytest.raises(DataFileError, match="khôi phục từ bản sao lưu"):
        open_data_file(db_path)
    assert file_digest(db_path) == before


def test_damage_after_opening_is_found_on_demand(db_path: Path):
    with open_data_file(db_path) as db:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage_middle_page(db_path)
    # A fresh connection, as after a restart: an open one may answer from its page cache.
    damaged = Database(db_path, sqlite3.connect(db_path))
    try:
        with pytest.raises(DataFileError, match="khôi phục từ bản sao lưu"):
            damaged.check_integrity()
    finally:
        damaged.close()


def test_intact_file_passes_check_integrity(db: Database):
    db.check_integrity()


def test_damaged_file_left_open_by_a_crash_is_refused_and_untouched(db_path: Path, tmp_path):
    crashed = tmp_path / "crashed.db"
    _crash_copy(db_path, crashed)
    assert Path(f"{crashed}-wal").stat().st_size > 0
    _damage_middle_page(crashed)
    before = file_digest(crashed)
    with pytest.raises(DataFileError, match="khôi phục từ bản sao lưu"):
        open_data_file(crashed)
    assert file_digest(crashed) == before


def test_intact_file_left_open_by_a_crash_opens(db_path: Path, tmp_path):
    crashed = tmp_path / "crashed.db"
    _crash_copy(db_path, crashed)
    with open_data_file(crashed) as db:
        assert db.get_meta("dataset") == "bac-giang-2020"


def test_damaged_file_is_refused_before_migrating(db_path: Path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 0")
    conn.close()
    _damage_middle_page(db_path)
    before = file_digest(db_path)
    with pytest.raises(DataFileError):
        open_data_file(db_path)
    assert file_digest(db_path) == before
    assert not (db_path.parent / "backups").exists()
