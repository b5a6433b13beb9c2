"""`ntm plan`: the headless path from registration to recognition, and its refusals."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ntm_desktop.cli import main
from tests.conftest import file_digest

VILLAGE = ["--village", "07354.001", "--year", "2020"]


def _run(db_path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "plan", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _drafted_with_items(db_path, capsys) -> None:
    assert _run(db_path, capsys, "register", *VILLAGE)[0] == 0
    assert _run(db_path, capsys, "status", *VILLAGE, "--to", "drafted")[0] == 0
    code, out, err = _run(
        db_path,
        capsys,
        "add-item",
        *VILLAGE,
        "--work",
        "Bê tông hóa đường trục thôn",
        "--criterion",
        "2",
        "--lead",
        "Ban phát triển thôn",
        "--start",
        "Q1",
        "--end",
        "06",
        "--quantity",
        "1.250",
        "--unit",
        "m",
        "--state-support",
        "30.000.000",
        "--budget",
        "150000000",
        "--residents",
        "245.500.000",
        "--land-m2",
        "320,5",
        "--workdays",
        "410",
        "--walls-m2",
        "85",
    )
    assert code == 0, err
    assert "Đã thêm hạng mục 1" in out
    code, _, err = _run(
        db_path,
        capsys,
        "add-item",
        *VILLAGE,
        "--work",
        "Phân loại rác thải tại nguồn",
        "--criterion",
        "5",
        "--start",
        "Q3",
        "--end",
        "Q4",
        "--enterprise",
        "12.000.000",
        "--percent",
        "100",
    )
    assert code == 0, err


def test_plan_from_registration_to_recognition(db_path, capsys):
    _drafted_with_items(db_path, capsys)
    code, out, err = _run(
        db_path,
        capsys,
        "status",
        *VILLAGE,
        "--to",
        "approved",
        "--decision",
        "12/QĐ-UBND",
        "--date",
        "10/03/2020",
    )
    assert code == 0, err
    assert "Phương án đã được phê duyệt" in out
    for step in ("in_progress", "proposed"):
        assert _run(db_path, capsys, "status", *VILLAGE, "--to", step)[0] == 0
    code, out, _ = _run(
        db_path,
        capsys,
        "status",
        *VILLAGE,
        "--to",
        "recognised",
        "--decision",
        "3105/QĐ-UBND",
        "--date",
        "20/12/2020",
    )
    assert code == 0
    assert "Đã được công nhận" in out


def test_show_csv_has_one_row_per_item_and_a_totals_row(db_path, capsys):
    _drafted_with_items(db_path, capsys)
    code, out, _ = _run(db_path, capsys, "show", *VILLAGE, "--on", "01/07/2020")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["work"] for row in rows[:2]] == [
        "Bê tông hóa đường trục thôn",
        "Phân loại rác thải tại nguồn",
    ]
    road, waste, total = rows
    assert (road["state_support"], road["local_budget"], road["residents_cash"]) == (
        "30000000",
        "150000000",
        "245500000",
    )
    assert road["cash_total"] == str(30_000_000 + 150_000_000 + 245_500_000)
    assert (road["overdue"], waste["overdue"]) == ("True", "False")
    assert total["work"].startswith("Tổng cộng (2 hạng mục, 1 hoàn thành")
    assert total["cash_total"] == str(30_000_000 + 150_000_000 + 245_500_000 + 12_000_000)
    assert total["enterprise"] == "12000000"
    assert total["percent_done"] == "50.0"
    assert total["overdue"] == "1"


def test_show_json(db_path, capsys):
    _drafted_with_items(db_path, capsys)
    code, out, _ = _run(db_path, capsys, "show", *VILLAGE, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0]["land_m2"] == 320.5
    assert rows[0]["start"] == "2020-01-01"
    assert rows[-1]["cash_total"] == 437_500_000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add-item", *VILLAGE, "--work", "Đường", "--residents", "-5000"], "không được âm"),
        (
            ["add-item", *VILLAGE, "--work", "Đường", "--start", "Q3", "--end", "05"],
            "trước thời gian bắt đầu",
        ),
        (["add-item", *VILLAGE, "--work", "Đường", "--percent", "150"], "Tỷ lệ hoàn thành 150%"),
        (
            [
                "status",
                *VILLAGE,
                "--to",
                "approved",
                "--decision",
                "1/QĐ-UBND",
                "--date",
                "01/01/2099",
            ],
            "ở tương lai",
        ),
        (["status", *VILLAGE, "--to", "recognised"], "Không chuyển được phương án"),
        (["status", *VILLAGE, "--to", "xong"], "Trạng thái 'xong' không tồn tại"),
        (["register", *VILLAGE], "đã đăng ký"),
        (["show", "--village", "07354.001", "--year", "2019"], "chưa đăng ký"),
    ],
)
def test_invalid_input_exits_3_and_changes_nothing(db_path, capsys, args, message):
    _drafted_with_items(db_path, capsys)
    before = file_digest(db_path)
    code, _, err = _run(db_path, capsys, *args)
    assert code == 3
    assert message in err
    assert file_digest(db_path) == before


def test_set_item_and_remove_item(db_path, capsys):
    _drafted_with_items(db_path, capsys)
    code, out, _ = _run(db_path, capsys, "show", *VILLAGE, "--format", "json")
    road, waste = json.loads(out)[:2]
    code, out, err = _run(
        db_path, capsys, "set-item", "--id", road["id"], "--percent", "40", "--enterprise", "1.000"
    )
    assert code == 0, err
    assert "(40%)" in out
    before = file_digest(db_path)
    code, _, err = _run(db_path, capsys, "set-item", "--id", road["id"], "--percent", "150")
    assert (code, file_digest(db_path)) == (3, before)
    assert "Tỷ lệ hoàn thành 150%" in err
    assert _run(db_path, capsys, "remove-item", "--id", waste["id"])[0] == 0
    rows = json.loads(_run(db_path, capsys, "show", *VILLAGE, "--format", "json")[1])
    assert [row["status"] for row in rows[:-1]] == ["in_progress"]
    assert rows[-1]["cash_total"] == 425_501_000
