from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter

from ntm_desktop.units import units
from tests.ui.conftest import shown_window
from ui.main_window import MainWindow
from ui.models.unit_tree_model import CODE_ROLE, UnitTreeModel

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_tree_model_passes_qt_model_tester(qtmodeltester, db):
    model = UnitTreeModel(db, date(2020, 1, 1))
    province = model.index(0, 0)
    model.fetchMore(province)
    model.fetchMore(model.index(0, 0, province))
    qtmodeltester.check(model, force_py=True)


def test_tree_is_lazy_and_shows_the_levels(db):
    model = UnitTreeModel(db, date(2020, 1, 1))
    assert model.rowCount() == 1
    province = model.index(0, 0)
    assert model.data(province) == "Tỉnh Bắc Giang"
    assert model.hasChildren(province) and model.rowCount(province) == 0
    assert model.canFetchMore(province)
    model.fetchMore(province)
    assert model.rowCount(province) == 10
    assert not model.canFetchMore(province)


def test_units_not_in_force_on_the_view_date_are_greyed(db):
    model = UnitTreeModel(db, date(2020, 1, 1))
    province = model.index_of("24")
    assert model.data(province, Qt.ItemDataRole.ForegroundRole) is None
    model.set_date(date(2026, 1, 1))
    assert model.data(province, Qt.ItemDataRole.ForegroundRole) is not None


def test_index_of_fetches_only_the_path(db):
    model = UnitTreeModel(db, date(2020, 1, 1))
    index = model.index_of("07354")
    assert index.data() == "Xã Việt Lập"
    assert index.parent().data() == "Huyện Tân Yên"


def test_search_without_accents_selects_the_unit(qtbot, db):
    window = shown_window(qtbot, db, laptop=False)
    qtbot.keyClicks(window.search, "viet lap")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.tree.currentIndex().data(CODE_ROLE) == "07354"
    assert window.page.title.text() == "Xã Việt Lập"


def test_searches_share_one_completer_and_a_chosen_hit_is_selected(qtbot, db):
    """A completer per search stayed with the window until it closed (memory grew with every
    search); the one completer lists the latest hits and choosing one selects its unit."""
    window = shown_window(qtbot, db, laptop=False)
    for text in ("tan yen", "viet", "viet lap"):
        window.search.setText(text)
        window._search_timer.timeout.emit()
    assert len(window.findChildren(QCompleter)) == 1
    completer = window.search.completer()
    hits = [completer.model().index(row, 0).data() for row in range(completer.model().rowCount())]
    assert hits and all("Việt Lập" in hit for hit in hits)
    completer.activated[str].emit(hits[0])
    assert window.tree.currentIndex().data(CODE_ROLE) == "07354"


def test_new_village_appears_after_refresh(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.model.index_of("07354.001")
    before = window.model.rowCount(window.model.index_of("07354"))
    assert before == len(units.children(db, "07354"))
    village = units.add_village(db, "07354", "Thôn Mới")
    window.model.refresh("07354")
    commune = window.model.index_of("07354")
    assert window.model.rowCount(commune) == before + 1
    assert window.model.index_of(village.code).data() == "Thôn Mới"


def test_window_state_is_remembered(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.select_unit("216")
    window.resize(700, 520)
    window.close()
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.tree.currentIndex().data(CODE_ROLE) == "216"
    assert again.size().width() == 700


def test_screenshot_at_laptop_size(qtbot, db):
    window = shown_window(qtbot, db, "07354")
    qtbot.waitExposed(window)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main-window.png"))


def test_first_opening_shows_the_office_of_this_laptop(qtbot, db):
    db.set_office("07354")
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.tree.currentIndex().data(CODE_ROLE) == "07354"
    assert window.page.title.text() == "Xã Việt Lập"


def test_the_status_bar_names_the_office_and_says_when_no_certificate_is_installed(qtbot, db):
    db.set_office("07354")
    window = MainWindow(db)
    qtbot.addWidget(window)
    text = window.status.full_text
    assert "văn phòng Xã Việt Lập" in text
    assert "chưa cài chứng thư văn phòng" in text
