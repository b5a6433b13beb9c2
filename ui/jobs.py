"""Long work off the GUI thread: a QRunnable whose result, failure and progress come back as
signals, delivered on the GUI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ntm_desktop.common.errors import NtmError

Progress = Callable[[int, int], None]


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs `work(progress)`; an NtmError goes to `failed`; anything else goes to the crash net
    and `failed` too, so whoever waits (a progress dialog) is always released."""

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except NtmError as error:
            self.signals.failed.emit(error)
            return
        except Exception as error:
            sys.excepthook(type(error), error, error.__traceback__)
            self.signals.failed.emit(
                NtmError(
                    "Công việc bị dừng vì một lỗi không mong muốn. Dữ liệu đã lưu trước đó không "
                    "bị ảnh hưởng."
                )
            )
            return
        self.signals.finished.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
