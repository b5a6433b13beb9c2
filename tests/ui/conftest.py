import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ui.crash_net import CrashNet


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
