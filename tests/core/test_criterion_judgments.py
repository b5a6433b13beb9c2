"""A criterion judged as a whole (a district's criteria-status sheet) is one row per criterion:
its indicators without a judgment of their own show it, the later of the two layers shows where
it is made, and it travels to the province as that row alone."""

from __future__ import annotations

import copy

from openpyxl import Workbook

from ntm_desktop.checklist import assessments, criteria_status_import, standing, version_move
from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import changes
from ntm_desktop.sync import conflicts
from tests.core.checklist_catalog import DOCUMENT
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    DISTRICT,
    PROVINCE,
    dump,
    imp,
    network,
)
from tests.core.test_criteria_status_import import messy_workbook

UNIT, YEAR = "07354", 2020
TAN_YEN = ("07354", "07357", "07318")  # the communes of the messy sheet


def _ops(db) -> int:
    return db.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]


def _plain_sheet(path, communes: list[str], met: int):
    """Every commune meets the first `met` criteria."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Mã xã", *[str(n) for n in range(1, 20)]])
    for code in communes:
        sheet.append([code, *[1] * met, *[0] * (19 - met)])
    book.save(path)
    return path


def test_a_first_import_logs_about_two_ops_per_cell_and_none_again(db, tmp_path):
    communes = ["07354", "07357", "07309", "07303", "07312"]
    sheet = _plain_sheet(tmp_path / "bang.xlsx", communes, 12)
    cells = len(communes) * 19

    criteria_status_import.import_file(db, sheet, YEAR)

    logged = changes.history(db)
    judgments = [op for op in logged if op.table_name == "criterion_judgments"]
    # The judgment and its note per cell; each commune's year is pinned to its set once.
    assert len(judgments) == 2 * cells
    assert {op.table_name for op in logged} == {"criterion_judgments", "assessment_choices"}
    assert len(logged) <= 2 * cells + 4 * len(communes)
    assert all(assessments.score(db, code, YEAR) == (12, 19) for code in communes)

    criteria_status_import.import_file(db, sheet, YEAR)
    assert len(changes.history(db)) == len(logged)


def test_an_indicator_judged_after_its_criterion_wins(db):
    assessments.set_criteria(db, UNIT, YEAR, {1: "yes", 2: "yes"}, note="Bảng tiêu chí huyện")
    judged = assessments.checklist(db, UNIT, YEAR)
    criterion = judged.criteria[0]
    first, *others = criterion.indicators
    assert all(row.officer_met == "yes" and row.judged_by_criterion for row in criterion.indicators)
    assert first.note == "Bảng tiêu chí huyện"

    assessments.set_indicator(db, UNIT, YEAR, first.indicator.code, met="no", note="Thiếu biên bản")

    sheet = assessments.checklist(db, UNIT, YEAR)
    row = sheet.row(first.indicator.code)
    assert (row.officer_met, row.note, row.judged_by_criterion) == ("no", "Thiếu biên bản", False)
    assert all(sheet.row(other.indicator.code).officer_met == "yes" for other in others)
    assert assessments.stored_criterion_results(db, UNIT, YEAR)[1] is False
    assert assessments.stored_criterion_results(db, UNIT, YEAR)[2] is True
    # "Chưa đánh giá" chosen on the indicator is its own judgment too, and shows.
    assessments.set_indicator(db, UNIT, YEAR, first.indicator.code, met="unknown")
    assert assessments.checklist(db, UNIT, YEAR).row(first.indicator.code).met == "unknown"


def test_a_criterion_judged_after_its_indicators_wins_and_writes_only_what_changes(db):
    first, second = (
        row.indicator.code for row in assessments.checklist(db, UNIT, YEAR).criteria[0].indicators
    )
    assessments.set_indicator(db, UNIT, YEAR, first, met="no", note="Theo biên bản")
    assessments.set_indicator(db, UNIT, YEAR, second, met="yes", value="")
    logged = len(changes.history(db))

    assert assessments.set_criterion(db, UNIT, YEAR, 1, "yes") == 1  # the one that showed "no"

    sheet = assessments.checklist(db, UNIT, YEAR)
    assert [sheet.row(code).officer_met for code in (first, second)] == ["yes", "yes"]
    # The differing own judgment is cleared (its note stays: no sheet named a new source);
    # the agreeing one is kept; the criterion's judgment is one row.
    assert sheet.row(first).judged_by_criterion and sheet.row(first).note == "Theo biên bản"
    assert not sheet.row(second).judged_by_criterion
    assert [(op.table_name, op.field, op.new_value) for op in changes.history(db)[logged:]] == [
        ("criterion_judgments", "officer_met", "yes"),
        ("indicator_values", "officer_met", None),
    ]
    assert assessments.stored_criterion_results(db, UNIT, YEAR)[1] is True
    assert assessments.set_criterion(db, UNIT, YEAR, 1, "yes") == 0
    assert len(changes.history(db)) == logged + 2


def test_history_lists_the_criterion_judgments_with_the_indicators(db):
    sheet = assessments.checklist(db, UNIT, YEAR)
    code = sheet.criteria[0].indicators[0].indicator.code
    assessments.set_criteria(db, UNIT, YEAR, {1: "no", 2: "yes"}, note="Bảng tiêu chí huyện")
    assessments.set_indicator(db, UNIT, YEAR, code, value="", met="yes")

    found = [(what, change.field, change.new_value) for _, what, change in
             assessments.history(db, UNIT, code)]  # fmt: skip
    assert found == [
        ("tiêu chí 1", "officer_met", "no"),
        ("tiêu chí 1", "note", "Bảng tiêu chí huyện"),
        (code, "officer_met", "yes"),
    ]
    assert {what for _, what, _ in assessments.history(db, UNIT)} == {
        "tiêu chí 1",
        "tiêu chí 2",
        code,
    }


def test_a_version_move_carries_the_criterion_judgments_where_the_criterion_maps(db):
    v1, _ = catalogs.import_document(db, DOCUMENT)
    assessments.choose(db, UNIT, YEAR, tier="standard", catalog_key=v1.key)
    assessments.set_criteria(db, UNIT, YEAR, {1: "yes", 2: "no", 4: "yes"}, note="Bảng huyện")
    assessments.set_indicator(db, UNIT, YEAR, "4.1", met="no")
    # Version 2: indicator 1.2 moves to criterion 2, criterion 4 is gone.
    document = copy.deepcopy(DOCUMENT)
    traffic, income, _, _ = document["criteria"]
    income["indicators"].append(traffic["indicators"].pop())
    document["criteria"] = document["criteria"][:3]
    v2, _ = catalogs.import_document(db, document)

    found = version_move.preview(db, UNIT, YEAR)
    assert found.judged == ((1, True), (2, True), (4, False))
    assert found.lines()[3] == (
        "Đánh giá cả tiêu chí (bảng tiêu chí của huyện): 2 chuyển sang phiên bản 2; 1 để lại "
        "ở phiên bản 1."
    )
    version_move.move(db, UNIT, YEAR)

    moved = assessments.checklist(db, UNIT, YEAR)
    assert moved.choice.catalog.key == v2.key
    assert assessments.criterion_judgments(db, UNIT, YEAR, v2.key) == {
        1: ("yes", "Bảng huyện"),
        2: ("no", "Bảng huyện"),
    }
    assert moved.row("1.1").officer_met == "yes" and moved.row("1.1").judged_by_criterion
    assert moved.row("2.1").officer_met == "no" and moved.row("2.1").judged_by_criterion
    # 1.2 showed criterion 1's judgment, whose judgment does not reach it under criterion 2.
    assert (moved.row("1.2").officer_met, moved.row("1.2").note) == ("yes", "Bảng huyện")
    assert not moved.row("1.2").judged_by_criterion
    assert moved.score == assessments.score(db, UNIT, YEAR)


def _district_imports(net, tmp_path):
    district = net.replica("huyen", DISTRICT, role="district")
    sheet = messy_workbook(tmp_path / "tan-yen-2020.xlsx")
    criteria_status_import.import_file(district, sheet, YEAR)
    return district, net.export(district)


def test_a_districts_criteria_judgments_merge_at_the_province_with_the_same_scores(net, tmp_path):
    district, bundles = _district_imports(net, tmp_path)
    for bundle in bundles:
        assert imp(net.province, bundle).status == "applied"

    for code in TAN_YEN:
        assert standing.stored_scores(net.province, [code], YEAR) == {
            code: assessments.score(district, code, YEAR)
        }
        shown = [
            (row.indicator.code, row.officer_met, row.note, row.judged_by_criterion)
            for row in assessments.checklist(net.province, code, YEAR).rows
        ]
        assert shown == [
            (row.indicator.code, row.officer_met, row.note, row.judged_by_criterion)
            for row in assessments.checklist(district, code, YEAR).rows
        ]
    owners = net.province.conn.execute(
        "SELECT DISTINCT owner_code, unit_code FROM criterion_judgments"
    ).fetchall()
    assert sorted(owners) == sorted((code, code) for code in TAN_YEN)


def test_both_layers_judged_at_once_show_the_indicators_own_everywhere(net, tmp_path):
    """The commune judges an indicator while its district imports the sheet: whichever bundle
    the province takes first, the indicator's own judgment shows, and no conflict is left."""
    commune = net.replica("xa", COMMUNE_A)
    code = assessments.checklist(commune, COMMUNE_A, YEAR).criteria[0].indicators[0].indicator.code
    assessments.set_indicator(commune, COMMUNE_A, YEAR, code, met="no")
    [own] = net.export(commune)
    _, sheet_bundles = _district_imports(net, tmp_path)
    second = net.replica("tinh2", PROVINCE, role="province", cert="tinh")

    for province, order in ((net.province, [own, *sheet_bundles]), (second, [*sheet_bundles, own])):
        for bundle in order:
            assert imp(province, bundle).status == "applied"
        sheet = assessments.checklist(province, COMMUNE_A, YEAR)
        assert sheet.row(code).officer_met == "no"
        assert sheet.criteria[0].indicators[1].officer_met == "yes"
        assert assessments.stored_criterion_results(province, COMMUNE_A, YEAR)[1] is False
        assert conflicts.list_conflicts(province) == []
    assert dump(net.province) == dump(second)


def test_a_conflict_on_a_criterion_judgment_names_the_criterion(net, tmp_path):
    district, bundles = _district_imports(net, tmp_path)
    commune = net.replica("xa", COMMUNE_A)
    for bundle in bundles:
        imp(commune, bundle)
    assessments.set_criterion(commune, COMMUNE_A, YEAR, 3, "no")
    assessments.set_criterion(district, COMMUNE_A, YEAR, 3, "unknown")
    for bundle in net.export(district):
        assert imp(commune, bundle).status == "applied"

    [conflict] = conflicts.list_conflicts(commune)
    assert conflict.table == "criterion_judgments" and conflict.field == "officer_met"
    assert conflicts.describe(commune, conflict).endswith("năm 2020 · đánh giá cả tiêu chí 3")
    conflicts.resolve(commune, conflict.id, "no")
    assert conflicts.list_conflicts(commune) == []
    assert assessments.stored_criterion_results(commune, COMMUNE_A, YEAR)[3] is False
