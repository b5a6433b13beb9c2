"""The window on the demonstration file at laptop and desktop sizes: every tab at every level is
photographed (screenshots/demo/, not committed), no text is cut, the checklist and the report's
chart keep a usable height, and the tree explains its colours."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
    QWizard,
)

from ntm_desktop.common.instance_lock import InstanceLock
from ntm_desktop.demo import demo_data, marker
from ntm_desktop.session.data_file import open_data_file
from tests.conftest import file_digest
from ui import app, labels
from ui.dialogs import first_start, first_start_wizard
from ui.models.unit_tree_model import TIER_COLOURS

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots" / "demo"
# The client area of a maximised window on a 1366×768 and a 1920×1080 screen (Windows: a 40-pixel
# taskbar and a 31-pixel title bar).
SIZES = {"1366x768": (1366, 697), "1920x1080": (1920, 1009)}
UNITS = {"tinh": "24", "huyen": "216", "xa": "07354", "thon": "07354.001"}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "ntm-mau.db"
    demo_data.create(path)
    return path


@pytest.fixture
def window(qtbot, demo_path):
    db = open_data_file(demo_path)
    session = app.Session(db)
    qtbot.addWidget(session.window)
    yield session.window
    db.close()


def _settle(qapp) -> None:
    for _ in range(3):
        qapp.processEvents()


def _show(window, qapp, size: str, code: str, tab: int | None = None) -> None:
    window.resize(*SIZES[size])
    window.show()
    window.select_unit(code)
    if tab is not None:
        window.page.tabs.setCurrentIndex(tab)
    _settle(qapp)


def test_the_cut_text_check_sees_a_cut_label(qtbot):
    label = QLabel("Xã đạt chuẩn NTM (kể cả nâng cao, kiểu mẫu)")
    qtbot.addWidget(label)
    label.resize(60, 20)
    label.show()
    assert len(cut_texts(label)) == 1
    label.resize(label.sizeHint())
    assert cut_texts(label) == []


def cut_texts(root: QWidget) -> list[str]:
    """Visible texts narrower or shorter than they need (a cut label, button, tab or combo)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QAbstractItemView):
            continue  # an editor inside a table
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                short = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                short = widget.sizeHint().width() > widget.width() + 1
            if short:
                found.append(f"label {widget.text()[:60]!r} {widget.size().toTuple()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"button {widget.text()!r} {widget.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.isTabVisible(index):
                    continue
                rect = widget.tabRect(index)
                if not widget.rect().contains(rect):
                    found.append(f"tab {widget.tabText(index)!r} outside its bar")
                elif rect.width() < widget.tabSizeHint(index).width():
                    found.append(f"tab {widget.tabText(index)!r} {rect.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if needed > widget.width() - 24:
                found.append(f"combo {widget.currentText()!r} {widget.width()}")
    return found


@pytest.mark.parametrize("size", SIZES)
def test_every_tab_at_every_level_photographed_and_nothing_cut(window, qapp, size):
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    shots = 0
    for level, code in UNITS.items():
        _show(window, qapp, size, code)
        page = window.page
        assert page.demo_note.isVisible() and "DỮ LIỆU MẪU" in page.demo_note.text()
        for index in range(page.tabs.count()):
            if not page.tabs.isTabVisible(index):
                continue
            page.tabs.setCurrentIndex(index)
            _settle(qapp)
            name = page._tabs[index].name
            assert window.grab().save(str(SHOTS / f"{size}-{level}-{name}.png"))
            shots += 1
            problems += [f"{level}/{name}: {text}" for text in cut_texts(window)]
    assert shots == 6 + 7 + 5 + 3  # the tabs of a province, a district, a commune, a village
    assert problems == []


def _one_line_rows(view) -> float:
    """How many one-line rows the table's viewport holds (a criterion's row is one line)."""
    first = view.model().index(0, 0)
    return view.viewport().height() / view.visualRect(first).height()


def _whole_indicator_rows(view) -> int:
    """Indicator rows fully inside the viewport, from its top."""
    count, y = 0, 0
    x = view.header().sectionViewportPosition(0) + view.header().sectionSize(0) // 2
    while True:
        index = view.indexAt(QPoint(x, y))
        rect = view.visualRect(index)
        if not index.isValid() or rect.bottom() >= view.viewport().height():
            return count
        count += index.parent().isValid()
        y = rect.bottom() + 1


@pytest.mark.parametrize("size", SIZES)
def test_the_checklist_shows_at_least_twelve_rows(window, qapp, size):
    for code in ("07354", "07354.001"):
        _show(window, qapp, size, code, tab=0)
        view = window.page.checklist.view
        assert _one_line_rows(view) >= 12, (code, view.viewport().height())
        # Rows are one line at both sizes (a village's set has only 9 indicators).
        indicators = len(window.page.checklist.model.sheet.rows)
        assert _whole_indicator_rows(view) >= min(12, indicators), (code, size)
        evidence = window.page.checklist.evidence
        assert evidence.isVisible() and evidence.add_button.isVisible()


@pytest.mark.parametrize("size", SIZES)
def test_the_report_chart_has_every_bar_at_full_height(window, qapp, size):
    _show(window, qapp, size, "24")
    reports = window.page.reports
    window.page.show_tab(reports)
    _settle(qapp)
    for tab, bars in ((0, 10), (1, 19)):  # by district, by criterion
        reports.tabs.setCurrentIndex(tab)
        _settle(qapp)
        chart = reports.chart
        assert len(chart.bars) == bars
        assert chart.height() >= chart.sizeHint().height()  # 20 pixels a bar, no squeeze
        table = reports.tabs.currentWidget()
        assert table.viewport().height() >= 8 * table.verticalHeader().defaultSectionSize()


def _centre_colour(dot: QPixmap) -> str:
    return dot.toImage().pixelColor(6, 6).name()


def test_the_tree_shows_each_tier_in_its_colour_with_a_legend(window, qapp):
    _show(window, qapp, "1366x768", "07354")
    model = window.model
    held = {
        code: _centre_colour(model.data(model.index_of(code), Qt.ItemDataRole.DecorationRole))
        for code in ("07354", "07303", "216")  # advanced; Lan Giới standard; the district: none
    }
    assert held == {
        "07354": TIER_COLOURS["advanced"].name(),
        "07303": TIER_COLOURS["standard"].name(),
        "216": TIER_COLOURS[None].name(),
    }
    legend = window.legend
    assert legend.isVisible() and legend.geometry().bottom() <= window.height()
    texts = [label.text() for label in legend.findChildren(QLabel) if label.text()]
    assert texts == [labels.tier_label(tier) for tier in TIER_COLOURS]
    dots = [label.pixmap() for label in legend.findChildren(QLabel) if not label.text()]
    assert [dot.toImage().pixelColor(6, 6).name() for dot in dots] == [
        colour.name() for colour in TIER_COLOURS.values()
    ]
    assert cut_texts(legend) == []
    # The longest labels (a village with its plan's status) scroll sideways, never cut.
    window.select_unit("07354.001")
    _settle(qapp)
    tree = window.tree
    assert tree.columnWidth(0) >= tree.sizeHintForColumn(0)
    assert tree.textElideMode() == Qt.TextElideMode.ElideNone


def test_a_users_file_has_no_demo_note(qtbot, db):
    window = app.MainWindow(db)
    qtbot.addWidget(window)
    window.select_unit("07354")
    assert window.page.demo_note.isHidden() and "MẪU" not in window.windowTitle()


class DemoWizard(first_start_wizard.FirstStartWizard):
    """The real wizard, where the newcomer presses "Mở dữ liệu mẫu"."""

    def exec(self) -> int:
        button = self.button(QWizard.WizardButton.CustomButton1)
        assert button.text() == "Mở dữ liệu mẫu"
        button.click()
        return self.result()


def test_first_start_can_open_the_demo_instead(qtbot, db_path, tmp_path, monkeypatch):
    demo = tmp_path / "du-lieu-mau" / "ntm-mau.db"
    monkeypatch.setattr(first_start_wizard, "FirstStartWizard", DemoWizard)
    monkeypatch.setattr(app, "demo_db_path", lambda: demo)
    before = file_digest(db_path)
    db = open_data_file(db_path)
    lock = InstanceLock.acquire(db_path)
    opened, demo_lock = app.run_first_start(db, lock)
    try:
        assert opened.path == demo and marker.is_demo(opened)
        InstanceLock.acquire(db_path).release()  # the user's file is free again
    finally:
        opened.close()
        demo_lock.release()
    assert file_digest(db_path) == before
    with open_data_file(demo) as opened_again:
        assert not first_start.is_needed(opened_again)
