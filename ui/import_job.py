"""Imports from sheets run on a pool thread with their own connection to the data file.

SQLite in WAL mode lets the GUI keep reading while the worker writes; the worker opens the
same file under the same user, so the change log records who imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from ntm_desktop.common.errors import NtmError
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database


class ImportSignals(QObject):
    done = Signal(str)  # the summary to show
    failed = Signal(object)  # NtmError


class ImportJob(QRunnable):
    def __init__(self, path: Path, user: str, work: Callable[[Database], str]) -> None:
        super().__init__()
        self.path = path
        self.user = user
        self.work = work
        self.signals = ImportSignals()

    def run(self) -> None:
        try:
            with open_data_file(self.path) as db:
                if self.user:
                    # This window's person, for this work only (not stored as the file's user).
                    db.actor = replace(db.actor, user=self.user)
                summary = self.work(db)
        except NtmError as error:
            self.signals.failed.emit(error)
            return
        except Exception as exc:  # a worker must report, never die silently
            self.signals.failed.emit(
                NtmError(
                    QCoreApplication.translate("ImportJob", "Không nhập được tệp: {0}").format(exc)
                )
            )
            return
        self.signals.done.emit(summary)
