"""The province's tables on screen: results by district against the year's targets and
communes meeting each criterion, each with a bar chart, exported to Excel like the others."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QSplitter

from ntm_desktop import units, xlsx_tables
from ntm_desktop.reports import by_criterion, by_district
from ntm_desktop.storage import Database
from ui.bar_chart import Bar, BarChart
from ui.report_page import Built, ReportPage

CHART_MEASURES = ("standard", "advanced", "model", "ntm_villages", "model_villages",
                  "avg_criteria", "below10")  # fmt: skip


def _flat(table: xlsx_tables.Table) -> xlsx_tables.Table:
    """Screen headers are one row: the group goes into each column's own title."""
    columns = [
        dataclasses.replace(column, title=f"{column.group}: {column.title}", group=None)
        if column.group
        else column
        for column in table.columns
    ]
    return dataclasses.replace(table, columns=columns)


class ProvinceReportPage(ReportPage):
    """Tab 0: by district (`ntm report by-district`); tab 1: by criterion (`by-criterion`)."""

    heading = "Kết quả xây dựng nông thôn mới"
    file_stem = "ket-qua-ntm"

    def __init__(self, db: Database, unit_code: str | None = None, year: int = 2020) -> None:
        super().__init__(db, unit_code, year)
        self.base_year = QSpinBox()
        self.base_year.setRange(0, 2040)
        self.base_year.setSpecialValueText(self.tr("Không so sánh"))
        self.base_year.setPrefix(self.tr("So với năm "))
        self.base_year.setValue(0)
        self.base_year.valueChanged.connect(self.refresh)
        self.measure = QComboBox()
        for measure in CHART_MEASURES:
            self.measure.addItem(by_district.LABELS[measure][0], measure)
        self.measure.currentIndexChanged.connect(self._draw)
        self.controls.addWidget(self.base_year)
        self.controls.addWidget(QLabel(self.tr("Biểu đồ:")))
        self.controls.addWidget(self.measure)
        self.chart = BarChart()
        layout = self.layout()
        layout.removeWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.tabs.currentChanged.connect(self._draw)
        self.district_report: by_district.ByDistrict | None = None
        self.criterion_report: by_criterion.ByCriterion | None = None
        self.refresh()

    def build(self) -> Built:
        year = self.year.value()
        base = self.base_year.value() or None
        under = self.unit_code if units.get(self.db, self.unit_code).level != "commune" else None
        self.district_report = by_district.build(self.db, year, under)
        self.criterion_report = by_criterion.build(
            self.db, year, under, base if base and base < year else None
        )
        return [
            (_flat(self.district_report.table()), None),
            (_flat(self.criterion_report.table()), None),
        ]

    def refresh(self) -> None:
        super().refresh()
        self._draw()

    def _draw(self) -> None:
        self.measure.setEnabled(self.tabs.currentIndex() == 0)
        if self.tabs.currentIndex() == 1 and self.criterion_report is not None:
            report = self.criterion_report
            self.chart.set_bars(
                self.tr("Tỷ lệ xã đạt từng tiêu chí (%)"),
                [
                    Bar(f"{line.no}. {line.name}", line.percent, line.base_percent)
                    for line in report.lines
                ],
                marker_name=self.tr("năm {0}").format(report.base_year) if report.base_year else "",
                decimals=1,
            )
        elif self.district_report is not None:
            measure = self.measure.currentData()
            report = self.district_report
            decimals = 1 if measure == "avg_criteria" else 0
            self.chart.set_bars(
                by_district.LABELS[measure][0],
                [
                    Bar(
                        line.name,
                        line.avg_criteria if measure == "avg_criteria" else line.value(measure),
                        line.targets.get(measure),
                    )
                    for line in report.lines
                ],
                marker_name=self.tr("kế hoạch") if measure in report.targeted else "",
                decimals=decimals,
            )
