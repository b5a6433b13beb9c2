"""The faults of a commune laptop, each simulated for real where the OS lets us.

Disk full and read-only folders use real tmpfs/bind mounts (root only: skipped cleanly
otherwise); a second copy of the app and a crash mid-write use real subprocesses (a crash at a
named point of the write path, tests/crash.py, or Popen.kill at any moment: both run on
Windows too); antivirus and a pulled USB stick are simulated at the OS seam (os.replace) and by
removing the folder mid-write.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ntm_desktop.backups import backups, places
from ntm_desktop.cli import main
from ntm_desktop.common import files
from ntm_desktop.common.errors import DataFileError, DataFileInUse
from ntm_desktop.common.instance_lock import InstanceLock
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.sync import writer
from ntm_desktop.units import units
from tests import crash
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    PROVINCE,
    add_evidence,
    network,
)

ROOT = Path(__file__).resolve().parents[2]


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def mount(args: list[str]) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"mounting not permitted here: {result.stderr.decode().strip()}")


@pytest.fixture
def tiny_disk(tmp_path):
    """A real filesystem of a given size (tmpfs), unmounted afterwards."""
    mounted = []

    def make(name: str, size_kib: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        mount(["-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(point)])
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder seen through a read-only bind mount (root ignores chmod)."""
    mounted = []

    def make(source: Path) -> Path:
        view = tmp_path / f"{source.name}-ro"
        view.mkdir()
        mount(["--bind", str(source), str(view)])
        mounted.append(view)
        mount(["-o", "remount,bind,ro", str(view)])
        return view

    yield make
    for view in mounted:
        subprocess.run(["umount", "-l", str(view)], check=False)


