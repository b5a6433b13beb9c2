"""Catalogs through Excel: export, complete in the workbook, import as a new version."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria import catalog_workbook, catalogs
from ntm_desktop.session.data_file import open_data_file
from tests.conftest import refused


def test_every_shipped_catalog_round_trips_unchanged(db, tmp_path):
    for info, _, _ in catalogs.list_all(db):
        path = tmp_path / f"{info.id}.xlsx"
        catalog_workbook.export(db, info.key, path)
        assert catalog_workbook.read(path)["criteria"]
        stored, outcome = catalog_workbook.import_file(db, path)
        assert (stored.key, outcome) == (info.key, "unchanged"), info.id


def _row_of(sheet, code):
    keys = [cell.value for cell in sheet[2]]
    for row in sheet.iter_rows(min_row=3):
        if row[keys.index("code")].value == code:
            return {key: cell for key, cell in zip(keys, row, strict=True)}
    raise AssertionError(code)


def test_a_completed_workbook_becomes_a_new_version(db_path, tmp_path, capsys):
    db = str(db_path)
    path = tmp_path / "xa.xlsx"
    assert main(["--db", db, "catalog", "export", "xa-ntm-2016-2020", "-o", str(path)]) == 0
    book = load_workbook(path)
    info = book["Thông tin"]
    legal = next(row for row in info.iter_rows() if row[0].value == "legal_basis")
    legal[2].value = "Quyết định 1980/QĐ-TTg ngày 17/10/2016; Quyết định 1048/QĐ-UBND"
    row = _row_of(book["Chỉ tiêu"], "2.1")
    row["target"].value = '{"op": ">=", "value": 100}'
    row["targets_by_group"].value = '{"nhóm 1": {"op": ">=", "value": 90}}'
    book.save(path)
    capsys.readouterr()
    assert main(["--db", db, "catalog", "import", str(path)]) == 0
    assert "Đã nạp phiên bản mới: xa-ntm-2016-2020 phiên bản 2" in capsys.readouterr().out
    assert main(["--db", db, "catalog", "import", str(path)]) == 0
    assert "Nội dung không đổi" in capsys.readouterr().out

    with open_data_file(db_path) as opened:
        latest = catalogs.get(opened, "xa-ntm-2016-2020")
        assert latest.info.version == 2
        assert latest.info.legal_basis.endswith("1048/QĐ-UBND")
        indicator = next(i for i in latest.indicators if i.code == "2.1")
        assert indicator.target == {"op": ">=", "value": 100}
        document = catalogs.document(opened, "xa-ntm-2016-2020")
        item = document["criteria"][1]["indicators"][0]
        assert item["targets_by_group"] == {"nhóm 1": {"op": ">=", "value": 90}}
        assert catalogs.get(opened, "xa-ntm-2016-2020@1").indicators[2].target is None


def test_a_bad_workbook_imports_nothing(db, db_path, tmp_path):
    path = tmp_path / "xa.xlsx"
    catalog_workbook.export(db, "xa-ntm-2016-2020", path)
    book = load_workbook(path)
    _row_of(book["Chỉ tiêu"], "2.1")["target"].value = "{op: >= 100"
    period = next(row for row in book["Thông tin"].iter_rows() if row[0].value == "period_to")
    period[2].value = "hai nghìn"
    book.save(path)
    with refused(db_path) as error:
        catalog_workbook.import_file(db, path)
    assert error.value.details == [
        "Trang tính 'Thông tin', dòng 9, cột C, giá trị 'hai nghìn': cần năm có bốn chữ số, "
        "ví dụ 2021",
        "Trang tính 'Chỉ tiêu', dòng 5, cột G, giá trị '{op: >= 100': không đọc được dạng JSON; "
        'ví dụ {"op": ">=", "value": 90}',
    ]
    other = tmp_path / "khac.xlsx"
    book = load_workbook(path)
    book.remove(book["Thông tin"])
    book.save(other)
    with pytest.raises(InvalidInput, match="không phải bảng bộ tiêu chí"):
        catalog_workbook.import_file(db, other)
