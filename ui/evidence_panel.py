"""The evidence files of the selected indicator: add (button or drag and drop), open, remove.

Hashing and copying a large scan runs on the thread pool; only the short database write runs
on the GUI thread, so the window never freezes while a file is copied.
"""

from __future__ import annotations

import itertools
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal, Slot
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

VIEW_FOLDER = Path(tempfile.gettempdir()) / "ntm-minh-chung"


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 0)} KB"
    return f"{format_number(size / 1024 / 1024, 1)} MB"


class _StoreSignals(QObject):
    stored = Signal(int, str, int)  # job number, sha256, size
    failed = Signal(int, str)  # job number, message


class _StoreJob(QRunnable):
    def __init__(self, number: int, db: Database, source: Path, signals: _StoreSignals) -> None:
        super().__init__()
        self.number, self.db, self.source, self.signals = number, db, source, signals

    def run(self) -> None:
        try:
            digest, size = evidence.store_file(self.db, self.source)
        except NtmError as error:
            self.signals.failed.emit(self.number, error.message)
            return
        self.signals.stored.emit(self.number, digest, size)


class EvidencePanel(QGroupBox):
    changed = Signal()
    refused = Signal(str)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._target: tuple[str, int, str] | None = None
        self._items: list[evidence.Evidence] = []
        # job number -> (unit, year, indicator, file name) the copy is for
        self._jobs: dict[int, tuple[str, int, str, str]] = {}
        self._numbers = itertools.count(1)
        # Slots of this widget run on the GUI thread even when a pool thread emits.
        self._signals = _StoreSignals(self)
        self._signals.stored.connect(self._stored)
        self._signals.failed.connect(self._failed)
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
        # Room for two files: the checklist keeps the rest of a laptop screen's height.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 2 + 24)
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
        layout.addStretch(1)
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
        # An indicator without files shows only the buttons: the checklist keeps the height.
        self.table.setVisible(bool(self._items))
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
        number = next(self._numbers)
        self._jobs[number] = (*self._target, source.name)
        self.progress.show()
        QThreadPool.globalInstance().start(_StoreJob(number, self.db, source, self._signals))

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @Slot(int, str, int)
    def _stored(self, number: int, digest: str, size: int) -> None:
        unit, year, code, name = self._jobs.pop(number)
        try:
            evidence.record(self.db, unit, year, code, name, digest, size)
        except NtmError as error:
            self.refused.emit(error.message)
        self._settle()
        self.changed.emit()

    @Slot(int, str)
    def _failed(self, number: int, message: str) -> None:
        self._jobs.pop(number, None)
        self.refused.emit(message)
        self._settle()

    def _settle(self) -> None:
        self.progress.setVisible(bool(self._jobs))
        self.reload()

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
