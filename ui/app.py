"""`ntm-desktop`: start the GUI on the user's data file (created with the default dataset)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ntm_desktop import datasets
from ntm_desktop.errors import NtmError
from ntm_desktop.paths import APP_NAME, default_db_path
from ntm_desktop.storage import Database
from ui.main_window import MainWindow
from ui.messages import show_error
from ui.translation import LANGUAGES, install


def open_data_file(path: Path) -> Database:
    """Open the data file, setting it up with the default dataset on first use."""
    db = Database.open(path, create=True)
    if db.get_meta("dataset") is None:
        datasets.initialize(db)
    return db


class _QuitAfterFirstPaint(QObject):
    """`--smoke-test`: proves a (frozen) build can start, open its data and paint a window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if sys.stdout is not None:  # None in a windowed Windows executable
                print("ok", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def parse_arguments(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt."""
    parser = argparse.ArgumentParser(prog="ntm-desktop")
    parser.add_argument("--db", type=Path, default=None, help="tệp dữ liệu")
    # The installer associates received bundles (.vnsb) with `ntm-desktop.exe "%1"`; the file
    # is kept as `MainWindow.startup_file` for the bundle import (built separately) to open.
    parser.add_argument("file", type=Path, nargs="?", default=None, help="gói dữ liệu cần nhập")
    parser.add_argument("--lang", choices=LANGUAGES, help="ngôn ngữ giao diện (mặc định theo máy)")
    parser.add_argument(
        "--smoke-test", action="store_true", help="thoát sau lần vẽ cửa sổ đầu tiên, in 'ok'"
    )
    return parser.parse_known_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_arguments(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("NTM Desktop")
    install(app, args.lang)
    try:
        db = open_data_file(args.db or default_db_path())
    except NtmError as error:
        show_error(None, error, QCoreApplication.translate("app", "Không mở được tệp dữ liệu"))
        return error.exit_code
    window = MainWindow(db)
    window.startup_file = args.file
    if args.smoke_test:
        window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
