import csv
import io
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ntm_desktop.backups import backups
from ntm_desktop.cli import main
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.test_backups import corrupt

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_and_restore(capsys, db_path, tmp_path):
    code, out, _ = run(capsys, "--db", db_path, "backup")
    assert code == 0 and "Đã sao lưu" in out
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run(capsys, "--db", db_path, "backup", "-o", usb)
    assert code == 0 and "Có thể rút USB an toàn" in out
    [saved] = usb.iterdir()

    with open_data_file(db_path) as db:
        db.set_user("Lê Thị Bình")
        units.rename(db, "07354.001", "Thôn Sau Sao Lưu")

    code, out, _ = run(capsys, "--db", db_path, "restore", saved)
    assert code == 0 and "Đã khôi phục" in out and "truoc-khoi-phuc" in out
    with open_data_file(db_path) as db:
        assert units.get(db, "07354.001").name != "Thôn Sau Sao Lưu"

    code, out, _ = run(capsys, "backups", "--db", db_path)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["reason"] for r in rows] == ["truoc-khoi-phuc", "thu-cong"]
    assert rows[0]["units"] == "266" and rows[0]["changes"] == "1"


def test_restore_refuses_a_missing_or_foreign_file(capsys, db_path, tmp_path):
    before = file_digest(db_path)
    code, _, err = run(capsys, "--db", db_path, "restore", tmp_path / "none.zip")
    assert code == 3 and "Không tìm thấy tệp sao lưu" in err
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    code, _, err = run(capsys, "--db", db_path, "restore", junk)
    assert code == 4 and "không phải bản sao lưu" in err
    assert file_digest(db_path) == before


@pytest.fixture
def damaged(db_path, tmp_path):
    """A damaged data file, and a good backup of it taken before the damage."""
    with open_data_file(db_path) as db:
        good = backups.backup_to(db, tmp_path / "good.zip")
        backups.create(db, backups.DAILY)
    corrupt(db_path)
    return db_path, good.path


@pytest.mark.parametrize(
    "argv",
    [
        ["init"],
        ["backup"],
        ["backup", "-o", "{tmp}/x.zip"],
        ["backups"],
        ["restore", "{good}"],
        ["units", "add-village", "--commune", "07354", "--name", "Đồng Mới"],
        ["checklist", "set", "--unit", "07354", "--year", "2020", "--indicator", "2.1",
         "--value", "85"],
    ],
)  # fmt: skip
def test_every_command_that_writes_refuses_a_damaged_data_file(capsys, damaged, tmp_path, argv):
    path, good = damaged
    before = file_digest(path)
    argv = [a.format(tmp=tmp_path, good=good) for a in argv]
    code, out, err = run(capsys, "--db", path, *argv)
    assert code == 4
    assert "bị hỏng" in err and "Tệp được giữ nguyên" in err
    assert file_digest(path) == before
    assert not (tmp_path / "x.zip").exists()
    if argv == ["backups"]:  # the list is still printed: it is what one restores from
        assert len(list(csv.DictReader(io.StringIO(out)))) == 1


@pytest.mark.parametrize("argv", [["units"], ["catalogs"]])
def test_a_command_that_only_reads_does_not_read_every_page(capsys, damaged, argv):
    """Damage away from what it reads (the change log): it reads, writes nothing."""
    path, _good = damaged
    before = file_digest(path)
    code, out, _ = run(capsys, "--db", path, *argv)
    assert code == 0 and out
    assert file_digest(path) == before


def test_a_read_that_meets_the_damage_is_refused_with_the_damage_named(capsys, db_path):
    with sqlite3.connect(db_path) as conn:
        units_page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'units'")
        [page] = units_page.fetchone()
    conn.close()
    corrupt(db_path, page - 1)
    before = file_digest(db_path)
    code, _out, err = run(capsys, "--db", db_path, "units")
    assert code == 4 and "bị hỏng" in err and "Tệp được giữ nguyên" in err
    assert "Traceback" not in err
    assert file_digest(db_path) == before


def test_restore_can_move_a_damaged_file_aside(capsys, damaged):
    path, good = damaged
    before = path.read_bytes()
    code, out, _ = run(capsys, "--db", path, "restore", good, "--move-damaged-aside")
    assert code == 0 and "Tệp dữ liệu hỏng được giữ lại" in out
    [aside] = path.parent.glob("ntm.hong-*.db")
    assert aside.read_bytes() == before
    with open_data_file(path) as db:
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_as_a_subprocess(db_path, tmp_path):
    """The installed entry point path: `python -m ntm_desktop.cli`, output in UTF-8."""
    copy = tmp_path / "sub" / "ntm.db"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)
    result = subprocess.run(
        [sys.executable, "-m", "ntm_desktop.cli", "--db", str(copy), "backup"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert "Đã sao lưu" in result.stdout.decode("utf-8")
