"""Export of the shown plan: the PA as PDF or the budget as xlsx, built as a background job.

The data is gathered on the GUI thread (one read of a few rows) and handed to the worker as
plain dataclasses, so the worker never touches the data file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_number
from ntm_desktop.village_plans import village_plan_export
from ntm_desktop.village_plans.plan_data import PlanDocument
from ui import jobs, messages


class PlanExportBar(QWidget):
    exported = Signal(str)

    def __init__(self, gather: Callable[[], PlanDocument | None]) -> None:
        super().__init__()
        self.gather = gather
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
        return bool(jobs.running(self))

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
        path = Path(target)

        def work(task: jobs.Task) -> int:
            return village_plan_export.export(data, path, file_format, task.progress)

        jobs.Job(
            self,
            work,
            # The budget workbook needs no reportlab, but one lane keeps the two exports in order.
            lane=jobs.Lane.RENDER,
            on_success=lambda size: self._done(path, size, draft=data.draft),
            disable=[self.pdf_button, self.xlsx_button],
            progress=self.progress,
            status=self.message,
        ).start()

    def _done(self, target: Path, size: int, *, draft: bool) -> None:
        mark = self.tr(" — DỰ THẢO (chưa phê duyệt)") if draft else ""
        self.message.setText(
            self.tr("Đã ghi {0} ({1} KB){2}.").format(
                target.name, format_number(max(1, size // 1024)), mark
            )
        )
        self.exported.emit(str(target))
