"""The start checks a data file cheaply, then reads every page in the background: a damaged
file becomes read-only with the damage and what to do in the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_desktop.backups import backups
from ntm_desktop.common.errors import DamagedDataFile
from ntm_desktop.storage import Integrity
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.test_backups import corrupt
from ui import app
from ui.actions import backup_actions

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def told(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(backup_actions, "inform", lambda parent, title, text: said.append(text))
    return said


def _session(path: Path) -> tuple[app.Session, list[str]]:
    """As `ntm-desktop` starts: cheap checks only, window shown, then the background work; and
    the messages its status bar shows."""
    session = app.Session(app.open_data_file(path))
    shown: list[str] = []
    session.window.statusBar().messageChanged.connect(shown.append)
    session.window.show()
    session.check_integrity()
    return session, shown


def _close(session: app.Session) -> None:
    session.window.close()
    session.db.close()


def test_damage_found_in_the_background_makes_the_session_read_only(qtbot, db_path):
    with app.open_data_file(db_path) as db:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(db_path)  # inside the change log: the cheap checks at open do not read it
    before = file_digest(db_path)
    session, shown = _session(db_path)
    label = session.window.integrity
    assert session.db.integrity is Integrity.UNCHECKED and label.isHidden()
    qtbot.waitUntil(lambda: session.db.damage is not None, timeout=10_000)
    assert label.isVisible()
    assert "Tệp dữ liệu bị hỏng, chỉ xem được" in label.text()
    assert "Sao lưu › Khôi phục" in label.text()
    assert "bị hỏng" in label.toolTip() and "Tệp được giữ nguyên" in label.toolTip()
    session.window.resize(1366, 768)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert session.window.grab().save(str(SCREENSHOTS / "integrity-damaged.png"))
    # The warning is never the part cut off for lack of room; the file's path gives way.
    assert label.width() >= label.sizeHint().width()
    assert not session.window.page.checklist.banner.isVisible()
    assert not any("tốt" in text for text in shown)
    with pytest.raises(DamagedDataFile, match="chỉ cho xem dữ liệu, không ghi"):
        units.rename(session.db, "07354.001", "Thôn Ghi Vào Tệp Hỏng")
    assert backups.list_backups(db_path) == []  # no daily backup of the damage
    _close(session)
    assert file_digest(db_path) == before


def test_a_clean_file_shows_the_good_result_then_takes_the_days_backup(qtbot, db_path):
    session, shown = _session(db_path)
    assert session.db.integrity is Integrity.UNCHECKED and shown == []
    qtbot.waitUntil(lambda: session.menu.daily_checks == 1, timeout=10_000)
    assert shown[0] == "Kiểm tra toàn vẹn dữ liệu: tốt"
    assert session.db.integrity is Integrity.GOOD and session.window.integrity.isHidden()
    [entry] = backups.list_backups(db_path)
    assert entry.manifest.reason == backups.DAILY
    units.rename(session.db, "07354.001", "Thôn Sau Kiểm Tra")
    _close(session)


def test_a_read_only_session_restores_by_moving_the_damaged_file_aside(
    qtbot, db_path, tmp_path, told, monkeypatch
):
    with app.open_data_file(db_path) as db:
        units.rename(db, "07354.001", "Thôn Có Trong Bản Sao Lưu")
        good = backups.backup_to(db, tmp_path / "good.zip")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(db_path)
    damaged = db_path.read_bytes()
    session, _shown = _session(db_path)
    qtbot.waitUntil(lambda: session.db.damage is not None, timeout=10_000)
    monkeypatch.setattr(session.menu, "confirm_restore", lambda preview: True)
    session.menu.restore_from(good.path)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    [aside] = db_path.parent.glob("ntm.hong-*.db")
    assert aside.read_bytes() == damaged
    assert "Tệp hỏng được giữ tại" in told[0] and str(aside) in told[0]
    assert session.db.integrity is Integrity.GOOD and session.db.damage is None
    assert session.window.integrity.isHidden()  # the new window: nothing damaged to show
    assert session.window.statusBar().currentMessage() == "Kiểm tra toàn vẹn dữ liệu: tốt"
    assert units.get(session.db, "07354.001").name == "Thôn Có Trong Bản Sao Lưu"
    units.rename(session.db, "07354.001", "Thôn Sau Khôi Phục")
    _close(session)
