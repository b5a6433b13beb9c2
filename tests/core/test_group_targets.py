"""Issue 14, "show it": the 2026-2030 set filled in a workbook with targets by commune group,
imported through `ntm catalog import`, checks the same value differently for each group.

The indicator text and the targets below are the test's own, not the legal text's: the shipped
set has none (see resources/catalogs/README.md). The province puts each commune in its group with
`ntm units group`, as an office would.
"""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

from ntm_desktop.checklist import assessments, group_scores, standing, version_move
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria import catalogs, indicator_values
from ntm_desktop.criteria.indicator_values import Outcome
from ntm_desktop.dossier import dossier_data
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units

SET = "xa-ntm-2026-2030"
COMMUNES = ("07246", "07264", "07282")  # Xuân Lương, Tam Tiến, Đồng Kỳ (after 1/7/2025)


def import_filled_set(db_path, book_path) -> None:
    """Export the 2026-2030 set, fill indicator 1.1 with targets by group in the workbook,
    preview the import (--dry-run), then import it, all through the `ntm` command."""
    assert main(["--db", str(db_path), "catalog", "export", SET, "-o", str(book_path)]) == 0
    book = load_workbook(book_path)
    sheet = book["Chỉ tiêu"]
    keys = [cell.value for cell in sheet[2]]
    first = next(
        row for row in sheet.iter_rows(min_row=4) if row[keys.index("criterion_no")].value == 1
    )
    cells = {key: cell for key, cell in zip(keys, first, strict=True)}
    cells["code"].value = "1.1"
    cells["text"].value = "Tỷ lệ chỉ tiêu thử nghiệm (nội dung của kiểm thử)"
    cells["unit"].value = "%"
    cells["comparison"].value = "≥"
    cells["group_1"].value, cells["group_2"].value, cells["group_3"].value = "90 %", "80 %", 70
    book.save(book_path)
    assert main(["--db", str(db_path), "catalog", "import", str(book_path), "--dry-run"]) == 0
    assert main(["--db", str(db_path), "catalog", "import", str(book_path)]) == 0


@pytest.fixture
def filled(bac_ninh_template, tmp_path, capsys):
    """A data file of the post-2025 tree with the 2026-2030 set completed through Excel."""
    db_path = tmp_path / "ntm.db"
    shutil.copyfile(bac_ninh_template, db_path)
    capsys.readouterr()
    import_filled_set(db_path, tmp_path / "bo-2026.xlsx")
    dry, done = capsys.readouterr().out.split("Đã nạp phiên bản mới")
    assert "Thử nhập, chưa ghi gì" in dry and "Thêm chỉ tiêu 1.1 Tỷ lệ chỉ tiêu thử nghiệm" in dry
    assert done.startswith(f": {SET} phiên bản 2")
    with open_data_file(db_path) as db:
        yield db


