"""The right-hand page for the selected unit: what it is, where it sits, where it came from."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ntm_desktop import datasets, units
from ntm_desktop.storage import Database
from ntm_desktop.text import format_date, parse_date
from ui.checklist_page import ChecklistPage

LEVEL_LABELS = {
    "province": "Cấp tỉnh",
    "district": "Cấp huyện",
    "commune": "Cấp xã",
    "village": "Thôn",
}
LINK_LABELS = {
    "merge": "sáp nhập",
    "split": "chia tách",
    "rename": "đổi tên",
    "transfer": "điều chỉnh",
}


class UnitPage(QWidget):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.title = QLabel(self.tr("Chọn một đơn vị ở cây bên trái"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.details = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.details)
        self.checklist = ChecklistPage(db, datasets.reference_date(db).year)
        layout.addWidget(self.checklist, 1)
        self.code: str | None = None

    def show_unit(self, code: str) -> None:
        self.code = code
        unit = units.get(self.db, code)
        self.title.setText(unit.name)
        while self.details.rowCount():
            self.details.removeRow(0)
        chain = " › ".join(u.name for u in units.path(self.db, code)[:-1])
        self.details.addRow(self.tr("Mã:"), QLabel(unit.code))
        self.details.addRow(self.tr("Loại:"), QLabel(f"{unit.kind} ({LEVEL_LABELS[unit.level]})"))
        if chain:
            self.details.addRow(self.tr("Trực thuộc:"), QLabel(chain))
        self.details.addRow(self.tr("Hiệu lực:"), QLabel(self._validity(unit)))
        for link in units.links(self.db, code):
            if link.successor == code:
                text = self.tr("{0} ({1}, {2})").format(
                    link.predecessor_name or link.predecessor,
                    LINK_LABELS[link.kind],
                    format_date(parse_date(link.date)) if link.date else "?",
                )
                self.details.addRow(self.tr("Hình thành từ:"), QLabel(text))
        self.checklist.show_unit(code)

    def _validity(self, unit: units.Unit) -> str:
        start = (
            format_date(parse_date(unit.valid_from)) if unit.valid_from else self.tr("trước đây")
        )
        end = format_date(parse_date(unit.valid_to)) if unit.valid_to else self.tr("nay")
        return f"{start} – {end}"