# -- disk full -----------------------------------------------------------------------------
def test_disk_full_while_working_loses_nothing(tiny_disk, db_path):
    disk = tiny_disk("disk", db_path.stat().st_size // 1024 + 160)
    path = disk / "ntm.db"
    shutil.copyfile(db_path, path)
    written = []
    with open_data_file(path) as db, pytest.raises(DataFileError) as caught:
        for i in range(200):
            db.set_meta(f"ghi-chu-{i}", f"{i}:" + "x" * 20_000)
            written.append(i)
    assert "Ổ đĩa đã đầy" in caught.value.message
    assert 0 < len(written) < 200
    assert integrity(path) == "ok"
    with open_data_file(path) as db:
        for i in written:
            assert db.get_meta(f"ghi-chu-{i}").startswith(f"{i}:")
        assert db.get_meta(f"ghi-chu-{len(written)}") is None


def test_backup_to_a_full_usb_stick_leaves_no_half_file(tiny_disk, db):
    usb = tiny_disk("usb", 16)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_digest(db.path)
    with pytest.raises(DataFileError, match="Ổ đĩa đầy"):
        backups.backup_to(db, usb)
    assert list(usb.iterdir()) == []
    assert list(places.backups_dir(db.path).glob(".*")) == []
    assert file_digest(db.path) == before


def test_a_bundle_to_a_full_usb_stick_leaves_no_half_file(tiny_disk, net):
    commune = net.replica("viet-lap", COMMUNE_A)
    for number in range(3):  # 1.2 MB of evidence, flushed to the stick while it is written
        add_evidence(commune, COMMUNE_A, os.urandom(400_000), f"biên bản {number}")
    usb = tiny_disk("usb", 512)
    sent_before = commune.get_meta(f"sync_seq:{PROVINCE}")
    with pytest.raises(DataFileError, match="Ổ đĩa đầy") as caught:
        writer.export(commune, usb)
    assert "Không có tệp nào bị ghi dở" in caught.value.message
    assert list(usb.iterdir()) == []
    assert commune.get_meta(f"sync_seq:{PROVINCE}") == sent_before


# -- read-only data folder -----------------------------------------------------------------
def test_read_only_data_folder_is_refused_clearly(read_only_folder, db_path):
    view = read_only_folder(db_path.parent)
    before = file_digest(db_path)
    with pytest.raises(DataFileError) as caught:
        open_data_file(view / db_path.name)
    assert "chỉ cho phép đọc" in caught.value.message
    assert "hỏng" not in caught.value.message  # never sent down the recovery path
    assert file_digest(db_path) == before
    assert integrity(db_path) == "ok"


def test_backup_to_a_write_protected_stick(read_only_folder, db, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    view = read_only_folder(stick)
    with pytest.raises(DataFileError, match="Không có quyền ghi"):
        backups.backup_to(db, view)
    assert list(stick.iterdir()) == []


# -- antivirus holding a file --------------------------------------------------------------
def flaky_replace(monkeypatch, target_name: str, failures: int) -> list[str]:
    """os.replace refusing `failures` times for one target, as Windows does while a scanner
    has the file open."""
    real = os.replace
    seen: list[str] = []

    def replace(source, target):
        if Path(target).name == target_name and len(seen) < failures:
            seen.append(str(target))
            raise PermissionError(13, "The process cannot access the file")
        return real(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(files, "REPLACE_DELAYS", (0.001,) * len(files.REPLACE_DELAYS))
    return seen


def test_replace_backs_off_while_the_file_is_held(tmp_path, monkeypatch):
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_text("mới")
    target.write_text("cũ")
    flaky_replace(monkeypatch, "b", 3)
    monkeypatch.setattr(files, "REPLACE_DELAYS", (0.05, 0.1, 0.2, 0.4))
    waits: list[float] = []
    files.replace_with_retry(source, target, sleep=waits.append)
    assert waits == [0.05, 0.1, 0.2]
    assert target.read_text() == "mới"


def test_restore_waits_out_an_antivirus_scan(db, tmp_path, monkeypatch):
    units.rename(db, "07354.001", "Thôn Đã Lưu")
    saved = backups.backup_to(db, tmp_path / "a.zip")
    units.rename(db, "07354.001", "Thôn Sửa Sau")
    seen = flaky_replace(monkeypatch, db.path.name, 4)
    backups.restore(db, saved.path)
    assert len(seen) == 4
    assert units.get(db, "07354.001").name == "Thôn Đã Lưu"


def test_restore_gives_up_on_a_file_held_for_good_and_keeps_the_data(db, tmp_path, monkeypatch):
    saved = backups.backup_to(db, tmp_path / "a.zip")
    units.rename(db, "07354.001", "Thôn Hiện Tại")
    flaky_replace(monkeypatch, db.path.name, 1000)
    with pytest.raises(DataFileError) as caught:
        backups.restore(db, saved.path)
    assert "diệt virus" in caught.value.message and "vẫn giữ nguyên" in caught.value.message
    # The app carries on with its data, reopened.
    assert units.get(db, "07354.001").name == "Thôn Hiện Tại"
    units.rename(db, "07354.001", "Thôn Vẫn Ghi Được")
    assert integrity(db.path) == "ok"
    assert [p.name for p in db.path.parent.glob("*.tmp")] == []
    [undo] = backups.list_backups(db.path)
    assert undo.manifest.reason == backups.BEFORE_RESTORE


# -- a second copy of the app --------------------------------------------------------------
HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ntm_desktop.common.instance_lock import InstanceLock
    lock = InstanceLock.acquire(Path(sys.argv[1]))
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_a_second_copy_is_told_the_data_is_in_use(db_path, capsys, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DataFileInUse) as caught:
            InstanceLock.acquire(db_path)
        assert "đang được mở trong một cửa sổ NTM Desktop khác" in caught.value.message
        assert f"tiến trình {holder.pid}" in caught.value.message
        with open_data_file(db_path) as db:
            saved = backups.backup_to(db, tmp_path / "a.zip")
        before = file_digest(db_path)
        assert main(["--db", str(db_path), "restore", str(saved.path)]) == 4
        assert "cửa sổ NTM Desktop khác" in capsys.readouterr().err
        assert file_digest(db_path) == before
    finally:
        holder.kill()
        holder.wait()
    # The OS dropped the lock with the killed process: no stale "in use".
    InstanceLock.acquire(db_path).release()


# -- USB stick pulled during an export -----------------------------------------------------
@pytest.mark.parametrize("plugged_back", [False, True])
def test_usb_pulled_during_backup(db, tmp_path, plugged_back):
    from tests.core.test_backups import add_evidence

    for n in range(3):
        add_evidence(db, f"anh {n}".encode() * 1000)
    usb = tmp_path / "usb"
    usb.mkdir()

    def pull_stick(done: int, total: int) -> None:
        if done == 2:
            shutil.rmtree(usb)
            if plugged_back:
                usb.mkdir()

    with pytest.raises(DataFileError) as caught:
        backups.backup_to(db, usb, progress=pull_stick)
    assert "USB đã bị rút" in caught.value.message
    assert "Không có tệp nào bị ghi dở" in caught.value.message
    assert list(usb.iterdir()) == [] if plugged_back else not usb.exists()
    assert list(places.backups_dir(db.path).glob(".*")) == []
    assert integrity(db.path) == "ok"


# -- killed in the middle of a write -------------------------------------------------------
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ntm_desktop.units import units
    from ntm_desktop.session.data_file import open_data_file
    db = open_data_file(Path(sys.argv[1]))
    db.set_user("Tiến trình ghi")
    villages = sys.argv[2:]
    for round_ in range(1, 10_000):
        with db.transaction():
            for code in villages:
                units.rename(db, code, f"Thôn Vòng {round_}")
        print(round_, flush=True)
    """
)


def six_villages(db_path: Path) -> dict[str, str]:
    with open_data_file(db_path) as db:
        villages = [u.code for u in units.subtree(db) if u.level == "village"][:6]
        return {code: units.get(db, code).name for code in villages}


def rounds_left(db_path: Path, villages: dict[str, str]) -> int:
    """How many whole rounds of renames the data file holds; fails on a half-written one."""
    assert integrity(db_path) == "ok"
    with open_data_file(db_path) as db:
        names = {code: units.get(db, code).name for code in villages}
        rounds = db.conn.execute("SELECT count(*) FROM change_log").fetchone()[0] / 6
    assert len(set(names.values())) == 1, names  # all renamed in a round, or none
    done = int(rounds)
    assert rounds == done  # no half-written round in the change log either
    expected = villages if done == 0 else {code: f"Thôn Vòng {done}" for code in villages}
    assert names == expected
    return done


def test_a_crash_in_the_middle_of_a_transaction_leaves_the_rounds_before(db_path):
    villages = six_villages(db_path)
    # Round 3's third village: its row is updated, its change not yet logged.
    point = "ntm_desktop.storage.changes:log_change@15"
    writer = crash.run(WRITER, str(db_path), *villages, crash_at=point)
    assert writer.returncode == crash.CRASHED, writer.stderr
    assert writer.stdout.split() == ["1", "2"]
    assert rounds_left(db_path, villages) == 2


def test_killed_at_any_moment_of_a_write_leaves_before_or_after(db_path):
    """Popen.kill is SIGKILL on POSIX and TerminateProcess on Windows: no cleanup either way,
    at whatever moment the writer has reached, inside SQLite's commit included."""
    villages = six_villages(db_path)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), *villages],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    committed = 0
    try:
        for line in writer.stdout:
            committed = int(line)
            if committed >= 5:
                time.sleep(0.05)
                break
    finally:
        writer.kill()
        writer.wait()
    assert rounds_left(db_path, villages) >= committed
