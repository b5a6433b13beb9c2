import hashlib
import json
import os
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ntm_desktop.backups import backup_archive, backups, places
from ntm_desktop.common.errors import DamagedDataFile, InvalidInput
from ntm_desktop.common.files import write_bytes_atomic
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from tests.conftest import file_digest


def add_evidence(db: Database, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    root = places.evidence_root(db.path)
    write_bytes_atomic(backup_archive.evidence_path(root, sha), data)
    return sha


def unit_name(db: Database, code: str) -> str:
    return units.get(db, code).name


def corrupt(path: Path, page: int = 3) -> None:
    """Overwrite one b-tree page (0-based; by default the change log's root) in the middle of
    the file: the header stays intact."""
    data = bytearray(path.read_bytes())
    data[page * 4096 : (page + 1) * 4096] = b"\xaa" * 4096
    path.write_bytes(bytes(data))


def cut_short(path: Path) -> None:
    """The file as a copy to or from a USB stick stopped half way leaves it (the header says
    how long it should be): the cheap checks at every open find it."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_automatic_backup_holds_snapshot_manifest_and_evidence(db):
    units.rename(db, "07354.001", "Thôn Đồng Sào")
    photo = add_evidence(db, b"\x89PNG anh minh chung" * 100)
    entry = backups.create(db, backups.BEFORE_IMPORT, now=datetime(2026, 3, 2, 9, 30))

    assert entry.path.name == "ntm-20260302-093000-truoc-nhap.zip"
    with zipfile.ZipFile(entry.path) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "ntm.db"]
        manifest = json.loads(archive.read("manifest.json"))
        snapshot = entry.path.parent / "snap.db"
        snapshot.write_bytes(archive.read("ntm.db"))
    assert manifest["reason"] == "truoc-nhap"
    assert manifest["schema_version"] == db.schema_version
    assert manifest["counts"]["units"] == 266
    assert manifest["evidence"] == {"files": [photo], "bytes": 1900, "in_archive": False}
    assert manifest["meta"]["device_id"] == db.actor.device_id
    conn = sqlite3.connect(snapshot)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT name FROM units WHERE code = '07354.001'").fetchone()[0] == (
        "Thôn Đồng Sào"
    )
    conn.close()
    stored = backup_archive.evidence_path(entry.path.parent / "evidence", photo)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == photo


def test_usb_backup_is_self_contained_and_read_back(db, tmp_path):
    photo = add_evidence(db, b"bien ban nghiem thu")
    usb = tmp_path / "usb"
    usb.mkdir()
    seen = []
    entry = backups.backup_to(db, usb, progress=lambda done, total: seen.append((done, total)))
    assert entry.path.parent == usb and entry.manifest.self_contained
    assert seen == [(1, 2), (2, 2)]
    with zipfile.ZipFile(entry.path) as archive:
        assert f"evidence/{photo[:2]}/{photo}" in archive.namelist()
    assert [p.name for p in usb.iterdir()] == [entry.path.name]


def test_usb_backup_needs_a_zip_name_or_folder(db, tmp_path):
    with pytest.raises(InvalidInput, match=r"\.zip"):
        backups.backup_to(db, tmp_path / "sao-luu.rar")
    with pytest.raises(InvalidInput, match="USB"):
        backups.backup_to(db, tmp_path / "khong-co" / "a.zip")


def test_restore_round_trip_is_undoable_and_gives_a_new_device(db, tmp_path):
    photo = add_evidence(db, b"anh thon 1")
    units.rename(db, "07354.001", "Thôn Trước")
    saved = backups.backup_to(db, tmp_path / "truoc.zip")
    units.rename(db, "07354.001", "Thôn Sau")
    evidence_file = backup_archive.evidence_path(places.evidence_root(db.path), photo)
    evidence_file.unlink()
    old_device = db.actor.device_id

    result = backups.restore(db, saved.path)

    assert result.db is db
    assert unit_name(db, "07354.001") == "Thôn Trước"
    assert evidence_file.read_bytes() == b"anh thon 1"
    assert result.evidence_added == 1
    assert db.actor.device_id not in ("", old_device)
    assert db.get_meta("device_counter") == "0"
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The later edit stays in the change log of the undo backup: restoring it brings it back.
    assert result.undo.manifest.reason == backups.BEFORE_RESTORE
    backups.restore(db, result.undo.path)
    assert unit_name(db, "07354.001") == "Thôn Sau"


def test_damaged_backup_is_refused_and_changes_nothing(db, tmp_path):
    saved = backups.backup_to(db, tmp_path / "a.zip")
    data = bytearray(saved.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\0" * 64
    saved.path.write_bytes(bytes(data))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_digest(db.path)
    with pytest.raises(DamagedDataFile, match="bị hỏng"):
        backups.restore(db, saved.path)
    assert file_digest(db.path) == before
    assert backups.list_backups(db.path) == []
    assert [p.name for p in db.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_file_that_is_not_a_backup_is_refused(db, tmp_path):
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(DamagedDataFile, match="không phải bản sao lưu"):
        backups.preview(other)


def test_daily_backup_is_made_once_a_day(db):
    day = datetime(2026, 5, 4, 8, 0)
    assert backups.backup_if_due(db, now=day) is not None
    assert backups.backup_if_due(db, now=day + timedelta(hours=5)) is None
    assert backups.backup_if_due(db, now=day + timedelta(days=1)) is not None
    assert len(backups.list_backups(db.path)) == 2


def test_thinning_over_a_simulated_year():
    """A year of use: a daily backup each working day and imports on some; thinned each time."""
    start = datetime(2026, 1, 1, 8, 0)
    kept: set[datetime] = set()
    most = 0
    for day in range(365):
        today = start + timedelta(days=day)
        if today.weekday() == 6:  # nobody works on Sunday: no backup at all
            continue
        made = [today]
        if day % 3 == 0:
            made += [today + timedelta(hours=2), today + timedelta(hours=5)]
        for stamp in made:
            kept = backups.to_keep([*kept, stamp], stamp)
            assert stamp in kept
            most = max(most, len(kept))
    now = max(kept)
    recent = {stamp for stamp in kept if now - stamp < timedelta(days=2)}
    older = sorted(kept - recent, reverse=True)
    days = {stamp.date() for stamp in kept}
    assert len({stamp.date() for stamp in sorted(kept, reverse=True)[:9]}) >= 7
    assert len({stamp.isocalendar()[:2] for stamp in kept}) >= 4
    months = {(stamp.year, stamp.month) for stamp in kept}
    assert months == {(2026, m) for m in range(1, 13)}
    # Everything from the last two days, then at most one per day/week/month bucket.
    assert len(recent) <= 6 and len(older) <= 7 + 4 + 12
    assert most <= 6 + 7 + 4 + 12
    assert len(days) == len(kept) - len(recent) + len({s.date() for s in recent})
    # The oldest kept backup is from the first month: a year of history survives.
    assert min(kept).month == 1 and min(kept).year == 2026


def test_thinning_deletes_files_and_unneeded_shared_evidence(db):
    first = add_evidence(db, b"cu")
    backups.create(db, backups.DAILY, now=datetime(2026, 1, 5, 8))
    backup_archive.evidence_path(places.evidence_root(db.path), first).unlink()
    second = add_evidence(db, b"moi")
    for day in range(6, 20):
        backups.create(db, backups.DAILY, now=datetime(2026, 1, day, 8))
    store = places.backups_dir(db.path) / "evidence"
    names = [e.path.name for e in backups.list_backups(db.path)]
    # 7 latest days (13-19 Jan), the newest of the ISO week 5-11 Jan; 5 Jan is gone.
    days = [19, 18, 17, 16, 15, 14, 13, 11]
    assert names == [f"ntm-202601{day:02d}-080000-hang-ngay.zip" for day in days]
    assert not backup_archive.evidence_path(store, first).exists()
    assert backup_archive.evidence_path(store, second).exists()


def test_damaged_data_file_is_moved_aside_and_the_backup_put_in_place(db, tmp_path):
    units.rename(db, "07354.001", "Thôn Tốt")
    good = backups.create(db, backups.DAILY)
    path = db.path
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    corrupt(path)
    damaged = path.read_bytes()
    with pytest.raises(DamagedDataFile):
        open_data_file(path)
    assert backups.latest_good(path) == good

    aside = backups.recover(path, good.path, now=datetime(2026, 2, 1, 7))
    with open_data_file(path) as restored:
        assert aside.name == "ntm.hong-20260201-070000.db"
        assert aside.read_bytes() == damaged
        assert unit_name(restored, "07354.001") == "Thôn Tốt"
    # A second recovery at the same second never overwrites the first damaged copy.
    corrupt(path)
    second = backups.recover(path, good.path, now=datetime(2026, 2, 1, 7))
    open_data_file(path).close()
    assert second.name == "ntm.hong-20260201-070000-2.db" and aside.read_bytes() == damaged


def test_temporaries_of_a_killed_backup_are_cleared_later(db):
    folder = places.backups_dir(db.path)
    folder.mkdir()
    stale = folder / ".ntm-20260101-080000-hang-ngay.zip.999.tmp"
    running = folder / ".ntm-20260101-090000-hang-ngay.zip.998.tmp"
    stale.write_bytes(b"half a zip")
    running.write_bytes(b"still being written by another process")
    old = stale.stat().st_mtime - backups.STALE_AFTER_SECONDS - 60
    os.utime(stale, (old, old))
    backups.create(db, backups.MANUAL)
    assert not stale.exists() and running.exists()
    assert [e.manifest.reason for e in backups.list_backups(db.path)] == [backups.MANUAL]
