from pathlib import Path

from ntm_desktop.village_plans import village_plans
from tests.ui.conftest import shown_window
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DATA = Path(__file__).resolve().parents[1] / "core" / "data"


def _visible_tabs(window: MainWindow) -> list[str]:
    tabs = window.page.tabs
    return [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]


def test_tabs_follow_the_unit_and_share_the_year(qtbot, db):
    village_plans.register(db, "07354.001", 2020)
    window = shown_window(qtbot, db)

    window.select_unit("07354")
    assert _visible_tabs(window) == [
        "Bảng tiêu chí",
        "Hồ sơ công nhận",
        "Nguồn vốn",
        "OCOP",
        "Công nhận",
    ]

    window.select_unit("07354.001")
    assert "Phương án thôn kiểu mẫu" in _visible_tabs(window)
    window.page.show_tab(window.page.plan)
    assert window.page.plan.village_code == "07354.001"
    assert window.page.plan.year == window.page.year == 2020
    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "main-window-village-plan.png"))

    window.page.checklist.year.setValue(2021)
    assert window.page.plan.year == 2021

    window.select_unit("07354")
    assert not window.page.tabs.currentWidget().isAncestorOf(window.page.plan)
    window.page.show_tab(window.page.dossier)
    assert window.page.dossier.code == "07354"
    assert window.page.dossier.year.value() == 2021
    qtbot.wait(50)
    window.grab().save(str(SCREENSHOTS / "main-window-dossier.png"))

    assert window.height() <= 768 and window.minimumSizeHint().height() <= 720

    window.select_unit("24")
    assert _visible_tabs(window) == [
        "Bảng tiêu chí",
        "Nguồn vốn",
        "Nhiệm vụ",
        "OCOP",
        "Báo cáo tổng hợp",
        "Chỉ tiêu kế hoạch",
    ]
    window.page.show_tab(window.page.reports)
    assert window.page.reports.unit_code == "24" and window.page.reports.year.value() == 2021
    window.page.show_tab(window.page.targets)
    assert window.page.targets.year.value() == 2021
    window.page.show_tab(window.page.tasks)
    assert window.page.tasks.unit_code == "24" and window.page.tasks.year.value() == 2021
    window.select_unit("216")
    assert window.page.tasks.unit_code == "216"


def test_late_tasks_stand_out_on_the_province_page(qtbot, db):
    from ntm_desktop.tasks import tasks_import

    tasks_import.import_sheet(db, DATA / "bac-giang-2020-tasks.csv", 2020)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.select_unit("24")
    assert "nhiệm vụ quá hạn" in window.page.attention.text()
    assert "31/12/2020" in window.page.attention.text()
    window.page.attention.linkActivated.emit("tasks")
    assert window.page.tabs.currentIndex() == window.page._tab_of(window.page.tasks)
    window.resize(1366, 768)
    window.show()
    qtbot.wait(50)
    window.grab().save(str(SCREENSHOTS / "main-window-province-tasks.png"))
    window.select_unit("07354")
    assert window.page.attention.text() == ""


def test_only_the_checklist_is_built_until_another_tab_is_shown(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    for code in ("24", "216", "07354", "07354.001"):
        window.select_unit(code)
    assert set(window.page._built) == {"checklist"}
    window.select_unit("24")
    window.page.show_tab(window.page.reports)
    assert set(window.page._built) == {"checklist", "reports"}


def test_a_report_tab_computes_once_when_first_shown(qtbot, db, monkeypatch):
    from ui.pages.province_report_page import ProvinceReportPage

    calls = []
    original = ProvinceReportPage.refresh
    monkeypatch.setattr(
        ProvinceReportPage, "refresh", lambda self: (calls.append(1), original(self))[1]
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.select_unit("24")
    window.page.show_tab(window.page.reports)
    assert len(calls) == 1
    window.select_unit("216")
    assert len(calls) == 2 and window.page.reports.unit_code == "216"
