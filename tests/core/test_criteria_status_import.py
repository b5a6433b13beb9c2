"""Import of the criteria-status sheets districts keep in Excel: messy and broken files."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from ntm_desktop.checklist import assessments, criteria_status_import, recognitions, standing
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import changes
from ntm_desktop.units import unit_names
from tests.conftest import file_digest, refused

CRITERION_HEADERS = [
    "1", "TC2", "TC 3", "Tiêu chí 4", "Trường học", "6", "7", "8", "9", "10",
    "11", "12", "13", "14", "15", "16", "Tiêu chí 17", "18", "TC19",
]  # fmt: skip
# Marks of every kind people type: all of Việt Lập's criteria met, the others mixed.
ROWS = [
    # code as a number (leading zero lost), name, district, marks, total, years
    (7354, "Xã Việt Lập", "Huyện Tân Yên",
     ["x", "X", "✓", 1, "Đạt", "đạt", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x",
      "x", "x"], 19, 2016, 2020),
    ("07357", "Xã Liên Chung", "Huyện Tân Yên",
     ["x", None, 0, "-", "Chưa đạt", "Không đạt", "x", "x", "x", "x", "x", "x", "x", "x",
      "x", "x", "x", "x", "x"], 14, None, None),
    # no code: matched by name within its district (another Xã Phúc Sơn is in Sơn Động)
    (None, "Phúc Sơn", "Tân Yên", ["x"] * 9 + [None] * 10, 9, None, None),
]  # fmt: skip


def messy_workbook(path, rows=ROWS, *, total_header="Tổng số tiêu chí đạt"):
    book = Workbook()
    notes = book.active
    notes.title = "Hướng dẫn"
    notes["A1"] = "Ghi x vào ô tiêu chí đã đạt."
    sheet = book.create_sheet("Tân Yên")
    width = 4 + len(CRITERION_HEADERS) + 3
    sheet.append(["UBND HUYỆN TÂN YÊN"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM NĂM 2020"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Mã xã",
            "Tên xã",
            "Huyện",
            "Tiêu chí",
            *[None] * 18,
            total_header,
            "Năm đạt chuẩn",
            "Năm đạt chuẩn nâng cao",
        ]
    )
    sheet.merge_cells(start_row=4, start_column=5, end_row=4, end_column=23)
    sheet.append([None, None, None, None, *CRITERION_HEADERS])
    for column in (1, 2, 3, 4, 24, 25, 26):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    for number, (code, name, district, marks, total, year, advanced) in enumerate(rows, 1):
        sheet.append([number, code, name, district, *marks, total, year, advanced])
    sheet.append([None, None, "Tổng cộng", None, *[len(rows)] * 19])
    book.save(path)
    return path


def test_a_messy_sheet_is_imported_once(db, db_path, tmp_path, capsys):
    sheet = messy_workbook(tmp_path / "tan-yen-2020.xlsx")
    before = file_digest(db_path)
    assert main(["--db", str(db_path), "import", "criteria-status", str(sheet), "--year",
                 "2020", "--dry-run"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Xã Liên Chung (07357): tiêu chí 3 chưa có -> chưa đạt" in out
    assert "Xã Việt Lập: công nhận NTM nâng cao năm 2020" in out
    assert "Sẽ thay đổi 57 kết quả tiêu chí và 2 quyết định công nhận của 3 xã năm 2020" in out
    assert file_digest(db_path) == before

    result = criteria_status_import.import_file(db, sheet, 2020)
    assert (result.communes, len(result.changes), len(result.recognitions)) == (3, 57, 2)
    assert assessments.score(db, "07354", 2020) == (19, 19)
    assert assessments.score(db, "07357", 2020) == (14, 19)
    assert assessments.score(db, "07318", 2020) == (9, 19)  # Phúc Sơn of Tân Yên
    assert assessments.stored_criterion_results(db, "07357", 2020)[2] is False
    row = assessments.checklist(db, "07357", 2020).criteria[0].indicators[0]
    assert row.officer_met == "yes" and row.decided_by == "officer"
    assert row.note == "Nhập từ bảng tiêu chí tan-yen-2020.xlsx, trang tính 'Tân Yên', dòng 7"
    assert row.judged_by_criterion
    # One row per criterion, keyed by its identity: it logs only what the sheet gave, and its
    # owner travels on every op. The indicators get no row of their own.
    key = assessments.checklist(db, "07357", 2020).choice.catalog.key
    created = changes.history(db, table="criterion_judgments", row_prefix="07357/")
    assert {c.row_id for c in created} == {f"07357/2020/{key}/{no}" for no in range(1, 20)}
    assert sorted(c.field for c in created if c.row_id.endswith("/1")) == ["note", "officer_met"]
    assert {c.owner_code for c in created} == {"07357"}
    assert changes.history(db, table="indicator_values") == []
    assert recognitions.tier_at(db, "07354", date(2020, 12, 31)) == "advanced"
    assert [r.decision_date for r in recognitions.of_unit(db, "07354")] == [
        date(2016, 12, 31), date(2020, 12, 31)
    ]  # fmt: skip

    logged = len(changes.history(db))
    again = criteria_status_import.import_file(db, sheet, 2020)
    assert (again.changes, again.recognitions) == ([], [])
    assert len(changes.history(db)) == logged


def test_every_bad_cell_is_reported_and_nothing_imported(db, db_path, tmp_path):
    rows = [
        (7354, "Xã Việt Lập", "Huyện Tân Yên", ["x"] * 18 + ["có lẽ"], 19, 2016, None),
        (7357, "Xã Liên Chung", "Huyện Tân Yên", ["x"] * 19, 18, None, None),
        (99999, "Xã Không Có", "Huyện Tân Yên", ["x"] * 19, 19, None, None),
        (None, "Phúc Sơn", None, ["x"] * 19, 19, 2030, None),
        (7309, "Xã Đại Hóa", "Huyện Tân Yên", ["x"] * 19, 19, None, None),
    ]
    sheet = messy_workbook(tmp_path / "loi.xlsx", rows)
    with refused(db_path) as error:
        criteria_status_import.import_file(db, sheet, 2020)
    assert error.value.message == (
        "Tệp loi.xlsx có 6 ô không hợp lệ nên chưa nhập gì. Hãy sửa các ô dưới đây rồi nhập lại."
    )
    assert error.value.details == [
        "Trang tính 'Tân Yên', dòng 6, cột W, giá trị 'có lẽ': không hiểu ký hiệu: ghi x, ✓, 1 "
        "hoặc 'Đạt' khi đạt; để trống, 0, - hoặc 'Chưa đạt' khi chưa đạt",
        "Trang tính 'Tân Yên', dòng 7, cột X, giá trị '18': tổng số tiêu chí đạt ghi 18 nhưng "
        "đếm được 19 tiêu chí đánh dấu đạt",
        "Trang tính 'Tân Yên', dòng 8, cột B, giá trị '99999': Mã 99999 không có trong danh sách "
        "đơn vị; kiểm tra lại mã hoặc để trống ô mã để đối chiếu theo tên",
        "Trang tính 'Tân Yên', dòng 9, cột C, giá trị 'Phúc Sơn': tên trùng với nhiều xã; hãy "
        "ghi mã xã hoặc cột huyện",
        "Trang tính 'Tân Yên', dòng 9, cột Y, giá trị '2030': năm công nhận phải là năm có bốn "
        "chữ số, không sau năm 2020",
        "Trang tính 'Tân Yên', dòng 10, cột B, giá trị '7309': mã 07309 là Xã Tân Trung, không "
        "phải 'Xã Đại Hóa'; hãy sửa mã hoặc tên",
    ]
    assert standing.stored_scores(db, ["07354", "07357"], 2020) == {}


def test_an_unknown_code_is_never_matched_by_name(db, db_path, tmp_path, capsys):
    """99999 next to a real commune's name is reported, not quietly read as that commune."""
    rows = [
        (99999, "Xã Việt Lập", "Huyện Tân Yên", ["x"] * 19, 19, None, None),
        (216, "Xã Liên Chung", "Huyện Tân Yên", ["x"] * 19, 19, None, None),
        (None, "Xã Không Có", "Huyện Tân Yên", ["x"] * 19, 19, None, None),
        # A blank code cell still falls back to the name.
        (None, "Xã Liên Chung", "Huyện Tân Yên", ["x"] * 19, 19, None, None),
    ]
    sheet = messy_workbook(tmp_path / "ma-sai.xlsx", rows)
    with refused(db_path) as error:
        criteria_status_import.import_file(db, sheet, 2020)
    assert error.value.details == [
        "Trang tính 'Tân Yên', dòng 6, cột B, giá trị '99999': Mã 99999 không có trong danh sách "
        "đơn vị; kiểm tra lại mã hoặc để trống ô mã để đối chiếu theo tên",
        "Trang tính 'Tân Yên', dòng 7, cột B, giá trị '216': mã 00216 là Huyện Tân Yên, không "
        "phải một xã; hãy ghi mã xã hoặc để trống ô mã để đối chiếu theo tên",
        "Trang tính 'Tân Yên', dòng 8, cột C, giá trị 'Xã Không Có': không có xã nào có tên này "
        "trong tệp dữ liệu; hãy ghi mã xã hoặc sửa tên",
    ]
    assert standing.stored_scores(db, ["07354", "07357"], 2020) == {}
    db.close()
    before = file_digest(db_path)
    code = main(["--db", str(db_path), "import", "criteria-status", str(sheet), "--year",
                 "2020"])  # fmt: skip
    assert code == 3
    assert "Mã 99999 không có trong danh sách đơn vị" in capsys.readouterr().err
    assert file_digest(db_path) == before

    fixed = messy_workbook(tmp_path / "ma-dung.xlsx", [(None, *rows[0][1:])])
    with open_data_file(db_path) as again:
        criteria_status_import.import_file(again, fixed, 2020)
        assert assessments.score(again, "07354", 2020) == (19, 19)


