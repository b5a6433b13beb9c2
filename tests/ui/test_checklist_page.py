import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QToolTip

from ntm_desktop.checklist import assessments, recognitions, standing
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units
from tests.core.checklist_catalog import install
from tests.core.test_group_targets import import_filled_set
from tests.ui.conftest import shown_window
from ui.main_window import MainWindow
from ui.models.checklist_model import MET, NOTE, RULE, VALUE, ChecklistModel
from ui.models.unit_tree_model import CODE_ROLE

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _editor(window, code, column):
    """Open the editor of a cell as a click does; the editor widget."""
    view = window.page.checklist.view
    index = window.page.checklist.model.index_of(code, column)
    view.setCurrentIndex(index)
    view.edit(index)
    return view.focusWidget()


def type_into(qtbot, window, code, column, text):
    """Edit a cell the way a user does: open its editor, type, press Enter."""
    page = window.page.checklist
    editor = _editor(window, code, column)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types ASCII only; Vietnamese arrives through the input method
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)


def choose_met(window, code, met):
    combo = _editor(window, code, MET)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(met))
    combo.activated.emit(combo.currentIndex())


def test_checklist_model_passes_qt_model_tester(qtmodeltester, db):
    install(db)
    model = ChecklistModel(db)
    qtmodeltester.check(model, force_py=True)  # nothing selected yet
    model.load(assessments.checklist(db, "07354", 2020))
    qtmodeltester.check(model, force_py=True)
    assessments.set_indicator(db, "07354", 2020, "1.1", value="90", met="yes")
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_search_edit_refuse_attach_undo(qtbot, window, db, tmp_path):
    qtbot.keyClicks(window.search, "viet lap")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    page = window.page.checklist
    assert window.tree.currentIndex().data(CODE_ROLE) == "07354"
    assert page.model.sheet.unit.code == "07354" and page.year.value() == 2020
    assert page.banner.isHidden()  # the test catalog is marked verified

    type_into(qtbot, window, "1.1", VALUE, "95,5")
    assert assessments.checklist(db, "07354", 2020).row("1.1").value == 95.5
    assert page.model.index_of("1.1", VALUE).data() == "95,5 %"
    assert page.model.index_of("1.1", RULE).data() == "Chưa đạt"

    type_into(qtbot, window, "1.1", VALUE, "150")
    assert page.error.isVisible() and "từ 0 đến 100" in page.error.text()
    assert "từ 0 đến 100" in QToolTip.text()  # shown at the field too
    assert assessments.checklist(db, "07354", 2020).row("1.1").value == 95.5
    type_into(qtbot, window, "2.1", VALUE, "-4")
    assert "không được âm" in page.error.text()

    choose_met(window, "1.1", "yes")
    row = assessments.checklist(db, "07354", 2020).row("1.1")
    assert row.officer_met == "yes" and row.disagrees
    assert page.model.index_of("1.1", RULE).data() == "⚠ Chưa đạt"
    assert page.model.index_of("1.1", RULE).data(Qt.ItemDataRole.BackgroundRole) is not None
    type_into(qtbot, window, "1.1", NOTE, "Còn 0,5 km chưa nhựa hóa")
    choose_met(window, "1.2", "yes")
    choose_met(window, "3", "yes")
    assert page.score.text() == "Số tiêu chí đạt: 2/4"
    assert window.model.index_of("07354").data() == "Xã Việt Lập — 2/4"
    assert "2. Thu nhập (2.1)" in page.missing.text()

    page.select_indicator("2.1")
    scan = tmp_path / "Báo cáo thu nhập.pdf"
    scan.write_bytes(b"%PDF-1.4 thu nhap")
    page.evidence.add_file(scan)
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8 anh")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.evidence.dropEvent(drop)
    qtbot.waitUntil(lambda: not page.evidence.busy and page.evidence.table.rowCount() == 2)
    assert sorted(e.file_name for e in assessments.evidence_of(db, "07354", 2020, "2.1")) == [
        "Báo cáo thu nhập.pdf",
        "anh.jpg",
    ]
    assert page.model.index_of("2.1", 7).data() == "2"
    page.evidence.table.selectRow(1)
    page.evidence.remove_selected()
    assert page.evidence.table.rowCount() == 1

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the note
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # 3 met
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # 1.2 met
    sheet = assessments.checklist(db, "07354", 2020)
    assert sheet.row("3").officer_met == "unknown" and sheet.row("1.1").note is None
    assert sheet.row("1.1").officer_met == "yes"
    assert standing.stored_scores(db, ["07354"], 2020)["07354"] == (0, 4)
    assert page.score.text() == "Số tiêu chí đạt: 0/4"
    notes = [
        c.new_value for _, _, c in assessments.history(db, "07354", "1.1") if c.field == "note"
    ]
    assert notes == ["Còn 0,5 km chưa nhựa hóa", None]

    page.select_indicator("1.1")
    dialog = page.show_history()
    assert dialog.table.rowCount() == 4  # value, judgment, note, note undone
    assert dialog.table.item(0, 2).text() == "Ghi chú"
    assert dialog.table.item(0, 1).text() == "Nguyễn Văn An"
    dialog.close()


