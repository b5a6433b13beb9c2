"""The preview of moving a checklist to the newer version of its criteria set, and the move.

Nothing changes until the officer presses the move button; the move is the core's one
transaction (`version_move.move`), and what stays behind is kept under the old version.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.checklist import version_move
from ntm_desktop.checklist.version_move import CHANGED, DROPPED, NEW, SAME, MovePreview
from ntm_desktop.common.errors import NtmError
from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import Database

STATUS_COLOURS = {
    SAME: QColor("#1b7a2f"),
    CHANGED: QColor("#8a5a00"),
    NEW: QColor("#1f5fa8"),
    DROPPED: QColor("#b3261e"),
}


class VersionMoveDialog(QDialog):
    # unit code whose checklist moved
    moved = Signal(str)
    refused = Signal(str)

    def __init__(self, db: Database, preview: MovePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.preview = preview
        old, new = preview.source.version, preview.target.version
        self.setWindowTitle(self.tr("Chuyển sang phiên bản mới của bộ tiêu chí"))
        self.resize(980, 560)
        status_names = {
            SAME: self.tr("Giữ nguyên"),
            CHANGED: self.tr("Đổi nội dung"),
            NEW: self.tr("Mới"),
            DROPPED: self.tr("Bỏ"),
        }
        heading = QLabel(
            self.tr(
                "{0}, năm {1}: chuyển bảng tiêu chí từ phiên bản {2} sang phiên bản {3} của "
                "bộ tiêu chí “{4}” ({5})."
            ).format(
                preview.unit.name,
                preview.year,
                old,
                new,
                catalogs.without_authoring_notes(preview.target.title),
                preview.target.legal_basis,
            )
        )
        heading.setWordWrap(True)
        counts = QLabel(
            self.tr("Chỉ tiêu giữ nguyên: {0} · đổi nội dung: {1} · mới: {2} · bỏ: {3}").format(
                *(preview.count(status) for status in (SAME, CHANGED, NEW, DROPPED))
            )
        )
        self.values = QLabel(
            self.tr(
                "Giá trị đã nhập: <b>{0}</b> chuyển sang phiên bản {1}; <b>{2}</b> để lại ở "
                "phiên bản {3} (không bị xóa). Chỉ tiêu đổi nội dung cần xem lại đánh giá."
            ).format(preview.carried, new, preview.left_behind, old)
        )
        self.values.setWordWrap(True)

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHeaderLabels(
            [self.tr("Mã"), self.tr("Chỉ tiêu"), self.tr("Thay đổi"), self.tr("Giá trị đã nhập")]
        )
        for item in preview.items:
            fate = (
                self.tr("Chuyển sang")
                if item.carried
                else self.tr("Để lại ở phiên bản {0}").format(old)
                if item.left_behind
                else ""
            )
            # A placeholder's code is its criterion's number, which the checklist never shows.
            code = "" if item.indicator.placeholder else item.code
            row = QTreeWidgetItem([code, item.indicator.text, status_names[item.status], fate])
            row.setForeground(2, QBrush(STATUS_COLOURS[item.status]))
            # The core's own words for what changed (text, unit, target), as the CLI prints.
            tips = list(item.differences)
            if item.refusal:
                tips.append(item.refusal)
            for column in range(4):
                row.setToolTip(column, "\n".join(tips) or item.indicator.text)
            self.table.addTopLevelItem(row)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        # Qt ships no Vietnamese translation of its standard buttons: name them ourselves.
        buttons = QDialogButtonBox()
        self.move_button = QPushButton(self.tr("Chuyển sang phiên bản {0}").format(new))
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        # Staying is the safe answer to a stray Enter.
        cancel.setDefault(True)
        buttons.accepted.connect(self.move)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(counts)
        layout.addWidget(self.values)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def move(self) -> None:
        try:
            version_move.move(self.db, self.preview.unit.code, self.preview.year)
        except NtmError as error:
            self.refused.emit(error.message)
            self.reject()
            return
        self.moved.emit(self.preview.unit.code)
        self.accept()
