"""Catalogs through Excel: export, complete in the workbook, import as a new version."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria import catalog_workbook, catalogs, indicator_values
from ntm_desktop.session.data_file import open_data_file
from tests.conftest import file_digest, refused


def test_every_shipped_catalog_round_trips_unchanged(db, tmp_path):
    for info, _, _ in catalogs.list_all(db):
        path = tmp_path / f"{info.id}.xlsx"
        catalog_workbook.export(db, info.key, path)
        assert catalog_workbook.read(path)["criteria"]
        stored, outcome, found = catalog_workbook.import_file(db, path)
        assert (stored.key, outcome, found) == (info.key, "unchanged", []), info.id


def _row_of(sheet, code):
    keys = [cell.value for cell in sheet[2]]
    for row in sheet.iter_rows(min_row=3):
        if row[keys.index("code")].value == code:
            return {key: cell for key, cell in zip(keys, row, strict=True)}
    raise AssertionError(code)


def _info_row(book, key):
    return next(row for row in book["Thông tin"].iter_rows() if row[0].value == key)


def test_the_workbook_is_plain_cells_with_lists_and_a_marked_example(db, tmp_path):
    path = tmp_path / "bo.xlsx"
    catalog_workbook.export(db, "xa-ntm-2021-2025", path)
    book = load_workbook(path)
    sheet = book["Chỉ tiêu"]
    headers = [cell.value for cell in sheet[1]]
    assert not any("JSON" in str(cell.value) for row in sheet.iter_rows() for cell in row)
    for wanted in (
        "So sánh (≥, ≤, >, <, =, Đạt)",
        "Nhóm 1",
        "Nhóm 2",
        "Nhóm 3",
        "Cơ quan phụ trách",
        "Minh chứng cần có",
        "Căn cứ pháp lý của chỉ tiêu",
    ):
        assert wanted in headers  # fmt: skip
    example = _row_of(sheet, "1.1")  # the first 1.1 is the example row, right under the keys
    assert example["criterion_no"].value == "VÍ DỤ" and example["criterion_no"].row == 3
    assert (example["comparison"].value, example["group_1"].value) == ("≥", "90 %")
    rules = sheet.data_validations.dataValidation
    lists = {str(rule.sqref).split(":")[0]: rule.formula1 for rule in rules}
    assert lists["G3"] == '"≥,≤,>,<,=,Đạt"'
    # The example row is never imported.
    first = catalog_workbook.read(path)["criteria"][0]
    assert first["no"] == 1 and first["indicators"][0]["text"].startswith("Có quy hoạch")


def test_a_completed_workbook_becomes_a_new_version(db_path, tmp_path, capsys):
    db = str(db_path)
    path = tmp_path / "xa.xlsx"
    assert main(["--db", db, "catalog", "export", "xa-ntm-2016-2020", "-o", str(path)]) == 0
    book = load_workbook(path)
    _info_row(book, "legal_basis")[
        2
    ].value = "Quyết định 1980/QĐ-TTg ngày 17/10/2016; Quyết định 1048/QĐ-UBND"
    sheet = book["Chỉ tiêu"]
    row = _row_of(sheet, "2.1")
    row["comparison"].value = "≥"
    row["target"].value = "100 %"
    row = _row_of(sheet, "2.2")
    row["comparison"].value = "≥"
    row["group_1"].value, row["group_2"].value, row["group_3"].value = "90 %", 80, "70,5"
    row["agency"].value = "Phòng Kinh tế"
    _row_of(sheet, "1.2")["comparison"].value = "Đạt"
    book.save(path)
    capsys.readouterr()
    before = file_digest(db_path)
    assert main(["--db", db, "catalog", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert file_digest(db_path) == before
    assert "Thử nhập, chưa ghi gì" in out and "phiên bản 1 đang dùng" in out
    assert "Chỉ tiêu 2.1 · Mức đạt chuẩn: — → ≥ 100" in out
    assert "Chỉ tiêu 2.2 · Mức theo nhóm: — → 1: ≥ 90, 2: ≥ 80, 3: ≥ 70,5" in out
    assert "Chỉ tiêu 1.2 · Mức đạt chuẩn: — → Có" in out
    assert "Chỉ tiêu 2.2 · Cơ quan phụ trách: — → Phòng Kinh tế" in out
    assert "Căn cứ pháp lý (số, ngày văn bản) — bắt buộc: Quyết định 1980/QĐ-TTg ngày " in out
    assert main(["--db", db, "catalog", "import", str(path)]) == 0
    assert "Đã nạp phiên bản mới: xa-ntm-2016-2020 phiên bản 2" in capsys.readouterr().out
    assert main(["--db", db, "catalog", "import", str(path)]) == 0
    assert "Nội dung không đổi" in capsys.readouterr().out

    with open_data_file(db_path) as opened:
        latest = catalogs.get(opened, "xa-ntm-2016-2020")
        assert (latest.info.version, latest.info.commune_groups) == (2, True)
        assert latest.info.legal_basis.endswith("1048/QĐ-UBND")
        by_code = {i.code: i for i in latest.indicators}
        assert by_code["2.1"].target == {"op": ">=", "value": 100}
        assert by_code["1.2"].target == {"op": "yes"}
        assert by_code["2.2"].targets_by_group == {
            "1": {"op": ">=", "value": 90},
            "2": {"op": ">=", "value": 80},
            "3": {"op": ">=", "value": 70.5},
        }
        assert catalogs.get(opened, "xa-ntm-2016-2020@1").indicators[2].target is None


def test_a_bad_workbook_imports_nothing_and_names_each_cell(db, db_path, tmp_path):
    path = tmp_path / "xa.xlsx"
    catalog_workbook.export(db, "xa-ntm-2016-2020", path)
    book = load_workbook(path)
    sheet = book["Chỉ tiêu"]
    _row_of(sheet, "2.1")["target"].value = '{"op": ">=", "value": 100}'
    row = _row_of(sheet, "2.2")
    row["comparison"].value, row["group_1"].value = "≥", "85 tấn"
    row = _row_of(sheet, "2.3")
    row["comparison"].value, row["target"].value = "lớn hơn", 80
    _row_of(sheet, "2.4")["target"].value = 75
    row = _row_of(sheet, "3.1")
    row["comparison"].value, row["target"].value = "≥", "1.25"
    _info_row(book, "period_to")[2].value = "hai nghìn"
    book.save(path)
    with refused(db_path) as error:
        catalog_workbook.import_file(db, path)
    assert error.value.details == [
        "Trang tính 'Thông tin', dòng 9, cột C, giá trị 'hai nghìn': cần năm có bốn chữ số, "
        "ví dụ 2021",
        'Trang tính \'Chỉ tiêu\', dòng 6, cột H, giá trị \'{"op": ">=", "value": 100}\': không '
        "ghi dạng JSON: chọn phép so sánh ở cột So sánh và ghi mức ở ô này, ví dụ 85",
        "Trang tính 'Chỉ tiêu', dòng 7, cột I, giá trị '85 tấn': đơn vị 'tấn' khác đơn vị tính "
        "của chỉ tiêu ('%'): ghi số theo đơn vị ở cột Đơn vị tính, hoặc sửa cột đó",
        "Trang tính 'Chỉ tiêu', dòng 8, cột G, giá trị 'lớn hơn': chọn một trong danh sách: "
        "≥, ≤, >, <, =, Đạt",
        "Trang tính 'Chỉ tiêu', dòng 9, cột H, giá trị '75': mức là số nhưng chưa chọn phép "
        "so sánh (≥, ≤, >, <, =) ở cột So sánh của dòng",
        "Trang tính 'Chỉ tiêu', dòng 10, cột H, giá trị '1.25': Mức cần đạt: '1.25' không đọc "
        "được: dấu chấm chỉ dùng để tách hàng nghìn (1.250 là một nghìn hai trăm năm mươi), mỗi "
        "nhóm sau dấu chấm có đúng 3 chữ số. Phần thập phân ghi sau dấu phẩy, ví dụ 1,25.",
    ]
    other = tmp_path / "khac.xlsx"
    book = load_workbook(path)
    book.remove(book["Thông tin"])
    book.save(other)
    with pytest.raises(InvalidInput, match="không phải bảng bộ tiêu chí"):
        catalog_workbook.import_file(db, other)


def test_a_new_version_needs_its_legal_basis(db, db_path, tmp_path):
    path = tmp_path / "xa.xlsx"
    catalog_workbook.export(db, "xa-ntm-2026-2030", path)
    book = load_workbook(path)
    _info_row(book, "legal_basis")[2].value = None
    book.save(path)
    with refused(db_path) as error:
        catalog_workbook.import_file(db, path)
    assert error.value.details == [
        "Trang tính 'Thông tin', dòng 4, cột C: chưa ghi căn cứ pháp lý: ghi số, ngày văn bản "
        "ban hành hoặc sửa đổi bộ tiêu chí, ví dụ 'Quyết định 51/2025/QĐ-TTg ngày 29/12/2025'; "
        "không có căn cứ thì không tạo phiên bản mới"
    ]


def test_a_workbook_of_the_earlier_json_layout_is_refused_with_what_to_do(db, db_path, tmp_path):
    path = tmp_path / "cu.xlsx"
    catalog_workbook.export(db, "xa-ntm-2016-2020", path)
    book = load_workbook(path)
    sheet = book["Chỉ tiêu"]
    # The earlier layout: one "Mức theo nhóm xã/vùng (JSON)" column, keyed targets_by_group.
    sheet.cell(row=1, column=9).value = "Mức theo nhóm xã/vùng (JSON)"
    sheet.cell(row=2, column=9).value = "targets_by_group"
    book.save(path)
    with refused(db_path) as error:
        catalog_workbook.import_file(db, path)
    assert "xuất bằng phiên bản trước của phần mềm" in error.value.message
    assert "ntm catalog export" in error.value.message and "Nhóm 1" in error.value.message


def test_a_target_per_region_is_a_column_of_its_own(db, tmp_path):
    path = tmp_path / "xa.xlsx"
    catalog_workbook.export(db, "xa-ntm-2016-2020", path)
    book = load_workbook(path)
    sheet = book["Chỉ tiêu"]
    column = sheet.max_column + 1
    sheet.cell(row=1, column=column).value = "Vùng: Đồng bằng sông Hồng"
    sheet.cell(row=2, column=column).value = "region:Đồng bằng sông Hồng"
    row = _row_of(sheet, "2.1")
    row["comparison"].value, row["target"].value = "≥", "70 %"
    sheet.cell(row=row["code"].row, column=column).value = "100 %"
    book.save(path)
    info, outcome, found = catalog_workbook.import_file(db, path)
    assert outcome == "new-version"
    assert "Chỉ tiêu 2.1 · Mức theo vùng: — → Đồng bằng sông Hồng: ≥ 100" in found
    indicator = next(i for i in catalogs.get(db, info.key).indicators if i.code == "2.1")
    assert indicator.targets_by_region == {"Đồng bằng sông Hồng": {"op": ">=", "value": 100}}
    # The tree does not say which region a commune is in: the general target is checked.
    assert indicator_values.target_for(indicator, None) == {"op": ">=", "value": 70}
    # Exported again, the region keeps its column.
    again = tmp_path / "lai.xlsx"
    catalog_workbook.export(db, info.key, again)
    assert "Vùng: Đồng bằng sông Hồng" in [c.value for c in load_workbook(again)["Chỉ tiêu"][1]]
    assert catalog_workbook.import_file(db, again)[1] == "unchanged"
