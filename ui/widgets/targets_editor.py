"""Yearly targets (Biểu 01) of the province and its districts, edited in a table.

Each accepted cell is one tracked change (`targets.set_targets`); a value the core refuses is
explained and the cell keeps its old value.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_number
from ntm_desktop.storage import Database
from ntm_desktop.targets import targets, targets_import
from ntm_desktop.units import units
from ui import jobs, labels, messages
from ui.file_dialogs import file_to_open
from ui.models.table_model import cell_flags

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
                name, unit = labels.targets_measures()[measure]
                # Seven stretched columns share the page: long names wrap instead of being cut.
                return f"{textwrap.fill(name, 16)}\n({unit})"
            return None
        return self.units[section].name if 0 <= section < len(self.units) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return cell_flags(index, editable=True)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        unit = self.units[index.row()]
        measure = targets.MEASURES[index.column()]
        try:
            targets.set_targets(self.db, unit.code, self.year, {measure: value})
        except NtmError as error:
            messages.show_error(None, error)
            return False
        self.values = targets.of_year(self.db, self.year)
        self.dataChanged.emit(index, index)
        return True


class TargetsEditor(QWidget):
    """`TargetsEditor(db, province_code, year)`: the targets of a year, one row per unit."""

    import_done = Signal(str)

    def __init__(self, db: Database, province: str | None = None, year: int = 2020) -> None:
        super().__init__()
        self.db = db
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
                "Chỉ tiêu lũy kế đến 31/12 của năm. Để trống một ô để bỏ chỉ tiêu đó. Bảng "
                "Biểu 01: mỗi huyện một dòng, dòng Tổng cộng là chỉ tiêu của tỉnh."
            )
        )
        note.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Nhập từ Biểu 01…"))
        self.import_button.clicked.connect(lambda: self.import_sheet())
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)

    def import_sheet(self, path: Path | None = None) -> None:
        """Import the year's targets from a Biểu 01 sheet (xlsx or csv) off the GUI thread."""
        if path is None:
            path = file_to_open(
                self, self.tr("Nhập chỉ tiêu kế hoạch"), self.tr("Bảng tính (*.xlsx *.csv)")
            )
            if path is None:
                return
        year = self.year.value()

        def work(task: jobs.Task) -> str:
            result = targets_import.import_file(task.db, path, year)
            return self.tr("Đã nhập {0} chỉ tiêu của {1} đơn vị.").format(
                len(result.changes), result.units
            )

        jobs.write(
            self,
            self.db,
            work,
            on_success=self._imported,
            on_failure=self._failed,
            disable=[self.import_button],
            status=self.status,
        )

    def _imported(self, summary: str) -> None:
        self.status.setText(summary)
        self.model.reload()
        self.import_done.emit(summary)

    def _failed(self, _error: NtmError) -> None:
        self.import_done.emit("")