def test_recognition_years_keep_the_tier_order(db, db_path, tmp_path):
    """Both tiers in one row are recorded standard first; an advanced year without a standard
    one (in the row or already recorded by then) is refused and nothing is imported."""
    rows = [
        (7354, "Xã Việt Lập", "Huyện Tân Yên", ["x"] * 19, 19, 2020, 2020),
        (7357, "Xã Liên Chung", "Huyện Tân Yên", ["x"] * 19, 19, None, 2019),
        (7309, "Xã Tân Trung", "Huyện Tân Yên", ["x"] * 19, 19, 2020, 2018),
    ]
    sheet = messy_workbook(tmp_path / "bac.xlsx", rows)
    before = file_digest(db_path)
    with pytest.raises(InvalidInput) as error:
        criteria_status_import.import_file(db, sheet, 2020)
    assert error.value.details == [
        "Trang tính 'Tân Yên', dòng 7, cột Z, giá trị '2019': Xã Liên Chung chưa được công nhận "
        "NTM đạt chuẩn đến ngày 31/12/2019 nên chưa thể công nhận NTM nâng cao năm 2019; hãy "
        "ghi năm vào cột 'Năm đạt chuẩn' (không sau năm 2019) hoặc nhập quyết định công nhận "
        "NTM đạt chuẩn trước",
        "Trang tính 'Tân Yên', dòng 8, cột Z, giá trị '2018': Xã Tân Trung chưa được công nhận "
        "NTM đạt chuẩn đến ngày 31/12/2018 nên chưa thể công nhận NTM nâng cao năm 2018; hãy "
        "ghi năm vào cột 'Năm đạt chuẩn' (không sau năm 2018) hoặc nhập quyết định công nhận "
        "NTM đạt chuẩn trước",
    ]
    assert file_digest(db_path) == before

    # Liên Chung's standard decision already on record makes its row valid.
    recognitions.add(db, "07357", "standard", date(2017, 12, 20), "5/QĐ-UBND")
    result = criteria_status_import.import_file(db, messy_workbook(tmp_path / "ok.xlsx", rows[:2]),
                                                2020)  # fmt: skip
    assert result.recognitions == [
        "Xã Việt Lập: công nhận NTM đạt chuẩn năm 2020",
        "Xã Việt Lập: công nhận NTM nâng cao năm 2020",
        "Xã Liên Chung: công nhận NTM nâng cao năm 2019",
    ]
    assert {(r.tier, r.decision_date) for r in recognitions.of_unit(db, "07354")} == {
        ("standard", date(2020, 12, 31)), ("advanced", date(2020, 12, 31))
    }  # fmt: skip

    # The advanced column before the standard one: still recorded standard first.
    book = Workbook()
    plain = book.active
    plain.append(["Mã xã", "Tên xã", *map(str, range(1, 20)), "Năm đạt chuẩn nâng cao",
                  "Năm đạt chuẩn"])  # fmt: skip
    plain.append(["07309", "Xã Tân Trung", *["x"] * 19, 2020, 2018])
    path = tmp_path / "nang-cao-truoc.xlsx"
    book.save(path)
    result = criteria_status_import.import_file(db, path, 2020)
    assert result.recognitions == [
        "Xã Tân Trung: công nhận NTM đạt chuẩn năm 2018",
        "Xã Tân Trung: công nhận NTM nâng cao năm 2020",
    ]


