"""The model-village plan page: registration to recognition, edited costs, computed totals."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ntm_desktop.village_plans import village_plans as vp
from tests.core.sync_net import network  # noqa: F401 (the `net` fixture)
from ui.models.village_plan_model import COLUMNS, OVERDUE_BRUSH, PlanItemsModel
from ui.pages.village_plan_page import VillagePlanPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
VILLAGE = "07354.001"
TODAY = date(2020, 7, 15)
COLUMN = {name: number for number, (name, _) in enumerate(COLUMNS)}


def _page(qtbot, db) -> VillagePlanPage:
    page = VillagePlanPage(db, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.show_plan(VILLAGE, 2020)
    return page


def _add(page: VillagePlanPage, work: str, criterion: str, start: str, end: str) -> None:
    page.new_work.setText(work)
    page.new_criterion.setText(criterion)
    page.new_lead.setText("Ban phát triển thôn")
    page.new_start.setCurrentText(start)
    page.new_end.setCurrentText(end)
    assert page.add_item()


def _edit(page: VillagePlanPage, row: int, name: str, text: str) -> bool:
    return page.model.setData(page.model.index(row, COLUMN[name]), text, Qt.ItemDataRole.EditRole)


def _three_items(page: VillagePlanPage, enterprise: str) -> None:
    """Three items, 294.500.000 đồng in cash between them (`enterprise` as typed)."""
    _add(page, "Bê tông hóa đường trục thôn 1.250 m", "2", "Q1", "6")
    _add(page, "Đường hoa, cây xanh 800 m", "2", "3", "Q2")
    _add(page, "Phân loại rác thải tại nguồn", "5", "Q3", "Q4")
    assert _edit(page, 0, "state_support", "30.000.000")
    assert _edit(page, 0, "residents_cash", "245.500.000")
    assert _edit(page, 1, "enterprise", enterprise)
    assert _edit(page, 2, "local_budget", "7.000.000")


def test_plan_from_registration_to_recognition_in_the_page(qtbot, db, no_modal_boxes):
    page = _page(qtbot, db)
    assert "chưa đăng ký" in page.status_label.text()
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    assert page.plan is not None and page.plan.status == "registered"
    qtbot.mouseClick(page.step_buttons["drafted"], Qt.MouseButton.LeftButton)

    _three_items(page, enterprise="12000000")
    assert _edit(page, 0, "land_m2", "320,5")
    assert _edit(page, 0, "percent_done", "100")
    assert _edit(page, 1, "percent_done", "60")

    model = page.model
    total_row = model.rowCount() - 1
    assert model.data(model.index(total_row, COLUMN["cash_total"])) == "294.500.000"
    assert model.data(model.index(total_row, COLUMN["state_support"])) == "30.000.000"
    assert model.data(model.index(total_row, COLUMN["land_m2"])) == "320,50"
    assert model.data(model.index(total_row, COLUMN["percent_done"])) == "53,3"
    assert not model.flags(model.index(total_row, COLUMN["state_support"])) & (
        Qt.ItemFlag.ItemIsEditable
    )
    # The flowers item ended in June at 60 %: overdue on 15 July and shown so.
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) == OVERDUE_BRUSH
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "1 hạng mục quá hạn" in page.summary.text()
    assert "294.500.000 đồng" in page.summary.text()

    page.decision.setText("12/QĐ-UBND")
    page.decision_date.setDate(QDate(2020, 3, 10))
    qtbot.mouseClick(page.step_buttons["approved"], Qt.MouseButton.LeftButton)
    assert "phê duyệt theo QĐ 12/QĐ-UBND ngày 10/03/2020" in page.status_label.text()
    QApplication.processEvents()
    assert page.step_buttons["in_progress"].isVisible()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "village_plan_page.png"))
    for step in ("in_progress", "proposed"):
        qtbot.mouseClick(page.step_buttons[step], Qt.MouseButton.LeftButton)
    assert not page.add_button.isEnabled()
    page.decision.setText("3105/QĐ-UBND")
    page.decision_date.setDate(QDate(2020, 7, 1))
    qtbot.mouseClick(page.step_buttons["recognised"], Qt.MouseButton.LeftButton)
    assert vp.get(db, VILLAGE, 2020).status == "recognised"
    assert "Đã được công nhận" in page.status_label.text()
    assert page.step_buttons == {}
    assert no_modal_boxes == []


def test_refused_values_show_the_reason_and_change_nothing(qtbot, db, no_modal_boxes):
    page = _page(qtbot, db)
    page.register_village()
    _add(page, "Sửa nhà văn hóa thôn", "6", "Q2", "Q3")
    assert not _edit(page, 0, "enterprise", "-5.000.000")
    assert not _edit(page, 0, "percent_done", "150")
    assert no_modal_boxes == [
        "Doanh nghiệp, nhà hảo tâm không được âm (đã nhập -5.000.000). Hãy nhập số từ 0 trở lên.",
        "Tỷ lệ hoàn thành 150% không hợp lệ: hãy nhập số từ 0 đến 100.",
    ]
    item = vp.items(db, page.plan)[0]
    assert (item.enterprise, item.percent_done) == (0, 0)

    page.new_work.setText("Đường hoa")
    page.new_start.setCurrentText("Q3")
    page.new_end.setCurrentText("5")
    assert not page.add_item()
    assert "trước thời gian bắt đầu" in no_modal_boxes[-1]
    assert len(vp.items(db, page.plan)) == 1

    qtbot.mouseClick(page.step_buttons["drafted"], Qt.MouseButton.LeftButton)
    page.decision.setText("12/QĐ-UBND")
    page.decision_date.setDate(QDate(2020, 8, 1))
    assert not page.move_to("approved")
    assert "ở tương lai" in no_modal_boxes[-1]
    assert vp.get(db, VILLAGE, 2020).status == "drafted"


def test_removing_an_item_updates_the_totals(qtbot, db):
    page = _page(qtbot, db)
    page.register_village()
    _add(page, "Đường hoa", "2", "Q1", "Q2")
    _add(page, "Vườn mẫu", "3", "Q1", "Q2")
    assert _edit(page, 0, "residents_cash", "8.000.000")
    assert _edit(page, 1, "residents_cash", "2.000.000")
    page.table.selectRow(0)
    page.remove_selected()
    model = page.model
    assert model.rowCount() == 2
    assert model.data(model.index(1, COLUMN["cash_total"])) == "2.000.000"
    assert len(vp.items(db, page.plan, include_deleted=True)) == 2


def test_items_model_passes_qt_model_tester(qtmodeltester, db):
    plan = vp.register(db, VILLAGE, 2020)
    vp.add_item(db, plan, work="Đường", end="Q1", amounts={"state_support": 30_000_000})
    vp.add_item(db, plan, work="Rác", amounts={"workdays": "12,5"})
    model = PlanItemsModel(db, TODAY)
    model.set_plan(plan)
    qtmodeltester.check(model, force_py=True)


def test_another_offices_plan_is_refused_with_a_message_not_a_crash(qtbot, net, no_modal_boxes):
    """A commune laptop holding another commune's plan (received in a bundle) cannot edit it."""
    from tests.core.sync_net import COMMUNE_B

    db = net._copy("xa-b")
    plan = vp.register(db, "07354.001", 2020)
    vp.add_item(db, plan, work="Đường hoa 800 m", criterion_no=2)
    net._install(db, "xa-b", COMMUNE_B, "commune")
    page = _page(qtbot, db)
    assert not _edit(page, 0, "percent_done", "50")
    assert "ngoài phạm vi" in no_modal_boxes[-1]
    assert vp.items(db, vp.get(db, "07354.001", 2020))[0].percent_done == 0
