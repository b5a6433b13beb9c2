"""A lazy tree model over the unit tree: children are read from the core when a node expands."""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from ntm_desktop.checklist import standing
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ntm_desktop.units.units import Unit
from ntm_desktop.village_plans import plan_status
from ui import labels

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class _Node:
    """A unit as the tree has read it. Slots: a national tree read out holds ~90,000."""

    __slots__ = (
        "by_code",
        "child_count",
        "children",
        "parent",
        "plan_status",
        "row",
        "score",
        "tier",
        "unit",
    )

    def __init__(
        self, unit: Unit | None, parent: _Node | None, child_count: int, row: int = 0
    ) -> None:
        self.unit = unit
        self.parent = parent
        self.child_count = child_count
        self.children: list[_Node] | None = None
        self.row = row
        self.by_code: dict[str, _Node] = {}
        self.score: tuple[int, int] | None = None
        self.tier: str | None = None
        self.plan_status: str | None = None  # villages: the model-village plan of the viewed year


# Not yet / standard / advanced / model: the swatch beside an assessed unit's name.
TIER_COLOURS = {
    None: QColor("#b0b0b0"),
    "standard": QColor("#2e7d32"),
    "advanced": QColor("#1565c0"),
    "model": QColor("#c28a00"),
}
ASSESSED_LEVELS = ("district", "commune", "village")


@functools.cache
def tier_dot(tier: str | None) -> QPixmap:
    """A filled dot in the tier's colour (made once per tier, on first paint). A pixmap: the
    view makes the icon itself, and PySide builds QIcon's type (3 ms) only when first named."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(TIER_COLOURS[tier])
    painter.setPen(TIER_COLOURS[tier].darker(130))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return pixmap


@functools.cache
def _italic() -> QFont:
    """The font of a unit not in force on the viewed date (not yet begun, or retired): made on
    first need, as a start seldom shows one and PySide builds QFont's type (3 ms) on first use."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setItalic(True)
    return font


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, db: Database, on: date, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._on = on
        self._year = on.year
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
        self._read_labels(node.children)

    def _read_labels(self, nodes: list[_Node]) -> None:
        """Scores and tiers of freshly fetched nodes: one query each, not one per node."""
        codes = [node.unit.code for node in nodes if node.unit]
        scores = standing.stored_scores(self._db, codes, self._year)
        tiers = standing.tiers_at(self._db, codes, date(self._year, 12, 31))
        villages = [node.unit.code for node in nodes if node.unit and node.unit.level == "village"]
        plans = plan_status.statuses(self._db, villages, self._year)
        for node in nodes:
            if node.unit is not None:
                node.score = scores.get(node.unit.code)
                node.tier = tiers.get(node.unit.code)
                node.plan_status = plans.get(node.unit.code)

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
            return self._label(self._node(index))
        if role == Qt.ItemDataRole.DecorationRole and unit.level in ASSESSED_LEVELS:
            return tier_dot(self._node(index).tier)
        if role == CODE_ROLE:
            return unit.code
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [unit.name, self.tr("Mã: {0} · {1}").format(unit.code, unit.kind)]
            if unit.valid_to:
                lines.append(
                    self.tr("Hiệu lực đến {0}").format(format_date(parse_date(unit.valid_to)))
                )
            status = self._node(index).plan_status
            if status:
                lines.append(
                    self.tr("Phương án thôn kiểu mẫu: {0}").format(labels.plan_statuses()[status])
                )
            return "\n".join(lines)
        current = unit.valid_on(self._on)
        if not current and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#777777")
        if not current and role == Qt.ItemDataRole.FontRole:
            return _italic()
        return None

    def _label(self, node: _Node) -> str:
        """ "Xã Việt Lập — 17/19 · NTM nâng cao": name, stored score, tier held at year end;
        a village adds its plan's status, "Thôn Đồng Sen — PA đã duyệt"."""
        assert node.unit is not None
        parts = [node.unit.name]
        if node.score is not None:
            parts.append(f" — {node.score[0]}/{node.score[1]}")
        if node.tier is not None:
            parts.append(" · " + labels.tier_label(node.tier))
        if node.plan_status is not None:
            separator = " · " if len(parts) > 1 else " — "
            parts.append(separator + labels.short_plan_statuses()[node.plan_status])
        return "".join(parts)

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

    def set_year(self, year: int) -> None:
        """Label the fetched nodes with the scores and tiers of `year`."""
        self.layoutAboutToBeChanged.emit()
        self._year = year
        pending = [self._root]
        while pending:
            node = pending.pop()
            if node.children:
                self._read_labels(node.children)
                pending.extend(node.children)
        self.layoutChanged.emit()

    def update_unit(self, code: str) -> None:
        """Read one unit again (name, validity, score, tier) after it or its checklist changed."""
        index = self.index_of(code)
        if index.isValid():
            node = self._node(index)
            node.unit = units.get(self._db, code)
            self._read_labels([node])
            self.dataChanged.emit(index, index)

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
