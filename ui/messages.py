"""The one place where failures reach the person: a refusal the core explains (NtmError) as its
Vietnamese message box, anything unforeseen through the crash net (tests patch `show_error`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ntm_desktop.common.errors import NtmError
from ui import crash_net


def error_text(error: NtmError) -> str:
    lines = [error.message, *(f"• {line}" for line in error.details)]
    return "\n".join(lines)


def show_error(parent: QWidget | None, error: NtmError, title: str | None = None) -> None:
    if title is None:
        title = QCoreApplication.translate("messages", "Không thực hiện được")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, parent=parent)
    if error.details:
        box.setDetailedText("\n".join(error.details))
    box.exec()


def show_unexpected(error: BaseException) -> None:
    """Logged with its traceback and shown with a "Sao chép chi tiết" button; never printed."""
    crash_net.report(error)
