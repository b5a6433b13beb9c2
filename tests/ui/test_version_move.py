"""On screen, a checklist begun under version 1 of its set stays on version 1 after version 2 is
imported, says a newer version exists, and moves only through the previewed, confirmed dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ntm_desktop.checklist import assessments
from ntm_desktop.criteria import catalogs
from tests.core.checklist_catalog import DOCUMENT
from tests.core.test_version_pinning import version_2
from tests.ui.conftest import shown_window
from ui.models.checklist_model import NAME, TARGET, VALUE
from ui.pages.province_report_page import ProvinceReportPage

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "demo"
UNIT, YEAR = "07354", 2020


def shown_codes(model) -> set[str]:
    sheet = model.sheet
    return {
        model.index_of(row.indicator.code).data(NAME).split(" ")[0]
        for row in sheet.rows
        if not row.indicator.placeholder
    }


def test_the_checklist_keeps_version_1_until_the_previewed_move(qtbot, db):
    catalogs.import_document(db, DOCUMENT)
    assessments.set_indicator(db, UNIT, YEAR, "1.1", value="100")
    assessments.set_indicator(db, UNIT, YEAR, "1.2", met="yes")
    assessments.set_indicator(db, UNIT, YEAR, "2.1", value="50")
    assessments.set_indicator(db, UNIT, YEAR, "3", met="yes")
    assessments.set_indicator(db, UNIT, YEAR, "4.1", value="có")
    window = shown_window(qtbot, db, UNIT)
    page = window.page.checklist
    assert page.version_banner.isHidden()
    catalogs.import_document(db, version_2())
    page.load()  # as reopening the unit does

    model = page.model
    assert shown_codes(model) == {"1.1", "1.2", "2.1", "4.1"}
    assert model.index_of("2.1", TARGET).data() == "≥ 45"
    assert model.index_of("1.1", NAME).data() == "1.1 Tỷ lệ đường xã được nhựa hóa"
    assert page.score.text() == "Số tiêu chí đạt: 4/4"
    assert "phiên bản 1" in page.catalog_label.full_text
    assert page.version_banner.isVisible()
    assert "Đã có phiên bản 2 của bộ tiêu chí" in page.version_text.text()
    assert "Năm 2020 vẫn hiện và tính điểm theo phiên bản 1" in page.version_text.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.grab().save(str(SHOTS / "checklist-phien-ban-moi.png"))

    dialog = page.move_version()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "3</b> chuyển sang phiên bản 2; <b>2</b> để lại" in dialog.values.text()
    rows = {
        dialog.table.topLevelItem(i).text(0): [dialog.table.topLevelItem(i).text(c) for c in (2, 3)]
        for i in range(dialog.table.topLevelItemCount())
    }
    assert rows["1.1"] == ["Đổi nội dung", "Chuyển sang"]
    assert rows["1.3"] == ["Mới", ""]
    tip = next(
        dialog.table.topLevelItem(i).toolTip(1)
        for i in range(dialog.table.topLevelItemCount())
        if dialog.table.topLevelItem(i).text(0) == "2.1"
    )
    assert tip == "mức cần đạt: ≥ 45 → ≥ 60"
    assert rows["4.1"] == ["Bỏ", "Để lại ở phiên bản 1"]
    assert rows[""] == ["Bỏ", "Để lại ở phiên bản 1"]  # criterion 3's placeholder
    QApplication.processEvents()
    assert dialog.grab().save(str(SHOTS / "chuyen-phien-ban-xem-truoc.png"))
    # Nothing changes until it is confirmed.
    assert assessments.checklist(db, UNIT, YEAR).choice.catalog.version == 1

    dialog.move_button.click()
    assert not dialog.isVisible()
    assert model.sheet.choice.catalog.version == 2
    assert shown_codes(model) == {"1.1", "1.2", "1.3", "2.1", "3.1", "4.2"}
    assert model.index_of("2.1", VALUE).data() == "50 triệu đồng/người/năm"
    assert model.index_of("1.1", VALUE).data() == "100 %"
    assert page.score.text() == "Số tiêu chí đạt: 0/4"
    assert assessments.score(db, UNIT, YEAR) == (0, 4)
    assert page.version_banner.isHidden()


def test_the_province_report_says_which_versions_it_aggregates(qtbot, db):
    catalogs.import_document(db, DOCUMENT)
    assessments.set_indicator(db, UNIT, YEAR, "1.1", value="100")
    catalogs.import_document(db, version_2())
    page = ProvinceReportPage(db, "24", YEAR)
    qtbot.addWidget(page)
    assert page.versions.isHidden()
    assessments.set_indicator(db, "07360", YEAR, "1.1", value="100")
    page.refresh()
    page.show()
    assert page.versions.isVisible()
    assert page.versions.text() == (
        "Tổng hợp theo 2 phiên bản bộ tiêu chí: xa-thu-nghiem-2020-2021@1 (1 xã), @2 (1 xã)."
    )
