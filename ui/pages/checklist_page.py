"""A unit's checklist for a year: the set that applies, every indicator, score and what is missing.

Edits are saved as they are typed (no Save button); the last edits can be undone, each undo
being a new logged change that puts the old value back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.checklist import assessments, version_move
from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date
from ntm_desktop.criteria import catalogs, tiers
from ntm_desktop.storage import Database
from ui.dialogs.history_dialog import HistoryDialog
from ui.dialogs.version_move_dialog import VersionMoveDialog
from ui.models.checklist_model import (
    AGENCY,
    EVIDENCE,
    MET,
    NAME,
    NOTE,
    RULE,
    TARGET,
    VALUE,
    ChecklistModel,
)
from ui.widgets.checklist_delegate import ChecklistDelegate
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.evidence_panel import EvidencePanel
from ui.widgets.review_strip import ReviewStrip

UNDO_DEPTH = 50
MISSING_SHOWN = 4


@dataclass(frozen=True)
class UndoEntry:
    unit_code: str
    year: int
    value_id: str
    old: dict[str, Any]


class ChecklistPage(QWidget):
    # unit code whose stored score changed (the tree relabels it)
    score_changed = Signal(str)
    year_changed = Signal(int)

    def __init__(self, db: Database, year: int) -> None:
        super().__init__()
        self.db = db
        self.unit_code: str | None = None
        self.undo_stack: list[UndoEntry] = []
        self._tier_names = {
            "standard": self.tr("Đạt chuẩn"),
            "advanced": self.tr("Nâng cao"),
            "model": self.tr("Kiểu mẫu"),
        }
        self._goals = {
            "standard": self.tr("chuẩn nông thôn mới"),
            "advanced": self.tr("nông thôn mới nâng cao"),
            "model": self.tr("nông thôn mới kiểu mẫu"),
        }

        self.year = QSpinBox()
        self.year.setRange(2010, 2035)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._year_changed)
        self.tier = QComboBox()
        for code in tiers.TIERS:
            self.tier.addItem(self._tier_names[code], code)
        self.tier.activated.connect(self._tier_chosen)
        # One line, cut to fit (whole in its tooltip): the checklist rows need the height.
        self.catalog_label = ElidedLabel()
        self.history_button = QPushButton(self.tr("Lịch sử…"))
        self.history_button.clicked.connect(self.show_history)
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setToolTip(self.tr("Hoàn tác thay đổi gần nhất (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Hướng tới:")))
        top.addWidget(self.tier)
        top.addWidget(self.catalog_label, 1)
        top.addWidget(self.history_button)
        top.addWidget(self.undo_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        # Never squeezed below its lines: the checklist below gives up the height instead.
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; border: 1px solid #e0c36a; padding: 4px;"
        )
        self.banner.hide()  # until a unit's checklist says what needs saying
        # Shown only while a newer version of the set exists than the one the year is pinned to.
        self.version_banner = QWidget()
        self.version_banner.setObjectName("versionBanner")
        self.version_banner.setStyleSheet(
            "#versionBanner { background: #e3eefb; border: 1px solid #9bbce6; }"
            " QLabel { color: #123e6b; }"
        )
        self.version_text = QLabel()
        self.version_text.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Chuyển sang phiên bản mới…"))
        self.move_button.clicked.connect(self.move_version)
        version_line = QHBoxLayout(self.version_banner)
        version_line.setContentsMargins(6, 3, 6, 3)
        version_line.addWidget(self.version_text, 1)
        version_line.addWidget(self.move_button)
        self.version_banner.hide()
        self.score = QLabel()
        self.score.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "background: #fde2e1; color: #8c1d18; border: 1px solid #e6a19c; padding: 4px;"
        )
        self.error.hide()
        self.reviews = ReviewStrip(db)

        self.model = ChecklistModel(db, self)
        self.model.refused.connect(self.show_refusal)
        self.model.edited.connect(self._edited)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChecklistDelegate(self.model, self.view))
        self.view.setAlternatingRowColors(True)
        # One line a row, so a 1366x768 screen shows a dozen indicators: a long text ends in
        # "…" here; the row's tooltip and the evidence panel's title give the selected one whole.
        self.view.setWordWrap(False)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (TARGET, 110),
            (VALUE, 95),
            (MET, 85),
            (RULE, 85),
            (NOTE, 110),
            (AGENCY, 80),
            (EVIDENCE, 75),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Never narrower than its title (Vietnamese, or the translation): no cut headers.
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column, max(width, header.fontMetrics().horizontalAdvance(title) + 16)
            )
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        # Files dropped on an indicator's row are attached to that indicator.
        self.view.viewport().setAcceptDrops(True)
        self.view.viewport().installEventFilter(self)

        self.evidence = EvidencePanel(db)
        self.evidence.changed.connect(self._evidence_changed)
        self.evidence.refused.connect(self.show_refusal)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.evidence)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        # The indicators take the height; the evidence starts at its smallest (its buttons and
        # two files) and can be dragged taller, or away.
        split.setSizes([2000, self.evidence.minimumSizeHint().height()])
        # The table and its evidence take the height that is left, never more: their preferred
        # height would push the evidence buttons below a 768-pixel screen.
        split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        split.setMinimumHeight(split.minimumSizeHint().height())
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.version_banner)
        # The score and what is missing share a line: every line here is one indicator less.
        score_line = QHBoxLayout()
        score_line.addWidget(self.score)
        score_line.addWidget(self.missing, 1)
        layout.addLayout(score_line)
        layout.addWidget(self.reviews)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self._update_undo()

    # -- loading -----------------------------------------------------------------------------
    def show_unit(self, code: str) -> None:
        self.unit_code = code
        self.error.hide()
        self.load()

    def load(self) -> None:
        if self.unit_code is None:
            return
        self.reviews.show_unit(self.unit_code, self.year.value())
        try:
            sheet = assessments.checklist(self.db, self.unit_code, self.year.value())
        except NtmError as error:
            self.model.load(None)
            self.empty.setText(error.message)
            for widget in (self.banner, self.version_banner, self.score, self.missing, self.split):
                widget.hide()
            self.empty.show()
            self.tier.setEnabled(False)
            self.evidence.show_indicator(None)
            return
        self.empty.hide()
        self.split.show()
        self.tier.setEnabled(True)
        self.model.load(sheet)
        self.view.expandAll()
        self.evidence.show_indicator(None)
        self._show_summary()

    def _show_summary(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            return
        info = sheet.choice.catalog
        self.tier.setCurrentIndex(self.tier.findData(sheet.choice.tier))
        how = (
            self.tr("chọn riêng cho năm này")
            if sheet.choice.overridden
            else self.tr("theo giai đoạn")
        )
        version = self.tr("phiên bản {0}").format(info.version)
        self.catalog_label.set_full_text(f"{info.title} — {info.legal_basis} ({version}, {how})")
        # Most pressing first: the banner may be all a small screen shows of it.
        notes = []
        if sheet.ungrouped:
            notes.append(
                self.tr(
                    "Xã chưa được xếp nhóm: mức cần đạt của bộ này theo nhóm xã (1, 2, 3) nên "
                    "chưa kiểm tra chỉ tiêu nào. Hãy xếp nhóm cho xã."
                )
            )
        elif info.commune_groups:
            self.catalog_label.set_full_text(
                self.tr("{0} — xã nhóm {1}").format(self.catalog_label.full_text, sheet.group)
            )
        entered = sum(not row.indicator.placeholder for row in sheet.rows)
        if info.indicator_count and entered < info.indicator_count:
            notes.append(
                self.tr(
                    "Mới nhập {0}/{1} chỉ tiêu của văn bản: tiêu chí chưa có chỉ tiêu chưa thể "
                    "đạt. Nhập bằng sổ Excel bộ tiêu chí (ntm catalog export, rồi ntm catalog "
                    "import)."
                ).format(entered, info.indicator_count)
            )
        if info.reconstructed:
            notes.append(
                self.tr(
                    "⚠ Bộ tiêu chí dựng lại từ các văn bản khác (kế hoạch, báo cáo), không phải "
                    "từ văn bản ban hành bộ ({0}): tên, cách đánh số và chỉ tiêu phải được đối "
                    "chiếu với văn bản chính thức."
                ).format(info.legal_basis)
            )
        elif not info.verified:
            notes.append(
                self.tr(
                    "⚠ Bộ tiêu chí này chưa được đối chiếu với văn bản gốc ({0}): chỉ tiêu và mức "
                    "cần đạt có thể chưa chính xác. Hãy kiểm tra trước khi dùng để báo cáo."
                ).format(info.legal_basis)
            )
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))
        self._show_newer(info)
        met, total = sheet.score
        self.score.setText(self.tr("Số tiêu chí đạt: {0}/{1}").format(met, total))
        self.score.show()
        self.missing.setText(self._missing_text())
        self.missing.show()

    def _missing_text(self) -> str:
        assert self.unit_code is not None
        found = assessments.missing(self.db, self.unit_code, self.year.value())
        goal = self._goals[found.tier]
        if found.unmet:
            parts = []
            for criterion, rows in found.unmet[:MISSING_SHOWN]:
                codes = [row.indicator.shown_code for row in rows if row.indicator.shown_code]
                detail = f" ({', '.join(codes)})" if codes else ""
                parts.append(f"{criterion.no}. {criterion.name}{detail}")
            more = len(found.unmet) - MISSING_SHOWN
            if more > 0:
                parts.append(self.tr("và {0} tiêu chí khác").format(more))
            text = self.tr("Còn thiếu để đạt {0}: {1}.").format(goal, "; ".join(parts))
        else:
            text = self.tr("Đã đủ tiêu chí {0}.").format(goal)
        if found.next_tier:
            following = self._goals[found.next_tier]
            if found.next_catalog is not None:
                text += " " + self.tr("Bước tiếp theo: {0} ({1}).").format(
                    following, found.next_catalog.legal_basis
                )
            else:
                text += " " + self.tr(
                    "Bước tiếp theo: {0} (chưa có bộ tiêu chí cho năm {1})."
                ).format(following, self.year.value())
        return text

    def _show_newer(self, info: catalogs.CatalogInfo) -> None:
        assert self.unit_code is not None
        newer = version_move.newer(self.db, self.unit_code, self.year.value())
        self.version_banner.setVisible(newer is not None)
        if newer is None:
            return
        self.version_text.setText(
            self.tr(
                "Đã có phiên bản {0} của bộ tiêu chí (nhập {1}). Năm {2} vẫn hiện và tính điểm "
                "theo phiên bản {3} đến khi bạn chuyển."
            ).format(
                newer.version,
                format_date(datetime.fromisoformat(newer.created_at).date()),
                self.year.value(),
                info.version,
            )
        )

    def move_version(self) -> VersionMoveDialog | None:
        """Open the preview of the move (nothing changes until it is confirmed there)."""
        if self.unit_code is None:
            return None
        try:
            preview = version_move.preview(self.db, self.unit_code, self.year.value())
        except NtmError as error:
            self.show_refusal(error.message)
            return None
        dialog = VersionMoveDialog(self.db, preview, self)
        dialog.moved.connect(self._version_moved)
        dialog.refused.connect(self.show_refusal)
        dialog.open()
        return dialog

    def _version_moved(self, unit_code: str) -> None:
        self._forget_undo(unit_code, self.year.value())
        self.error.hide()
        self.load()
        self.score_changed.emit(unit_code)

    def _forget_undo(self, unit_code: str, year: int) -> None:
        """Undo entries name value rows of the set shown when they were made: after the year
        moves to another set they would put values into rows no longer shown."""
        self.undo_stack = [
            entry for entry in self.undo_stack if (entry.unit_code, entry.year) != (unit_code, year)
        ]
        self._update_undo()

    # -- choices -----------------------------------------------------------------------------
    def _year_changed(self, year: int) -> None:
        self.year_changed.emit(year)
        self.load()

    def _tier_chosen(self, _row: int) -> None:
        if self.unit_code is None:
            return
        try:
            assessments.choose(
                self.db, self.unit_code, self.year.value(), tier=self.tier.currentData()
            )
        except NtmError as error:
            self.show_refusal(error.message)
            self._show_summary()
            return
        self._forget_undo(self.unit_code, self.year.value())
        self.error.hide()
        self.load()
        self.score_changed.emit(self.unit_code)

    # -- edits -------------------------------------------------------------------------------
    def show_refusal(self, message: str) -> None:
        """Say why, beside the cell being edited and above the table (it stays until the next
        accepted edit); the stored value is unchanged."""
        self.error.setText(message)
        self.error.show()
        index = self.view.currentIndex()
        if index.isValid():
            spot = self.view.visualRect(index).bottomLeft()
            QToolTip.showText(self.view.viewport().mapToGlobal(spot), message, self.view)

    def _edited(self, unit_code: str, year: int, value_id: str, old: dict[str, Any]) -> None:
        self.error.hide()
        self.undo_stack.append(UndoEntry(unit_code, year, value_id, old))
        del self.undo_stack[:-UNDO_DEPTH]
        self._update_undo()
        self._show_summary()
        self.score_changed.emit(unit_code)

    def undo(self) -> None:
        if not self.undo_stack:
            return
        entry = self.undo_stack.pop()
        try:
            assessments.restore(self.db, entry.unit_code, entry.year, entry.value_id, entry.old)
        except NtmError as error:
            self.show_refusal(error.message)
        self._update_undo()
        if entry.unit_code == self.unit_code and entry.year == self.year.value():
            self.model.reload()
            self._show_summary()
        self.score_changed.emit(entry.unit_code)

    def _update_undo(self) -> None:
        self.undo_button.setEnabled(bool(self.undo_stack))

    # -- selection, evidence, history --------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.indicator_at(current)
        if row is None or self.unit_code is None:
            self.evidence.show_indicator(None)
            return
        self.evidence.show_indicator(
            (self.unit_code, self.year.value(), row.indicator.code), row.indicator.text
        )

    def _evidence_changed(self) -> None:
        self.model.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view.viewport() or event.type() not in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            return super().eventFilter(watched, event)
        assert isinstance(event, QDropEvent)  # drag-enter and drag-move events are drop events
        index = self.view.indexAt(event.position().toPoint())
        if not event.mimeData().hasUrls() or self.model.indicator_at(index) is None:
            event.ignore()
            return True
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.view.setCurrentIndex(index)
            for url in event.mimeData().urls():
                if url.isLocalFile():
                    self.evidence.add_file(Path(url.toLocalFile()))
        return True

    def current_indicator(self) -> str | None:
        row = self.model.indicator_at(self.view.currentIndex())
        return None if row is None else row.indicator.code

    def show_history(self) -> HistoryDialog | None:
        code = self.current_indicator()
        if code is None or self.unit_code is None:
            self.show_refusal(self.tr("Hãy chọn một chỉ tiêu để xem lịch sử thay đổi."))
            return None
        dialog = HistoryDialog(self.db, self.unit_code, self.year.value(), code, self)
        dialog.open()
        return dialog

    def select_indicator(self, code: str) -> None:
        self.view.setCurrentIndex(self.model.index_of(code, VALUE))
