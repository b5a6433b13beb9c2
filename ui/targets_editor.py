"""Yearly targets (Biểu 01) of the province and its districts, edited in a table.

Each accepted cell is one tracked change (`targets.set_targets`); a value the core refuses is
explained and the cell keeps its old value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop import targets, units
from ntm_desktop.errors import NtmError
from ntm_desktop.storage import Database
from ntm_desktop.text import format_number
from ui import messages

AnyIndex = QModelIndex | QPersistentModelIndex


class TargetsModel(QAbstractTableModel):
    """Rows: the province, then its district-level units; columns: the measures."""

    def __init__(self, db: Database, province: str, year: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        root = units.get(db, province)
        self.units = [root, *(u for u in units.children(db, root.code) if u.level == "district")]
        self.year = year
        self.values: dict[str, targets.Target] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.values = targets.of_year(self.db, self.year)
        self.endResetModel()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(targets.MEASURES)

    def _value(self, index: AnyIndex) -> int | float | None:
        found = self.values.get(self.units[index.row()].code)
        return found.get(targets.MEASURES[index.column()]) if found else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._value(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            decimals = 1 if targets.MEASURES[index.column()] == "avg_criteria" else 0
            return format_number(value, decimals)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(targets.MEASURES):
                measure = targets.MEASURES[section]
                return f"{targets.MEASURE_NAMES[measure]}\n({targets.MEASURE_UNITS[measure]})"
            return None
        return self.units[section].name if 0 <= section < len(self.units) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        unit = self.units[index.row()]
        measure = targets.MEASURES[index.column()]
        text = str(value).strip().replace(".", "") if measure != "avg_criteria" else str(value)
        try:
            targets.set_targets(self.db, unit.code, self.year, {measure: text})
        except NtmError as error:
            messages.show_error(None, error)
            return False
        self.values = targets.of_year(self.db, self.year)
        self.dataChanged.emit(index, index)
        return True


class TargetsEditor(QWidget):
    """`TargetsEditor(db, province_code, year)`: the targets of a year, one row per unit."""

    def __init__(self, db: Database, province: str | None = None, year: int = 2020) -> None:
        super().__init__()
        province = province or units.children(db, None)[0].code
        self.model = TargetsModel(db, province, year, self)
        self.year = QSpinBox()
        self.year.setRange(2010, 2040)
        self.year.setValue(year)
        self.year.setPrefix(self.tr("Kế hoạch năm "))
        self.year.valueChanged.connect(self.model.set_year)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            self.tr(
                "Chỉ tiêu lũy kế đến 31/12 của năm. Để trống một ô để bỏ chỉ tiêu đó. Nhập từ "
                "bảng Biểu 01 bằng lệnh 'ntm import targets'."
            )
        )
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.year)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
