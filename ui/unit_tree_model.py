"""A lazy tree model over the unit tree: children are read from the core when a node expands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ntm_desktop import units
from ntm_desktop.storage import Database
from ntm_desktop.text import format_date, parse_date
from ntm_desktop.units import Unit

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    unit: Unit | None
    parent: _Node | None
    child_count: int
    children: list[_Node] | None = None
    row: int = 0
    by_code: dict[str, _Node] = field(default_factory=dict)


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, db: Database, on: date, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._on = on
        roots = units.children(db, None)
        self._root = _Node(None, None, len(roots))
        self._attach(self._root, roots)

    # -- structure -----------------------------------------------------------------------
    def _attach(self, node: _Node, found: list[Unit]) -> None:
        counts = units.child_counts(self._db, [unit.code for unit in found])
        node.children = [
            _Node(unit, node, counts.get(unit.code, 0), row=row) for row, unit in enumerate(found)
        ]
        node.by_code = {child.unit.code: child for child in node.children if child.unit}

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return 0 if node.children is None else len(node.children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        return self._node(parent).child_count > 0

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return node.children is None and node.child_count > 0

    def fetchMore(self, parent: AnyIndex) -> None:
        node = self._node(parent)
        if node.children is not None or node.unit is None:
            return
        found = units.children(self._db, node.unit.code)
        if not found:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(found) - 1)
        self._attach(node, found)
        self.endInsertRows()

    # -- content -------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        unit = self._node(index).unit
        if unit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.name
        if role == CODE_ROLE:
            return unit.code
        if role == Qt.ItemDataRole.ToolTipRole:
            validity = (
                f"\nHiệu lực đến {format_date(parse_date(unit.valid_to))}" if unit.valid_to else ""
            )
            return f"{unit.name}\nMã: {unit.code} · {unit.kind}{validity}"
        current = unit.valid_on(self._on)
        if not current and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#777777")
        if not current and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Đơn vị hành chính")
        return None

    def set_date(self, on: date) -> None:
        """Grey out the units not in force on `on` (the date of the year being viewed)."""
        self._on = on
        self.layoutChanged.emit()

    # -- navigation ----------------------------------------------------------------------
    def index_of(self, code: str) -> QModelIndex:
        """Fetch the path to `code` (only that path) and return its index."""
        index = QModelIndex()
        for unit in units.path(self._db, code):
            node = self._node(index)
            if node.children is None:
                self.fetchMore(index)
            child = node.by_code.get(unit.code)
            if child is None:
                return QModelIndex()
            index = self.createIndex(child.row, 0, child)
        return index

    def refresh(self, code: str) -> None:
        """Re-read the children of `code` after units under it were added, renamed or retired."""
        parent = self.index_of(code)
        node = self._node(parent)
        if node.children:
            self.beginRemoveRows(parent, 0, len(node.children) - 1)
            node.children = []
            self.endRemoveRows()
        found = units.children(self._db, code)
        node.child_count = len(found)
        if found:
            self.beginInsertRows(parent, 0, len(found) - 1)
            self._attach(node, found)
            self.endInsertRows()
        self.dataChanged.emit(parent, parent)
