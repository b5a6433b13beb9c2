import pytest

from ntm_desktop.checklist import assessments, standing
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.criteria import catalogs, indicator_values
from ntm_desktop.session.data_file import open_data_file
from tests.conftest import file_digest, refused
from tests.core.checklist_catalog import install


def test_default_set_is_the_standard_set_for_the_year(db):
    sheet = assessments.checklist(db, "07354", 2020)
    assert sheet.choice.catalog.id == "xa-ntm-2016-2020"
    assert not sheet.choice.overridden
    assert sheet.score == (0, 19)
    assert assessments.checklist(db, "07354", 2023).choice.catalog.id == "xa-ntm-2021-2025"


def test_override_of_the_set_is_stored(db):
    chosen = assessments.choose(db, "07354", 2023, tier="advanced")
    assert chosen.overridden and chosen.catalog.id == "xa-ntm-nang-cao-2021-2025"
    assert assessments.choice(db, "07354", 2023).catalog.tier == "advanced"
    assert assessments.choice(db, "07354", 2022).catalog.tier == "standard"


def test_a_set_for_another_level_is_refused(db):
    with pytest.raises(InvalidInput, match="không dùng được"):
        assessments.choose(db, "07354", 2023, tier="standard", catalog_key="huyen-ntm-2021-2025")


@pytest.mark.parametrize(
    ("text", "number"),
    [("16,3", 16.3), ("1.274.790", 1274790), ("1.274.790,5", 1274790.5), ("100", 100), ("-2", -2)],
)
def test_numbers_are_read_vietnamese_style(text, number):
    assert indicator_values.parse_number(text) == number


def test_values_are_validated_by_unit_and_invalid_input_changes_nothing(db, db_path):
    install(db)
    assessments.set_indicator(db, "07354", 2020, "1.1", value="80")
    before = file_digest(db_path)
    for code, text, reason in [
        ("1.1", "150", "từ 0 đến 100"),
        ("1.1", "nhiều", "không phải là số"),
        ("2.1", "-5", "không được âm"),
        ("4.1", "có lẽ", "'có' hoặc 'không'"),
    ]:
        with pytest.raises(InvalidInput, match=reason):
            assessments.set_indicator(db, "07354", 2020, code, value=text)
    with pytest.raises(InvalidInput, match="yes"):
        assessments.set_indicator(db, "07354", 2020, "1.2", met="maybe")
    with pytest.raises(NotFound):
        assessments.set_indicator(db, "07354", 2020, "9.9", value="1")
    assert file_digest(db_path) == before
    assert assessments.checklist(db, "07354", 2020).row("1.1").value == 80


def test_rules_compute_met_and_disagreement_is_flagged(db):
    install(db)
    assessments.set_indicator(db, "07354", 2020, "1.1", value="100")
    assessments.set_indicator(db, "07354", 2020, "2.1", value="40,5", met="yes")
    assessments.set_indicator(db, "07354", 2020, "4.1", value="Có")
    sheet = assessments.checklist(db, "07354", 2020)
    road = sheet.row("1.1")
    assert (road.computed, road.met, road.decided_by, road.disagrees) == (
        True,
        "yes",
        "rule",
        False,
    )
    income = sheet.row("2.1")
    assert income.value == 40.5 and income.computed is False
    assert (income.met, income.decided_by, income.disagrees) == ("yes", "officer", True)
    assert sheet.row("4.1").met == "yes"
    assert sheet.row("1.2").met == "unknown" and sheet.row("1.2").computed is None


def test_score_is_stored_with_each_edit(db):
    install(db)
    assert standing.stored_scores(db, ["07354"], 2020)["07354"] == (0, 4)
    assessments.set_indicator(db, "07354", 2020, "1.1", value="100")
    assert assessments.score(db, "07354", 2020) == (0, 4)
    assessments.set_indicator(db, "07354", 2020, "1.2", value="Đã bê tông hóa", met="yes")
    assessments.set_indicator(db, "07354", 2020, "3", met="yes")
    assert standing.stored_scores(db, ["07354"], 2020)["07354"] == (2, 4)
    assert assessments.stored_criterion_results(db, "07354", 2020) == {
        1: True,
        2: False,
        3: True,
        4: False,
    }
    missing = assessments.missing(db, "07354", 2020)
    assert [criterion.no for criterion, _ in missing.unmet] == [2, 4]
    assert [row.indicator.code for row in missing.unmet[0][1]] == ["2.1"]
    assert missing.next_tier == "advanced"


