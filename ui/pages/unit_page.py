"""The right-hand page for the selected unit: what it is, then its checklist and other tabs.

The tabs share one year (the checklist's). A tab's page is built, and its module imported, the
first time it is shown, and filled only while shown: start-up and moving through the tree cost
no more than the checklist needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.demo import marker
from ntm_desktop.storage import Database
from ntm_desktop.tasks import tasks
from ntm_desktop.units import datasets, units
from ntm_desktop.village_plans import village_plans as vp
from ui import labels
from ui.pages.checklist_page import ChecklistPage
from ui.widgets.commune_group_panel import CommuneGroupPanel

ALL_LEVELS = ("province", "district", "commune", "village")


@dataclass(frozen=True)
class _Tab:
    name: str
    label: str
    levels: tuple[str, ...]
    build: Callable[[], QWidget]
    fill: Callable[[Any, str], None] | None  # None: the page follows the unit by itself
    # The page is built for the current unit and year (its constructor loads them), so the
    # fill right after building would compute everything a second time.
    current_when_built: bool = False


def _set_quietly(box: QSpinBox, value: int) -> None:
    box.blockSignals(True)
    box.setValue(value)
    box.blockSignals(False)


class UnitPage(QWidget):
    plan_changed = Signal(str)  # a village's plan status changed (its tree label follows)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.title = QLabel(self.tr("Chọn một đơn vị ở cây bên trái"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        # A demonstration file says so on every unit's page: its results are made up.
        self.demo_note = QLabel(
            self.tr(
                "DỮ LIỆU MẪU — kết quả các xã do phần mềm tạo theo quy tắc, không phải kết quả "
                "thật của xã nào."
            )
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.setToolTip(marker.DEMO_TEXT)
        self.demo_note.setStyleSheet(
            "background: #e8f0fe; color: #174ea6; border: 1px solid #a8c7fa; padding: 4px;"
        )
        self.demo_note.setVisible(marker.is_demo(db))
        layout.addWidget(self.demo_note)
        # The name and its particulars share a line: the checklist below needs the height.
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.details, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        self.attention = QLabel()
        self.attention.setStyleSheet("color: #b00020; font-weight: 600;")
        self.attention.linkActivated.connect(lambda _link: self.show_tab(self.tasks))
        self.attention.hide()  # shown with a text only: an empty line is a checklist row less
        layout.addWidget(self.attention)
        self.village_plans = QLabel()
        self.village_plans.setWordWrap(True)
        layout.addWidget(self.village_plans)
        self.group = CommuneGroupPanel(db)
        layout.addWidget(self.group)
        self.code: str | None = None
        self.level: str | None = None
        self.checklist = ChecklistPage(db, datasets.reference_date(db).year)
        above_village = ("province", "district", "commune")
        self._tabs = (
            _Tab("checklist", self.tr("Bảng tiêu chí"), ALL_LEVELS, lambda: self.checklist, None),
            _Tab(
                "plan",
                self.tr("Phương án thôn kiểu mẫu"),
                ("village",),
                self._build_plan,
                lambda page, code: page.show_plan(code, self.year),
            ),
            _Tab(
                "dossier",
                self.tr("Hồ sơ công nhận"),
                ("district", "commune", "village"),
                self._build_dossier,
                self._fill_dossier,
            ),
            _Tab(
                "funding",
                self.tr("Nguồn vốn"),
                above_village,
                self._build_funding,
                self._fill_report,
                current_when_built=True,
            ),
            _Tab(
                "tasks",
                self.tr("Nhiệm vụ"),
                ("province", "district"),
                self._build_tasks,
                self._fill_report,
                current_when_built=True,
            ),
            _Tab(
                "ocop",
                self.tr("OCOP"),
                above_village,
                self._build_ocop,
                self._fill_report,
                current_when_built=True,
            ),
            _Tab(
                "reports",
                self.tr("Báo cáo tổng hợp"),
                ("province", "district"),
                self._build_reports,
                self._fill_report,
                current_when_built=True,
            ),
            _Tab(
                "targets",
                self.tr("Chỉ tiêu kế hoạch"),
                ("province",),
                self._build_targets,
                lambda page, _code: page.year.setValue(self.year),
            ),
            _Tab(
                "recognitions",
                self.tr("Công nhận"),
                ("district", "commune"),
                self._build_recognitions,
                lambda page, code: page.set_unit(code),
                current_when_built=True,
            ),
        )
        self._built: dict[str, QWidget] = {}
        # Pages built but not yet shown, with the unit and year they were built for.
        self._fresh: dict[str, tuple[str | None, int]] = {}
        self.tabs = QTabWidget()
        for tab in self._tabs:
            # Scrolling pages keep the window within a 1366x768 laptop screen.
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            self.tabs.addTab(scroller, tab.label)
        self._page("checklist")
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_tab())
        self.checklist.year_changed.connect(lambda _year: self._year_changed())
        self.group.changed.connect(self._group_changed)
        layout.addWidget(self.tabs, 1)

    def show_unit(self, code: str) -> None:
        self.code = code
        unit = units.get(self.db, code)
        self.title.setText(unit.name)
        parts = [
            self.tr("Mã {0}").format(unit.code),
            self.tr("{0} ({1})").format(unit.kind, labels.levels()[unit.level]),
        ]
        chain = " › ".join(u.name for u in units.path(self.db, code)[:-1])
        if chain:
            parts.append(chain)
        parts.append(self.tr("hiệu lực {0}").format(self._validity(unit)))
        for link in units.links(self.db, code):
            if link.successor == code:
                parts.append(
                    self.tr("hình thành từ {0} ({1}, {2})").format(
                        link.predecessor_name or link.predecessor,
                        labels.link_kinds()[link.kind],
                        format_date(parse_date(link.date)) if link.date else "?",
                    )
                )
        self.details.setText(" · ".join(parts))
        self.level = unit.level
        self.group.show_unit(unit)
        self.checklist.show_unit(code)
        for index, tab in enumerate(self._tabs):
            self.tabs.setTabVisible(index, unit.level in tab.levels)
        self._show_attention()
        self._show_village_plans()
        self._fill_current_tab()

    def _page(self, name: str) -> QWidget:
        """The page of tab `name`, built on first use."""
        page = self._built.get(name)
        if page is None:
            index = next(i for i, tab in enumerate(self._tabs) if tab.name == name)
            tab = self._tabs[index]
            page = self._built[name] = tab.build()
            if tab.current_when_built:
                self._fresh[name] = (self.code, self.year)
            scroller = self.tabs.widget(index)
            assert isinstance(scroller, QScrollArea)
            scroller.setWidget(page)
        return page

    # The pages by name, for the window and the tests (each built when first asked for).
    plan = property(lambda self: self._page("plan"))
    dossier = property(lambda self: self._page("dossier"))
    funding = property(lambda self: self._page("funding"))
    tasks = property(lambda self: self._page("tasks"))
    ocop = property(lambda self: self._page("ocop"))
    reports = property(lambda self: self._page("reports"))
    targets = property(lambda self: self._page("targets"))
    recognitions = property(lambda self: self._page("recognitions"))

    def _tab_of(self, page: QWidget) -> int:
        return next(i for i, tab in enumerate(self._tabs) if self._built.get(tab.name) is page)

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentIndex(self._tab_of(page))

    @property
    def year(self) -> int:
        return self.checklist.year.value()

    def _show_attention(self) -> None:
        """Late and nearly due tasks stand out on a district's or the province's page."""
        self.attention.clear()
        self.attention.hide()
        if self.code is None or self.level not in ("province", "district"):
            return
        at = min(date.today(), date(self.year, 12, 31))
        found = tasks.needing_attention(self.db, self.year, at, under=self.code)
        overdue = sum(task.state(at) == "overdue" for task in found)
        soon = len(found) - overdue
        if not found:
            return
        self.attention.show()
        self.attention.setText(
            self.tr(
                '<a href="tasks">{0} nhiệm vụ quá hạn, {1} nhiệm vụ sắp đến hạn</a> (tính đến {2})'
            ).format(overdue, soon, format_date(at))
        )

    def _show_village_plans(self) -> None:
        """On a commune's page: its villages' model-village plans of the year, one line each."""
        if self.code is None or self.level != "commune":
            self.village_plans.hide()
            return
        found = vp.commune_overview(self.db, self.code, self.year)
        if not found:
            self.village_plans.setText(
                self.tr("Thôn NTM kiểu mẫu năm {0}: chưa có thôn nào đăng ký.").format(self.year)
            )
        else:
            lines = [
                self.tr("{0}: {1} · {2}/{3} hạng mục hoàn thành · tiến độ {4}%").format(
                    village.village_name,
                    labels.short_plan_statuses()[village.plan.status],
                    village.done,
                    village.items,
                    format_number(village.progress, 1),
                )
                for village in found
            ]
            # One paragraph, not a line a village: every line here is a checklist row less.
            self.village_plans.setText(
                self.tr("<b>Thôn NTM kiểu mẫu năm {0}</b> ({1} thôn đăng ký):").format(
                    self.year, len(found)
                )
                + " "
                + "; ".join(lines)
            )
        self.village_plans.show()

    def _fill_current_tab(self) -> None:
        if self.code is None or self.level is None:
            return
        tab = self._tabs[self.tabs.currentIndex()]
        if tab.fill is None or self.level not in tab.levels:
            return
        page = self._page(tab.name)
        built_for = self._fresh.pop(tab.name, None)
        if tab.current_when_built and built_for == (self.code, self.year):
            return
        tab.fill(page, self.code)

    def _group_changed(self, unit_code: str) -> None:
        # A set with targets per group checks the commune against its new group; its stored
        # score (and so its label in the tree) follows.
        self.checklist.load()
        self.checklist.score_changed.emit(unit_code)

    def _year_changed(self) -> None:
        self._show_attention()
        self._show_village_plans()
        self._fill_current_tab()

    def _fill_dossier(self, page: Any, code: str) -> None:
        _set_quietly(page.year, self.year)  # show_unit reloads once, for the new unit
        page.show_unit(code)

    def _fill_report(self, page: Any, code: str) -> None:
        _set_quietly(page.year, self.year)
        page.set_unit(code)

    # -- building the pages (their modules are imported here, when first needed) ----------
    def _build_plan(self) -> QWidget:
        from ui.pages.village_plan_page import VillagePlanPage

        page = VillagePlanPage(self.db)
        page.plan_changed.connect(self.plan_changed)
        return page

    def _build_dossier(self) -> QWidget:
        from ui.pages.dossier_page import DossierPage

        return DossierPage(self.db)

    def _build_funding(self) -> QWidget:
        from ui.pages.funding_page import FundingPage

        return FundingPage(self.db, self.code, self.year)

    def _build_tasks(self) -> QWidget:
        from ui.pages.tasks_page import TasksPage

        return TasksPage(self.db, self.code, self.year)

    def _build_ocop(self) -> QWidget:
        from ui.pages.ocop_page import OcopPage

        return OcopPage(self.db, self.code, self.year)

    def _build_reports(self) -> QWidget:
        from ui.pages.province_report_page import ProvinceReportPage

        return ProvinceReportPage(self.db, self.code, self.year)

    def _build_targets(self) -> QWidget:
        from ui.widgets.targets_editor import TargetsEditor

        return TargetsEditor(self.db, units.children(self.db, None)[0].code, self.year)

    def _build_recognitions(self) -> QWidget:
        from ui.widgets.recognitions_panel import RecognitionsPanel

        return RecognitionsPanel(self.db, self.code or units.children(self.db, None)[0].code)

    def _validity(self, unit: units.Unit) -> str:
        start = (
            format_date(parse_date(unit.valid_from)) if unit.valid_from else self.tr("trước đây")
        )
        end = format_date(parse_date(unit.valid_to)) if unit.valid_to else self.tr("nay")
        return f"{start} – {end}"
