"""What the funding, task and OCOP pages share: a unit and a year, one tab per report table,
and export of the same tables to Excel off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.common.errors import NtmError
from ntm_desktop.storage import Database
from ntm_desktop.tables import xlsx_tables
from ntm_desktop.units import units
from ui import jobs, messages
from ui.models.report_table_model import ReportTableModel
from ui.report_texts import translate

Built = list[tuple[xlsx_tables.Table, list[QColor | None] | None]]
_CENTER = Qt.AlignmentFlag.AlignCenter


class ReportPage(QWidget):
    """Subclasses give `heading` and `build()`, and may add controls to `self.controls`."""

    export_done = Signal(str)

    heading = ""
    file_stem = "bao-cao"

    def __init__(self, db: Database, unit_code: str | None = None, year: int = 2020) -> None:
        super().__init__()
        self.db = db
        self.unit_code = unit_code or units.children(db, None)[0].code
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(2010, 2040)
        self.year.setValue(year)
        self.year.setPrefix(self.tr("Năm "))
        self.year.valueChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.status = QLabel()
        self.controls = QHBoxLayout()
        self.controls.addWidget(self.year)
        bar = QHBoxLayout()
        bar.addLayout(self.controls)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.export_button)
        self.tabs = QTabWidget()
        self.views: list[QTableView] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.tables: list[xlsx_tables.Table] = []

    def build(self) -> Built:
        raise NotImplementedError

    def set_unit(self, code: str) -> None:
        self.unit_code = code
        self.refresh()

    def refresh(self) -> None:
        try:
            built = self.build()
        except NtmError as error:
            messages.show_error(self, error)
            return
        self.tables = [table for table, _ in built]
        unit = units.get(self.db, self.unit_code)
        heading = QCoreApplication.translate(type(self).__name__, self.heading)
        self.title.setText(self.tr("{0} — {1}").format(heading, unit.name))
        current = self.tabs.currentIndex()
        while len(self.views) < len(built):
            view = QTableView()
            view.setAlternatingRowColors(True)
            view.setWordWrap(True)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setDefaultAlignment(_CENTER)
            self.views.append(view)
        self.tabs.clear()
        for view, (table, colors) in zip(self.views, built, strict=False):
            old = view.model()
            view.setModel(ReportTableModel(table, colors, view))
            if old is not None:
                old.deleteLater()
            _size_columns(view, table)
            self.tabs.addTab(view, translate(table.sheet_name))
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))

    def model(self, tab: int = 0) -> ReportTableModel:
        model = self.views[tab].model()
        assert isinstance(model, ReportTableModel)
        return model

    def export(self, path: Path | None = None) -> None:
        """Write every table to an xlsx file (asks where when no path is given)."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Xuất Excel"),
                f"{self.file_stem}-{self.unit_code}-{self.year.value()}.xlsx",
                self.tr("Bảng tính Excel (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        tables = list(self.tables)
        jobs.Job(
            self,
            lambda _task: xlsx_tables.write(path, tables),
            on_success=lambda _result: self._exported(path),
            disable=[self.export_button],
            status=self.status,
            label=self.tr("Đang ghi tệp Excel…"),
        ).start()

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Đã ghi {0}").format(path.name))
        self.export_done.emit(str(path))


def _size_columns(view: QTableView, table: xlsx_tables.Table) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    model = view.model()
    metrics = header.fontMetrics()
    for index, column in enumerate(table.columns):
        # Excel widths are in characters; about 7 pixels each at the default font. A
        # translated title may hold a longer word, which must not be cut.
        words = str(model.headerData(index, Qt.Orientation.Horizontal)).split()
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        view.setColumnWidth(index, max(int(column.width * 7.5) + 8, widest + 12))
    header.setStretchLastSection(True)
    view.resizeRowsToContents()
