"""Villages in bulk: a sheet per commune or per district adds each village through the same
tracked service as the tree's menu, once."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from ntm_desktop.cli import main
from ntm_desktop.storage import changes
from ntm_desktop.units import units, villages_import
from tests.conftest import file_digest, refused

VIET_LAP = "07354"  # Xã Việt Lập, Huyện Tân Yên (216); has village 07354.001 already
TAN_YEN = "216"


def _sheet(path: Path, header: list[str], rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Thôn"
    sheet.append(["DANH SÁCH THÔN, TỔ DÂN PHỐ"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _names(db, commune: str) -> list[str]:
    return [unit.name for unit in units.children(db, commune)]


def test_a_districts_sheet_adds_each_village_once(db, tmp_path):
    before = _names(db, VIET_LAP)
    path = _sheet(
        tmp_path / "thon-tan-yen.xlsx",
        ["STT", "Xã", "Tên thôn", "Loại thôn/bản/tổ dân phố"],
        [
            [1, "Xã Việt Lập", "Đồng Mới", "thôn"],
            [2, "Việt Lập", "Bản Mường", None],  # kind from the name
            [3, "Xã Ngọc Vân", "Khe Nước", "ban"],  # accents optional
            [4, "Xã Việt Lập", "Đồng Mới", None],  # a repeat: added once
        ],
    )
    dry = villages_import.import_file(db, path, TAN_YEN, dry_run=True)
    assert (dry.new, dry.unchanged) == (3, 1)
    assert _names(db, VIET_LAP) == before

    report = villages_import.import_file(db, path, TAN_YEN)
    assert report.summary() == "Đã nhập thôn: 3 mới, 0 thay đổi, 1 không đổi."
    assert _names(db, VIET_LAP) == [*before, "Thôn Đồng Mới", "Bản Mường"]
    added = {unit.name: unit for unit in units.children(db, "07351")}
    assert added["Bản Khe Nước"].kind == "bản" and added["Bản Khe Nước"].owner_code == "07351"
    # The same history as a village added from the tree's menu: a tracked insert of its commune.
    logged = changes.history(db, table="units", row_prefix=f"{VIET_LAP}.", field="name")
    assert [(c.new_value, c.owner_code, c.user_name) for c in logged][-2:] == [
        ("Thôn Đồng Mới", VIET_LAP, "Nguyễn Văn An"),
        ("Bản Mường", VIET_LAP, "Nguyễn Văn An"),
    ]

    again = villages_import.import_file(db, path, TAN_YEN)
    assert (again.new, again.unchanged) == (0, 4)


def test_a_communes_sheet_needs_no_commune_column(db, db_path, tmp_path, capsys):
    path = _sheet(
        tmp_path / "thon-viet-lap.csv.xlsx", ["Tên thôn", "Loại"], [["Tổ dân phố 3", None]]
    )
    db.close()
    code = main(["--db", str(db_path), "import", "villages", str(path), "--under", VIET_LAP])
    assert code == 0
    assert capsys.readouterr().out.splitlines() == [
        "Đã nhập thôn: 1 mới, 0 thay đổi, 0 không đổi.",
        "  Lưu ý: Xã Việt Lập: thêm Tổ dân phố 3 (mã 07354.002)",
    ]
    code = main(["--db", str(db_path), "import", "villages", str(path), "--under", VIET_LAP])
    assert capsys.readouterr().out.startswith("Đã nhập thôn: 0 mới, 0 thay đổi, 1 không đổi.")
    # A sheet of many communes needs their column.
    before = file_digest(db_path)
    code = main(["--db", str(db_path), "import", "villages", str(path), "--under", TAN_YEN])
    assert code == 3 and "không có cột 'Xã' hay 'Mã xã'" in capsys.readouterr().err
    assert file_digest(db_path) == before


def test_a_sheet_with_bad_cells_adds_no_village(db, db_path, tmp_path):
    path = _sheet(
        tmp_path / "thon-sai.xlsx",
        ["Mã xã", "Xã", "Tên thôn", "Loại"],
        [
            [7354, "Xã Việt Lập", "Đồng Mới", None],
            [None, "Xã Không Có", "Đồng Cũ", None],
            [None, "Xã Song Mai", "Đồng Xa", None],  # in another district
            [7354, None, None, None],
            [7354, None, "Thôn Hạ", "bản"],
            [7354, None, "Đồng Cao", "làng xã"],
        ],
    )
    with refused(db_path, "có 5 ô không hợp lệ; chưa thêm thôn nào") as error:
        villages_import.import_file(db, path, TAN_YEN)
    assert error.value.details == [
        "Trang tính 'Thôn', dòng 4, cột B, giá trị 'Xã Không Có': không có xã nào có tên này "
        "trong Huyện Tân Yên; hãy ghi mã xã hoặc sửa tên",
        "Trang tính 'Thôn', dòng 5, cột B, giá trị 'Xã Song Mai': không có xã nào có tên này "
        "trong Huyện Tân Yên; hãy ghi mã xã hoặc sửa tên",
        "Trang tính 'Thôn', dòng 6, cột C: thiếu tên thôn; hãy ghi tên hoặc xóa dòng",
        "Trang tính 'Thôn', dòng 7, cột D, giá trị 'bản': tên 'Thôn Hạ' là thôn nhưng cột loại "
        "ghi 'bản'; hãy sửa tên hoặc loại",
        "Trang tính 'Thôn', dòng 8, cột D, giá trị 'làng xã': loại 'làng xã' không hợp lệ; ghi "
        "một trong: thôn, bản, xóm, tổ dân phố, ấp, khu phố, làng",
    ]
