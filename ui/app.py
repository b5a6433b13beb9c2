"""`ntm-desktop`: start the GUI on the user's data file (created with the default dataset)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ntm-desktop")
    parser.add_argument("--db", type=Path, default=None, help="tệp dữ liệu")
    parser.add_argument("--lang", choices=LANGUAGES, help="ngôn ngữ giao diện (mặc định theo máy)")
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("NTM Desktop")
    install(app, args.lang)
    try:
        db = open_data_file(args.db or default_db_path())
    except NtmError as error:
        show_error(None, error, "Không mở được tệp dữ liệu")
        return error.exit_code
    window = MainWindow(db)
    window.show()
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
