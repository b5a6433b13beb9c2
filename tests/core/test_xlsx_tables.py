from decimal import Decimal

import openpyxl
import pytest

from ntm_desktop.tables import xlsx_tables
from ntm_desktop.tables.xlsx_tables import Column, Table

COLUMNS = [
    Column("STT", "int", 5),
    Column("Đơn vị", "text", 24),
    Column("Số xã", "int", 8, group="Thực hiện đến năm 2019", unit="xã"),
    Column("Tiêu chí bình quân", "dec1", 10, group="Thực hiện đến năm 2019", unit="tiêu chí/xã"),
    Column("Vốn", "dec2", 14, group="Kế hoạch năm 2020", unit="triệu đồng"),
    Column("Tỷ lệ", "percent", 9, group="Kế hoạch năm 2020", unit="%"),
    Column("Ghi chú", "text", 20),
]


def sample(**changes):
    values = {
        "title": "BIỂU 02. KẾT QUẢ THỰC HIỆN NĂM 2020",
        "subtitle": ["(Kèm theo Báo cáo số 123/BC-UBND)"],
        "columns": COLUMNS,
        "rows": [
            (1, "Huyện Tân Yên", 22, Decimal("18.6"), Decimal("432.07"), Decimal("0.634"), None),
            (2, "Huyện Việt Yên", 17, Decimal("19"), Decimal("1274791"), Decimal("0.487"), "x"),
        ],
        "totals": ("", "Tổng cộng", 39, Decimal("18.8"), Decimal("1275223.07"), None, None),
        "notes": ["Ghi chú: số liệu đến 30/11/2020."],
        "sheet_name": "Biểu 02",
        "frozen_columns": 2,
    }
    values.update(changes)
    return Table(**values)


def test_table_reads_back_with_merges_numbers_and_print_setup(tmp_path):
    path = tmp_path / "bieu.xlsx"
    xlsx_tables.write(path, [sample()])
    book = openpyxl.load_workbook(path)
    sheet = book["Biểu 02"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    # Title and subtitle across the table; groups across their columns; single headers down.
    assert {"A1:G1", "A2:G2", "C4:D4", "E4:F4", "A4:A5", "B4:B5", "G4:G5", "A11:G11"} == merged
    assert sheet["A1"].value == "BIỂU 02. KẾT QUẢ THỰC HIỆN NĂM 2020"
    assert sheet["C4"].value == "Thực hiện đến năm 2019"
    assert sheet["E4"].value == "Kế hoạch năm 2020"
    assert (sheet["C5"].value, sheet["F5"].value) == ("Số xã", "Tỷ lệ")
    assert (sheet["C6"].value, sheet["E6"].value) == ("xã", "triệu đồng")
    assert sheet["B7"].value == "Huyện Tân Yên"
    assert sheet["C7"].value == 22 and isinstance(sheet["C7"].value, int)
    assert sheet["E7"].value == pytest.approx(432.07)
    assert sheet["E8"].value == 1274791
    assert sheet["E7"].number_format == "#,##0.00"
    assert sheet["F7"].number_format == "0.0%"
    assert sheet["D7"].number_format == "#,##0.0"
    assert sheet["C7"].font.name == "Times New Roman"
    assert sheet["B9"].value == "Tổng cộng" and sheet["B9"].font.bold
    assert not sheet["B8"].font.bold
    assert sheet["A11"].value.startswith("Ghi chú")
    assert sheet.freeze_panes == "C7"
    assert sheet.print_title_rows == "$4:$6"
    assert sheet.column_dimensions["B"].width == 24
    setup = sheet.page_setup
    assert (setup.orientation, str(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == (
        "landscape",
        "9",
        1,
        0,
    )
    assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_a_table_without_groups_has_one_header_row(tmp_path):
    path = tmp_path / "plain.xlsx"
    columns = [Column("Nhiệm vụ", width=40), Column("Số", "int")]
    xlsx_tables.write(path, [Table("DANH SÁCH", columns, [("A", 1), ("B", 2)], sheet_name="a/b:c")])
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "a b c"
    assert {str(r) for r in sheet.merged_cells.ranges} == {"A1:B1"}
    assert [c.value for c in sheet[3]] == ["Nhiệm vụ", "Số"]
    assert sheet.freeze_panes == "A4"
    assert sheet["B5"].value == 2


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "bieu.xlsx"
    xlsx_tables.write(path, [sample()])
    before = path.read_bytes()
    with pytest.raises(ValueError, match="values for 7 columns"):
        xlsx_tables.write(path, [sample(rows=[(1, "thiếu cột")])])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["bieu.xlsx"]
