"""Reports rebuild the seeds' tables from per-commune data consistent with them."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from ntm_desktop.checklist import recognitions
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.numbers import parse_decimal
from ntm_desktop.common.text import fold
from ntm_desktop.criteria import catalogs
from ntm_desktop.reports import bieu_01, by_criterion, by_district, output
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database, changes, migrations
from ntm_desktop.storage import assessments as stored
from ntm_desktop.storage import reports as report_rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.targets import targets, targets_import
from ntm_desktop.units import datasets, units
from tests.core import report_seeds
from tests.core.report_seeds import STANDARD_BY_DISTRICT, seed_rows
from tests.pdf_checks import render_png

PLAN = report_seeds.SEED_TABLES / "bac-giang-2020-plan-by-district.csv"


@pytest.fixture(scope="module")
def bac_giang_2020(tmp_path_factory, bac_giang_template) -> Path:
    """A data file with Bắc Giang's 2020 results and Biểu 01 targets, built once."""
    path = tmp_path_factory.mktemp("bg2020") / "ntm.db"
    shutil.copyfile(bac_giang_template, path)
    with open_data_file(path) as db:
        db.set_user("Văn phòng Điều phối")
        report_seeds.build_bac_giang_2020(db)
        targets_import.import_file(db, PLAN, 2020)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def seeded(bac_giang_2020, tmp_path):
    path = tmp_path / "ntm.db"
    shutil.copyfile(bac_giang_2020, path)
    with open_data_file(path) as db:
        yield db


def _by_code(report):
    return {row[0]: dict(zip(report.columns, row, strict=True)) for row in report.rows}


def test_by_district_rebuilds_the_2020_results_against_bieu_01(seeded):
    report = by_district.build(seeded, 2020)
    rows = _by_code(report)
    total = rows["TOTAL"]
    # Báo cáo năm 2020: 127/184 xã đạt chuẩn, 8 nâng cao, 154 thôn NTM (106,9 % kế hoạch),
    # 72 thôn kiểu mẫu (130,9 %), 16,3 tiêu chí/xã (100,6 %), không còn xã dưới 10 tiêu chí.
    assert total["communes"] == 184
    assert round(total["avg_criteria"], 1) == 16.3
    assert total["avg_criteria_target"] == 16.2
    assert total["avg_criteria_pct_of_target"] == 100.6
    # 0 of a plan of 0 has no share of the plan ("—" in the printed table), not 100 %.
    assert (total["below10"], total["below10_target"], total["below10_pct_of_target"]) == (
        0,
        0,
        None,
    )
    assert (total["standard"], total["standard_target"]) == (127, 124)
    # The report says 117,4 % of plan; Biểu 01 plans 124, so 127 is 102,4 % of it (the 117,4 %
    # was taken against a figure the seeds do not give).
    assert total["standard_pct_of_target"] == 102.4
    assert (total["advanced"], total["advanced_target"], total["advanced_pct_of_target"]) == (
        8, 8, 100.0,
    )  # fmt: skip
    assert (total["ntm_villages"], total["ntm_villages_target"]) == (154, 144)
    assert total["ntm_villages_pct_of_target"] == 106.9
    assert (total["model_villages"], total["model_villages_target"]) == (72, 55)
    assert total["model_villages_pct_of_target"] == 130.9
    assert total["model"] == 0 and "model_target" not in total
    # Every district row: its communes, its standard communes and its own Biểu 01 targets.
    plan = {fold(r["district"]): r for r in seed_rows("bac-giang-2020-plan-by-district.csv")}
    assert list(rows) == [*STANDARD_BY_DISTRICT, "TOTAL"]
    communes = {"213": 6, "215": 17, "216": 20, "217": 19, "218": 24, "219": 28, "220": 15,
                "221": 16, "222": 15, "223": 24}  # fmt: skip
    for code, row in rows.items():
        if code == "TOTAL":
            continue
        assert row["communes"] == communes[code]
        assert row["standard"] == STANDARD_BY_DISTRICT[code]
        assert row["ntm_villages"] == report_seeds.NTM_VILLAGES_BY_DISTRICT.get(code, 0)
        assert row["model_villages"] == report_seeds.MODEL_VILLAGES_BY_DISTRICT.get(code, 0)
        source = plan[fold(row["name"].replace("Thành phố", "TP"))]
        for column, seed in (
            ("standard", "standard_communes_plan2020"),
            ("advanced", "advanced_communes_plan2020"),
            ("ntm_villages", "ntm_villages_plan2020"),
            ("model_villages", "model_villages_plan2020"),
            ("below10", "below10_plan2020"),
        ):
            expected = int(source[seed]) if source[seed] else None
            assert row[f"{column}_target"] == expected, (code, column)
            if expected:
                assert row[f"{column}_pct_of_target"] == round(row[column] / expected * 100, 1)
        assert row["avg_criteria_target"] == float(
            parse_decimal(source["avg_criteria_plan2020"], "avg")
        )
    # The district totals add up to the province's; the average is over communes.
    for column in ("communes", "standard", "advanced", "ntm_villages", "model_villages"):
        assert sum(r[column] for c, r in rows.items() if c != "TOTAL") == total[column]
    district_means = [r["avg_criteria"] for c, r in rows.items() if c != "TOTAL"]
    assert round(sum(district_means) / len(district_means), 2) != total["avg_criteria"]
    assert rows["221"]["standard_pct_of_target"] == 133.3  # Yên Dũng 16/12