def test_rows_have_deterministic_ids_and_the_owner_is_the_commune(db, tmp_path, db_path):
    key = install(db)
    assessments.set_indicator(db, "07354", 2020, "1.1", value="90", note="Còn 2 km đường đất")
    expected = assessments.value_id("07354", 2020, key, "1.1")
    assert assessments.checklist(db, "07354", 2020).row("1.1").value_id == expected
    logged = assessments.history(db, "07354", "1.1")
    assert {change.field for _, _, change in logged} >= {"value", "note"}
    assert {change.owner_code for _, _, change in logged} == {"07354"}
    assert all(change.user_name == "Nguyễn Văn An" for _, _, change in logged)


def test_restore_is_a_new_tracked_change(db):
    install(db)
    assessments.set_indicator(db, "07354", 2020, "1.1", value="100")
    changed = assessments.set_indicator(db, "07354", 2020, "1.1", value="60")
    row = assessments.checklist(db, "07354", 2020).row("1.1")
    assessments.restore(
        db, "07354", 2020, row.value_id, {f: old for f, (old, _) in changed.items()}
    )
    assert assessments.checklist(db, "07354", 2020).row("1.1").value == 100
    values = [
        c.new_value for _, _, c in assessments.history(db, "07354", "1.1") if c.field == "value"
    ]
    assert values == [100, 60, 100]


def test_text_values_keep_their_type(db):
    install(db)
    assessments.set_indicator(db, "07354", 2020, "1.2", value="123")
    assert assessments.checklist(db, "07354", 2020).row("1.2").value == "123"


def test_shipped_catalogs_have_no_machine_checkable_target_so_the_officer_decides(db):
    sheet = assessments.checklist(db, "07354", 2020)
    assert all(row.decided_by == "officer" for row in sheet.rows)
    assert not catalogs.get_info(db, "xa-ntm-2016-2020").verified


def test_assessment_survives_reopening(db_path, db):
    install(db)
    assessments.set_indicator(db, "07354", 2020, "2.1", value="1.274.790")
    db.close()
    with open_data_file(db_path) as again:
        assert assessments.checklist(again, "07354", 2020).row("2.1").value == 1274790
        assert indicator_values.format_value(1274790) == "1.274.790"
        assert indicator_values.format_value(16.3) == "16,3"


def test_a_whole_criterion_can_be_judged_at_once(db, db_path):
    install(db)
    assert assessments.set_criterion(db, "07354", 2020, 1, "yes") == 2
    assert assessments.stored_criterion_results(db, "07354", 2020)[1] is True
    assert assessments.set_criterion(db, "07354", 2020, 1, "yes") == 0
    before = file_digest(db_path)
    with pytest.raises(NotFound, match="tiêu chí số 9"):
        assessments.set_criterion(db, "07354", 2020, 9, "yes")
    with pytest.raises(InvalidInput):
        assessments.set_criterion(db, "07354", 2020, 1, "đạt")
    assert file_digest(db_path) == before


def test_no_result_is_recorded_for_a_year_the_unit_did_not_exist_in(db, db_path):
    # Xã Việt Lập ended on 30/06/2025 with the merger; 2025 itself is still its year.
    assessments.set_indicator(db, "07354", 2025, "1.1", met="yes")
    with refused(db_path, match="hiệu lực đến 30/06/2025"):
        assessments.set_indicator(db, "07354", 2027, "1", met="yes")
    with pytest.raises(InvalidInput, match="năm 2027"):
        assessments.choose(db, "07354", 2027, tier="standard")
