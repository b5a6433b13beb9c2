"""The province report page (tables + bar chart), the targets editor and recognitions panel."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtCore import QDate, Qt

from ntm_desktop.checklist import recognitions
from ntm_desktop.targets import targets, targets_import
from tests.core import report_seeds
from tests.core.test_criteria_status_import import messy_workbook
from tests.ui.conftest import cell, shoot, total_row
from ui.pages.province_report_page import ProvinceReportPage
from ui.widgets.recognitions_panel import RecognitionsModel, RecognitionsPanel
from ui.widgets.targets_editor import TargetsEditor, TargetsModel


def test_report_page_shows_both_tables_and_a_chart(qtbot, qtmodeltester, db, tmp_path):
    report_seeds.build_bac_giang_2020(db)
    targets_import.import_file(
        db, report_seeds.SEED_TABLES / "bac-giang-2020-plan-by-district.csv", 2020
    )
    page = ProvinceReportPage(db, "24", 2020)
    qtbot.addWidget(page)
    districts = page.model(0)
    last = total_row(qtmodeltester, districts, 1)
    headers = [
        " ".join(districts.headerData(c, Qt.Orientation.Horizontal).split())
        for c in range(districts.columnCount())
    ]
    assert any("Xã đạt chuẩn NTM" in h and "% kế hoạch" in h for h in headers)
    column = next(i for i, h in enumerate(headers) if h.startswith("Bình quân") and "Thực" in h)
    assert cell(districts, last, column) == "16,3"
    assert page.chart.bars[0].label == "Thành phố Bắc Giang"
    assert (page.chart.bars[0].value, page.chart.bars[0].marker) == (6, 6)
    shoot(page, "province-report-by-district.png")
    page.measure.setCurrentIndex(page.measure.findData("model_villages"))
    assert [b.value for b in page.chart.bars][:2] == [7, 3]
    page.tabs.setCurrentIndex(1)
    criteria = page.model(1)
    qtmodeltester.check(criteria, force_py=True)
    assert cell(criteria, 1, 2) == "154"
    assert page.chart.bars[1].label == "2. Giao thông"
    assert round(page.chart.bars[1].value, 1) == 83.7
    shoot(page, "province-report-by-criterion.png")
    target = tmp_path / "ket-qua.xlsx"
    with qtbot.waitSignal(page.export_done, timeout=10_000):
        page.export(target)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["Theo huyện 2020", "Theo tiêu chí 2020"]


def test_targets_editor_writes_each_cell(qtbot, qtmodeltester, db, no_modal_boxes):
    editor = TargetsEditor(db, "24", 2020)
    qtbot.addWidget(editor)
    model = editor.model
    targets.set_targets(db, "24", 2020, {"standard": 124})
    checked = TargetsModel(db, "24", 2020)
    qtmodeltester.check(checked, force_py=True)
    assert checked.data(checked.index(0, 0)) == "124"
    assert model.headerData(1, Qt.Orientation.Vertical) == "Thành phố Bắc Giang"
    standard = model.index(1, 0)
    assert model.setData(standard, "6")
    assert targets.get(db, "213", 2020).values["standard"] == 6
    average = model.index(0, targets.MEASURES.index("avg_criteria"))
    assert model.setData(average, "16,2")
    assert model.data(average) == "16,2"
    assert not model.setData(standard, "sáu")
    assert no_modal_boxes == [
        "Xã đạt chuẩn NTM: 'sáu' không phải là số. Hãy nhập số kiểu Việt Nam (dấu chấm tách hàng "
        "nghìn, dấu phẩy trước phần thập phân), ví dụ 1.274.790 hoặc 16,3."
    ]
    assert targets.get(db, "213", 2020).values["standard"] == 6
    with qtbot.waitSignal(editor.import_done, timeout=20_000) as signal:
        editor.import_sheet(report_seeds.SEED_TABLES / "bac-giang-2020-plan-by-district.csv")
    # The sheet's 53 targets less the 3 typed above.
    assert signal.args == ["Đã nhập 50 chỉ tiêu của 11 đơn vị."]
    assert model.data(model.index(0, 0)) == "124"
    assert model.data(average) == "16,2"
    shoot(editor, "targets-editor.png")
    editor.year.setValue(2021)
    assert model.data(standard) == ""


def test_recognitions_panel_adds_and_withdraws(qtbot, qtmodeltester, db, no_modal_boxes):
    panel = RecognitionsPanel(db, "07354")
    qtbot.addWidget(panel)
    panel.tier.setCurrentIndex(panel.tier.findData("standard"))
    panel.decision_no.setText("1234/QĐ-UBND")
    panel.decision_date.setDate(QDate(2018, 12, 20))
    panel.add_button.click()
    checked = RecognitionsModel(db, "07354")
    qtmodeltester.check(checked, force_py=True)
    assert checked.rowCount() == 1
    assert cell(panel.model, 0, 0) == "NTM đạt chuẩn"
    assert cell(panel.model, 0, 2) == "20/12/2018"
    panel.withdraw_button.click()
    assert no_modal_boxes == ["Hãy chọn quyết định cần thu hồi trong bảng."]
    panel.view.selectRow(0)
    panel.withdrawn_on.setDate(QDate(2023, 3, 1))
    panel.reason.setText("Không duy trì tiêu chí 17")
    panel.withdraw_button.click()
    assert cell(panel.model, 0, 3) == "01/03/2023"
    assert recognitions.tier_at(db, "07354", date(2023, 3, 2)) is None
    shoot(panel, "recognitions-panel.png")


def test_report_page_imports_a_criteria_sheet_off_the_gui_thread(
    qtbot, db, tmp_path, no_modal_boxes
):
    page = ProvinceReportPage(db, "216", 2020)
    qtbot.addWidget(page)
    sheet = messy_workbook(tmp_path / "tan-yen.xlsx")
    with qtbot.waitSignal(page.import_done, timeout=20_000) as signal:
        page.import_criteria_status(sheet)
    assert signal.args == ["Đã nhập 3 xã: 57 kết quả tiêu chí, 2 quyết định công nhận."]
    assert page.status.text() == signal.args[0]
    districts = page.model(0)
    assert cell(districts, 0, 0) == "216"
    assert cell(districts, 0, 3) == "14,0"  # (19 + 14 + 9) / 3 communes assessed
    broken = tmp_path / "hong.xlsx"
    broken.write_text("không phải Excel", "utf-8")
    with qtbot.waitSignal(page.import_done, timeout=20_000):
        page.import_criteria_status(broken)
    assert no_modal_boxes == [
        "Tệp hong.xlsx không phải tệp Excel .xlsx đọc được. Hãy mở tệp bằng Excel, chọn Lưu "
        "thành 'Sổ làm việc Excel (.xlsx)' rồi nhập lại."
    ]
    assert page.import_button.isEnabled()
