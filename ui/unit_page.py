"""The right-hand page for the selected unit: what it is, then its checklist, plan and dossier.

The tabs share one year (the checklist's). The plan and dossier tabs are filled only when
shown, so moving through the tree reads no more than the checklist needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ntm_desktop import datasets, units
from ntm_desktop.storage import Database
from ntm_desktop.text import format_date, parse_date
from ui.checklist_page import ChecklistPage
from ui.dossier_page import DossierPage
from ui.village_plan_page import VillagePlanPage

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
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        self.checklist = ChecklistPage(db, datasets.reference_date(db).year)
        self.plan = VillagePlanPage(db)
        self.dossier = DossierPage(db)
        self.tabs = QTabWidget()
        # Scrolling pages keep the window within a 1366x768 laptop screen.
        for page, label in (
            (self.checklist, self.tr("Bảng tiêu chí")),
            (self.plan, self.tr("Phương án thôn kiểu mẫu")),
            (self.dossier, self.tr("Hồ sơ công nhận")),
        ):
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setWidget(page)
            self.tabs.addTab(scroller, label)
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_tab())
        self.checklist.year_changed.connect(lambda _year: self._fill_current_tab())
        layout.addWidget(self.tabs, 1)
        self.code: str | None = None
        self.level: str | None = None

    def show_unit(self, code: str) -> None:
        self.code = code
        unit = units.get(self.db, code)
        self.title.setText(unit.name)
        parts = [self.tr("Mã {0}").format(unit.code), f"{unit.kind} ({LEVEL_LABELS[unit.level]})"]
        chain = " › ".join(u.name for u in units.path(self.db, code)[:-1])
        if chain:
            parts.append(chain)
        parts.append(self.tr("hiệu lực {0}").format(self._validity(unit)))
        for link in units.links(self.db, code):
            if link.successor == code:
                parts.append(
                    self.tr("hình thành từ {0} ({1}, {2})").format(
                        link.predecessor_name or link.predecessor,
                        LINK_LABELS[link.kind],
                        format_date(parse_date(link.date)) if link.date else "?",
                    )
                )
        self.details.setText(" · ".join(parts))
        self.level = unit.level
        self.checklist.show_unit(code)
        self.tabs.setTabVisible(self._tab_of(self.plan), unit.level == "village")
        self.tabs.setTabVisible(self._tab_of(self.dossier), unit.level != "province")
        self._fill_current_tab()

    def _tab_of(self, page: QWidget) -> int:
        return next(i for i in range(self.tabs.count()) if self.tabs.widget(i).isAncestorOf(page))

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentIndex(self._tab_of(page))

    @property
    def year(self) -> int:
        return self.checklist.year.value()

    def _fill_current_tab(self) -> None:
        if self.code is None:
            return
        scroller = self.tabs.currentWidget()
        current = scroller.widget() if isinstance(scroller, QScrollArea) else None
        if current is self.plan and self.level == "village":
            self.plan.show_plan(self.code, self.year)
        elif current is self.dossier and self.level != "province":
            self.dossier.year.blockSignals(True)  # show_unit reloads once, for the new unit
            self.dossier.year.setValue(self.year)
            self.dossier.year.blockSignals(False)
            self.dossier.show_unit(self.code)

    def _validity(self, unit: units.Unit) -> str:
        start = (
            format_date(parse_date(unit.valid_from)) if unit.valid_from else self.tr("trước đây")
        )
        end = format_date(parse_date(unit.valid_to)) if unit.valid_to else self.tr("nay")
        return f"{start} – {end}"
