"""Table model of a model-village plan: one row per item and a computed totals row at the end."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.storage import Database
from ntm_desktop.village_plans import village_plans as vp
from ui import messages
from ui.models.table_model import cell_flags, column_title

Index = QModelIndex | QPersistentModelIndex

# (field of PlanItem, editable in the table)
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("ord", False),
    ("work", True),
    ("criterion_no", True),
    ("lead", True),
    ("start_date", False),
    ("end_date", False),
    ("quantity", True),
    ("unit", True),
    ("percent_done", True),
    ("state_support", True),
    ("local_budget", True),
    ("enterprise", True),
    ("residents_cash", True),
    ("cash_total", False),
    ("land_m2", True),
    ("workdays", True),
    ("walls_m2", True),
)
MONEY = (*vp.FUNDING_SOURCES, "cash_total")
QUANTITIES = (*vp.IN_KIND, "quantity")
OVERDUE_BRUSH = QBrush(QColor("#f8d7d3"))
TOTAL_BRUSH = QBrush(QColor("#eef1f5"))


def _quantity(value: float | None) -> str:
    if value is None:
        return ""
    return format_number(value, 0 if float(value).is_integer() else 2)


class PlanItemsModel(QAbstractTableModel):
    """Edits go through the core (`update_item`); a refused value shows its Vietnamese reason."""

    def __init__(self, db: Database, today: date) -> None:
        super().__init__()
        self.db = db
        self.today = today
        self.plan: vp.Plan | None = None
        self.items: list[vp.PlanItem] = []
        self.totals = vp.totals([])
        self.headers = (
            self.tr("STT"),
            self.tr("Nội dung công việc"),
            self.tr("Tiêu chí"),
            self.tr("Chủ trì"),
            self.tr("Bắt đầu"),
            self.tr("Kết thúc"),
            self.tr("Khối lượng"),
            self.tr("ĐVT"),
            self.tr("% hoàn thành"),
            self.tr("NSNN hỗ trợ"),
            self.tr("NS xã, huyện"),
            self.tr("DN, nhà hảo tâm"),
            self.tr("Nhân dân (tiền)"),
            self.tr("Tổng tiền"),
            self.tr("Hiến đất (m²)"),
            self.tr("Ngày công"),
            self.tr("Phá dỡ tường (m²)"),
        )

    # -- loading ---------------------------------------------------------------------------
    def set_plan(self, plan: vp.Plan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.items = vp.items(self.db, plan) if plan else []
        self.totals = vp.totals(self.items)
        self.endResetModel()

    def set_today(self, today: date) -> None:
        self.today = today
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items), len(COLUMNS) - 1))

    def reload(self) -> None:
        self.set_plan(
            vp.get(self.db, self.plan.village_code, self.plan.year) if self.plan else None
        )

    # -- shape -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.plan is None:
            return 0
        return len(self.items) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(self.headers, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        locked = self.plan is not None and self.plan.locked
        editable = COLUMNS[index.column()][1] and not self.is_total_row(index.row()) and not locked
        return cell_flags(index, editable)

    def is_total_row(self, row: int) -> bool:
        return row == len(self.items)

    def item_at(self, row: int) -> vp.PlanItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    # -- data ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        name = COLUMNS[index.column()][0]
        item = self.item_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(name) if item is None else self._text(item, name)
        if role == Qt.ItemDataRole.EditRole and item is not None:
            return self._text(item, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name not in ("work", "lead", "unit"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if item is None:
                return TOTAL_BRUSH
            if item.overdue_on(self.today):
                return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.FontRole and item is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and item is not None and item.overdue_on(self.today):
            return self.tr("Quá hạn: hết hạn {0}, mới đạt {1}%").format(
                format_date(item.end_date), item.percent_done
            )
        return None

    def _text(self, item: vp.PlanItem, name: str) -> str:
        value = getattr(item, name)
        if name in MONEY:
            return format_number(value)
        if name in QUANTITIES:
            return _quantity(value)
        if isinstance(value, date):
            return format_date(value)
        return "" if value is None else str(value)

    def _total_text(self, name: str) -> str:
        totals = self.totals
        if name == "work":
            return self.tr("Tổng cộng")
        if name in vp.FUNDING_SOURCES:
            return format_number(totals.by_source[name])
        if name == "cash_total":
            return format_number(totals.grand_total)
        if name in vp.IN_KIND:
            return _quantity(totals.in_kind[name])
        if name == "percent_done":
            return format_number(totals.progress, 1)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index.row())
        if role != Qt.ItemDataRole.EditRole or item is None or not COLUMNS[index.column()][1]:
            return False
        name = COLUMNS[index.column()][0]
        text = str(value).strip()
        try:
            vp.update_item(self.db, item.id, **{name: text if text else None})
        except NtmError as error:  # invalid input, or another office's plan (out of scope)
            messages.show_error(None, error)
            return False
        self.items[index.row()] = vp.get_item(self.db, item.id)
        self.totals = vp.totals(self.items)
        last = len(COLUMNS) - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        total = len(self.items)
        self.dataChanged.emit(self.index(total, 0), self.index(total, last))
        return True
