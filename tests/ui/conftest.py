import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from tests.core.checklist_catalog import install
from ui.crash_net import CrashNet
from ui.main_window import MainWindow


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
    net = CrashNet(tmp_path / "logs")
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
