import sqlite3
from pathlib import Path

import pytest

from ntm_desktop.backups import backups
from ntm_desktop.common.errors import DataFileError, NewerDataFile, NotFound
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import migrations
from ntm_desktop.storage.database import APPLICATION_ID
from tests.conftest import file_digest


def test_new_file_is_wal_full_sync_with_foreign_keys(tmp_path: Path):
    with open_data_file(tmp_path / "a.db", create=True) as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.schema_version == migrations.latest_version()
        assert len(db.actor.device_id) == 32


def test_missing_file_is_not_created_without_asking(tmp_path: Path):
    with pytest.raises(NotFound):
        open_data_file(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


def test_file_from_newer_version_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDataFile) as caught:
        open_data_file(path)
    assert "phiên bản mới hơn" in caught.value.message
    assert caught.value.exit_code == 4
    assert path.read_bytes() == before
    assert not path.with_name("newer.db-wal").exists()


def test_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(DataFileError, match="không phải tệp dữ liệu"):
        open_data_file(path)
    assert path.read_bytes() == before


def test_old_file_is_backed_up_then_migrated(tmp_path: Path, monkeypatch):
    path = tmp_path / "old.db"
    first = migrations.load()[:1]
    monkeypatch.setattr(migrations, "load", lambda: first)
    open_data_file(path, create=True).close()
    monkeypatch.undo()
    if migrations.latest_version() == 1:
        pytest.skip("only one migration exists")
    with open_data_file(path) as db:
        assert db.schema_version == migrations.latest_version()
    [entry] = backups.list_backups(path)
    assert entry.manifest.reason == backups.BEFORE_MIGRATION
    assert entry.manifest.schema_version == 1


def test_migration_backup_is_a_verified_archive(tmp_path: Path, monkeypatch):
    """The same check without waiting for a second migration: pretend the file is older."""
    path = tmp_path / "old.db"
    open_data_file(path, create=True).close()
    extra = migrations.Migration(99, "extra", ("CREATE TABLE later_table (x)",))
    real = migrations.load()
    monkeypatch.setattr(migrations, "load", lambda: (*real, extra))
    monkeypatch.setattr(migrations, "latest_version", lambda: 99)
    with open_data_file(path) as db:
        assert db.schema_version == 99
    [entry] = backups.list_backups(path)
    assert entry.manifest.reason == backups.BEFORE_MIGRATION
    assert entry.manifest.schema_version == real[-1].version
    assert backups.verify(entry.path, scratch_dir=tmp_path) == entry.manifest


def test_migration_runs_in_one_transaction(tmp_path: Path, monkeypatch):
    broken = migrations.Migration(
        99, "broken", ("CREATE TABLE half_done (x)", "INSERT INTO no_such_table VALUES (1)")
    )
    real = migrations.load()
    monkeypatch.setattr(migrations, "load", lambda: (*real, broken))
    path = tmp_path / "m.db"
    with pytest.raises(sqlite3.OperationalError):
        open_data_file(path, create=True)
    monkeypatch.undo()
    with open_data_file(path) as db:
        tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert db.schema_version == migrations.latest_version()


def test_failed_transaction_leaves_file_unchanged(db_path: Path):
    with open_data_file(db_path) as db:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = file_digest(db_path)
        with pytest.raises(RuntimeError), db.transaction():
            db.conn.execute("UPDATE units SET name = 'X' WHERE code = '24'")
            raise RuntimeError("boom")
        assert db.conn.execute("SELECT name FROM units WHERE code = '24'").fetchone()[0] != "X"
    assert file_digest(db_path) == before


def test_split_statements_keeps_triggers_whole():
    script = "CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;\n"
    assert len(migrations.split_statements(script)) == 2


def test_a_file_keeps_its_device_where_it_lives_and_a_copy_becomes_a_new_one(tmp_path: Path):
    import shutil

    from ntm_desktop.units import datasets, units

    path = tmp_path / "a" / "ntm.db"
    with open_data_file(path, create=True) as db:
        datasets.initialize(db)
        device = db.actor.device_id
    with open_data_file(path) as db:
        assert db.actor.device_id == device
    copy = tmp_path / "b" / "ntm.db"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    with open_data_file(copy) as db:
        units.rename(db, "07354.001", "Thôn Trên Bản Chép")
        assert db.actor.device_id not in ("", device)
        assert db.get_meta("device_counter") == "1"
    with open_data_file(path) as db:
        units.rename(db, "07354.001", "Thôn Trên Bản Gốc")
        assert db.actor.device_id == device


def test_a_copy_changes_nothing_until_it_is_edited_and_a_failed_edit_gives_no_device(
    tmp_path: Path,
):
    import shutil

    from ntm_desktop.common.errors import InvalidInput
    from ntm_desktop.units import units

    path = tmp_path / "a" / "ntm.db"
    with open_data_file(path, create=True) as db:
        from ntm_desktop.units import datasets

        datasets.initialize(db)
        device = db.actor.device_id
    copy = tmp_path / "b" / "ntm.db"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    before = file_digest(copy)
    with open_data_file(copy) as db:
        assert units.get(db, "07354").name == "Xã Việt Lập"
    assert file_digest(copy) == before
    with open_data_file(copy) as db:
        with pytest.raises(InvalidInput):
            units.rename(db, "07354.001", " ")
        assert db.actor.device_id == device and db.get_meta("device_id") == device
        units.rename(db, "07354.001", "Thôn Trên Bản Chép")
        assert db.actor.device_id not in ("", device)
        assert db.get_meta("device_id") == db.actor.device_id
