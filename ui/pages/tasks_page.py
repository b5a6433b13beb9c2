"""The plan's tasks for a unit: overdue tasks in red, those due within two weeks in yellow."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel

from ntm_desktop.storage import Database
from ntm_desktop.tasks import tasks, tasks_report
from ui.pages.report_page import Built, ReportPage

STATE_COLORS = {"overdue": QColor("#f6c9cc"), "due_soon": QColor("#fde9b0")}


class TasksPage(ReportPage):
    heading = QT_TRANSLATE_NOOP("TasksPage", "Nhiệm vụ của kế hoạch")
    file_stem = "nhiem-vu"

    def __init__(
        self, db: Database, unit_code: str | None = None, year: int = 2020, at: date | None = None
    ) -> None:
        super().__init__(db, unit_code, year)
        at = at or tasks.view_date(year)
        self.at = QDateEdit()
        self.at.setDisplayFormat("dd/MM/yyyy")
        self.at.setCalendarPopup(True)
        self.at.setDate(QDate(at.year, at.month, at.day))
        self.at.dateChanged.connect(self.refresh)
        self.only_attention = QCheckBox(self.tr("Chỉ nhiệm vụ quá hạn, sắp đến hạn"))
        self.only_attention.toggled.connect(self.refresh)
        legend = QLabel(
            self.tr(
                "<span style='background:#f6c9cc'>&nbsp;Quá hạn&nbsp;</span> "
                "<span style='background:#fde9b0'>&nbsp;Sắp đến hạn ({0} ngày)&nbsp;</span>"
            ).format(tasks.DUE_SOON_DAYS)
        )
        self.controls.addWidget(QLabel(self.tr("Xét tại ngày")))
        self.controls.addWidget(self.at)
        self.controls.addWidget(self.only_attention)
        self.controls.addWidget(legend)
        self.refresh()

    def at_date(self) -> date:
        picked = self.at.date()
        return date(picked.year(), picked.month(), picked.day())

    def build(self) -> Built:
        at, year = self.at_date(), self.year.value()
        (table,) = tasks_report.tables(self.db, year, self.unit_code, at)
        states = [task.state(at) for task in tasks.of_year(self.db, year, self.unit_code)]
        rows = list(table.rows)
        if self.only_attention.isChecked():
            kept = [i for i, state in enumerate(states) if state in STATE_COLORS]
            rows = [rows[i] for i in kept]
            states = [states[i] for i in kept]
        colors = [STATE_COLORS.get(state) for state in states]
        return [(dataclasses.replace(table, rows=rows), colors)]