def test_a_criterion_judged_as_a_whole_shows_on_its_indicators_until_one_is_judged(
    qtbot, window, db
):
    assessments.set_criteria(db, "07354", 2020, {1: "yes"}, note="Nhập từ bảng tiêu chí huyện")
    window.select_unit("07354")
    page = window.page.checklist
    assert page.model.index_of("1.1", MET).data() == "Đạt"
    assert page.model.index_of("1.1", NOTE).data() == "Nhập từ bảng tiêu chí huyện"
    tip = page.model.index_of("1.1", MET).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Đánh giá cả tiêu chí")
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "checklist-criterion-judged.png"))

    choose_met(window, "1.1", "unknown")  # the officer's own "Chưa đánh giá" shows
    qtbot.waitUntil(lambda: page.model.index_of("1.1", MET).data() == "Chưa đánh giá")
    assert page.model.index_of("1.1", MET).data(Qt.ItemDataRole.ToolTipRole) is None
    assert page.model.index_of("1.2", MET).data() == "Đạt"

    page.select_indicator("1.1")
    dialog = page.show_history()
    shown = [(dialog.table.item(row, 2).text(), dialog.table.item(row, 4).text())
             for row in range(dialog.table.rowCount())]  # fmt: skip
    assert shown == [
        ("Đánh giá", "Chưa đánh giá"),
        ("Ghi chú đánh giá cả tiêu chí", "Nhập từ bảng tiêu chí huyện"),
        ("Đánh giá cả tiêu chí", "Đạt"),
    ]
    assert dialog.grab().save(str(SCREENSHOTS / "history-criterion-judged.png"))
    dialog.close()


def test_tier_override_and_unverified_banner(qtbot, db):
    window = shown_window(qtbot, db, "07354", laptop=False)
    page = window.page.checklist
    assert page.banner.isVisible() and "chưa được đối chiếu" in page.banner.text()
    page.year.setValue(2023)
    page.tier.setCurrentIndex(page.tier.findData("advanced"))
    page.tier.activated.emit(page.tier.currentIndex())
    assert assessments.choice(db, "07354", 2023).catalog.id == "xa-ntm-nang-cao-2021-2025"
    assert "chọn riêng" in page.catalog_label.full_text
    assert page.model.index_of("1", 1).data() == "chưa có chỉ tiêu"


def test_units_without_a_set_say_so(qtbot, db):
    window = shown_window(qtbot, db, "24", laptop=False)
    page = window.page.checklist
    assert page.empty.isVisible() and "Chưa có bộ tiêu chí" in page.empty.text()


