"""The evidence files of the selected indicator or plan item: add (button or drag and drop),
open, remove. One panel serves both; what it shows is a `Target` its page hands it.

Hashing and copying a large scan runs as a background job; only the short database write runs
on the GUI thread, so the window never freezes while a file is copied.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from ntm_desktop.checklist import assessments
from ntm_desktop.common import file_names
from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.criteria import catalogs
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import INDICATOR_VALUES, PLAN_ITEMS, Evidence, Holder
from ntm_desktop.storage import Database
from ntm_desktop.village_plans import village_plans as vp
from ui import jobs, labels

VIEW_FOLDER = Path(tempfile.gettempdir()) / "ntm-minh-chung"


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 0)} KB"
    return f"{format_number(size / 1024 / 1024, 1)} MB"


@dataclass(frozen=True)
class Target:
    """What the shown files belong to: the panel's title, the table of its links, how to list
    them and how to link a stored file (stage, file name, sha256, size) to it."""

    title: str
    holder: Holder
    files: Callable[[], list[Evidence]]
    record: Callable[[str | None, str, str, int], Evidence]


class EvidencePanel(QGroupBox):
    """`staged`: the files have a stage (before/after the works), as a plan item's do."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, db: Database, *, staged: bool = False) -> None:
        super().__init__()
        self.db = db
        self._target: Target | None = None
        self._items: list[Evidence] = []
        self.setAcceptDrops(True)
        self.staged = staged
        titles = [self.tr("Tên tệp"), self.tr("Dung lượng"), self.tr("Ngày thêm")]
        self.table = QTableWidget(0, len(titles) + staged)
        self.table.setHorizontalHeaderLabels([self.tr("Loại")] * staged + titles)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(int(staged), QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().hide()
        # Room for two files: the checklist keeps the rest of a laptop screen's height.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 2 + 24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.stage = QComboBox()
        for key, name in labels.evidence_stages().items():
            self.stage.addItem(name, key)
        self.stage.setVisible(staged)
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
        for widget in (self.stage, self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        # Tight: under the checklist every pixel here is a pixel of indicator rows less.
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_target(None)

    # -- what the files belong to ------------------------------------------------------------
    def show_indicator(self, target: tuple[str, int, str] | None, text: str = "") -> None:
        """Show the files of (unit code, year, indicator code); None disables the panel. The
        indicator's `text` follows in the title as far as it fits, whole in the tooltip: the
        checklist's one-line rows cut long texts short."""
        if target is None:
            self.setToolTip("")
            self.show_target(None, self.tr("Minh chứng (chọn một chỉ tiêu)"))
            return
        unit, year, code = target
        title = self.tr("Minh chứng của chỉ tiêu {0}").format(catalogs.code_words(code))
        if text:
            self.setToolTip(f"{catalogs.code_words(code)}. {text}")
            room = max(self.width() - 40, 200)
            title = self.fontMetrics().elidedText(
                f"{title}: {text}", Qt.TextElideMode.ElideRight, room
            )
        self.show_target(
            Target(
                title,
                INDICATOR_VALUES,
                lambda: assessments.evidence_of(self.db, unit, year, code),
                lambda _stage, name, digest, size: assessments.record_evidence(
                    self.db, unit, year, code, name, digest, size
                ),
            )
        )

    def show_item(self, item: vp.PlanItem | None) -> None:
        """Show the files of a plan item; None disables the panel."""
        if item is None:
            self.show_target(None, self.tr("Minh chứng (chọn một hạng mục trong bảng)"))
            return
        self.show_target(
            Target(
                self.tr("Minh chứng của hạng mục {0}: {1}").format(item.ord, item.work),
                PLAN_ITEMS,
                lambda: vp.evidence_of(self.db, item.id),
                lambda stage, name, digest, size: vp.record_evidence(
                    self.db, item.id, stage or "other", name, digest, size
                ),
            )
        )

    def show_target(self, target: Target | None, empty_title: str = "") -> None:
        self._target = target
        self.setTitle(target.title if target else empty_title)
        for widget in (
            self.stage,
            self.add_button,
            self.open_button,
            self.remove_button,
            self.table,
        ):
            widget.setEnabled(target is not None)
        self.reload()

    def reload(self) -> None:
        self._items = self._target.files() if self._target else []
        self.table.setRowCount(len(self._items))
        # An item without files shows only the buttons: the checklist keeps the height.
        self.table.setVisible(bool(self._items))
        stages = labels.evidence_stages()
        for row, item in enumerate(self._items):
            added = datetime.fromisoformat(item.added_at)
            cells = (
                *([stages[item.stage or "other"]] if self.staged else []),
                item.file_name,
                format_size(item.size),
                f"{format_date(added.date())} {added:%H:%M}",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    @property
    def items(self) -> list[Evidence]:
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
        """Copy into the store off the GUI thread, then link it to the current target."""
        if self._target is None:
            return
        target = self._target
        stage = self.stage.currentData() if self.staged else None

        def record(found: tuple[str, int]) -> None:
            digest, size = found
            try:
                target.record(stage, file_names.safe(source.name), digest, size)
            except NtmError as error:
                self.refused.emit(error.message)
            self.reload()
            self.changed.emit()

        def refused(error: NtmError) -> None:
            self.refused.emit(error.message)
            self.reload()

        jobs.Job(
            self,
            lambda task: attachments.store_file(task.db, source),
            data_file=self.db,
            on_success=record,
            on_failure=refused,
            in_place=True,
            progress=self.progress,
        ).start()

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
    def _selected(self) -> Evidence | None:
        row = self.table.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def open_selected(self) -> Path | None:
        item = self._selected()
        if item is None:
            return None
        try:
            path = attachments.viewable_copy(self.db, item, VIEW_FOLDER)
        except NtmError as error:
            self.refused.emit(error.message)
            return None
        except OSError as error:
            self.refused.emit(
                self.tr(
                    "Không chép được {0} ra thư mục {1} để mở: {2}. Hãy kiểm tra chỗ trống trên "
                    "ổ đĩa rồi mở lại."
                ).format(item.file_name, VIEW_FOLDER, error.strerror or error)
            )
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
        if self._target is None or item is None:
            return
        attachments.remove(self.db, self._target.holder, item.id)
        self.reload()
        self.changed.emit()
