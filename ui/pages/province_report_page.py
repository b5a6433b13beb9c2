"""The province's tables on screen: results by district against the year's targets and
communes meeting each criterion, each with a bar chart, exported to Excel like the others."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QSplitter

from ntm_desktop.checklist import criteria_status_import
from ntm_desktop.common.errors import NtmError
from ntm_desktop.reports import by_criterion, by_district
from ntm_desktop.storage import Database
from ntm_desktop.tables import xlsx_tables
from ntm_desktop.units import units
from ui import jobs
from ui.file_dialogs import file_to_open
from ui.pages.report_page import Built, ReportPage
from ui.report_texts import translate
from ui.widgets.bar_chart import Bar, BarChart

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

    heading = QT_TRANSLATE_NOOP("ProvinceReportPage", "Kết quả xây dựng nông thôn mới")
    file_stem = "ket-qua-ntm"
    import_done = Signal(str)

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
            self.measure.addItem(translate(by_district.LABELS[measure][0]), measure)
        self.measure.currentIndexChanged.connect(self._draw)
        self.controls.addWidget(self.base_year)
        self.controls.addWidget(QLabel(self.tr("Biểu đồ:")))
        self.controls.addWidget(self.measure)
        self.import_button = QPushButton(self.tr("Nhập bảng tiêu chí các xã…"))
        self.import_button.setToolTip(
            self.tr("Bảng Excel mỗi xã một dòng, mỗi tiêu chí một cột (x = đạt) của năm đang xem")
        )
        self.import_button.clicked.connect(lambda: self.import_criteria_status())
        self.controls.addWidget(self.import_button)
        self.chart = BarChart()
        # The core's own sentence ("Tổng hợp theo 2 phiên bản bộ tiêu chí: …"), as printed.
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        self.versions.hide()
        layout = self.layout()
        layout.removeWidget(self.tabs)
        layout.addWidget(self.versions)
        # Side by side: the chart gets the page's whole height (a bar per district or per
        # criterion, 19 of them), which under the table it never had on a laptop screen.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
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
        self.versions.setText(self.district_report.versions_note or "")
        self.versions.setVisible(self.district_report.versions_note is not None)
        return [
            (_flat(self.district_report.table()), None),
            # The screen names each figure's unit in its header; the printed unit column is
            # for the province's form.
            (_flat(self.criterion_report.table(unit_column=False)), None),
        ]

    def refresh(self) -> None:
        super().refresh()
        self._draw()

    def import_criteria_status(self, path: Path | None = None) -> None:
        """Import a district's criteria-status sheet for the year shown, off the GUI thread."""
        if path is None:
            path = file_to_open(
                self, self.tr("Nhập bảng tiêu chí"), self.tr("Bảng tính (*.xlsx *.csv)")
            )
            if path is None:
                return
        year = self.year.value()

        def work(task: jobs.Task) -> str:
            result = criteria_status_import.import_file(task.db, path, year)
            return self.tr(
                "Đã nhập {0} xã: {1} kết quả tiêu chí, {2} quyết định công nhận."
            ).format(result.communes, len(result.changes), len(result.recognitions))

        jobs.write(
            self,
            self.db,
            work,
            on_success=self._imported,
            on_failure=self._import_failed,
            disable=[self.import_button],
            status=self.status,
            label=self.tr("Đang nhập {0}…").format(path.name),
        )

    def _imported(self, summary: str) -> None:
        self.status.setText(summary)
        self.refresh()
        self.import_done.emit(summary)

    def _import_failed(self, _error: NtmError) -> None:
        self.import_done.emit("")

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
                translate(by_district.LABELS[measure][0]),
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