def _held_tiers_as_derived(db):
    """held_tiers holds what its definition gives from the recognitions, plans and units now,
    and marks the units with several rows."""
    columns = "parent_code, unit_code, source, commune_code, kind, standard, advanced, model, "
    columns += "ntm_village, model_village, held_from, held_to, unit_from, unit_to, "
    columns += "commune_from, commune_to"
    held = sorted(db.conn.execute(f"SELECT {columns} FROM held_tiers").fetchall())
    assert held == sorted(db.conn.execute(f"SELECT {columns} FROM held_tiers_derived").fetchall())
    assert not db.conn.execute(
        "SELECT 1 FROM held_tiers h WHERE shared <> "
        "((SELECT count(*) FROM held_tiers WHERE unit_code = h.unit_code) > 1)"
    ).fetchall()


def test_the_report_follows_a_withdrawal_a_commune_moved_and_a_village_retired(seeded):
    """The tiers held are read from a table derived from the recognitions, village plans and
    units: every write of those is counted at once."""
    yen_dung = [u.code for u in units.children(seeded, "221") if u.kind == "xã"]
    first, moved = yen_dung[0], yen_dung[-1]  # the last holds Yên Dũng's 7 NTM villages
    before = _by_code(by_district.build(seeded, 2020))
    assert (before["221"]["standard"], before["221"]["ntm_villages"]) == (16, 7)

    (held,) = recognitions.of_unit(seeded, first)
    recognitions.withdraw(seeded, held.id, date(2020, 6, 1), "Không duy trì tiêu chí 17")
    after = _by_code(by_district.build(seeded, 2020))
    assert (after["221"]["standard"], after["TOTAL"]["standard"]) == (15, 126)
    assert _by_code(by_district.build(seeded, 2019))["221"]["standard"] == 16
    _held_tiers_as_derived(seeded)

    commune = units.get(seeded, moved)
    changes.update_tracked(
        seeded, "units", moved, {"parent_code": "222"}, key="code", owner=commune.owner_code
    )
    after = _by_code(by_district.build(seeded, 2020))
    assert [after["221"][c] for c in ("communes", "standard", "ntm_villages")] == [15, 14, 0]
    assert [after["222"][c] for c in ("communes", "standard", "ntm_villages")] == [
        before["222"]["communes"] + 1,
        before["222"]["standard"] + 1,
        before["222"]["ntm_villages"] + 7,
    ]
    assert after["TOTAL"]["ntm_villages"] == before["TOTAL"]["ntm_villages"]
    _held_tiers_as_derived(seeded)

    village = units.children(seeded, moved)[-1].code
    units.retire(seeded, village, date(2020, 11, 30))
    after = _by_code(by_district.build(seeded, 2020))
    assert after["222"]["ntm_villages"] == before["222"]["ntm_villages"] + 6
    _held_tiers_as_derived(seeded)


