"""Dossier inputs: stored as tracked data, validated whole, nothing changed on failure."""

from __future__ import annotations

from datetime import date

import pytest

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.dossier import dossier_inputs
from ntm_desktop.storage import changes
from tests.conftest import refused

TODAY = date(2026, 1, 10)


def test_save_and_read_back_with_change_log(db):
    saved = dossier_inputs.save(
        db,
        "07354",
        2025,
        "standard",
        {
            "proposal_number": "15/TTr-UBND",
            "proposal_date": "05/01/2026",
            "addressees": ["Ủy ban nhân dân huyện Tân Yên"],
            "survey_issued": 300,
            "survey_returned": "280",
            "survey_satisfied": 266,
            "members_present": 27,
            "votes_for": 25,
            "construction_debt": "0",
        },
        today=TODAY,
    )
    assert saved.proposal_date == date(2026, 1, 5)
    assert saved.satisfaction_rate == pytest.approx(95.0)
    assert saved.vote_text == "nhất trí 25/27 thành viên, đạt 92,6%"
    assert dossier_inputs.get(db, "07354", 2025) == saved
    logged = changes.history(db, table="dossier_inputs")
    assert {c.field for c in logged} >= {"proposal_number", "votes_for", "construction_debt"}
    assert {c.owner_code for c in logged} == {"07354"}
    assert all(c.user_name == "Nguyễn Văn An" for c in logged)

    dossier_inputs.save(db, "07354", 2025, "standard", {"votes_for": 26}, today=TODAY)
    last = changes.history(db, table="dossier_inputs", field="votes_for")[-1]
    assert (last.old_value, last.new_value) == (25, 26)


def test_village_dossier_is_owned_by_its_commune(db):
    dossier_inputs.save(db, "07354.001", 2025, "model", {"place": "Việt Lập"}, today=TODAY)
    assert {c.owner_code for c in changes.history(db, table="dossier_inputs")} == {"07354"}


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"survey_issued": 100, "survey_returned": 120}, "phiếu thu về"),
        ({"survey_returned": 100, "survey_satisfied": 101}, "phiếu hài lòng"),
        ({"members_present": 20, "votes_for": 21}, "nhất trí"),
        ({"meeting_date": date(2026, 2, 1)}, "tương lai"),
        ({"construction_debt": -5}, "không được âm"),
        ({"survey_issued": "nhiều"}, "không phải là số"),
        ({"survey_issued": "12,5"}, "phải là số nguyên"),
        ({"proposal_date": "31/02/2025"}, "không phải ngày hợp lệ"),
        ({"colour": "đỏ"}, "Không có trường"),
    ],
)
def test_invalid_input_changes_nothing(db, db_path, values, words):
    dossier_inputs.save(db, "07354", 2025, "standard", {"survey_issued": 100}, today=TODAY)
    with refused(db_path) as caught:
        dossier_inputs.save(db, "07354", 2025, "standard", values, today=TODAY)
    assert words in caught.value.message + " ".join(caught.value.details)


def test_cross_field_rule_checks_the_stored_values_too(db):
    dossier_inputs.save(db, "07354", 2025, "standard", {"members_present": 10}, today=TODAY)
    with pytest.raises(InvalidInput, match="nhất trí"):
        dossier_inputs.save(db, "07354", 2025, "standard", {"votes_for": 11}, today=TODAY)


def test_comments_added_answered_removed(db):
    first = dossier_inputs.add_comment(
        db,
        "07354",
        2025,
        "standard",
        source="Thôn Đồng Tâm",
        content="Đề nghị sửa đoạn đường trục thôn",
        received_on=date(2025, 12, 1),
        today=TODAY,
    )
    dossier_inputs.add_comment(
        db, "07354", 2025, "standard", source="Hội Nông dân", content="Nhất trí", today=TODAY
    )
    dossier_inputs.answer_comment(db, first.id, "Đã sửa xong tháng 12/2025")
    stored = dossier_inputs.get(db, "07354", 2025).comments
    assert [c.source for c in stored] == ["Hội Nông dân", "Thôn Đồng Tâm"]
    assert next(c for c in stored if c.id == first.id).response == "Đã sửa xong tháng 12/2025"
    dossier_inputs.remove_comment(db, first.id)
    assert [c.source for c in dossier_inputs.get(db, "07354", 2025).comments] == ["Hội Nông dân"]
    with pytest.raises(InvalidInput):
        dossier_inputs.add_comment(db, "07354", 2025, "standard", source="", content="x")


def test_required_satisfaction_setting(db):
    assert dossier_inputs.required_satisfaction(db) == 90.0
    dossier_inputs.set_required_satisfaction(db, 95)
    assert dossier_inputs.required_satisfaction(db) == 95.0
    with pytest.raises(InvalidInput):
        dossier_inputs.set_required_satisfaction(db, 120)
