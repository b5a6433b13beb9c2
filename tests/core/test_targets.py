"""Targets per unit and year: entered, shown, imported from sheets shaped like Biểu 01."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook

from ntm_desktop.cli import main
from ntm_desktop.storage import changes
from ntm_desktop.targets import targets, targets_import
from tests.conftest import refused
from tests.core.report_seeds import SEED_TABLES

PLAN = SEED_TABLES / "bac-giang-2020-plan-by-district.csv"


def test_targets_are_tracked_and_owned_by_the_province(db):
    changed = targets.set_targets(db, "216", 2020, {"standard": "20", "avg_criteria": "19,0"})
    assert changed == {"standard": (None, 20), "avg_criteria": (None, 19.0)}
    assert targets.get(db, "216", 2020).values["standard"] == 20
    assert targets.set_targets(db, "216", 2020, {"standard": 20}) == {}
    assert targets.set_targets(db, "216", 2020, {"standard": ""}) == {"standard": (20, None)}
    logged = changes.history(db, table="targets")
    assert {c.owner_code for c in logged} == {"24"}
    assert [c.field for c in logged if c.field == "standard"] == ["standard", "standard"]


@pytest.mark.parametrize(
    ("unit", "values", "message"),
    [
        ("216", {"standard": "mười"}, "Xã đạt chuẩn NTM: 'mười' không phải là số."),
        ("216", {"standard": "2,5"}, "phải là số nguyên"),
        ("216", {"below10": "-1"}, "không được âm"),
        ("216", {"avg_criteria": "20"}, "lớn hơn số tiêu chí"),
        ("07354", {"standard": "1"}, "chỉ tiêu kế hoạch được giao cho tỉnh và huyện"),
    ],
)
def test_bad_targets_change_nothing(db, db_path, unit, values, message):
    with refused(db_path, match=message):
        targets.set_targets(db, unit, 2020, values)


def test_cli_set_show_and_import_the_seed_plan(db_path, capsys):
    db = str(db_path)
    assert main(["--db", db, "import", "targets", str(PLAN), "--year", "2020", "--dry-run"]) == 0
    assert "Sẽ thay đổi 53 chỉ tiêu của 11 đơn vị năm 2020" in capsys.readouterr().out
    assert main(["--db", db, "import", "targets", str(PLAN), "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "Thành phố Bắc Giang: Thôn NTM kiểu mẫu (trống) -> 7" in out
    assert "Tỉnh Bắc Giang: Bình quân số tiêu chí đạt/xã (trống) -> 16,2" in out
    assert main(["--db", db, "import", "targets", str(PLAN), "--year", "2020"]) == 0
    assert "Đã nhập 0 chỉ tiêu" in capsys.readouterr().out
    assert main(["--db", db, "targets", "set", "--unit", "220", "--year", "2020",
                 "--model", "1"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", db, "targets", "show", "--year", "2020"]) == 0
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["24"] == {
        "code": "24", "standard": "124", "advanced": "8", "model": "", "ntm_villages": "144",
        "model_villages": "55", "avg_criteria": "16.2", "below10": "0",
    }  # fmt: skip
    assert rows["220"]["model"] == "1" and rows["220"]["avg_criteria"] == "13.4"


def bieu_01_workbook(path, cell="11"):
    """The province's own layout: title rows, measures merged over 2019 / plan 2020 columns."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Biểu 01"
    sheet.append(["Biểu 01: CHỈ TIÊU KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2020"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(["TT", "Đơn vị", "Số xã đạt chuẩn NTM", None, "Số xã đạt chuẩn NTM nâng cao",
                  None, "Bình quân số tiêu chí/xã", None])  # fmt: skip
    for first in ("C3:D3", "E3:F3", "G3:H3", "A3:A4", "B3:B4"):
        sheet.merge_cells(first)
    sheet.append([None, None, *["Thực hiện đến năm 2019", "Kế hoạch năm 2020"] * 3])
    sheet.append([1, "Huyện Lục Ngạn", 7, cell, 0, 1, 14.3, 15])
    sheet.append([2, "H. Tân Yên", 15, 20, 0, 1, 18.4, "19,0"])
    sheet.append([None, "Tổng cộng", 22, 31, 0, 2, 16.4, 17])
    book.save(path)
    return path


def test_import_of_the_provinces_two_level_layout(db, tmp_path):
    path = bieu_01_workbook(tmp_path / "bieu01.xlsx")
    result = targets_import.import_file(db, path, 2020)
    assert result.units == 3
    assert targets.get(db, "219", 2020).values == {
        "standard": 11, "advanced": 1, "model": None, "ntm_villages": None,
        "model_villages": None, "avg_criteria": 15.0, "below10": None,
    }  # fmt: skip
    assert targets.get(db, "216", 2020).values["avg_criteria"] == 19.0
    assert targets.get(db, "24", 2020).values["standard"] == 31


def test_a_bad_cell_in_a_plan_imports_nothing(db, db_path, tmp_path):
    path = bieu_01_workbook(tmp_path / "bieu01.xlsx", cell="mười một")
    with refused(db_path) as error:
        targets_import.import_file(db, path, 2020)
    assert error.value.details == [
        "Trang tính 'Biểu 01', dòng 5, cột D, giá trị 'mười một': Xã đạt chuẩn NTM: 'mười một' "
        "không phải là số. Hãy nhập số kiểu Việt Nam (dấu chấm tách hàng nghìn, dấu phẩy trước "
        "phần thập phân), ví dụ 1.274.790 hoặc 16,3."
    ]


def test_recognitions_through_the_cli(db_path, capsys):
    db = str(db_path)
    assert main(["--db", db, "recognition", "add", "--unit", "07354", "--tier", "standard",
                 "--date", "20/12/2018", "--decision", "1234/QĐ-UBND"]) == 0  # fmt: skip
    recognition_id = capsys.readouterr().out.split(": ")[-1].rstrip(".\n")
    assert main(["--db", db, "recognition", "withdraw", "--id", recognition_id, "--date",
                 "01/03/2023", "--reason", "Không duy trì tiêu chí 17"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", db, "recognition", "list", "--unit", "07354"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (row["tier"], row["decision_no"], row["withdrawn_on"]) == (
        "standard", "1234/QĐ-UBND", "2023-03-01",
    )  # fmt: skip
