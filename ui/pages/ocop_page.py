"""OCOP products of a unit at the end of a year: by district and star, by producer, the list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ntm_desktop.ocop import ocop_report
from ntm_desktop.storage import Database
from ui.pages.report_page import Built, ReportPage


class OcopPage(ReportPage):
    heading = QT_TRANSLATE_NOOP("OcopPage", "Sản phẩm OCOP")
    file_stem = "ocop"

    def __init__(self, db: Database, unit_code: str | None = None, year: int = 2020) -> None:
        super().__init__(db, unit_code, year)
        self.refresh()

    def build(self) -> Built:
        return [
            (table, None)
            for table in ocop_report.tables(self.db, self.year.value(), self.unit_code)
        ]