def test_recognitions_of_the_current_year_are_dated_today(db, tmp_path):
    today = date(2025, 10, 1)
    rows = [(7354, "Xã Việt Lập", "Huyện Tân Yên", ["x"] * 19, 19, 2025, None)]
    sheet = messy_workbook(tmp_path / "nam-nay.xlsx", rows)
    criteria_status_import.import_file(db, sheet, 2025, today=today)
    assert [r.decision_date for r in recognitions.of_unit(db, "07354")] == [today]
    with pytest.raises(InvalidInput) as error:
        criteria_status_import.import_file(db, sheet, 2025, today=date(2024, 12, 1))
    assert error.value.details == [
        "Trang tính 'Tân Yên', dòng 6, cột Y, giá trị '2025': năm công nhận 2025 chưa đến (năm "
        "nay là 2024); hãy ghi năm đã có quyết định công nhận"
    ]


def test_broken_files_are_refused_with_their_message(db, db_path, tmp_path, capsys):
    not_excel = tmp_path / "bang.xlsx"
    not_excel.write_text("đây không phải tệp Excel", "utf-8")
    empty = tmp_path / "rong.xlsx"
    empty.write_bytes(b"")
    book = Workbook()
    book.active.append(["Tên xã", "1", "2"])
    book.active.append(["Xã Việt Lập", "x", "x"])
    no_code = tmp_path / "khong-ma.xlsx"
    book.save(no_code)
    blank = tmp_path / "trang.xlsx"
    Workbook().save(blank)
    before = file_digest(db_path)
    expected = {
        not_excel: "Tệp bang.xlsx không phải tệp Excel .xlsx đọc được. Hãy mở tệp bằng Excel, "
        "chọn Lưu thành 'Sổ làm việc Excel (.xlsx)' rồi nhập lại.",
        empty: "Tệp rong.xlsx rỗng: không có dữ liệu nào để nhập.",
        blank: "Tệp trang.xlsx không có dữ liệu nào để nhập (mọi ô đều trống).",
        no_code: "Không tìm thấy bảng tiêu chí trong tệp khong-ma.xlsx: dòng tiêu đề cần một cột "
        "mã có chữ 'Mã' (ví dụ 'Mã xã') và các cột tiêu chí (ví dụ '1', 'TC1', 'Tiêu chí 1' "
        "hoặc tên tiêu chí).",
    }
    for path, message in expected.items():
        code = main(["--db", str(db_path), "import", "criteria-status", str(path), "--year",
                     "2020"])  # fmt: skip
        assert code == 3
        assert capsys.readouterr().err.splitlines()[0] == f"Lỗi: {message}"
    assert file_digest(db_path) == before


