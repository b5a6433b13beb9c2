"""A read-only table model over a core report table (`xlsx_tables.Table`): the GUI shows the
very tables the reports write, with Vietnamese number formats and the totals row in bold."""

from __future__ import annotations

import textwrap
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ntm_desktop.common.money import format_million
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.tables.xlsx_tables import Column, Table
from ui.report_texts import translate

AnyIndex = QModelIndex | QPersistentModelIndex
NUMERIC = {"int", "dec1", "dec2", "percent"}


def display(column: Column, value: Any) -> str:
    """A cell as a Vietnamese reader expects it: 1.274.791 · 432,07 · 48,7 % · 31/01/2020."""
    if value is None:
        return ""
    if column.kind == "int" and not isinstance(value, str):
        return format_number(int(value))
    if column.kind == "dec1":
        return format_number(float(value), 1)
    if column.kind == "dec2":
        return format_million(Decimal(value))
    if column.kind == "percent" and not isinstance(value, str):  # "—": no share of the plan
        return format_million(Decimal(value) * 100, 1) + " %"
    if column.kind == "date" and isinstance(value, date):
        return format_date(value)
    # Fixed words of the report (totals label, task state, producer kind) in the interface
    # language; names from the data are not listed and stay as they are.
    return translate(value) if isinstance(value, str) else str(value)


class ReportTableModel(QAbstractTableModel):
    """Rows of the table, then its totals row. `row_colors` tints data rows (None = plain)."""

    def __init__(
        self,
        table: Table,
        row_colors: list[QColor | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.columns = list(table.columns)
        self.rows = [tuple(row) for row in table.rows]
        self.data_rows = len(self.rows)
        if table.totals is not None:
            self.rows.append(tuple(table.totals))
        self.row_colors = row_colors or []
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def is_totals(self, row: int) -> bool:
        return row >= self.data_rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if column.kind in NUMERIC
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_totals(index.row()):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and index.row() < len(self.row_colors):
            color = self.row_colors[index.row()]
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # Headers do not wrap by themselves: break long titles to the column's width.
            title = textwrap.fill(
                translate(column.title), max(6, int(column.width)), break_long_words=False
            )
            return f"{title}\n({translate(column.unit)})" if column.unit else title
        if role == Qt.ItemDataRole.ToolTipRole:
            title = translate(column.title)
            return f"{translate(column.group)} — {title}" if column.group else title
        return None
