from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.money import dong_to_million, format_million, million_to_dong, parse_decimal
from ntm_desktop.funding import funding, funding_import, funding_report
from ntm_desktop.storage import changes
from tests.conftest import file_digest, refused

# Section I.3 of the 2020 report (seed 000), million VND.
SEED_2020 = {
    "central": 620260,
    "province": 274358,  # "Ngân sách địa phương (tỉnh, huyện, xã)": entered at province level
    "integrated": 192543,
    "enterprise": 47500,
    "community": 140130,
}


def test_parse_amounts_the_way_people_write_them():
    assert parse_decimal("1.274.790", "x") == 1274790
    assert parse_decimal("432,07", "x") == Decimal("432.07")
    assert parse_decimal("1.274.790,5", "x") == Decimal("1274790.5")
    assert parse_decimal(432.07, "x") == Decimal("432.07")
    assert million_to_dong("0,000001", "x") == 1
    assert format_million(dong_to_million(432_070_000)) == "432,07"
    with pytest.raises(InvalidInput, match="dưới 1 đồng"):
        million_to_dong("0,0000001", "x")
    with pytest.raises(InvalidInput, match="không phải là số"):
        million_to_dong("mười", "x")


def test_2020_shares_come_from_the_computed_total(db):
    funding.record(db, "24", 2020, SEED_2020)
    result = funding.rollup(db, "24", 2020)
    # The report prints 1.274.790; its parts add to 1.274.791. Only the computed sum exists here.
    assert result.total == 1_274_791 * 10**6
    assert format_million(dong_to_million(result.total)) == "1.274.791"
    shares = result.shares()
    assert shares == {
        "central": Decimal("48.7"),
        "local": Decimal("21.5"),
        "integrated": Decimal("15.1"),
        "enterprise": Decimal("3.7"),
        "community": Decimal("11.0"),
    }
    assert not hasattr(result, "typed_total")


def test_rollup_adds_communes_to_the_districts_own(db):
    funding.record(db, "07354", 2020, {"central": "1.500", "community": "250,5"}, {"land_m2": 1200})
    funding.record(db, "07342", 2020, {"commune": 300}, {"workdays": 450, "walls_m2": 80})
    funding.record(db, "216", 2020, {"district": 1000})
    funding.record(db, "24", 2020, {"province": 5000})
    district = funding.rollup(db, "216", 2020)
    assert district.amounts["central"] == 1_500_000_000
    assert district.amounts["community"] == 250_500_000
    assert district.groups["local"] == 1_300_000_000
    assert district.total == 3_050_500_000
    assert district.in_kind == {"land_m2": 1200, "workdays": 450, "walls_m2": 80}
    assert funding.get(db, "216", 2020).total == 1_000_000_000
    assert funding.rollup(db, "24", 2020).total == district.total + 5_000_000_000
    assert funding.rollup(db, "24", 2019).total == 0


def test_changes_are_tracked_and_owned_by_the_unit(db):
    funding.record(db, "07354", 2020, {"central": 100})
    funding.record(db, "07354", 2020, {"central": 120})
    funding.record(db, "07354", 2020, {"central": 120})
    log = changes.history(db, table="funding_years", field="central_dong")
    assert [(c.old_value, c.new_value) for c in log] == [
        (None, 100_000_000),
        (100_000_000, 120_000_000),
    ]
    assert {c.owner_code for c in log} == {"07354"}
    funding.delete(db, "07354", 2020)
    assert funding.rollup(db, "216", 2020).total == 0


def test_negative_amounts_are_refused_and_nothing_changes(db, db_path):
    funding.record(db, "07354", 2020, {"central": 100})
    with refused(db_path, match="chưa có gì thay đổi") as caught:
        funding.record(db, "07354", 2020, {"central": 200, "community": "-5"}, {"land_m2": "12,5"})
    assert any("không được âm" in line for line in caught.value.details)
    assert any("số nguyên" in line for line in caught.value.details)
    assert funding.get(db, "07354", 2020).amounts["central"] == 100_000_000


def test_disbursement_rates_of_2020(db):
    # To 30/11/2020: recurrent 108,36/118,6 bn; investment 323,71/562,46 bn (seed 000, I.3.b).
    as_of = date(2020, 11, 30)
    funding.record_disbursement(db, "24", 2020, "recurrent", as_of, "118.600", "108.360")
    funding.record_disbursement(db, "24", 2020, "investment", as_of, "562.460", "323.710")
    result = funding.disbursement(db, "24", 2020, as_of)
    assert result.kinds["recurrent"].rate == Decimal("91.4")
    assert result.kinds["investment"].rate == Decimal("57.6")
    assert result.total.allocated == 681_060 * 10**6
    assert result.total.disbursed == 432_070 * 10**6
    assert result.total.rate == Decimal("63.4")
    assert funding.disbursement(db, "24", 2020, date(2020, 11, 29)).kinds == {}


