"""The crash net: an unexpected error becomes a calm local dialog and a log entry, not a dead app.

Exceptions raised in Qt slots reach `sys.excepthook` (PySide prints them and carries on), so the
hook is the one place to catch them. Nothing is sent anywhere: the details go to a rotating log
file in the user's log folder, and the person can copy them to pass on to whoever supports them.

The log file opens after the window's first paint (`CrashNet.open_log`): warnings logged before
wait in memory until then, while an error opens it at once, so a start that fails still leaves
its entry.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop import __version__
from ntm_desktop.common.paths import user_log_dir

LOG_NAME = "ntm-desktop.log"
LOG_BYTES = 1_000_000
LOG_FILES = 5

log = logging.getLogger("ntm_desktop.crash")
_installed: CrashNet | None = None


def describe(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    return (
        f"NTM Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        + "".join(traceback.format_exception(kind, error, trace))
    )


def report(error: BaseException) -> None:
    """An unexpected error the app caught itself (a background job's): logged and shown like an
    uncaught one, never printed."""
    if _installed is not None:
        _installed.handle(type(error), error, error.__traceback__)
        return
    # Not started through `main` (a tool, a test): the same log entry and dialog, no net.
    details = describe(type(error), error, error.__traceback__)
    log.error("Lỗi không mong muốn:\n%s", details)
    CrashDialog(details, user_log_dir() / LOG_NAME, QApplication.activeWindow()).open()


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("NTM Desktop — Lỗi không mong muốn"))
        text = QLabel(
            self.tr(
                "NTM Desktop vừa gặp một lỗi chưa lường trước. Những gì đã lưu trước đó không "
                "bị ảnh hưởng; việc vừa làm có thể chưa được lưu, hãy kiểm tra lại.\n\n"
                "Anh/chị có thể tiếp tục làm việc. Nếu lỗi lặp lại, bấm “Sao chép chi tiết” và "
                "gửi cho cán bộ hỗ trợ. Chi tiết cũng được ghi vào tệp nhật ký:\n{0}"
            ).format(log_file)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Sao chép chi tiết"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        self.copy_button.clicked.connect(self._copy)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Đã sao chép"))

    def add(self, details: str) -> None:
        """A further error while the dialog is open joins it instead of stacking dialogs."""
        self.details.appendPlainText("\n" + details)


class _LogFile(logging.Handler):
    """The rotating log file, opened by `open` or by the first error; records below ERROR that
    come before wait here."""

    def __init__(self, log_dir: Callable[[], Path]) -> None:
        super().__init__()
        self.log_dir = log_dir
        self.waiting: list[logging.LogRecord] = []
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None and record.levelno < logging.ERROR:
            self.waiting.append(record)
            return
        self.open().handle(record)

    def open(self) -> logging.Handler:
        with self.lock:
            if self.target is None:
                self.target = self._make_target()
                self.target.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
                for record in self.waiting:
                    self.target.handle(record)
                self.waiting.clear()
            return self.target

    def _make_target(self) -> logging.Handler:
        # Imported on use: logging.handlers (with socket, pickle and queue) is not needed to
        # paint the window.
        from logging.handlers import RotatingFileHandler

        try:
            folder = self.log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            return RotatingFileHandler(
                folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
            )
        except OSError:
            # A log folder we cannot write must not stop the app: the dialog still shows.
            return logging.StreamHandler(sys.stderr)

    def close(self) -> None:
        if self.waiting:
            self.open()
        if self.target is not None:
            self.target.close()
        super().close()


class _Bridge(QObject):
    """Lives on the GUI thread, so an error raised in a worker thread shows its dialog there."""

    show = Signal(str)


class CrashNet:
    """Install with `CrashNet(log_dir).install()`; `uninstall()` restores the previous hooks.

    `log_dir` is asked for the folder when the log file first opens: finding the per-user
    folder loads platformdirs, which painting the window does not need."""

    def __init__(self, log_dir: Callable[[], Path]) -> None:
        self.log_dir = log_dir
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._handler = _LogFile(log_dir)
        self._bridge = _Bridge()
        self._bridge.show.connect(self._show)

    @property
    def log_file(self) -> Path:
        return self.log_dir() / LOG_NAME

    def install(self) -> None:
        log.addHandler(self._handler)
        log.setLevel(logging.INFO)
        log.propagate = False
        sys.excepthook = self.handle
        qInstallMessageHandler(self._qt_message)
        global _installed
        _installed = self

    def uninstall(self) -> None:
        global _installed
        _installed = None
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(None)
        log.removeHandler(self._handler)
        self._handler.close()

    def open_log(self) -> None:
        """Open the log file and write what waited for it (the app calls this once its window
        has painted; a net already taken down has written and closed its file)."""
        if _installed is self:
            self._handler.open()

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        details = describe(kind, error, trace)
        log.error("Lỗi không mong muốn:\n%s", details)
        try:
            self._bridge.show.emit(details)
        except Exception:  # the net must never throw from inside the hook
            self._previous_hook(kind, error, trace)

    def _show(self, details: str) -> None:
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add(details)
                return
            self.dialog = CrashDialog(details, self.log_file, QApplication.activeWindow())
            # Not exec(): a nested event loop inside the hook could re-enter the failing code.
            self.dialog.open()
        except Exception:  # never recurse into the hook from the net itself
            sys.stderr.write(details)

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
        }.get(kind, logging.ERROR)
        where = f" ({context.file}:{context.line})" if context.file else ""
        log.log(level, "Qt: %s%s", message, where)
