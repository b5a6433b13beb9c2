"""The evidence files of the selected indicator: add (button or drag and drop), open, remove.

Hashing and copying a large scan runs as a background job; only the short database write runs
on the GUI thread, so the window never freezes while a file is copied.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ntm_desktop.checklist import evidence
from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.storage import Database
from ui import jobs

VIEW_FOLDER = Path(tempfile.gettempdir()) / "ntm-minh-chung"


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 0)} KB"
    return f"{format_number(size / 1024 / 1024, 1)} MB"


def store_in_background(
    owner: QObject,
    db: Database,
    source: Path,
    record: Callable[[str, int], None],
    refused: Callable[[str], None],
    progress: QProgressBar | None = None,
) -> jobs.Job:
    """Copy `source` into the evidence store off the GUI thread, then `record(sha256, size)`
    on it; a file that cannot be copied goes to `refused` with the reason."""

    def stored(found: tuple[str, int]) -> None:
        record(*found)

    return jobs.Job(
        owner,
        lambda task: evidence.store_file(task.db, source),
        data_file=db,
        on_success=stored,
        on_failure=lambda error: refused(error.message),
        in_place=True,
        progress=progress,
    ).start()


class EvidencePanel(QGroupBox):
    changed = Signal()
    refused = Signal(str)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._target: tuple[str, int, str] | None = None
        self._items: list[evidence.Evidence] = []
        self.setAcceptDrops(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên tệp"), self.tr("Dung lượng"), self.tr("Ngày thêm")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(56)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(self.tr("Thêm tệp…"))
        self.add_button.clicked.connect(self._choose_files)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Gỡ bỏ"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.hint = QLabel(self.tr("Kéo thả tệp vào đây để đính kèm."))
        self.hint.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.show_indicator(None)

    # -- which indicator ---------------------------------------------------------------------
    def show_indicator(self, target: tuple[str, int, str] | None) -> None:
        """Show the files of (unit code, year, indicator code); None disables the panel."""
        self._target = target
        self.setTitle(
            self.tr("Minh chứng của chỉ tiêu {0}").format(target[2])
            if target
            else self.tr("Minh chứng (chọn một chỉ tiêu)")
        )
        for widget in (self.add_button, self.open_button, self.remove_button, self.table):
            widget.setEnabled(target is not None)
        self.reload()

    def reload(self) -> None:
        self._items = evidence.of_indicator(self.db, *self._target) if self._target else []
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            added = datetime.fromisoformat(item.added_at)
            cells = (
                item.file_name,
                format_size(item.size),
                f"{format_date(added.date())} {added:%H:%M}",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    @property
    def items(self) -> list[evidence.Evidence]:
        return list(self._items)

    # -- adding ------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn tệp minh chứng"),
            "",
            self.tr(
                "Tệp minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)"
            ),
        )
        for name in names:
            self.add_file(Path(name))

    def add_file(self, source: Path) -> None:
        """Copy into the store off the GUI thread, then record it for the current indicator."""
        if self._target is None:
            return
        unit, year, code = self._target

        def record(digest: str, size: int) -> None:
            try:
                evidence.record(self.db, unit, year, code, source.name, digest, size)
            except NtmError as error:
                self.refused.emit(error.message)
            self.reload()
            self.changed.emit()

        def refused(message: str) -> None:
            self.refused.emit(message)
            self.reload()

        store_in_background(self, self.db, source, record, refused, self.progress)

    @property
    def busy(self) -> bool:
        return bool(jobs.running(self))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._target is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # -- opening and removing ----------------------------------------------------------------
    def _selected(self) -> evidence.Evidence | None:
        row = self.table.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def open_selected(self) -> Path | None:
        item = self._selected()
        if item is None:
            return None
        try:
            path = evidence.viewable_copy(self.db, item, VIEW_FOLDER)
        except NtmError as error:
            self.refused.emit(error.message)
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.refused.emit(
                self.tr("Không có chương trình nào mở được {0}. Tệp đã được chép ra {1}.").format(
                    item.file_name, path
                )
            )
        return path

    def remove_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        evidence.remove(self.db, item.id)
        self.reload()
        self.changed.emit()
