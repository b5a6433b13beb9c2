"""Background jobs: the one way the interface runs slow work off the GUI thread.

`Job(owner, work, ...).start()` runs `work(task)` on a worker thread. `task.db` is the job's own
connection to the data file (opened on first use, as this window's person, and closed when the
work ends); `task.progress(percent, text)` reports; `task.cancelled` says stopping was asked.
What the job ends with comes back on the GUI thread: `on_success(result)`; or, on a failure, the
error shown through `ui.messages` (a refusal the core explains as its Vietnamese message,
anything unforeseen logged with details to copy), then `on_failure(error)`. Whatever the
end, the widgets the job disabled are enabled again and its progress is hidden.

Lanes: jobs that write the data file run one at a time (WRITE); PDF builds run one at a time
(RENDER: reportlab's font registry is shared by the whole process); READ jobs run alongside.

A closing window calls `stop(window)`: the jobs of its widgets are cancelled, those already
running are waited for (for a bounded time), and nothing they report later reaches a widget.
`finish_all()` before the process exits lets a write that is still running end cleanly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QWidget

from ntm_desktop.common.errors import NtmError
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from ui import messages

STOP_WAIT_SECONDS = 5.0


class Lane(Enum):
    READ = "read"
    WRITE = "write"
    RENDER = "render"


class Cancelled(Exception):
    """Raised by `task.progress` in a cancellable job once it is cancelled."""


_pools: dict[Lane, QThreadPool] = {}
# Queued or running, not yet delivered: keeps each job (a signal source) alive till then.
_live: set[Job] = set()


def _pool(lane: Lane) -> QThreadPool:
    pool = _pools.get(lane)
    if pool is None:
        pool = _pools[lane] = QThreadPool()
        if lane is not Lane.READ:
            pool.setMaxThreadCount(1)
    return pool


def _alive(thing: object) -> bool:
    return shiboken6.isValid(thing)


def _within(owner: QObject, under: QObject) -> bool:
    node: QObject | None = owner
    while node is not None and _alive(node):
        if node is under:
            return True
        node = node.parent()
    return False


class Task:
    """What the work function is given, on its worker thread."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            source = self._job.data_file
            if source is None:
                raise RuntimeError("this job was started without a data file")
            # What the window's connection knows of the file's pages holds for this one too; one
            # not yet checked reads every page before its first write (Database.open).
            db = open_data_file(source.path, full_check=False)
            db.integrity = source.integrity
            if source.damage is not None:
                db.mark_damaged(source.damage)
            if source.actor.user:
                # This window's person, for this work only (not stored as the file's user).
                db.actor = db.actor._replace(user=source.actor.user)
            self._db = db
        return self._db

    @property
    def cancelled(self) -> bool:
        return self._job.cancel_asked.is_set()

    def progress(self, percent: int | None, text: str = "") -> None:
        """`percent` 0-100, or None while the amount of work is not known yet."""
        if self._job.cancellable and self.cancelled:
            raise Cancelled
        self._job._reported.emit(percent, text)

    def steps(self, done: int, total: int, text: str = "") -> None:
        """Progress counted in steps (files, rows); 0 steps in all means not known yet."""
        self.progress(min(100, done * 100 // total) if total > 0 else None, text)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


@dataclass(frozen=True)
class _Outcome:
    result: object = None
    error: BaseException | None = None
    cancelled: bool = False


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        # The job owns its runnable, so `tryTake` never meets one the pool has deleted.
        self.setAutoDelete(False)
        self.job = job

    def run(self) -> None:
        self.job._run()


def unexpected_error() -> NtmError:
    return NtmError(
        QCoreApplication.translate(
            "jobs",
            "Công việc bị dừng vì một lỗi không mong muốn. Dữ liệu đã lưu trước đó không bị "
            "ảnh hưởng; hãy thử lại, nếu lỗi lặp lại hãy gửi chi tiết lỗi cho cán bộ hỗ trợ.",
        )
    )


class Job(QObject):
    """One piece of background work and what the interface does around it.

    `owner`: the widget (or menu object) the job belongs to; its window's closing stops the job,
    and once it is deleted nothing is delivered. `data_file`: the GUI's open data file, whose
    path and person the job's own connection uses. `disable`: widgets disabled while the job
    runs. `progress` and `status`: where progress shows (hidden; cleared unless the work ended).
    `cancellable`: the work may be stopped at any progress report (it writes atomically).
    `on_failure(error)` runs after any failure, once the error is shown; with `in_place` a
    refusal is not put in a message box, `on_failure` shows it where it belongs (beside a
    table, in the status bar). An unforeseen error is always shown through the crash net, and
    `on_failure` then gets a general Vietnamese message.
    """

    _reported = Signal(object, str)
    _ended = Signal(object)

    def __init__(
        self,
        owner: QObject,
        work: Callable[[Task], Any],
        *,
        lane: Lane = Lane.READ,
        data_file: Database | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[NtmError], None] | None = None,
        disable: Sequence[QWidget | QAction] = (),
        progress: QProgressBar | QProgressDialog | None = None,
        status: QLabel | None = None,
        label: str = "",
        cancellable: bool = False,
        in_place: bool = False,
    ) -> None:
        super().__init__()
        self.owner = owner
        self.work = work
        self.lane = lane
        self.data_file = data_file
        self.on_success = on_success
        self.on_failure = on_failure
        self.disable = tuple(disable)
        self.progress = progress
        self.status = status
        self.label = label
        self.cancellable = cancellable
        self.in_place = in_place
        self.cancel_asked = threading.Event()
        self.ended = threading.Event()
        self.detached = False
        self._runnable = _Runnable(self)
        self._reported.connect(self._show_progress)
        self._ended.connect(self._deliver)

    # -- GUI thread ----------------------------------------------------------------------
    def start(self) -> Job:
        for widget in self.disable:
            widget.setEnabled(False)
        if self.progress is not None:
            self.progress.setValue(0)
            if not isinstance(self.progress, QProgressDialog):
                self.progress.show()  # a dialog shows itself if the job takes a while
            elif self.cancellable:
                self.progress.canceled.connect(self.cancel)
        if self.status is not None and self.label:
            self.status.setText(self.label)
        _live.add(self)
        _pool(self.lane).start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the job to stop: one not started yet never runs; a cancellable one stops at its
        next progress report, and then only its widgets come back (no success, no message).
        One that is not cancellable and already running ends and reports as usual."""
        self.cancel_asked.set()
        if self._take_back():
            self._deliver(_Outcome(cancelled=True))

    def _take_back(self) -> bool:
        """Off the queue if it has not started (it then never runs)."""
        return self in _live and _pool(self.lane).tryTake(self._runnable)

    @property
    def running(self) -> bool:
        return self in _live

    def _show_progress(self, percent: int | None, text: str) -> None:
        if self.detached or not _alive(self.owner):
            return
        if self.progress is not None and _alive(self.progress):
            if percent is None:
                self.progress.setRange(0, 0)
            else:
                self.progress.setRange(0, 100)
                self.progress.setValue(percent)
        if text and self.status is not None and _alive(self.status):
            self.status.setText(text)

    def _deliver(self, outcome: _Outcome) -> None:
        _live.discard(self)
        if self.detached or not _alive(self.owner):
            return
        self._settle(finished=outcome.error is None and not outcome.cancelled)
        if outcome.error is not None:
            self._fail(outcome.error)
        elif not outcome.cancelled and self.on_success is not None:
            self.on_success(outcome.result)

    def _settle(self, *, finished: bool) -> None:
        for widget in self.disable:
            if _alive(widget):
                widget.setEnabled(True)
        progress = self.progress
        # A bar shared by several jobs (evidence copies) stays while one of them runs.
        shared = any(job.progress is progress for job in _live)
        if progress is not None and _alive(progress) and not shared:
            if isinstance(progress, QProgressDialog):
                if self.cancellable:
                    progress.canceled.disconnect(self.cancel)
                progress.reset()  # also stops its timer, which would show it later
            progress.hide()
        if not finished and self.status is not None and _alive(self.status):
            self.status.clear()  # the progress text of work that did not end

    def _fail(self, error: BaseException) -> None:
        if not isinstance(error, NtmError):
            messages.show_unexpected(error)
            error = unexpected_error()
        elif not self.in_place:
            messages.show_error(self._parent_widget(), error)
        if self.on_failure is not None:
            self.on_failure(error)

    def _parent_widget(self) -> QWidget | None:
        node: QObject | None = self.owner
        while node is not None and not isinstance(node, QWidget):
            node = node.parent()
        return node

    # -- worker thread -------------------------------------------------------------------
    def _run(self) -> None:
        task = Task(self)
        try:
            try:
                if self.cancel_asked.is_set():
                    raise Cancelled
                result = self.work(task)
            finally:
                task.close()
            outcome = _Outcome(
                result=result, cancelled=self.cancellable and self.cancel_asked.is_set()
            )
        except Cancelled:
            outcome = _Outcome(cancelled=True)
        except Exception as error:  # every failure is reported on the GUI thread, none lost
            outcome = _Outcome(error=error)
        self._ended.emit(outcome)
        self.ended.set()  # after the emit: whoever waits may then delete this object


def write(owner: QObject, data_file: Database, work: Callable[[Task], Any], **options: Any) -> Job:
    """Start a job that writes the data file: in the writer lane, on its own connection."""
    return Job(owner, work, lane=Lane.WRITE, data_file=data_file, **options).start()


def running(owner: QObject) -> list[Job]:
    """The jobs of `owner` not yet delivered."""
    return [job for job in _live if job.owner is owner]


def stop(under: QObject) -> None:
    """Cancel the jobs of `under` and of the objects inside it; wait (bounded) for those
    already running; whatever they report afterwards is dropped."""
    mine = [job for job in list(_live) if _within(job.owner, under)]
    for job in mine:
        job.detached = True
        job.cancel_asked.set()
    deadline = time.monotonic() + STOP_WAIT_SECONDS
    for job in mine:
        if job._take_back():
            _live.discard(job)
        else:
            job.ended.wait(max(0.0, deadline - time.monotonic()))


def finish_all() -> None:
    """Before the process exits: let work still running (a write) end, never cut it short."""
    for pool in _pools.values():
        pool.waitForDone()