def test_only_a_set_in_several_versions_makes_the_version_note(seeded):
    """A year's results under other sets (a district's, an advanced commune's) are not versions
    of the communes' set; a second version of a set is, and the note counts its communes."""
    communes = [u.code for u in units.children(seeded, "221") if u.kind == "xã"]
    stored.store_results(seeded, "221", 2020, "huyen-ntm-2016-2020@1", "standard", [(1, True)])
    stored.store_results(
        seeded, communes[0], 2020, "xa-ntm-nang-cao-2021-2025@1", "advanced", [(1, True)]
    )
    assert report_rows.result_keys(seeded, 2020) == [
        "huyen-ntm-2016-2020@1",
        report_seeds.CATALOG_2020,
        "xa-ntm-nang-cao-2021-2025@1",
    ]
    assert by_district.build(seeded, 2020).versions_note is None
    assert not any("phiên bản" in note for note in by_criterion.build(seeded, 2020).notes)

    stored.store_results(seeded, communes[1], 2020, "xa-ntm-2016-2020@2", "standard", [(1, True)])
    mixed = "Tổng hợp theo 2 phiên bản bộ tiêu chí: xa-ntm-2016-2020@1 (182 xã), @2 (1 xã)."
    assert by_district.build(seeded, 2020).versions_note == mixed
    assert mixed in by_criterion.build(seeded, 2020).notes


