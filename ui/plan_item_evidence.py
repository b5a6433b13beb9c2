"""Files on the selected plan item (before/after photos): attach, list, open, remove.

Copying into the store runs as a background job (the checklist panel's); only the short link
write runs on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.village_plans import plan_evidence
from ntm_desktop.village_plans import village_plans as vp
from ui import jobs, labels
from ui.evidence_panel import VIEW_FOLDER, format_size, store_in_background


class PlanItemEvidence(QGroupBox):
    refused = Signal(str)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.item: vp.PlanItem | None = None
        self._files: list[plan_evidence.ItemEvidence] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Loại"), self.tr("Tên tệp"), self.tr("Dung lượng"), self.tr("Ngày thêm")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(110)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.stage = QComboBox()
        for key, name in labels.evidence_stages().items():
            self.stage.addItem(name, key)
        self.add_button = QPushButton(self.tr("Đính kèm tệp…"))
        self.add_button.clicked.connect(self._choose_files)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Gỡ bỏ"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for widget in (self.stage, self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.show_item(None)

    def show_item(self, item: vp.PlanItem | None) -> None:
        self.item = item
        self.setTitle(
            self.tr("Minh chứng của hạng mục {0}: {1}").format(item.ord, item.work)
            if item
            else self.tr("Minh chứng (chọn một hạng mục trong bảng)")
        )
        for widget in (self.stage, self.add_button, self.open_button, self.remove_button):
            widget.setEnabled(item is not None)
        self.reload()

    def reload(self) -> None:
        self._files = plan_evidence.of_item(self.db, self.item.id) if self.item else []
        self.table.setRowCount(len(self._files))
        for row, found in enumerate(self._files):
            added = datetime.fromisoformat(found.added_at)
            cells = (
                labels.evidence_stages()[found.stage],
                found.file_name,
                format_size(found.size),
                f"{format_date(added.date())} {added:%H:%M}",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    @property
    def files(self) -> list[plan_evidence.ItemEvidence]:
        return list(self._files)

    @property
    def busy(self) -> bool:
        return bool(jobs.running(self))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn ảnh, tài liệu của hạng mục"),
            "",
            self.tr("Ảnh, tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;Mọi tệp (*)"),
        )
        for name in names:
            self.add_file(Path(name))

    def add_file(self, source: Path) -> None:
        if self.item is None:
            return
        item_id, stage = self.item.id, self.stage.currentData()

        def record(digest: str, size: int) -> None:
            try:
                plan_evidence.record(self.db, item_id, stage, source.name, digest, size)
            except NtmError as error:
                self.refused.emit(error.message)
            self.reload()

        store_in_background(self, self.db, source, record, self.refused.emit)

    def _selected(self) -> plan_evidence.ItemEvidence | None:
        row = self.table.currentRow()
        return self._files[row] if 0 <= row < len(self._files) else None

    def open_selected(self) -> Path | None:
        found = self._selected()
        if found is None:
            return None
        try:
            path = plan_evidence.viewable_copy(self.db, found, VIEW_FOLDER)
        except (NtmError, OSError) as error:
            self.refused.emit(str(error))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.refused.emit(
                self.tr("Không có chương trình nào mở được {0}. Tệp đã được chép ra {1}.").format(
                    found.file_name, path
                )
            )
        return path

    def remove_selected(self) -> None:
        found = self._selected()
        if found is None:
            return
        plan_evidence.remove(self.db, found.id)
        self.reload()
