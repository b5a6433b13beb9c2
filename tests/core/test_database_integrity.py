"""Damage is refused at every open (clean shutdown or crash, before migrating) and on demand;
opened without the full check, a damaged file is refused at its first write and by backups."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ntm_desktop.backups import backups
from ntm_desktop.common.errors import DamagedDataFile, DataFileError
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database, Integrity
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


def test_without_the_full_check_a_damaged_file_opens_to_read_and_refuses_its_first_write(
    db_path: Path,
):
    _damage_middle_page(db_path)
    before = file_digest(db_path)
    with open_data_file(db_path, full_check=False) as db:
        assert db.integrity is Integrity.UNCHECKED
        assert db.get_meta("dataset") == "bac-giang-2020"
        with pytest.raises(DamagedDataFile, match="chỉ cho xem dữ liệu, không ghi"):
            db.set_meta("note", "ghi vào tệp hỏng")
        assert db.integrity is Integrity.DAMAGED
        with pytest.raises(DamagedDataFile):  # and every write after it, without a new check
            db.set_meta("note", "lần nữa")
    assert file_digest(db_path) == before


def test_without_the_full_check_an_intact_file_is_checked_by_its_first_write(db_path: Path):
    with open_data_file(db_path, full_check=False) as db:
        assert db.integrity is Integrity.UNCHECKED
        db.set_meta("note", "ghi được")
        assert db.integrity is Integrity.GOOD


def test_a_file_cut_short_is_refused_by_the_cheap_checks(db_path: Path):
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) - PAGE])
    before = file_digest(db_path)
    with pytest.raises(DamagedDataFile, match="cắt cụt"):
        open_data_file(db_path, full_check=False)
    assert file_digest(db_path) == before


def test_a_damaged_wal_is_refused_by_the_cheap_checks(db_path: Path, tmp_path):
    crashed = tmp_path / "crashed.db"
    _crash_copy(db_path, crashed)
    wal = Path(f"{crashed}-wal")
    with wal.open("r+b") as handle:
        handle.write(b"\0" * 8)
    before = file_digest(crashed)
    with pytest.raises(DamagedDataFile, match="nhật ký ghi"):
        open_data_file(crashed, full_check=False)
    assert file_digest(crashed) == before


@pytest.mark.parametrize("usb", [False, True])
def test_a_backup_refuses_a_damaged_file(db_path: Path, tmp_path, usb):
    _damage_middle_page(db_path)
    with (
        open_data_file(db_path, full_check=False) as db,
        pytest.raises(DamagedDataFile, match="Không sao lưu tệp hỏng"),
    ):
        if usb:
            backups.backup_to(db, tmp_path)
        else:
            backups.create(db, backups.DAILY)
    assert backups.list_backups(db_path) == []
    assert list(tmp_path.glob("*.zip")) == []
