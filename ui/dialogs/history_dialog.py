"""The change history of one indicator in one year: when, who, what, old → new; with the
judgments of its whole criterion (a criteria-status sheet's), which it shows when it has none of
its own."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.checklist import assessments
from ntm_desktop.common.text import format_date
from ntm_desktop.criteria import catalogs, indicator_values
from ntm_desktop.storage import Database


class HistoryDialog(QDialog):
    def __init__(
        self, db: Database, unit_code: str, year: int, indicator_code: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Lịch sử thay đổi — chỉ tiêu {0}").format(catalogs.code_words(indicator_code))
        )
        self.resize(760, 380)
        field_names = {
            "value": self.tr("Giá trị"),
            "officer_met": self.tr("Đánh giá"),
            "note": self.tr("Ghi chú"),
            "agency": self.tr("Cơ quan phụ trách"),
        }
        criterion_fields = {
            "officer_met": self.tr("Đánh giá cả tiêu chí"),
            "note": self.tr("Ghi chú đánh giá cả tiêu chí"),
        }
        met_names = {
            "yes": self.tr("Đạt"),
            "no": self.tr("Chưa đạt"),
            "unknown": self.tr("Chưa đánh giá"),
        }
        found = [
            (code != indicator_code, change)
            for change_year, code, change in assessments.history(db, unit_code, indicator_code)
            if change_year == year
        ]
        self.table = QTableWidget(len(found), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("Người sửa"),
                self.tr("Mục"),
                self.tr("Cũ"),
                self.tr("Mới"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        def shown(field: str, value: Any) -> str:
            if value is None:
                return self.tr("(trống)")
            if field == "officer_met":
                return met_names.get(value, str(value))
            return indicator_values.format_value(value)

        for row, (of_criterion, change) in enumerate(reversed(found)):
            when = datetime.fromisoformat(change.wall_time)
            names = criterion_fields if of_criterion else field_names
            cells = (
                f"{format_date(when.date())} {when:%H:%M:%S}",
                change.user_name or self.tr("(chưa đặt tên)"),
                names.get(change.field, change.field),
                shown(change.field, change.old_value),
                shown(change.field, change.new_value),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout = QVBoxLayout(self)
        if not found:
            layout.addWidget(
                QLabel(self.tr("Chỉ tiêu này chưa có thay đổi nào trong năm {0}.").format(year))
            )
        layout.addWidget(self.table)
        # Qt ships no Vietnamese translation of its standard buttons: name it ourselves.
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
