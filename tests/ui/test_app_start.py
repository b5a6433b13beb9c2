import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from ntm_desktop.backups import backups
from ntm_desktop.common.errors import DamagedDataFile
from ntm_desktop.common.instance_lock import InstanceLock
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.test_backups import cut_short
from tests.core.test_faults import HOLDER
from ui import app
from ui.actions import backup_actions
from ui.dialogs import first_start_wizard

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture
def prompts(monkeypatch):
    """Answers to the yes/no seam and a record of what the user was told."""
    told: list[str] = []
    answers: list[bool] = []
    monkeypatch.setattr(backup_actions, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(backup_actions, "confirm", lambda parent, title, text: answers.pop(0))
    return told, answers


@pytest.fixture
def damaged_with_backup(db_path):
    with open_data_file(db_path) as db:
        units.rename(db, "07354.001", "Thôn Có Trong Bản Sao Lưu")
        backups.create(db, backups.DAILY)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cut_short(db_path)  # found at open; damage inside a page is found after (test_integrity)
    return db_path


def test_damaged_file_at_start_is_set_aside_and_the_latest_backup_restored(
    damaged_with_backup, prompts
):
    told, answers = prompts
    path = damaged_with_backup
    damaged = path.read_bytes()
    answers.append(True)
    with app.open_data_file(path) as db:
        assert units.get(db, "07354.001").name == "Thôn Có Trong Bản Sao Lưu"
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    [aside] = path.parent.glob("ntm.hong-*.db")
    assert aside.read_bytes() == damaged
    assert "Tệp hỏng được giữ tại" in told[0] and str(aside) in told[0]


def test_declining_the_recovery_changes_nothing(damaged_with_backup, prompts):
    _told, answers = prompts
    before = file_digest(damaged_with_backup)
    answers.append(False)
    with pytest.raises(DamagedDataFile):
        app.open_data_file(damaged_with_backup)
    assert file_digest(damaged_with_backup) == before
    assert list(damaged_with_backup.parent.glob("ntm.hong-*")) == []


def test_damaged_file_without_any_backup_is_refused_untouched(db_path):
    cut_short(db_path)
    before = file_digest(db_path)
    with pytest.raises(DamagedDataFile, match="Không có bản sao lưu tự động"):
        app.open_data_file(db_path)
    assert file_digest(db_path) == before


def test_second_copy_of_the_app_is_refused_with_a_message(
    db_path, tmp_path, no_modal_boxes, monkeypatch
):
    monkeypatch.setattr(app, "user_log_dir", lambda: tmp_path / "logs")
    hook = sys.excepthook
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert app.main(["--db", str(db_path)]) == 4
    finally:
        holder.kill()
        holder.wait()
    assert "đang được mở trong một cửa sổ NTM Desktop khác" in no_modal_boxes[0]
    assert sys.excepthook is hook  # the crash net is taken down with the app


class FilledWizard(first_start_wizard.FirstStartWizard):
    """The real wizard, filled in as a person would, without a blocking exec()."""

    folder_choice: Path

    def exec(self) -> int:
        self.office.search.setText("viet lap")
        self.user.name.setText("Trần Văn Bảo")
        self.folder.folder.setText(str(self.folder_choice))
        return QWizard.DialogCode.Accepted


def test_first_start_can_move_the_data_to_another_folder(qtbot, db_path, tmp_path, monkeypatch):
    FilledWizard.folder_choice = tmp_path / "D" / "NTM"
    monkeypatch.setattr(first_start_wizard, "FirstStartWizard", FilledWizard)
    db = open_data_file(db_path)
    lock = InstanceLock.acquire(db_path)
    moved, new_lock = app.run_first_start(db, lock)
    try:
        assert moved.path == (tmp_path / "D" / "NTM" / "ntm.db").resolve()
        assert moved.actor.office_code == "07354" and moved.actor.user == "Trần Văn Bảo"
        assert app.data_file_path(None) == moved.path
        InstanceLock.acquire(db_path).release()  # the old file is free again, and kept
        assert db_path.exists()
    finally:
        moved.close()
        new_lock.release()


def test_usb_backup_and_restore_from_the_menu(qtbot, db_path, tmp_path, prompts, monkeypatch):
    told, _answers = prompts
    db = open_data_file(db_path)
    session = app.Session(db)
    usb = tmp_path / "usb"
    usb.mkdir()
    job = session.menu.back_up_to(usb)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "Có thể rút USB an toàn" in told[0]
    [saved] = usb.iterdir()
    assert job is session.menu.job

    units.rename(db, "07354.001", "Thôn Đổi Sau Khi Sao Lưu")

    def look_and_accept(preview):
        preview.resize(560, 420)
        preview.show()
        qtbot.waitExposed(preview)
        SCREENSHOTS.mkdir(exist_ok=True)
        preview.grab().save(str(SCREENSHOTS / "restore-preview.png"))
        assert preview.restore_button.text() == "Khôi phục"
        return True

    monkeypatch.setattr(session.menu, "confirm_restore", look_and_accept)
    old_window = session.window
    session.menu.restore_from(saved)
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10_000)
    assert "muốn hoàn tác" in told[1]
    assert session.window is not old_window
    assert units.get(db, "07354.001").name != "Thôn Đổi Sau Khi Sao Lưu"
    session.window.close()
    db.close()


def test_daily_backup_runs_off_the_gui_thread(qtbot, db):
    session = app.Session(db)
    session.menu.daily_backup()
    qtbot.waitUntil(lambda: session.menu.daily_checks == 1, timeout=10_000)
    [entry] = backups.list_backups(db.path)
    assert entry.manifest.reason == backups.DAILY
    session.menu.daily_backup()
    qtbot.waitUntil(lambda: session.menu.daily_checks == 2, timeout=10_000)
    assert len(backups.list_backups(db.path)) == 1  # one a day
    session.window.close()