def test_a_file_from_before_held_tiers_gets_the_tiers_it_holds(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    cut = next(step.version for step in migrations.load() if step.name == "province_report")
    older = tuple(step for step in migrations.load() if step.version < cut)
    monkeypatch.setattr(migrations, "load", lambda: older)
    with open_data_file(path, create=True) as db:
        datasets.initialize(db, "bac-giang-2020")
        recognitions.add(db, "07354", "standard", date(2019, 12, 1))
        recognitions.add(db, "07354.001", "model", date(2020, 3, 1))
    monkeypatch.undo()
    with open_data_file(path) as db:
        _held_tiers_as_derived(db)
        line = next(line for line in by_district.build(db, 2020).lines if line.code == "216")
        assert (line.standard, line.model_villages) == (1, 1)


def test_by_criterion_rebuilds_the_2020_attainment_table(seeded):
    report = by_criterion.build(seeded, 2020)
    assert report.communes == 184
    found = {row[0]: row for row in report.rows}
    assert len(found) == 19
    for seed in seed_rows("bac-giang-2020-criteria-attainment.csv"):
        _no, name, met, percent = found[int(seed["criterion_no"])]
        assert fold(name) == fold(seed["criterion"])
        assert met == int(seed["communes_met"])
        assert round(percent, 1) == float(seed["percent_reported"])


def test_tiers_are_taken_at_the_end_of_the_year(seeded):
    # 2019: the advanced decisions (15/12/2020) are not yet in force; the withdrawn
    # recognition (withdrawn 01/06/2020) still is.
    total = _by_code(by_district.build(seeded, 2019))["TOTAL"]
    assert (total["standard"], total["advanced"]) == (128, 0)
    assert total["avg_criteria"] is None and total["below10"] is None
    total = _by_code(by_district.build(seeded, 2021))["TOTAL"]
    assert total["standard"] == 128  # the 2021 decision


def test_scope_under_a_district(seeded):
    report = by_district.build(seeded, 2020, "221")
    assert [row[0] for row in report.rows] == ["221", "TOTAL"]
    total = _by_code(report)["TOTAL"]
    assert (total["communes"], total["standard"], total["standard_target"]) == (16, 16, 12)
    with pytest.raises(InvalidInput, match="cấp xã"):
        by_district.build(seeded, 2020, "07354")


def test_by_district_on_a_tree_without_districts(bac_ninh_template, tmp_path):
    path = tmp_path / "bn.db"
    shutil.copyfile(bac_ninh_template, path)
    with open_data_file(path) as db:
        report = by_district.build(db, 2025)
    assert [row[:3] for row in report.rows] == [
        ("24", "Tỉnh Bắc Ninh", 66),
        ("TOTAL", "Tổng cộng", 66),
    ]
    assert any("không có cấp huyện" in note for note in report.notes)


BAC_KAN_SLIPS = {
    # Phụ lục 2 of Báo cáo 458-BC/TU gives 50 % for 55/112 and 89,10 % for 98/110.
    (15, "pct_2011"): 49.11,
    (15, "pct_2020_06"): 89.09,
}


def _commune(n: int, code: str) -> tuple:
    merged = "2020-01-31" if n >= 110 else None
    district = "058" if n % 2 else "059"
    return (code, f"Xã {code}", fold(f"Xã {code}"), "xã", "commune", district, None, merged, "06")


def _bac_kan(path: Path) -> Database:
    """Bắc Kạn with 112 communes in 2011, two of them merged away before 2020 (110 left)."""
    db = open_data_file(path, create=True)
    db.set_user("Tỉnh ủy Bắc Kạn")
    catalogs.load_shipped(db)
    old = catalogs.document(db, "xa-ntm-2016-2020")
    old.update(id="xa-ntm-2010-2015", period=[2010, 2015], title="Bộ tiêu chí xã NTM 2010-2015")
    old.update(legal_basis="Quyết định 491/QĐ-TTg ngày 16/4/2009")
    old.pop("version")
    info, _ = catalogs.import_document(db, old)
    communes = [f"0{1000 + n}" for n in range(112)]
    unit_rows.insert_many(
        db,
        [("06", "Tỉnh Bắc Kạn", fold("Tỉnh Bắc Kạn"), "tỉnh", "province", None, None, None, "06")]
        + [
            (d, f"Huyện {d}", fold(f"Huyện {d}"), "huyện", "district", "06", None, None, "06")
            for d in ("058", "059")
        ]
        + [
            (
                code,
                f"Xã {code}",
                fold(f"Xã {code}"),
                "xã",
                "commune",
                "058" if n % 2 else "059",
                None,
                "2020-01-31" if n >= 110 else None,
                "06",
            )
            for n, code in enumerate(communes)
        ],
        [],
    )
    seeds = seed_rows("bac-kan-2011-2020-criteria-attainment.csv")
    for year, column, pool, key in (
        (2011, "met_2011", communes, info.key),
        (2020, "met_2020_06", communes[:110], report_seeds.CATALOG_2020),
    ):
        results: dict[str, set[int]] = {code: set() for code in pool}
        for offset, seed in enumerate(seeds):
            count = int(seed[column])
            for i in range(count):
                results[pool[(offset * 7 + i) % len(pool)]].add(int(seed["criterion_no"]))
        report_seeds.store(db, results, year, key, 19)
    return db


def test_by_criterion_rebuilds_bac_kan_2011_2020_with_its_change_column(tmp_path):
    with _bac_kan(tmp_path / "bk.db") as db:
        report = by_criterion.build(db, 2020, base_year=2011)
    assert (report.communes, report.base_communes) == (110, 112)
    assert report.columns == (
        "criterion_no", "criterion", "communes_met", "percent", "base_met", "base_percent",
        "change",
    )  # fmt: skip
    found = {row[0]: dict(zip(report.columns, row, strict=True)) for row in report.rows}
    for seed in seed_rows("bac-kan-2011-2020-criteria-attainment.csv"):
        no = int(seed["criterion_no"])
        row = found[no]
        assert fold(row["criterion"]) == fold(seed["criterion"])
        assert row["base_met"] == int(seed["met_2011"])
        assert row["communes_met"] == int(seed["met_2020_06"])
        assert row["change"] == int(seed["change"])
        assert row["base_percent"] == BAC_KAN_SLIPS.get((no, "pct_2011"), float(seed["pct_2011"]))
        assert row["percent"] == BAC_KAN_SLIPS.get((no, "pct_2020_06"), float(seed["pct_2020_06"]))


def test_by_criterion_over_several_periods_with_the_unit_column(tmp_path):
    """Phụ lục 2 of a ten-year report: every period side by side, the unit of each figure,
    the change since the first period."""
    path = tmp_path / "bk.db"
    with _bac_kan(path) as db:
        report = by_criterion.build(db, 2020, base_year=[2015, 2011])
    assert report.base_years == (2011, 2015) and report.earlier_communes == (112, 112)
    assert report.columns[-3:] == ("change", "base_met_2015", "base_percent_2015")
    rows = {row[0]: dict(zip(report.columns, row, strict=True)) for row in report.rows}
    assert (rows[3]["base_met"], rows[3]["communes_met"], rows[3]["change"]) == (71, 104, 33)
    assert rows[3]["base_met_2015"] is None  # nothing stored for 2015: no figure, not 0
    assert "Năm 2015 chưa có kết quả đánh giá nào được lưu trong địa bàn này." in report.notes
    target = tmp_path / "phu-luc-2.xlsx"
    args = ["--db", str(path), "report", "by-criterion", "--year", "2020"]
    args += ["--base-year", "2011", "--base-year", "2015", "--format", "xlsx", "-o", str(target)]
    assert main(args) == 0
    cells = [list(row) for row in load_workbook(target).active.iter_rows(values_only=True)]
    groups = next(row for row in cells if row[0] == "TT")
    assert groups[2] == "ĐVT"
    assert [g for g in groups if g and str(g).startswith("Năm ")] == [
        "Năm 2011 (112 xã)",
        "Năm 2015 (112 xã)",
        "Năm 2020 (110 xã)",
    ]
    assert groups[-1] == "Tăng (+), giảm (-)"
    third = next(row for row in cells if row[0] == 3)
    assert third[1:4] == ["Thủy lợi", "Xã", 71] and third[-1] == 33


def test_cli_reports_as_csv_xlsx_and_pdf(bac_giang_2020, tmp_path, capsys):
    db = str(bac_giang_2020)
    assert main(["--db", db, "report", "by-district", "--year", "2020", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[-1]["code"] == "TOTAL" and rows[-1]["standard"] == "127"
    assert rows[-1]["standard_pct_of_target"] == "102.4"
    xlsx = tmp_path / "bd.xlsx"
    assert main(["report", "by-district", "--year", "2020", "--format", "xlsx", "-o", str(xlsx),
                 "--db", db]) == 0  # fmt: skip
    sheet = load_workbook(xlsx).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[0] == "Mã")
    groups, titles = values[header], values[header + 1]
    first = titles.index("Thực hiện")
    assert groups[first] == "Bình quân tiêu chí đạt/xã"
    assert titles[first + 1 : first + 3] == ["Kế hoạch", "% kế hoạch"]
    assert f"{groups[0]}" == "Mã" and "Số xã đạt chuẩn" not in groups
    total = next(row for row in values if row[1] == "Tổng cộng")
    standard = groups.index("Xã đạt chuẩn NTM (kể cả nâng cao, kiểu mẫu)")
    assert total[standard : standard + 3] == [127, 124, pytest.approx(127 / 124)]
    assert isinstance(total[2], int) and total[2] == 184
    merged = {str(cells) for cells in sheet.merged_cells.ranges}
    row = header + 1
    assert f"{titles_letter(first)}{row}:{titles_letter(first + 2)}{row}" in merged
    assert f"A{row}:A{row + 1}" in merged  # "Mã" spans both header rows
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    pdf = tmp_path / "bc.pdf"
    assert main(["--db", db, "report", "by-criterion", "--year", "2020", "--format", "pdf",
                 "-o", str(pdf)]) == 0  # fmt: skip
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "SỐ XÃ ĐẠT TỪNG TIÊU CHÍ" in text and "Quốc phòng và An ninh" in text
    assert "83,7" in text  # 154/184, Vietnamese decimal comma


def test_bad_report_options_are_refused(bac_giang_2020, capsys):
    db = str(bac_giang_2020)
    assert main(["--db", db, "report", "by-district", "--year", "2020", "--format", "pdf"]) == 3
    assert "-o" in capsys.readouterr().err
    assert main(["--db", db, "report", "by-criterion", "--year", "2020", "--base-year",
                 "2021"]) == 3  # fmt: skip
    assert "Năm gốc 2021 phải trước năm báo cáo 2020" in capsys.readouterr().err


def titles_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def test_a_year_without_results_has_no_figures_not_zeros(seeded):
    report = by_criterion.build(seeded, 2020, base_year=2019)
    assert {row[4:] for row in report.rows} == {(None, None, None)}
    assert "Năm 2019 chưa có kết quả đánh giá nào được lưu trong địa bàn này." in report.notes


@pytest.mark.parametrize(
    ("actual", "target", "fewer", "expected"),
    [
        (127, 124, False, 102.4),
        (0, 0, False, None),
        (3, 0, False, None),
        (4, 5, True, 125.0),  # fewer communes below 10 criteria than planned: plan exceeded
        (6, 5, True, 83.3),
        (0, 0, True, None),
        (0, 5, True, None),
        (None, 5, False, None),
    ],
)
def test_plan_attainment_the_right_way_round(actual, target, fewer, expected):
    found = targets.percent_of_target(actual, target, fewer_is_better=fewer)
    assert (None if found is None else round(found, 1)) == expected


def test_no_share_of_a_zero_plan_prints_a_dash(seeded, tmp_path):
    table = by_district.build(seeded, 2020).table()
    below10 = next(
        i
        for i, c in enumerate(table.columns)
        if c.group and "dưới 10" in c.group and c.kind == "percent"
    )
    assert table.totals[below10] == "—"
    target = tmp_path / "theo-huyen.xlsx"
    output.write(by_district.build(seeded, 2020), "xlsx", target)
    values = [
        cell for row in load_workbook(target).active.iter_rows(values_only=True) for cell in row
    ]
    assert "—" in values


# The province lists its districts in its own order (Biểu 01 of Kế hoạch 552/KH-BCĐ), not by code.
PROVINCE_ORDER = [
    "Thành phố Bắc Giang",
    "Huyện Sơn Động",
    "Huyện Lục Ngạn",
    "Huyện Lục Nam",
    "Huyện Yên Thế",
    "Huyện Lạng Giang",
    "Huyện Yên Dũng",
    "Huyện Tân Yên",
    "Huyện Hiệp Hòa",
    "Huyện Việt Yên",
]
ATTACHED = "Kế hoạch số 552/KH-BCĐ ngày 17/02/2020 của Ban Chỉ đạo tỉnh Bắc Giang"


def test_bieu_01_in_the_province_layout(bac_giang_2020, tmp_path, capsys):
    path = tmp_path / "ntm.db"
    shutil.copyfile(bac_giang_2020, path)
    base = ["--db", str(path), "report", "by-district", "--year", "2020"]
    form = ["--layout", "bieu-01", "--attached-to", ATTACHED, "--signer", "Dương Văn Thái"]
    assert main([*base, *form, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["name"] for row in rows] == [*PROVINCE_ORDER, "Tổng cộng"]
    assert [row["no"] for row in rows[:3]] == ["1", "2", "3"]
    total = rows[-1]
    assert (total["ntm_villages_plan_2020"], total["ntm_villages_2020"]) == ("144", "154")
    assert total["ntm_villages_pct_of_plan"] == "106.9"
    assert (total["below10_plan_2020"], total["below10_2020"], total["below10_pct_of_plan"]) == (
        "0", "0", "",
    )  # fmt: skip
    assert "standard_2019" in total and "advanced_pct_of_plan" in total

    book = tmp_path / "bieu-01.xlsx"
    assert main([*base, *form, "--format", "xlsx", "-o", str(book)]) == 0
    cells = [list(row) for row in load_workbook(book).active.iter_rows(values_only=True)]
    assert cells[0][0] == "ỦY BAN NHÂN DÂN" and cells[0][-1] == "Biểu 01"
    assert cells[1][0] == "TỈNH BẮC GIANG"
    assert cells[3][0] == "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2020"
    assert cells[4][0] == f"(Kèm theo {ATTACHED})"
    header = next(row for row in cells if row[0] == "TT")
    assert header[1] == "Huyện, thành phố"
    titles = next(row for row in cells if row[2] == "Thực hiện đến năm 2019")
    assert titles[3:6] == ["Kế hoạch năm 2020", "Thực hiện năm 2020", "% kế hoạch"]
    names = [row[1] for row in cells if row[0] and str(row[0]).isdigit()]
    assert names == PROVINCE_ORDER
    compare = next(row for row in cells if row[1] == "So sánh 2020/2019")
    assert "Tăng 154 thôn" in compare
    flat = [value for row in cells for value in row]
    assert "—" in flat and "Dương Văn Thái" in flat and "TM. ỦY BAN NHÂN DÂN" in flat

    pdf = tmp_path / "bieu-01.pdf"
    assert main([*base, *form, "--format", "pdf", "-o", str(pdf)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    for expected in ("ỦY BAN NHÂN DÂN", "Biểu 01", f"(Kèm theo {ATTACHED})", "So sánh 2020/2019",
                     "TM. ỦY BAN NHÂN DÂN", "Dương Văn Thái", "% kế hoạch"):  # fmt: skip
        assert expected in text, expected
    positions = [text.index(name) for name in PROVINCE_ORDER]
    assert positions == sorted(positions)
    png = render_png(pdf, 0, tmp_path / "bieu-01.png")
    with Image.open(png) as image:
        assert image.size[0] > image.size[1]  # landscape
        assert sum(image.convert("L").histogram()[:100]) > 5000


def test_bieu_01_compares_with_the_year_before():
    assert bieu_01._change("ntm_villages", 154, 0) == "Tăng 154 thôn"
    assert bieu_01._change("standard", 127, 128) == "Giảm 1 xã"
    assert bieu_01._change("avg_criteria", 16.3, 15.84) == "Tăng 0,5 tiêu chí"
    assert bieu_01._change("below10", 0, 0) == "Không đổi"
    assert bieu_01._change("below10", 0, None) is None