def test_latest_report_per_unit_counts_in_the_rollup(db):
    funding.record_disbursement(db, "07354", 2020, "investment", date(2020, 6, 30), 100, 20)
    funding.record_disbursement(db, "07354", 2020, "investment", date(2020, 11, 30), 100, 70)
    funding.record_disbursement(db, "07342", 2020, "investment", date(2020, 9, 30), 300, 300)
    result = funding.disbursement(db, "216", 2020, date(2020, 12, 31))
    assert result.kinds["investment"].allocated == 400 * 10**6
    assert result.kinds["investment"].disbursed == 370 * 10**6
    assert result.kinds["investment"].rate == Decimal("92.5")
    mid_year = funding.disbursement(db, "216", 2020, date(2020, 7, 1))
    assert mid_year.kinds["investment"].rate == Decimal("20.0")


def test_report_dates_label_the_disbursement_columns(db):
    """The columns carry the latest date the figures are as of; older reports are named."""
    empty = funding_report.tables(db, 2020, "216", None)[0]
    assert {c.group for c in empty.columns if c.group and "Giải ngân" in c.group} == {
        "Giải ngân đến 31/12/2020"
    }
    assert "Chưa có số liệu giải ngân nào đến ngày 31/12/2020." in empty.notes

    funding.record_disbursement(db, "216", 2020, "investment", date(2020, 11, 30), 500, 100)
    funding.record_disbursement(db, "07354", 2020, "investment", date(2020, 9, 30), 100, 70)
    funding.record_disbursement(db, "07354", 2020, "recurrent", date(2020, 6, 30), 50, 10)
    funding.record_disbursement(db, "07342", 2020, "investment", date(2020, 11, 30), 300, 300)
    dates = funding.disbursement_dates(db, "216", 2020, date(2020, 12, 31))
    assert {(d.unit.code, d.kind, d.as_of) for d in dates} == {
        ("216", "investment", date(2020, 11, 30)),
        ("07354", "investment", date(2020, 9, 30)),
        ("07354", "recurrent", date(2020, 6, 30)),
        ("07342", "investment", date(2020, 11, 30)),
    }
    table = funding_report.tables(db, 2020, "216", None)[0]
    assert {c.group for c in table.columns if c.group and "Giải ngân" in c.group} == {
        "Giải ngân đến 30/11/2020"
    }
    assert table.subtitle == ["Huyện Tân Yên — số liệu giải ngân đến 30/11/2020"]
    assert table.notes[-1] == (
        "Số liệu giải ngân không cùng ngày: báo cáo của các đơn vị từ 30/06/2020 đến 30/11/2020; "
        "số liệu cũ hơn ngày 30/11/2020: Xã Việt Lập (30/06/2020). Hãy nhập báo cáo mới của các "
        "đơn vị này để số liệu cùng ngày."
    )
    # Asked for an earlier day, the reports of that day label it.
    mid_year = funding_report.tables(db, 2020, "216", date(2020, 7, 1))[0]
    assert "Giải ngân đến 30/06/2020" in {c.group for c in mid_year.columns}
    assert mid_year.notes[-1].startswith("Số liệu giải ngân mới nhất đã nhập là đến ngày 30/06")


def test_disbursed_above_allocated_needs_a_reason(db, db_path):
    with refused(db_path, match="giải ngân") as caught:
        funding.record_disbursement(db, "07354", 2020, "recurrent", date(2020, 12, 31), 100, 120)
    assert "lý do" in caught.value.details[0]
    with pytest.raises(InvalidInput):
        funding.record_disbursement(db, "07354", 2020, "recurrent", date(2020, 12, 31), -1, 0)
    with pytest.raises(InvalidInput) as caught:
        funding.record_disbursement(db, "07354", 2020, "other", date(2020, 12, 31), 1, 0)
    assert caught.value.details[0].startswith("Loại vốn 'other' không hợp lệ")
    funding.record_disbursement(
        db, "07354", 2020, "recurrent", date(2020, 12, 31), 100, 120, "Vốn năm 2019 chuyển sang"
    )
    result = funding.disbursement(db, "07354", 2020, date(2020, 12, 31))
    assert result.kinds["recurrent"].rate == Decimal("120.0")


def test_villages_and_unknown_units_are_refused(db):
    with pytest.raises(InvalidInput, match="là thôn"):
        funding.record(db, "07354.001", 2020, {"central": 1})
    with pytest.raises(InvalidInput, match="Không có đơn vị"):
        funding.record(db, "99999", 2020, {"central": 1})


