from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from tests.core.checklist_catalog import install
from ui.crash_net import CrashNet
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shoot(widget, name: str) -> None:
    """A screenshot of `widget` at a 1366x768 screen's size, for review by eye."""
    widget.resize(1366, 768)
    widget.show()
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def total_row(qtmodeltester, model, label_column: int) -> int:
    """Check `model` as Qt requires and that its last row is the 'Tổng cộng' row; its index."""
    qtmodeltester.check(model, force_py=True)
    last = model.rowCount() - 1
    assert cell(model, last, label_column) == "Tổng cộng"
    return last


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Window state goes to a per-test folder, never the developer's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QCoreApplication.setOrganizationName("NTM Desktop Tests")
    QCoreApplication.setApplicationName("NTM Desktop Tests")


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """Message boxes are shown through one seam; tests record them instead of blocking."""
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.messages.show_error", lambda parent, error, title="": shown.append(error.message)
    )
    return shown


@pytest.fixture
def crash_net(tmp_path):
    """The app's crash net, logging to a per-test folder."""
    net = CrashNet(lambda: tmp_path / "logs")
    net.install()
    yield net
    net.uninstall()
    if net.dialog is not None:
        net.dialog.close()


def shown_window(qtbot, db, unit: str | None = None, *, laptop: bool = True) -> MainWindow:
    """The main window shown (at a 1366x768 screen's size unless `laptop` is False), with
    `unit` selected when given."""
    main = MainWindow(db)
    qtbot.addWidget(main)
    if laptop:
        main.resize(1366, 768)
    main.show()
    if unit is not None:
        main.select_unit(unit)
    return main


@pytest.fixture
def window(qtbot, db):
    """The main window at a 1366x768 screen's size, over a file with the test criteria set."""
    install(db)
    main = shown_window(qtbot, db)
    qtbot.waitExposed(main)
    return main
