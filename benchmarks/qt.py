"""Offscreen Qt for benchmarks: one application, and waiting until a widget has really painted."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns about window features it lacks; that is not news.
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet)
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


class PaintWatch(QObject):
    """Counts paint events that reach `widget` (a view's viewport is what shows the rows)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False

    def wait(self, timeout: float = 10.0) -> None:
        """Run the event loop until the next paint has happened."""
        seen = self.painted
        deadline = time.monotonic() + timeout
        while self.painted == seen:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            if time.monotonic() > deadline:
                raise TimeoutError("the widget did not paint")
