"""A model-village plan from registration to recognition in the real main window: the tree and
the commune page follow it, the self-review names what the plan must close, files go on items,
and the PA and budget export in the background."""

from pathlib import Path

import openpyxl
import pypdf
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices

from ntm_desktop.checklist import assessments
from ntm_desktop.village_plans import village_plans as vp
from tests.ui.conftest import shown_window
from tests.ui.test_village_plan_page import COLUMN, _edit, _three_items

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
VILLAGE = "07354.001"


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_plan_in_the_main_window(qtbot, db, tmp_path, monkeypatch, no_modal_boxes):
    assessments.set_criterion(db, VILLAGE, 2020, 1, "yes")
    assessments.set_criterion(db, VILLAGE, 2020, 4, "no")
    window = shown_window(qtbot, db, VILLAGE)
    tree_index = window.model.index_of(VILLAGE)
    village_label = tree_index.data()
    assert not any(name in village_label for name in vp.SHORT_STATUS_NAMES.values())
    window.page.show_tab(window.page.plan)
    page = window.page.plan
    assert (page.village_code, page.year) == (VILLAGE, 2020)

    _click(qtbot, page.register_button)
    assert window.model.index_of(VILLAGE).data().endswith("1/6 · đăng ký thôn kiểu mẫu")
    _click(qtbot, page.step_buttons["drafted"])
    _three_items(page, enterprise="12.000.000")
    assert _edit(page, 0, "workdays", "410")
    model = page.model
    total_row = model.rowCount() - 1
    assert model.data(model.index(total_row, COLUMN["cash_total"])) == "294.500.000"

    # Self-review: criterion 4 is not met and nothing in the plan addresses it.
    page._update_summary()
    assert "Tiêu chí 4 chưa đạt — chưa có hạng mục nào" in page.review.text()
    assert "Tiêu chí 2 chưa đánh giá — 2 hạng mục" in page.review.text()

    page.decision.setText("12/QĐ-UBND")
    page.decision_date.setDate(QDate(2020, 3, 10))
    _click(qtbot, page.step_buttons["approved"])
    assert window.model.index_of(VILLAGE).data().endswith(" · PA đã duyệt")
    _click(qtbot, page.step_buttons["in_progress"])
    assert _edit(page, 0, "percent_done", "100")
    assert _edit(page, 1, "percent_done", "50")

    # Before/after photos on the selected item, through the evidence store.
    page.table.setCurrentIndex(model.index(0, COLUMN["work"]))
    panel = page.item_evidence
    assert panel.title().startswith("Minh chứng của hạng mục 1: ")
    photo = tmp_path / "duong-truoc.jpg"
    photo.write_bytes(b"\xff\xd8before")
    panel.stage.setCurrentIndex(panel.stage.findData("before"))
    panel.add_file(photo)
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert [(f.stage, f.file_name) for f in panel.items] == [("before", "duong-truoc.jpg")]
    assert panel.table.item(0, 0).text() == "Trước khi làm"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.table.selectRow(0)
    path = panel.open_selected()
    assert path is not None and path.read_bytes() == b"\xff\xd8before"
    assert len(opened) == 1

    # Export both documents on the page's worker.
    bar = page.export_bar
    pdf = tmp_path / "phuong-an.pdf"
    bar.export("pdf", str(pdf))
    qtbot.waitUntil(lambda: not bar.busy, timeout=20000)
    reader = pypdf.PdfReader(pdf)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "PHƯƠNG ÁN" in text and "294.500.000" in text and "DỰ THẢO" not in text
    xlsx = tmp_path / "du-toan.xlsx"
    bar.export("xlsx", str(xlsx))
    qtbot.waitUntil(lambda: not bar.busy, timeout=20000)
    rows = list(openpyxl.load_workbook(xlsx)["Dự toán"].iter_rows(values_only=True))
    assert 294_500_000 in next(row for row in rows if str(row[1]).startswith("Tổng cộng"))
    assert "Đã ghi du-toan.xlsx" in bar.message.text()

    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main-window-plan-flow.png"))
    assert page.grab().save(str(SCREENSHOTS / "village-plan-page-whole.png"))

    _click(qtbot, page.step_buttons["proposed"])
    page.decision.setText("3105/QĐ-UBND")
    page.decision_date.setDate(QDate(2020, 12, 20))
    _click(qtbot, page.step_buttons["recognised"])
    assert vp.get(db, VILLAGE, 2020).status == "recognised"
    recognised = window.model.index_of(VILLAGE)
    assert recognised.data().endswith(" · thôn kiểu mẫu")
    assert "Phương án thôn kiểu mẫu: Đã được công nhận" in recognised.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert no_modal_boxes == []

    # The commune's page lists its villages' plans with status and progress.
    window.select_unit("07354")
    text = window.page.village_plans.text()
    assert "Thôn NTM kiểu mẫu năm 2020" in text and "(1 thôn đăng ký)" in text
    assert "thôn kiểu mẫu · 1/3 hạng mục hoàn thành · tiến độ 50,0%" in text
    qtbot.wait(50)
    assert window.grab().save(str(SCREENSHOTS / "main-window-commune-plans.png"))


def test_year_without_a_model_village_set_explains_instead_of_failing(qtbot, db, no_modal_boxes):
    from ui.pages.village_plan_page import VillagePlanPage

    vp.register(db, VILLAGE, 2019)
    page = VillagePlanPage(db)
    qtbot.addWidget(page)
    page.show_plan(VILLAGE, 2019)
    assert "Chưa có bộ tiêu chí" in page.review.text()
    page.export_bar.export("pdf", "/nonexistent/never-written.pdf")
    assert no_modal_boxes and "Chưa có bộ tiêu chí" in no_modal_boxes[0]
    assert not page.export_bar.busy