@pytest.mark.parametrize(
    ("value", "mark"),
    [("x", True), ("X", True), ("✓", True), (1, True), (1.0, True), ("Đạt", True), ("ĐẠT", True),
     (None, False), ("", False), (0, False), ("-", False), ("Chưa đạt", False),
     ("không đạt", False), ("2", None), ("?", None)],
)  # fmt: skip
def test_marks(value, mark):
    assert criteria_status_import.parse_mark(value) is mark


def test_codes_typed_as_numbers_get_their_leading_zero_back():
    assert unit_names.normalise_code(7354) == "07354"
    assert unit_names.normalise_code(7354.0) == "07354"
    assert unit_names.normalise_code(" 07354 ") == "07354"


def test_a_plain_sheet_with_one_header_row(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Mã xã", "Tên xã", *[str(n) for n in range(1, 20)], "Tổng số tiêu chí đạt"])
    sheet.append([7354, "Xã Việt Lập", *[1] * 15, 0, 0, 1, 1, 17])
    sheet.append(["7309", "Xã Tân Trung", *["Đạt"] * 10, *["Chưa đạt"] * 9, 10])
    sheet.append([None, "Cộng", *[2] * 19, None])
    path = tmp_path / "don-gian.xlsx"
    book.save(path)
    result = criteria_status_import.import_file(db, path, 2020)
    assert result.communes == 2
    assert assessments.score(db, "07354", 2020) == (17, 19)
    assert assessments.score(db, "07309", 2020) == (10, 19)


def test_a_reimport_logs_only_the_criteria_that_changed(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Mã xã", "Tên xã", *[str(n) for n in range(1, 20)]])
    sheet.append(["07354", "Xã Việt Lập", *[1] * 15, 0, 0, 0, 0])
    first = tmp_path / "lan-1.xlsx"
    book.save(first)
    criteria_status_import.import_file(db, first, 2020)
    logged = len(changes.history(db))
    sheet.cell(row=2, column=2 + 16, value=1)  # criterion 16 now met
    second = tmp_path / "lan-2.xlsx"
    book.save(second)

    criteria_status_import.import_file(db, second, 2020)

    new = changes.history(db)[logged:]
    assert [(entry.table_name, entry.row_id.rpartition("/")[2], entry.field) for entry in new] == [
        ("criterion_judgments", "16", "officer_met"),
        ("criterion_judgments", "16", "note"),
    ]
