"""Promise 6: a sheet never crashes an import and is never silently coerced.

Each test builds a real workbook (with openpyxl, or by editing the XML inside the zip as a broken
or hostile tool would), runs the real `ntm import ...` command, and checks the exit code 3, the
per-cell Vietnamese message and that the data file is byte for byte as it was.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ntm_desktop.cli import main
from ntm_desktop.common.text import format_number
from ntm_desktop.tables import sheets
from tests.conftest import file_digest
from tests.core.test_catalog_workbook import _row_of
from tests.core.test_targets import bieu_01_workbook

SHEET_XML = "xl/worksheets/sheet1.xml"


def funding_book(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nguồn vốn"
    sheet.append(header or ["source", "amount_million_vnd"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD_ROWS: list[list[object]] = [["Ngân sách Trung ương", 620260], ["Ngân sách tỉnh", 274358]]


def rewrite_sheet(path: Path, edit: Callable[[bytes], bytes]) -> Path:
    """Replace the first sheet's XML inside the xlsx, as a broken or hostile tool would."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info, data in parts:
            target.writestr(info, edit(data) if info.filename == SHEET_XML else data)
    return path


def refused(capsys: pytest.CaptureFixture[str], db_path: Path, kind: str, sheet: Path) -> str:
    """Run the import; it must exit 3, change nothing and print no traceback. Returns stderr."""
    before = file_digest(db_path)
    code = main(["--db", str(db_path), "import", kind, str(sheet), "--year", "2020"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "Traceback" not in err
    assert file_digest(db_path) == before
    return err


def test_a_good_sheet_imports(capsys, db_path, tmp_path):
    """The harness itself: the same sheet without the attack imports (exit 0)."""
    sheet = funding_book(tmp_path / "von.xlsx", GOOD_ROWS)
    assert main(["--db", str(db_path), "import", "funding", str(sheet), "--year", "2020"]) == 0
    assert "Đã nhập nguồn vốn: 1 mới" in capsys.readouterr().out


def test_truncated_sheet_xml(capsys, db_path, tmp_path):
    rows = [[f"Ngân sách xã {n}", n] for n in range(200)]
    sheet = rewrite_sheet(
        funding_book(tmp_path / "von.xlsx", rows), lambda xml: xml[: len(xml) // 2]
    )
    err = refused(capsys, db_path, "funding", sheet)
    assert "Trang tính 'Nguồn vốn', dòng" in err and "bị hỏng" in err


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_a_damaged_byte_in_the_compressed_sheet(capsys, db_path, tmp_path, where):
    """A byte flipped on a bad USB stick: the sheet no longer inflates (a zlib error) or its
    checksum no longer matches; either way it is refused with its row, never a traceback."""
    rows = [[f"Ngân sách xã {n}", n] for n in range(300)]
    sheet = funding_book(tmp_path / "von.xlsx", rows)
    with zipfile.ZipFile(sheet) as archive:
        info = archive.getinfo(SHEET_XML)
    data = bytearray(sheet.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + int(info.compress_size * where)] ^= 0x5A
    sheet.write_bytes(bytes(data))
    err = refused(capsys, db_path, "funding", sheet)
    assert "bị hỏng" in err or "không phải tệp Excel .xlsx đọc được" in err


def test_a_sheet_declaring_entities(capsys, db_path, tmp_path):
    """Excel never writes a DTD: entities are neither expanded (a billion laughs) nor read as
    blank cells; the sheet is refused."""
    declared = b'<!DOCTYPE worksheet [<!ENTITY a "620260">]>'

    def with_entity(xml: bytes) -> bytes:
        start = xml.index(b"<worksheet")
        return xml[:start] + declared + xml[start:].replace(b"<v>620260</v>", b"<v>&a;</v>")

    sheet = rewrite_sheet(funding_book(tmp_path / "von.xlsx", GOOD_ROWS), with_entity)
    err = refused(capsys, db_path, "funding", sheet)
    assert "Trang tính 'Nguồn vốn', dòng 1" in err and "bị hỏng" in err


def test_cached_nan(capsys, db_path, tmp_path):
    sheet = rewrite_sheet(
        funding_book(tmp_path / "von.xlsx", GOOD_ROWS),
        lambda xml: xml.replace(b"<v>620260</v>", b"<v>NaN</v>"),
    )
    err = refused(capsys, db_path, "funding", sheet)
    assert "Trang tính 'Nguồn vốn', dòng 2, cột B: ô không đọc được" in err


def test_cached_infinity(capsys, db_path, tmp_path):
    sheet = rewrite_sheet(
        funding_book(tmp_path / "von.xlsx", GOOD_ROWS),
        lambda xml: xml.replace(b"<v>620260</v>", b"<v>1e999</v>"),
    )
    err = refused(capsys, db_path, "funding", sheet)
    assert "dòng 2, cột B" in err and "không phải số hữu hạn" in err


def test_a_cell_over_131072_characters(capsys, db_path, tmp_path):
    """openpyxl cuts text at Excel's 32,767 characters when writing: the XML is edited."""
    sheet = rewrite_sheet(
        funding_book(tmp_path / "von.xlsx", [["DAI", 5], *GOOD_ROWS]),
        lambda xml: xml.replace(b"DAI", b"x" * 131_073),
    )
    err = refused(capsys, db_path, "funding", sheet)
    assert "Trang tính 'Nguồn vốn', dòng 2, cột A: ô dài hơn 32.767 ký tự (131.073)" in err
    assert "x" * 100 not in err


def test_a_csv_cell_over_131072_characters(capsys, db_path, tmp_path):
    sheet = tmp_path / "von.csv"
    sheet.write_text("source,amount_million_vnd\n" + "x" * 131_073 + ",5\n", "utf-8")
    err = refused(capsys, db_path, "funding", sheet)
    assert "Trang tính 'von', dòng 2: có ô dài hơn 131.072 ký tự, quá giới hạn 32.767" in err


@pytest.mark.parametrize("column", [0, 1, 2])
def test_1e308_anywhere(capsys, db_path, tmp_path, column):
    """In the amount, in the name, even in a column no importer reads."""
    row: list[object] = ["Ngân sách Trung ương", 620260, "ghi chú"]
    row[column] = 1e308
    sheet = funding_book(tmp_path / "von.xlsx", [row], ["source", "amount_million_vnd", "ghi chú"])
    err = refused(capsys, db_path, "funding", sheet)
    letter = "ABC"[column]
    assert f"dòng 2, cột {letter}, giá trị '1e+308': số quá lớn" in err


def test_a_formula_without_a_cached_value(capsys, db_path, tmp_path):
    """openpyxl saves formulas without their value; reading them as blank would import 0."""
    sheet = funding_book(tmp_path / "von.xlsx", [["Ngân sách Trung ương", "=600000+20260"]])
    err = refused(capsys, db_path, "funding", sheet)
    assert "dòng 2, cột B: ô có công thức nhưng chưa có giá trị tính sẵn" in err


@pytest.mark.parametrize("error", ["#REF!", "#DIV/0!", "#N/A", "#VALUE!"])
def test_error_cells(capsys, db_path, tmp_path, error):
    sheet = funding_book(tmp_path / "von.xlsx", [["Ngân sách Trung ương", error]])
    err = refused(capsys, db_path, "funding", sheet)
    assert f"dòng 2, cột B: ô báo lỗi công thức {error}" in err


def test_true_in_a_money_column(capsys, db_path, tmp_path):
    sheet = funding_book(tmp_path / "von.xlsx", [["Ngân sách Trung ương", True]])
    err = refused(capsys, db_path, "funding", sheet)
    assert "Dòng 2, cột 'amount_million_vnd'" in err and "(TRUE), không phải là số" in err


def test_false_in_a_target(capsys, db_path, tmp_path):
    """Biểu 01 once read TRUE as 1 commune and FALSE as 0."""
    sheet = bieu_01_workbook(tmp_path / "bieu01.xlsx", cell=False)
    err = refused(capsys, db_path, "targets", sheet)
    assert "dòng 5, cột D" in err and "(FALSE), không phải là số" in err


@pytest.mark.parametrize("serial", [0, -1, -40000])
def test_excel_serial_dates_not_after_zero(capsys, db_path, tmp_path, serial):
    book = Workbook()
    sheet = book.active
    sheet.title = "OCOP"
    sheet.append(["product", "producer", "producer_kind", "commune", "stars", "decision", "date"])
    sheet.append(["Gạo nếp", "HTX Việt Lập", "HTX", "07354", 3, "12/QĐ-UBND", serial])
    sheet["G2"].number_format = "dd/mm/yyyy"
    book.save(tmp_path / "ocop.xlsx")
    err = refused(capsys, db_path, "ocop", tmp_path / "ocop.xlsx")
    assert "Trang tính 'OCOP', dòng 2, cột G" in err
    assert "ô ngày ghi số sê-ri Excel" in err and "không phải một ngày thật" in err


def test_at_most_200_problems_then_a_count(capsys, db_path, tmp_path):
    rows: list[list[object]] = [[f"Nguồn {n}", "#DIV/0!"] for n in range(500)]
    err = refused(capsys, db_path, "funding", funding_book(tmp_path / "von.xlsx", rows))
    listed = [line for line in err.splitlines() if line.startswith("  - ")]
    assert len(listed) == 201
    assert listed[0].endswith("dòng 2, cột B: ô báo lỗi công thức #DIV/0!; hãy sửa công thức "
                              "hoặc ghi giá trị.")  # fmt: skip
    assert listed[-1] == "  - … và 300 lỗi khác."
    assert "có 500 ô hỏng" in err


def test_a_million_row_sheet_is_refused(capsys, db_path, tmp_path):
    """Written straight into the sheet's XML (openpyxl takes minutes for a million rows), with
    no size stated, so nothing but reading the rows can tell how many there are."""

    def million_rows(xml: bytes) -> bytes:
        rows = b"".join(
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Nguồn {n}</t></is></c>'
            f'<c r="B{n}"><v>{n}</v></c></row>'.encode()
            for n in range(3, 1_000_001)
        )
        return xml.replace(b"</sheetData>", rows + b"</sheetData>")

    sheet = rewrite_sheet(funding_book(tmp_path / "von.xlsx", GOOD_ROWS[:1]), million_rows)
    err = refused(capsys, db_path, "funding", sheet)
    limit = sheets.MAX_ROWS
    assert f"dòng {format_number(limit + 1)}, quá {format_number(limit)} dòng" in err


def test_rows_past_the_limit_are_refused_without_reading_on(capsys, db_path, tmp_path, monkeypatch):
    """A million-row sheet is refused when its row MAX_ROWS + 1 is met; what follows is never
    read: the formula without a value far below would otherwise be reported too."""
    monkeypatch.setattr(sheets, "MAX_ROWS", 1_000)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Nguồn vốn")
    sheet.append(["source", "amount_million_vnd"])
    for number in range(2, 20_001):
        sheet.append([f"Nguồn {number}", "=1+1" if number == 15_000 else number])
    book.save(tmp_path / "von.xlsx")
    err = refused(capsys, db_path, "funding", tmp_path / "von.xlsx")
    assert "có dữ liệu ở dòng 1.001, quá 1.000 dòng" in err
    assert "công thức" not in err


def test_a_file_past_the_size_limit_is_refused_before_it_is_read(
    capsys, db_path, tmp_path, monkeypatch
):
    monkeypatch.setattr(sheets, "MAX_FILE_BYTES", 1_000_000)
    sheet = tmp_path / "von.csv"
    sheet.write_text("source,amount_million_vnd\n" + "Nguồn,1\n" * 200_000, "utf-8")
    err = refused(capsys, db_path, "funding", sheet)
    assert "Tệp von.csv lớn 2 MB, quá 1 MB" in err


def test_the_row_limit_holds_in_a_csv(capsys, db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_ROWS", 1_000)
    sheet = tmp_path / "von.csv"
    lines = ["source,amount_million_vnd", *(f"Nguồn {n},{n}" for n in range(2, 5_001))]
    sheet.write_text("\n".join(lines) + "\n", "utf-8")
    err = refused(capsys, db_path, "funding", sheet)
    assert "có dữ liệu ở dòng 1.001, quá 1.000 dòng" in err


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ('{"op": ">=", "value": ' + "[" * 5000 + "]" * 5000 + "}", "không ghi dạng JSON"),
        ("NaN", "cần một số kiểu Việt Nam"),
        ("-Infinity", "cần một số kiểu Việt Nam"),
        ("1e308", "đơn vị 'e308' khác đơn vị tính của chỉ tiêu"),
        ("9" * 5000, "quá lớn"),
    ],
)
def test_a_hostile_catalog_target(capsys, db_path, tmp_path, target, reason):
    path = tmp_path / "bo.xlsx"
    assert (
        main(["--db", str(db_path), "catalog", "export", "xa-ntm-2016-2020", "-o", str(path)]) == 0
    )
    book = load_workbook(path)
    row = _row_of(book["Chỉ tiêu"], "2.1")
    row["comparison"].value, row["target"].value = "≥", target
    book.save(path)
    capsys.readouterr()
    before = file_digest(db_path)
    assert main(["--db", str(db_path), "catalog", "import", str(path)]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and file_digest(db_path) == before
    assert "Trang tính 'Chỉ tiêu', dòng 6, cột H" in err and reason in err
