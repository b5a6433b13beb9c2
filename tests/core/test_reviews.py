"""The district's check and the province's appraisal of a commune's criteria results."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ntm_desktop.checklist import reviews
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput, OutOfScope
from ntm_desktop.dossier import dossier_data, stage_data, stage_readiness
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import changes
from tests.conftest import file_digest, refused

COMMUNE = "07354"
REMARKS = {"17": "Thiếu biên bản kiểm tra môi trường"}


def district_returns(db, unit_code: str) -> reviews.Review:
    """The district sends the unit's 2020 results back on 2/11/2020, asking for `REMARKS`."""
    return reviews.record(
        db,
        unit_code,
        2020,
        "district",
        "returned",
        note="Bổ sung minh chứng tiêu chí 17",
        remarks=REMARKS,
        reviewer="Trần Thị Bình",
        review_date=date(2020, 11, 2),
    )


def test_a_review_is_one_row_per_stage_and_logged(db):
    first = district_returns(db, COMMUNE)
    again = reviews.record(db, COMMUNE, 2020, "district", "passed", reviewer="Trần Thị Bình")
    assert again.id == first.id == reviews.review_id(COMMUNE, 2020, "district")
    found = reviews.of_unit(db, COMMUNE, 2020)
    assert list(found) == ["district"]
    assert found["district"].status == "passed"
    assert found["district"].owner_code == COMMUNE
    assert first.remarks == REMARKS
    logged = [(c.field, c.new_value) for c in changes.history(db, table="checklist_reviews")]
    assert ("status", "returned") in logged and ("status", "passed") in logged
    assert {c.owner_code for c in changes.history(db, table="checklist_reviews")} == {COMMUNE}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"unit_code": "216"}, "không phải đơn vị cấp xã"),
        ({"stage": "commune"}, "Bước 'commune' không hợp lệ"),
        ({"status": "ok"}, "Kết quả 'ok' không hợp lệ"),
        ({"review_date": date(2020, 12, 2)}, "ở tương lai"),
        ({"remarks": {"mười": "x"}}, "Số tiêu chí 'mười' không hợp lệ"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(db, db_path, args, message):
    values = {"unit_code": COMMUNE, "stage": "district", "status": "passed", **args}
    with refused(db_path, match=message):
        reviews.record(
            db,
            values.pop("unit_code"),
            2020,
            values.pop("stage"),
            values.pop("status"),
            today=date(2020, 12, 1),
            **values,
        )


def test_without_districts_only_the_province_appraises(bac_ninh_template, tmp_path):
    import shutil

    path = tmp_path / "ntm.db"
    shutil.copyfile(bac_ninh_template, path)
    db = open_data_file(path)
    try:
        commune = next(
            code
            for (code,) in db.conn.execute(
                "SELECT code FROM units WHERE level = 'commune' AND kind = 'xã'"
            )
        )
        assert reviews.stages_for(db, commune) == ("province",)
        with pytest.raises(InvalidInput, match="không có cấp huyện"):
            reviews.record(db, commune, 2025, "district", "passed")
        assert dossier_data.assemble(db, commune, 2025, "standard").proposed_to == "province"
        file = stage_data.assemble(db, "province", [commune], 2025)
        item = stage_readiness.check(file).items[0]
        assert item.ok is False and item.title.endswith(": tỉnh thẩm định đạt")
        assert "tỉnh chưa thẩm định kết quả năm 2025" in item.reasons
        found = reviews.record(
            db, commune, 2025, "province", "passed", reviewer="Lê Văn Cường",
            review_date=date(2026, 1, 8), today=date(2026, 1, 10),
        )  # fmt: skip
        assert found.stage == "province"
        file = stage_data.assemble(db, "province", [commune], 2025)
        assert (
            "tỉnh chưa thẩm định kết quả năm 2025"
            not in stage_readiness.check(file).items[0].reasons
        )
    finally:
        db.close()


def test_cli_sets_and_shows_reviews(db_path, capsys):
    assert (
        main(
            [
                "--db",
                str(db_path),
                "review",
                "set",
                "--unit",
                COMMUNE,
                "--year",
                "2020",
                "--stage",
                "district",
                "--status",
                "passed",
                "--reviewer",
                "Trần Thị Bình",
                "--date",
                "02/11/2020",
                "--note",
                "Đủ hồ sơ",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                str(db_path),
                "review",
                "show",
                "--unit",
                COMMUNE,
                "--year",
                "2020",
                "--format",
                "json",
            ]
        )
        == 0
    )
    shown = json.loads(capsys.readouterr().out)
    district = next(row for row in shown if row["stage"] == "district")
    assert (district["status"], district["reviewer"], district["date"]) == (
        "passed",
        "Trần Thị Bình",
        "02/11/2020",
    )
    province = next(row for row in shown if row["stage"] == "province")
    assert province["status"] == "pending"


def test_a_pending_stage_is_named_by_its_own_act(db, db_path, capsys):
    """The district checks (thẩm tra), the province appraises (thẩm định): a stage not done
    yet is "chưa thẩm tra" for the district and "chưa thẩm định" for the province."""
    assert reviews.status_name("district", "pending") == "chưa thẩm tra"
    assert reviews.status_name("province", "pending") == "chưa thẩm định"
    assert reviews.status_name("province", "returned") == "cần bổ sung"
    found = reviews.record(db, COMMUNE, 2020, "province", "pending", reviewer="Lê Văn Cường")
    assert found.summary == "chưa thẩm định — Lê Văn Cường"
    with pytest.raises(InvalidInput, match="Ngày thẩm định"):
        reviews.record(
            db, COMMUNE, 2020, "province", "passed", review_date=date(2021, 1, 1),
            today=date(2020, 12, 1),
        )  # fmt: skip
    capsys.readouterr()
    args = ["--db", str(db_path), "review", "show", "--unit", COMMUNE, "--year", "2021"]
    assert main([*args, "--format", "json"]) == 0
    shown = {row["stage"]: row["status_name"] for row in json.loads(capsys.readouterr().out)}
    assert shown == {"district": "chưa thẩm tra", "province": "chưa thẩm định"}
    assert main([*args[:-1], "2020", "--format", "json"]) == 0
    shown = {row["stage"]: row["status_name"] for row in json.loads(capsys.readouterr().out)}
    assert shown == {"district": "chưa thẩm tra", "province": "chưa thẩm định"}


def test_cli_bad_input_exits_3_and_leaves_the_file(db_path, capsys):
    before = file_digest(db_path)
    for bad in (["--status", "maybe"], ["--date", "31/02/2020"], ["--date", "01/01/2999"]):
        args = ["--db", str(db_path), "review", "set", "--unit", COMMUNE, "--year", "2020"]
        args += ["--stage", "district", "--status", "passed", *bad]
        assert main(args) == 3
        assert capsys.readouterr().err.strip()
    assert file_digest(db_path) == before


def test_an_office_records_only_its_own_levels_stage(db, db_path):
    db.set_office("216")
    assert reviews.recordable_stages(db, COMMUNE) == ("district",)
    before = file_digest(db_path)
    with pytest.raises(OutOfScope, match="cấp tỉnh ghi"):
        reviews.record(db, COMMUNE, 2020, "province", "passed")
    assert file_digest(db_path) == before
    reviews.record(db, COMMUNE, 2020, "district", "passed")
    db.set_office(None)
    assert reviews.recordable_stages(db, COMMUNE) == reviews.STAGES
    assert reviews.recordable_stages(db, "216") == ()
