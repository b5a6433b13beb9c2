"""The checklist as a two-level item model: criteria, and under each its indicators.

Edits go straight to the core (saved as typed, logged with who and when); input the core refuses
is reported through `refused` and the stored value stays as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ntm_desktop.checklist import assessments
from ntm_desktop.checklist.assessments import Checklist, CriterionRow, IndicatorRow
from ntm_desktop.common.errors import NtmError
from ntm_desktop.criteria import indicator_values
from ntm_desktop.storage import Database
from ui.models.table_model import cell_flags, column_title

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, TARGET, VALUE, MET, RULE, NOTE, AGENCY, EVIDENCE = range(8)
# column -> keyword of assessments.set_indicator
FIELDS = {VALUE: "value", MET: "met", NOTE: "note", AGENCY: "agency"}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NO_CRITERION = 0
MET_COLOURS = {"yes": QColor("#1b7a2f"), "no": QColor("#b3261e"), "unknown": QColor("#6b6b6b")}
DISAGREE_BACKGROUND = QColor("#fde2e1")


class ChecklistModel(QAbstractItemModel):
    refused = Signal(str)
    # unit code, year, value id, {field: old value}: what an undo puts back
    edited = Signal(str, int, str, dict)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._sheet: Checklist | None = None
        self._headers = (
            self.tr("Tiêu chí / chỉ tiêu"),
            self.tr("Chỉ tiêu cần đạt"),
            self.tr("Giá trị đạt được"),
            self.tr("Đánh giá"),
            self.tr("Theo quy tắc"),
            self.tr("Ghi chú"),
            self.tr("Phụ trách"),
            self.tr("Minh chứng"),
        )
        self._met_names = {
            "yes": self.tr("Đạt"),
            "no": self.tr("Chưa đạt"),
            "unknown": self.tr("Chưa đánh giá"),
        }

    # -- what is shown -----------------------------------------------------------------------
    @property
    def sheet(self) -> Checklist | None:
        return self._sheet

    def met_names(self) -> dict[str, str]:
        return dict(self._met_names)

    def load(self, sheet: Checklist | None) -> None:
        self.beginResetModel()
        self._sheet = sheet
        self.endResetModel()

    def reload(self) -> None:
        """Read the checklist again after an edit (same criteria, so no reset is needed)."""
        if self._sheet is None:
            return
        fresh = assessments.checklist(self._db, self._sheet.unit.code, self._sheet.year)
        if fresh.choice.catalog.key != self._sheet.choice.catalog.key:
            self.load(fresh)
            return
        self._sheet = fresh
        last = self.columnCount() - 1
        if fresh.criteria:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh.criteria) - 1, last))
        for row, criterion in enumerate(fresh.criteria):
            parent = self.index(row, 0)
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(len(criterion.indicators) - 1, last, parent)
            )

    def indicator_at(self, index: AnyIndex) -> IndicatorRow | None:
        item = self._item(index)
        return item if isinstance(item, IndicatorRow) else None

    def index_of(self, indicator_code: str, column: int = 0) -> QModelIndex:
        if self._sheet is None:
            return QModelIndex()
        for row, criterion in enumerate(self._sheet.criteria):
            for child, item in enumerate(criterion.indicators):
                if item.indicator.code == indicator_code:
                    return self.index(child, column, self.index(row, 0))
        return QModelIndex()

    # -- structure ---------------------------------------------------------------------------
    def _item(self, index: AnyIndex) -> CriterionRow | IndicatorRow | None:
        if not index.isValid() or self._sheet is None:
            return None
        criterion_row = index.internalId()
        if criterion_row == NO_CRITERION:
            return self._sheet.criteria[index.row()]
        return self._sheet.criteria[criterion_row - 1].indicators[index.row()]

    def index(self, row: int, column: int, parent: AnyIndex | None = None) -> QModelIndex:
        parent = parent if parent is not None else QModelIndex()
        if self._sheet is None or not 0 <= column < len(self._headers):
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._sheet.criteria):
                return self.createIndex(row, column, NO_CRITERION)
            return QModelIndex()
        if parent.internalId() != NO_CRITERION or parent.column() != 0:
            return QModelIndex()
        if 0 <= row < len(self._sheet.criteria[parent.row()].indicators):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None or not index.isValid() or index.internalId() == NO_CRITERION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, NO_CRITERION)

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        parent = parent if parent is not None else QModelIndex()
        if self._sheet is None:
            return 0
        if not parent.isValid():
            return len(self._sheet.criteria)
        if parent.internalId() != NO_CRITERION or parent.column() != 0:
            return 0
        return len(self._sheet.criteria[parent.row()].indicators)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(self._headers, section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        editable = isinstance(self._item(index), IndicatorRow) and index.column() in FIELDS
        return cell_flags(index, editable)

    # -- content -----------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        if isinstance(item, CriterionRow):
            return self._criterion_data(item, index.column(), role)
        return self._indicator_data(item, index.column(), role)

    def _criterion_data(self, item: CriterionRow, column: int, role: int) -> Any:
        met = "yes" if item.met else "no"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self.tr("{0}. {1}").format(item.criterion.no, item.criterion.name)
            if column == MET:
                return self._met_names[met]
            if column == EVIDENCE:
                total = sum(row.evidence_count for row in item.indicators)
                return str(total) if total else ""
            return None
        if role == Qt.ItemDataRole.FontRole and column in (NAME, MET):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == MET:
            return QBrush(MET_COLOURS[met])
        if role == CODE_ROLE:
            return str(item.criterion.no)
        return None

    def _indicator_data(self, item: IndicatorRow, column: int, role: int) -> Any:
        indicator = item.indicator
        if role == CODE_ROLE:
            return indicator.code
        if role == Qt.ItemDataRole.EditRole:
            if column == VALUE:
                return indicator_values.format_value(item.value)
            if column == MET:
                return item.officer_met
            if column == NOTE:
                return item.note or ""
            if column == AGENCY:
                return item.agency or ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._indicator_text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._indicator_tip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == MET:
                return QBrush(MET_COLOURS[item.officer_met])
            if column == RULE and item.computed is not None:
                return QBrush(MET_COLOURS["yes" if item.computed else "no"])
            if (column == TARGET and not _has_target(item)) or (
                column == RULE and item.blocked is not None
            ):
                return QBrush(MET_COLOURS["unknown"])
        if role == Qt.ItemDataRole.BackgroundRole and column == RULE and item.disagrees:
            return QBrush(DISAGREE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and column == TARGET and not _has_target(item):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _indicator_text(self, item: IndicatorRow, column: int) -> str | None:
        indicator = item.indicator
        if column == NAME:
            return indicator.label
        if column == TARGET:
            if item.target is indicator_values.NO_GROUP:
                return indicator_values.format_group_targets(indicator)
            shown = indicator_values.format_target(item.target)
            if shown and indicator.targets_by_group and self._sheet is not None:
                return self.tr("{0} (nhóm {1})").format(shown, self._sheet.group)
            return shown or self.tr("chưa có chỉ tiêu")
        if column == VALUE:
            shown = indicator_values.format_value(item.value)
            unit = indicator.unit or ""
            if shown and unit:
                return f"{shown} {unit}" if unit != "%" else f"{shown} %"
            return shown
        if column == MET:
            return self._met_names[item.officer_met]
        if column == RULE:
            if item.blocked is not None:
                return item.blocked
            if item.computed is None:
                return ""
            verdict = self._met_names["yes" if item.computed else "no"]
            return f"⚠ {verdict}" if item.disagrees else verdict
        if column == NOTE:
            return item.note or ""
        if column == AGENCY:
            return item.agency or ""
        if column == EVIDENCE:
            return str(item.evidence_count) if item.evidence_count else ""
        return None

    def _indicator_tip(self, item: IndicatorRow, column: int) -> str | None:
        indicator = item.indicator
        if column == NAME:
            tip = indicator.text
            if indicator.unnumbered:
                tip += self.tr(
                    "\nSố hiệu của chỉ tiêu này chưa nhập từ văn bản; nội dung theo ghi nhớ. Nhập "
                    "từ văn bản bằng sổ Excel bộ tiêu chí."
                )
            if indicator.target_recall:
                tip += self.tr("\nMức theo ghi nhớ, chưa đối chiếu văn bản: {0}").format(
                    indicator.target_recall
                )
            return tip
        if column == MET and item.judged_by_criterion:
            return self.tr(
                "Đánh giá cả tiêu chí (bảng tiêu chí của huyện). Chọn đánh giá cho riêng chỉ tiêu "
                "này thì đánh giá riêng được dùng."
            )
        if column == RULE and item.blocked is not None:
            return item.blocked
        if column == RULE and (item.disagrees or item.basis):
            tips = [item.basis] if item.basis else []
            if item.disagrees:
                tips.append(
                    self.tr(
                        "Kết quả tính theo chỉ tiêu khác với đánh giá của cán bộ. Kiểm tra lại "
                        "giá trị hoặc ghi rõ lý do trong cột Ghi chú."
                    )
                )
            return "\n".join(tips)
        if column == VALUE:
            return self.tr("Nhập số kiểu Việt Nam: 16,3 hoặc 1.274.790")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.indicator_at(index)
        field = FIELDS.get(index.column())
        if item is None or field is None or role != Qt.ItemDataRole.EditRole:
            return False
        assert self._sheet is not None
        unit, year = self._sheet.unit.code, self._sheet.year
        try:
            changed = assessments.set_indicator(
                self._db, unit, year, item.indicator.code, **{field: "" if value is None else value}
            )
        except NtmError as error:
            self.refused.emit(error.message)
            return False
        if changed:
            self.reload()
            self.edited.emit(unit, year, item.value_id, {f: old for f, (old, _) in changed.items()})
        return True


def _has_target(item: IndicatorRow) -> bool:
    return item.target is not None and item.target is not indicator_values.NO_GROUP