SEED_SHEET = Path(__file__).parent / "data" / "bac-giang-2020-funding.csv"


def test_import_the_reports_table_twice_changes_nothing(db, db_path):
    report = funding_import.import_sheet(db, SEED_SHEET, 2020)
    assert (report.new, report.changed, report.unchanged) == (1, 0, 0)
    assert any("không tách theo cấp" in note for note in report.notes)
    result = funding.rollup(db, "24", 2020)
    assert result.total == 1_274_791 * 10**6
    assert result.amounts["province"] == 274_358 * 10**6
    before = file_digest(db_path)
    again = funding_import.import_sheet(db, SEED_SHEET, 2020)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 1)
    assert file_digest(db_path) == before


def test_a_typed_total_is_checked_and_never_stored(db, tmp_path):
    sheet = tmp_path / "funding.csv"
    sheet.write_text(
        SEED_SHEET.read_text("utf-8") + "Tổng cộng,1.274.790,100\n"
        'Hiến đất (m²),"120.000",\nNgày công,90000,\nPhá dỡ tường rào (m²),29500,\n',
        "utf-8",
    )
    report = funding_import.import_sheet(db, sheet, 2020)
    (note,) = [n for n in report.notes if "Tổng ghi tay" in n]
    assert "1.274.790" in note and "1.274.791" in note
    result = funding.rollup(db, "24", 2020)
    assert result.total == 1_274_791 * 10**6
    assert result.in_kind == {"land_m2": 120_000, "workdays": 90_000, "walls_m2": 29_500}


def test_a_bad_funding_sheet_names_the_cells_and_imports_nothing(db, db_path, tmp_path):
    sheet = tmp_path / "funding.csv"
    sheet.write_text(
        "source,amount_million_vnd,unit\n"
        "Ngân sách Trung ương,100,07354\n"
        "Ngân sách xã,-5,07354\n"
        "Quỹ khác,10,07354\n"
        "Ngân sách Trung ương,100,07354.001\n"
        '"Doanh nghiệp, HTX",,07342\n',
        "utf-8",
    )
    with refused(db_path, match="có 4 lỗi") as caught:
        funding_import.import_sheet(db, sheet, 2020)
    details = caught.value.details
    assert details[0] == (
        "Dòng 3, cột 'amount_million_vnd': Ngân sách xã: số tiền không được âm (-5 triệu đồng)."
    )
    assert details[1].startswith("Dòng 4, cột 'source': không nhận ra nguồn vốn 'Quỹ khác'")
    assert details[2].startswith("Dòng 5, cột 'unit': Thôn")
    assert details[3].startswith("Dòng 6, cột 'amount_million_vnd': chưa có số liệu")


def test_import_disbursement_reproduces_the_rates_at_30_11_2020(db, db_path, tmp_path):
    sheet = tmp_path / "giai-ngan.csv"
    sheet.write_text(
        "# Seed 000, I.3.b: billion VND written here in million VND\n"
        "kind,allocated_million_vnd,disbursed_million_vnd,as_of,reason\n"
        "Vốn đầu tư,562.460,323.710,30/11/2020,\n"
        'Vốn sự nghiệp,"118.600","108.360",30/11/2020,\n',
        "utf-8",
    )
    report = funding_import.import_sheet(db, sheet, 2020)
    assert report.new == 2
    result = funding.disbursement(db, "24", 2020, date(2020, 11, 30))
    assert result.total.rate == Decimal("63.4")
    assert result.kinds["investment"].rate == Decimal("57.6")
    before = file_digest(db_path)
    assert funding_import.import_sheet(db, sheet, 2020).unchanged == 2
    assert file_digest(db_path) == before

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "kind,allocated_million_vnd,disbursed_million_vnd,as_of,reason\n"
        "Vốn đầu tư,100,120,31/12/2020,\n"
        "Vốn khác,100,20,31/12/2020,\n"
        "Vốn sự nghiệp,100,20,31/13/2020,\n",
        "utf-8",
    )
    with pytest.raises(InvalidInput, match="có 3 lỗi") as caught:
        funding_import.import_sheet(db, bad, 2020)
    details = caught.value.details
    assert details[0].startswith("Dòng 2, cột 'disbursed_million_vnd': Vốn đầu tư đã giải ngân")
    assert details[1].startswith("Dòng 3, cột 'kind': Loại vốn 'Vốn khác'")
    assert details[2].startswith("Dòng 4, cột 'as_of'")
    assert file_digest(db_path) == before