def test_tree_labels_show_score_and_tier(qtbot, qtmodeltester, db):
    install(db)
    assessments.set_indicator(db, "07354", 2020, "3", met="yes")
    recognitions.add(db, "07354", "standard", date(2020, 1, 15))
    recognitions.add(db, "07354", "advanced", date(2020, 6, 1))
    window = MainWindow(db)
    qtbot.addWidget(window)
    index = window.model.index_of("07354")
    assert index.data() == "Xã Việt Lập — 1/4 · NTM nâng cao"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    window.model.set_year(2019)
    assert window.model.index_of("07354").data() == "Xã Việt Lập"
    qtmodeltester.check(window.model, force_py=True)


def test_village_add_rename_retire_from_the_tree(qtbot, db, no_modal_boxes):
    window = MainWindow(db)
    qtbot.addWidget(window)
    menu = window.village_menu
    assert [a.text() for a in menu.menu_for("07354").actions()] == ["Thêm thôn…"]
    village = menu.add_village("07354", "Đồng Mới")
    assert window.tree.currentIndex().data(CODE_ROLE) == village.code
    assert window.model.index_of(village.code).data() == "Thôn Đồng Mới"
    # Begun today, it is not yet in force on the date the tree shows (2020): set in italics.
    assert window.model.index_of(village.code).data(Qt.ItemDataRole.FontRole).italic()
    menu.rename(village.code, "Thôn Đồng Mới Hai")
    assert window.model.index_of(village.code).data() == "Thôn Đồng Mới Hai"
    menu.retire(village.code, "31/12/2026")
    assert units.get(db, village.code).valid_to == "2026-12-31"
    with pytest.raises(Exception, match="ngày/tháng/năm"):
        menu.retire(village.code, "hôm qua")


def test_screenshot_of_a_partly_filled_checklist(qtbot, db):
    for code, value, met in [
        ("1.1", "Đã phê duyệt", "yes"),
        ("1.2", "Đã ban hành", "yes"),
        ("2.1", "100", "yes"),
        ("2.2", "85,5", "no"),
        ("10", "32,4", None),
        ("11", "3,2", "yes"),
    ]:
        assessments.set_indicator(db, "07354", 2020, code, value=value, met=met)
    assessments.set_indicator(db, "07354", 2020, "2.2", note="Còn 1,2 km đường thôn Hậu")
    window = shown_window(qtbot, db, "07354")
    window.page.checklist.select_indicator("2.2")
    qtbot.waitExposed(window)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "checklist-viet-lap.png"))


