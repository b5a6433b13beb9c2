"""The demonstration file reproduces the province's published figures and never touches the
user's own data file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_desktop.checklist import assessments, standing
from ntm_desktop.cli import main
from ntm_desktop.common.errors import NtmError, Refused
from ntm_desktop.common.numbers import parse_decimal
from ntm_desktop.demo import demo_data, marker
from ntm_desktop.funding import funding
from ntm_desktop.reports import by_criterion, by_district
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.targets import targets
from ntm_desktop.tasks import tasks
from ntm_desktop.units import unit_names, units
from ntm_desktop.village_plans import village_plans
from tests.conftest import file_digest
from tests.core.report_seeds import seed_rows


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "du-lieu-mau" / "ntm-mau.db"
    assert demo_data.create(path)
    return path


@pytest.fixture
def demo(demo_path):
    with open_data_file(demo_path) as db:
        yield db


def _by_name(report) -> dict[str, dict]:
    rows = [dict(zip(report.columns, row, strict=True)) for row in report.rows]
    return {unit_names.bare_key(row["name"].replace("Thành phố", "TP")): row for row in rows}


def test_the_2019_province_report_equals_the_district_rows_of_bieu_01(demo):
    report = by_district.build(demo, 2019)
    rows = _by_name(report)
    plan = seed_rows("bac-giang-2020-plan-by-district.csv")
    districts = [row for row in plan if row["district"] != "Tổng cộng"]
    assert len(districts) == 10 and len(rows) == 11
    for source in districts:
        row = rows[unit_names.bare_key(source["district"])]
        assert round(row["avg_criteria"], 1) == float(
            parse_decimal(source["avg_criteria_2019"], "avg")
        ), row["name"]
        assert row["below10"] == int(source["below10_2019"] or 0), row["name"]
        assert row["standard"] == int(source["standard_communes_2019"]), row["name"]
        assert row["advanced"] == int(source["advanced_communes_2019"]), row["name"]
    total = rows[unit_names.bare_key("Tổng cộng")]
    source_total = next(row for row in plan if row["district"] == "Tổng cộng")
    for column, seed in (("standard", "standard_communes_2019"), ("below10", "below10_2019")):
        assert total[column] == int(source_total[seed])
    # Biểu 01's own total (15,8) is not what its district rows give on the 184 communes of
    # the 2020 tree: 3.037 criteria, 16,5 per commune.
    assert (report.total.communes, report.total.assessed, report.total.criteria_sum) == (
        184, 184, 3037,
    )  # fmt: skip


def test_the_2020_reports_equal_the_year_report(demo):
    total = _by_name(by_district.build(demo, 2020))[unit_names.bare_key("Tổng cộng")]
    # Báo cáo năm 2020: 127/184 xã đạt chuẩn, 08 xã nâng cao, 16,3 tiêu chí/xã, không còn xã
    # dưới 10 tiêu chí; Biểu 01 targets beside them.
    assert (total["standard"], total["advanced"], total["below10"]) == (127, 8, 0)
    assert round(total["avg_criteria"], 1) == 16.3
    assert (total["standard_target"], total["avg_criteria_target"]) == (124, 16.2)
    found = {row[0]: row for row in by_criterion.build(demo, 2020).rows}
    for seed in seed_rows("bac-giang-2020-criteria-attainment.csv"):
        assert found[int(seed["criterion_no"])][2] == int(seed["communes_met"])


def test_the_plan_documents_are_loaded_as_written(demo):
    assert len(tasks.of_year(demo, 2020)) == 36
    total = funding.rollup(demo, demo_data.PROVINCE, 2020)
    assert total.total == 1_274_791 * 1_000_000  # the rows; the source's total is 1 short
    paid = funding.disbursement(demo, demo_data.PROVINCE, 2020, date(2020, 11, 30))
    assert (paid.total.allocated, paid.total.disbursed) == (681_060 * 10**6, 432_070 * 10**6)
    assert len(targets.of_year(demo, 2020)) == 11
    plans = village_plans.of_year(demo, 2020)
    assert len(plans) == 46 and {plan.status for plan in plans} == {"registered"}


def test_every_result_is_marked_as_made_up(demo):
    assert marker.is_demo(demo) and demo.actor.office_code == demo_data.PROVINCE
    communes = [u for u in units.subtree(demo, "24") if u.kind == units.RURAL_COMMUNE_KIND]
    for commune in communes[::23]:
        for year in (2019, 2020):
            rows = assessments.checklist(demo, commune.code, year).rows
            assert {row.note for row in rows} == {demo_data.DEMO_NOTE}
            assert {row.officer_met for row in rows} <= {"yes", "no"}


def test_the_same_documents_give_the_same_file(demo, tmp_path):
    again = tmp_path / "again.db"
    demo_data.create(again)
    codes = [u.code for u in units.subtree(demo, "24") if u.level == "commune"]
    with open_data_file(again) as other:
        for year in (2019, 2020):
            assert standing.stored_scores(other, codes, year) == standing.stored_scores(
                demo, codes, year
            )
        assert standing.tiers_at(other, codes, demo_data.ADVANCED_2020_ON) == (
            standing.tiers_at(demo, codes, demo_data.ADVANCED_2020_ON)
        )


def test_an_existing_demo_is_opened_as_it_is_and_a_user_file_is_refused(demo_path, db_path):
    before = file_digest(demo_path)
    assert not demo_data.create(demo_path)
    assert file_digest(demo_path) == before
    user_file = file_digest(db_path)
    with pytest.raises(Refused, match="không phải tệp dữ liệu mẫu"):
        demo_data.create(db_path)
    assert file_digest(db_path) == user_file


def test_a_failed_build_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "mau" / "ntm-mau.db"

    def broken(name: str) -> Path:
        return tmp_path / "missing" / name

    monkeypatch.setattr(demo_data, "source", broken)
    with pytest.raises(NtmError):
        demo_data.create(target)
    assert not target.exists()
    assert [p.name for p in target.parent.iterdir()] == []


def test_ntm_init_demo(tmp_path, capsys):
    path = tmp_path / "cli" / "mau.db"
    assert main(["--db", str(path), "init", "--demo"]) == 0
    assert "Đã tạo tệp dữ liệu mẫu" in capsys.readouterr().out
    assert main(["--db", str(path), "init", "--demo"]) == 0
    assert "Đã có sẵn" in capsys.readouterr().out