def test_the_same_value_gets_each_group_its_own_result(filled):
    db = filled
    indicator = next(i for i in catalogs.get(db, SET).indicators if i.code == "1.1")
    assert [indicator_values.outcome(indicator, 75, group) for group in (1, 2, 3, None)] == [
        Outcome.NOT_MET,
        Outcome.NOT_MET,
        Outcome.MET,
        Outcome.NO_GROUP,
    ]
    assert indicator_values.outcome(indicator, 85, 2) is Outcome.MET
    assert indicator_values.format_group_targets(indicator) == (
        "Nhóm 1: ≥ 90 · Nhóm 2: ≥ 80 · Nhóm 3: ≥ 70"
    )
    # Three communes, the same 75 % entered in each, then put in groups 1, 2 and 3.
    for code in COMMUNES:
        assessments.set_indicator(db, code, 2026, "1.1", value="75")
    assert standing.stored_scores(db, list(COMMUNES), 2026) == dict.fromkeys(COMMUNES, (0, 10))
    for code, group in zip(COMMUNES, ("1", "2", "3"), strict=True):
        assert main(["--db", str(db.path), "units", "group", "--unit", code, "--group", group,
                     "--from", "15/02/2026"]) == 0  # fmt: skip
    results = []
    for code in COMMUNES:
        sheet = assessments.checklist(db, code, 2026)
        row = sheet.row("1.1")
        results.append((sheet.group, indicator_values.format_target(row.target), row.met))
        assert sheet.choice.catalog.key == f"{SET}@2"
    assert results == [(1, "≥ 90", "no"), (2, "≥ 80", "no"), (3, "≥ 70", "yes")]
    # Score and show agree: the stored scores followed the groups.
    assert standing.stored_scores(db, list(COMMUNES), 2026) == {
        COMMUNES[0]: (0, 10),
        COMMUNES[1]: (0, 10),
        COMMUNES[2]: (1, 10),
    }
    # A group moved from a date in the next year leaves 2026 as it was; removed, it is undone.
    group_scores.set_group(db, COMMUNES[2], 1, "01/01/2027")
    assert standing.stored_scores(db, [COMMUNES[2]], 2026) == {COMMUNES[2]: (1, 10)}
    group_scores.remove_group(db, COMMUNES[2], "15/02/2026")
    assert standing.stored_scores(db, [COMMUNES[2]], 2026) == {COMMUNES[2]: (0, 10)}


def test_a_commune_without_a_group_is_checked_against_nothing(filled):
    db = filled
    assessments.set_indicator(db, COMMUNES[0], 2026, "1.1", value="95")
    sheet = assessments.checklist(db, COMMUNES[0], 2026)
    assert sheet.ungrouped
    row = sheet.row("1.1")
    assert (row.target, row.computed, row.met, row.blocked) == (
        indicator_values.NO_GROUP,
        None,
        "unknown",
        "Xã chưa được xếp nhóm",
    )
    assert sheet.score == (0, 10)
    # The dossier's table prints every group's target rather than guess one.
    results = dossier_data.criteria_rows(db, units.get(db, COMMUNES[0]), 2026, "standard")
    assert results.criteria[0].indicators[0].target == (
        "Nhóm 1: ≥ 90 · Nhóm 2: ≥ 80 · Nhóm 3: ≥ 70"
    )
    with pytest.raises(InvalidInput, match="Hãy xếp nhóm cho xã trước"):
        assessments.set_indicator(db, COMMUNES[0], 2026, "1.1", met="yes")


def test_a_criterion_still_without_its_indicators_is_never_met(filled):
    db = filled
    group_scores.set_group(db, COMMUNES[0], 2, "15/02/2026")
    sheet = assessments.checklist(db, COMMUNES[0], 2026)
    second = sheet.criteria[1]
    (row,) = second.indicators
    assert row.indicator.placeholder and row.indicator.shown_code == ""
    assert row.blocked == row.indicator.text == catalogs.MISSING_INDICATORS
    assert not second.met
    with pytest.raises(InvalidInput, match="ntm catalog import"):
        assessments.set_indicator(db, COMMUNES[0], 2026, row.indicator.code, met="yes")


def test_a_new_version_changing_only_a_group_target_is_a_changed_indicator(filled):
    old = next(i for i in catalogs.get(filled, SET).indicators if i.code == "1.1")
    new = old._replace(targets_by_group={**old.targets_by_group, "3": {"op": ">=", "value": 75}})
    moved = version_move.IndicatorMove("1.1", old, new, entered=True)
    assert moved.status == version_move.CHANGED
    assert moved.differences == [
        "mức theo nhóm xã: Nhóm 1: ≥ 90 · Nhóm 2: ≥ 80 · Nhóm 3: ≥ 70 → "
        "Nhóm 1: ≥ 90 · Nhóm 2: ≥ 80 · Nhóm 3: ≥ 75"
    ]
    assert version_move.IndicatorMove("1.1", old, old, entered=True).status == version_move.SAME