def test_a_file_dropped_on_an_indicator_row_is_attached_to_it(qtbot, window, db, tmp_path):
    window.select_unit("07354")
    page = window.page.checklist
    scan = tmp_path / "quyet-dinh.pdf"
    scan.write_bytes(b"%PDF quyet dinh")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(scan))])
    spot = page.view.visualRect(page.model.index_of("2.1", VALUE)).center()
    for kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
        event_class = QDragEnterEvent if kind == QEvent.Type.DragEnter else QDropEvent
        event = event_class(
            spot,
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(page.view.viewport(), event)
        assert event.isAccepted()
    qtbot.waitUntil(lambda: not page.evidence.busy and page.evidence.table.rowCount() == 1)
    assert [e.file_name for e in assessments.evidence_of(db, "07354", 2020, "2.1")] == [
        "quyet-dinh.pdf"
    ]
    assert page.current_indicator() == "2.1"


def test_the_whole_checklist_page_fits_a_laptop_screen(qtbot, db):
    from PySide6.QtCore import QPoint

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.splitter.setSizes([340, 1026])  # as on first start, whatever an earlier test left
    window.show()
    qtbot.waitExposed(window)
    window.select_unit("07354")
    page = window.page.checklist
    qtbot.waitUntil(lambda: page.evidence.add_button.isVisible())
    qtbot.wait(300)  # the scroll area settles its bars after the page's layout
    button = page.evidence.add_button
    bottom = button.mapTo(window, QPoint(0, button.height())).y()
    assert bottom <= window.statusBar().y()
    scroller = window.page.tabs.currentWidget()
    assert not scroller.verticalScrollBar().isVisible()


def _shown_cells(model):
    """Every text the checklist shows, criteria and indicators, all columns."""
    texts = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for column in range(model.columnCount()):
            texts.append(str(model.index(row, column).data() or ""))
        for child in range(model.rowCount(parent)):
            for column in range(model.columnCount()):
                texts.append(str(model.index(child, column, parent).data() or ""))
    return texts


def test_no_unnumbered_code_reaches_the_screen(qtbot, db):
    window = shown_window(qtbot, db, "07354", laptop=False)
    page = window.page.checklist
    page.year.setValue(2022)
    texts = _shown_cells(page.model)
    assert not [text for text in texts if ".x" in text]
    assert "(chỉ tiêu chưa nhập từ văn bản) Xã có hợp tác xã hoạt động hiệu quả" in " ".join(texts)
    page.view.setCurrentIndex(page.model.index_of("13.x1", VALUE))
    assert page.evidence.title().startswith("Minh chứng của chỉ tiêu chưa nhập từ văn bản")


def test_a_rebuilt_set_says_dung_lai(qtbot, db):
    window = shown_window(qtbot, db, "07222.001", laptop=False)
    page = window.page.checklist
    assert page.banner.isVisible() and "dựng lại" in page.banner.text()
    assert "dựng lại" in page.catalog_label.full_text


def test_the_2026_set_by_group_says_what_is_missing(qtbot, bac_ninh_template, tmp_path):
    path = tmp_path / "ntm.db"
    shutil.copyfile(bac_ninh_template, path)
    import_filled_set(path, tmp_path / "bo.xlsx")
    with open_data_file(path) as db:
        window = shown_window(qtbot, db, "07246")
        page = window.page.checklist
        page.year.setValue(2026)
        banner = page.banner.text()
        assert "Mới nhập 1/47 chỉ tiêu" in banner and "Xã chưa được xếp nhóm" in banner
        first = page.model.index_of("1.1", 1)
        assert first.data() == "Nhóm 1: ≥ 90 · Nhóm 2: ≥ 80 · Nhóm 3: ≥ 70"
        assert page.model.index_of("1.1", RULE).data() == "Xã chưa được xếp nhóm"
        assert page.model.index_of("2", RULE).data() == (
            "Chưa nhập chỉ tiêu từ văn bản — nhập bằng sổ Excel bộ tiêu chí"
        )
        qtbot.waitExposed(window)
        qtbot.wait(300)  # the layout settles the banner's lines
        assert page.banner.height() >= page.banner.heightForWidth(page.banner.width())
        SCREENSHOTS.mkdir(exist_ok=True)
        assert window.grab().save(str(SCREENSHOTS / "checklist-2026-no-group.png"))
        # The province puts the commune in group 2 on the unit page: the checklist now checks
        # the 75 % typed in against group 2's target, and the stored score follows.
        assert page.model.setData(page.model.index_of("1.1", VALUE), "75")
        panel = window.page.group
        panel.group.setCurrentIndex(panel.group.findData(2))
        panel.start.setDate(QDate(2026, 2, 15))
        assert panel.save()
        assert page.model.index_of("1.1", 1).data() == "≥ 80 (nhóm 2)"
        assert page.model.index_of("1.1", RULE).data() == "Chưa đạt"
        panel.start.setDate(QDate(2026, 2, 15))
        panel.group.setCurrentIndex(panel.group.findData(3))
        assert panel.save()
        assert page.model.index_of("1.1", 1).data() == "≥ 70 (nhóm 3)"
        assert page.model.index_of("1.1", RULE).data() == "Đạt"
        assert standing.stored_scores(db, ["07246"], 2026) == {"07246": (1, 10)}
        assert window.tree.currentIndex().data().endswith("1/10")
        qtbot.wait(300)
        assert window.grab().save(str(SCREENSHOTS / "checklist-2026-by-group.png"))
        window.close()
