"""A unit's recognition decisions: list, add one, withdraw one (the row stays with its reason)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.checklist import recognitions
from ntm_desktop.common.errors import InvalidInput, NtmError
from ntm_desktop.common.text import format_date
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ui import labels, messages
from ui.models.table_model import column_title

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("RecognitionsModel", "Hạng"),
    QT_TRANSLATE_NOOP("RecognitionsModel", "Số quyết định"),
    QT_TRANSLATE_NOOP("RecognitionsModel", "Ngày công nhận"),
    QT_TRANSLATE_NOOP("RecognitionsModel", "Ngày thu hồi"),
    QT_TRANSLATE_NOOP("RecognitionsModel", "Lý do thu hồi"),
)


class RecognitionsModel(QAbstractTableModel):
    def __init__(self, db: Database, unit_code: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.unit_code = unit_code
        self.rows: list[recognitions.Recognition] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = recognitions.of_unit(self.db, self.unit_code)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        found = self.rows[index.row()]
        return (
            labels.tier_label(found.tier),
            found.decision_no or "",
            format_date(found.decision_date),
            format_date(found.withdrawn_on),
            found.withdrawal_reason or "",
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title([self.tr(title) for title in HEADERS], section, orientation, role)


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class RecognitionsPanel(QWidget):
    """`RecognitionsPanel(db, unit_code)`; `set_unit(code)` shows another unit."""

    def __init__(self, db: Database, unit_code: str) -> None:
        super().__init__()
        self.db = db
        self.model = RecognitionsModel(db, unit_code, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tier = QComboBox()
        for tier in TIERS:
            self.tier.addItem(labels.tier_label(tier), tier)
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(self.tr("ví dụ 1234/QĐ-UBND"))
        self.decision_date = _date_edit(QDate.currentDate())
        self.add_button = QPushButton(self.tr("Ghi quyết định công nhận"))
        self.add_button.clicked.connect(self.add)
        adding = QGroupBox(self.tr("Thêm quyết định công nhận"))
        form = QFormLayout(adding)
        form.addRow(self.tr("Hạng"), self.tier)
        form.addRow(self.tr("Số quyết định"), self.decision_no)
        form.addRow(self.tr("Ngày quyết định"), self.decision_date)
        form.addRow(self.add_button)
        self.withdrawn_on = _date_edit(QDate.currentDate())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("ví dụ Không duy trì tiêu chí Môi trường"))
        self.withdraw_button = QPushButton(self.tr("Thu hồi quyết định đã chọn"))
        self.withdraw_button.clicked.connect(self.withdraw)
        withdrawing = QGroupBox(self.tr("Thu hồi"))
        form = QFormLayout(withdrawing)
        form.addRow(self.tr("Ngày thu hồi"), self.withdrawn_on)
        form.addRow(self.tr("Lý do"), self.reason)
        form.addRow(self.withdraw_button)
        forms = QHBoxLayout()
        forms.addWidget(adding)
        forms.addWidget(withdrawing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(forms)

    def set_unit(self, unit_code: str) -> None:
        units.get(self.db, unit_code)
        self.model.unit_code = unit_code
        self.model.reload()

    def add(self) -> None:
        try:
            recognitions.add(
                self.db,
                self.model.unit_code,
                self.tier.currentData(),
                self.decision_date.date().toPython(),
                self.decision_no.text().strip() or None,
            )
        except NtmError as error:
            messages.show_error(self, error)
            return
        self.decision_no.clear()
        self.model.reload()

    def withdraw(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        try:
            if not rows:
                raise InvalidInput(self.tr("Hãy chọn quyết định cần thu hồi trong bảng."))
            chosen = self.model.rows[rows[0].row()]
            recognitions.withdraw(
                self.db, chosen.id, self.withdrawn_on.date().toPython(), self.reason.text()
            )
        except NtmError as error:
            messages.show_error(self, error)
            return
        self.reason.clear()
        self.model.reload()
