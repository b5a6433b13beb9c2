from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate, Qt

from ntm_desktop.funding import funding, funding_import
from ntm_desktop.tasks import tasks_import
from tests.conftest import file_digest
from tests.core.test_ocop import enter_bac_giang_2020
from tests.ui.conftest import cell, shoot, total_row
from ui.models.report_table_model import ReportTableModel
from ui.pages.funding_page import FundingPage
from ui.pages.ocop_page import OcopPage
from ui.pages.tasks_page import STATE_COLORS, TasksPage

DATA = Path(__file__).resolve().parents[1] / "core" / "data"


def test_funding_page_shows_computed_totals(qtbot, qtmodeltester, db):
    funding_import.import_sheet(db, DATA / "bac-giang-2020-funding.csv", 2020)
    funding.record(db, "07354", 2020, {"central": "1.500", "community": "250,5"}, {"land_m2": 1200})
    funding.record_disbursement(db, "24", 2020, "investment", date(2020, 11, 30), 562_460, 323_710)
    page = FundingPage(db, "24", 2020)
    qtbot.addWidget(page)
    model = page.model(0)
    totals = total_row(qtmodeltester, model, 2)
    assert cell(model, totals, 10) == "1.276.541,5"
    assert cell(model, totals, 16) == "57,6 %"
    assert cell(model, totals, 2, Qt.ItemDataRole.FontRole).bold()
    structure = page.model(1)
    assert [cell(structure, r, 3) for r in range(structure.rowCount())][:1] == ["48,7 %"]
    assert page.amount_edits["central"].text() == "620.260"
    shoot(page, "funding_page.png")


def test_funding_form_saves_and_refuses_bad_input(qtbot, db, db_path, no_modal_boxes):
    page = FundingPage(db, "216", 2020)
    qtbot.addWidget(page)
    page.amount_edits["district"].setText("1.000,25")
    page.in_kind_edits["workdays"].setText("450")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert funding.get(db, "216", 2020).amounts["district"] == 1_000_250_000
    model = page.model(0)
    assert cell(model, model.rowCount() - 1, 10) == "1.000,25"
    before = file_digest(db_path)
    page.amount_edits["central"].setText("-3")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert no_modal_boxes and "chưa có gì thay đổi" in no_modal_boxes[-1]
    assert file_digest(db_path) == before


def test_disbursement_is_entered_at_the_chosen_date(qtbot, db, db_path, no_modal_boxes):
    page = FundingPage(db, "216", 2020)
    qtbot.addWidget(page)
    page.as_of.setDate(QDate(2020, 11, 30))
    page.kind.setCurrentIndex(page.kind.findData("recurrent"))
    page.allocated.setText("118,6")
    page.disbursed.setText("108,36")
    qtbot.mouseClick(page.spend_button, Qt.MouseButton.LeftButton)
    spent = funding.disbursement(db, "216", 2020, date(2020, 11, 30))
    assert spent.kinds["recurrent"].rate == Decimal("91.4")
    assert page.disbursed.text() == "108,36"
    model = page.model(0)
    assert cell(model, model.rowCount() - 1, 19) == "91,4 %"
    before = file_digest(db_path)
    page.disbursed.setText("130")
    qtbot.mouseClick(page.spend_button, Qt.MouseButton.LeftButton)
    assert "chưa có gì thay đổi" in no_modal_boxes[-1]
    assert file_digest(db_path) == before
    page.reason.setText("Vốn năm 2019 chuyển sang")
    qtbot.mouseClick(page.spend_button, Qt.MouseButton.LeftButton)
    assert (
        funding.disbursement(db, "216", 2020, date(2020, 11, 30)).kinds["recurrent"].disbursed
        == 130 * 10**6
    )


def test_tasks_page_highlights_overdue_and_due_soon(qtbot, qtmodeltester, db):
    tasks_import.import_sheet(db, DATA / "bac-giang-2020-tasks.csv", 2020)
    page = TasksPage(db, "24", 2020, at=date(2020, 3, 20))
    qtbot.addWidget(page)
    model = page.model()
    qtmodeltester.check(model, force_py=True)
    colors = [
        cell(model, row, 2, Qt.ItemDataRole.BackgroundRole) for row in range(model.rowCount())
    ]
    overdue = [c for c in colors if c is not None and c.color() == STATE_COLORS["overdue"]]
    soon = [c for c in colors if c is not None and c.color() == STATE_COLORS["due_soon"]]
    assert (len(overdue), len(soon)) == (8, 4)
    assert cell(model, 0, 7) == "Quá hạn" and cell(model, 0, 6) == "31/01/2020"
    page.only_attention.setChecked(True)
    assert page.model().rowCount() == 12
    shoot(page, "tasks_page.png")


def test_ocop_page_counts_and_exports(qtbot, qtmodeltester, db, tmp_path):
    enter_bac_giang_2020(db)
    page = OcopPage(db, "24", 2020)
    qtbot.addWidget(page)
    model = page.model(0)
    qtmodeltester.check(model, force_py=True)
    last = model.rowCount() - 1
    assert [cell(model, last, c) for c in range(3, 7)] == ["71", "24", "0", "95"]
    kinds = page.model(1)
    assert cell(kinds, 0, 2) == "87,5 %"
    shoot(page, "ocop_page.png")
    target = tmp_path / "ocop.xlsx"
    with qtbot.waitSignal(page.export_done, timeout=10_000):
        page.export(target)
    assert openpyxl.load_workbook(target).sheetnames == [
        "Theo đơn vị",
        "Theo loại chủ thể",
        "Danh sách sản phẩm",
    ]
    assert page.export_button.isEnabled()


def test_model_formats_each_kind():
    from ntm_desktop.tables.xlsx_tables import Column, Table

    table = Table(
        "T",
        [
            Column("a", "int"),
            Column("b", "dec1"),
            Column("c", "dec2"),
            Column("d", "percent"),
            Column("e", "date"),
            Column("f"),
        ],
        [(1274791, Decimal("16.3"), Decimal("432.07"), Decimal("0.487"), date(2020, 1, 5), "x")],
        totals=(1, None, None, None, None, "Tổng"),
    )
    model = ReportTableModel(table)
    assert [cell(model, 0, c) for c in range(6)] == [
        "1.274.791",
        "16,3",
        "432,07",
        "48,7 %",
        "05/01/2020",
        "x",
    ]
    assert cell(model, 1, 1) == ""
    assert model.headerData(0, Qt.Orientation.Horizontal) == "a"
