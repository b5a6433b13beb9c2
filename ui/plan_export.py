"""Export of the shown plan: the PA as PDF or the budget as xlsx, built on a pool thread.

The data is gathered on the GUI thread (one read of a few rows) and handed to the worker as
plain dataclasses, so the worker never touches the data file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_number
from ntm_desktop.village_plans import village_plan_export
from ntm_desktop.village_plans.plan_data import PlanDocument
from ui import messages


class _Signals(QObject):
    progress = Signal(int, str)
    done = Signal(object, int)  # job, bytes written
    failed = Signal(object, object)  # job, NtmError


class _Job(QRunnable):
    def __init__(self, data: PlanDocument, target: Path, file_format: str) -> None:
        super().__init__()
        self.data = data
        self.target = target
        self.file_format = file_format
        self.signals = _Signals()

    def run(self) -> None:
        try:
            size = village_plan_export.export(
                self.data, self.target, self.file_format, self.signals.progress.emit
            )
            self.signals.done.emit(self, size)
        except NtmError as error:
            self.signals.failed.emit(self, error)
        except Exception as exc:  # a worker must report, never die silently
            self.signals.failed.emit(
                self,
                NtmError(
                    QCoreApplication.translate(
                        "PlanExportBar", "Không xuất được phương án: {0}"
                    ).format(exc)
                ),
            )


class PlanExportBar(QWidget):
    exported = Signal(str)

    def __init__(self, gather: Callable[[], PlanDocument | None]) -> None:
        super().__init__()
        self.gather = gather
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: list[_Job] = []
        self.pdf_button = QPushButton(self.tr("Xuất phương án PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Xuất dự toán Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.message = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.xlsx_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.message, 1)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def export(self, file_format: str, target: str | None = None) -> None:
        try:
            data = self.gather()
        except NtmError as error:
            messages.show_error(self, error)
            return
        if data is None:
            return
        if not target:
            what, pattern = (
                (self.tr("Xuất phương án PDF"), self.tr("Tệp PDF (*.pdf)"))
                if file_format == "pdf"
                else (self.tr("Xuất dự toán Excel"), self.tr("Tệp Excel (*.xlsx)"))
            )
            name = "phuong-an" if file_format == "pdf" else "du-toan"
            suggested = f"{name}-{data.plan.village_code}-{data.plan.year}.{file_format}"
            target, _ = QFileDialog.getSaveFileName(self, what, suggested, pattern)
            if not target:
                return
        job = _Job(data, Path(target), file_format)
        self._set_running(True)
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._jobs.append(job)  # keeps the signals object alive until the job reports
        self.pool.start(job)

    def _set_running(self, running: bool) -> None:
        self.pdf_button.setEnabled(not running)
        self.xlsx_button.setEnabled(not running)
        self.progress.setValue(0)
        self.progress.setVisible(running)

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.message.setText(text)

    def _done(self, job: _Job, size: int) -> None:
        self._jobs.remove(job)
        self._set_running(False)
        draft = self.tr(" — DỰ THẢO (chưa phê duyệt)") if job.data.draft else ""
        self.message.setText(
            self.tr("Đã ghi {0} ({1} KB){2}.").format(
                job.target.name, format_number(max(1, size // 1024)), draft
            )
        )
        self.exported.emit(str(job.target))

    def _failed(self, job: _Job, error: NtmError) -> None:
        self._jobs.remove(job)
        self._set_running(False)
        self.message.setText("")
        messages.show_error(self, error)
