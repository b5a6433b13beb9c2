"""An assessment keeps the criteria set version it was made against until the officer moves it."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest

from ntm_desktop.checklist import assessments, standing, version_move
from ntm_desktop.criteria import catalogs
from ntm_desktop.evidence import attachments
from ntm_desktop.reports import bieu_01, by_criterion, by_district
from ntm_desktop.storage import changes
from tests.conftest import file_digest, refused
from tests.core.checklist_catalog import DOCUMENT

UNIT, OTHER, YEAR = "07354", "07360", 2020


def version_2() -> dict:
    """Version 2 of the test set: 1.1 reworded, 1.3 added, 2.1's target raised, criterion 3
    given a real indicator (its placeholder goes), 4.1 replaced by 4.2."""
    document = copy.deepcopy(DOCUMENT)
    traffic, income, health, defence = document["criteria"]
    traffic["indicators"][0]["text"] = "Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa"
    traffic["indicators"].append({"code": "1.3", "text": "Có đèn chiếu sáng", "target": "Đạt"})
    income["indicators"][0]["target"] = {"op": ">=", "value": 60}
    health["indicators"] = [{"code": "3.1", "text": "Có trạm y tế đạt chuẩn", "target": "Đạt"}]
    defence["indicators"] = [
        {"code": "4.2", "text": "Hoàn thành chỉ tiêu quân sự", "target": {"op": "yes"}}
    ]
    return document


def assess_under_version_1(db, tmp_path) -> str:
    """The officer fills the 2020 checklist (no set chosen: the first edit pins version 1)."""
    v1, status = catalogs.import_document(db, DOCUMENT)
    assert status == "new"
    assert not assessments.choice(db, UNIT, YEAR).pinned
    assessments.set_indicator(db, UNIT, YEAR, "1.1", value="100", note="Theo báo cáo huyện")
    assessments.set_indicator(db, UNIT, YEAR, "1.2", met="yes")
    assessments.set_indicator(db, UNIT, YEAR, "2.1", value="50")
    assessments.set_indicator(db, UNIT, YEAR, "3", met="yes")
    assessments.set_indicator(db, UNIT, YEAR, "4.1", value="có")
    proof = tmp_path / "bien-ban.pdf"
    proof.write_bytes(b"%PDF-1.4 bien ban")
    assessments.attach_evidence(db, UNIT, YEAR, "1.1", proof)
    chosen = assessments.choice(db, UNIT, YEAR)
    assert chosen.pinned and not chosen.overridden and chosen.catalog.key == v1.key
    assert assessments.score(db, UNIT, YEAR) == (4, 4)
    return v1.key


def test_version_2_changes_nothing_until_the_move_then_carries_the_mapped_values(db, tmp_path):
    v1 = assess_under_version_1(db, tmp_path)
    before = assessments.checklist(db, UNIT, YEAR)
    v2, status = catalogs.import_document(db, version_2())
    assert status == "new-version" and v2.key.endswith("@2")

    # Shown and scored as version 1, from the stored score and from the sheet alike.
    after = assessments.checklist(db, UNIT, YEAR)
    assert after == before and after.choice.catalog.key == v1
    assert assessments.score(db, UNIT, YEAR) == after.score == (4, 4)
    assert assessments.stored_criterion_results(db, UNIT, YEAR) == {1: True, 2: True, 3: True,
                                                                    4: True}  # fmt: skip
    assessments.recompute(db, UNIT, YEAR)  # what a received bundle does
    assert standing.stored_scores(db, [UNIT], YEAR) == {UNIT: (4, 4)}
    # Further edits stay on version 1.
    assessments.set_indicator(db, UNIT, YEAR, "1.2", note="Kiểm tra lại tháng 12")
    assert assessments.checklist(db, UNIT, YEAR).choice.catalog.key == v1
    # A unit-year without data follows the newest version.
    assert assessments.checklist(db, OTHER, YEAR).choice.catalog.key == v2.key
    assert version_move.newer(db, OTHER, YEAR) is None
    assert version_move.newer(db, UNIT, YEAR).key == v2.key

    found = version_move.preview(db, UNIT, YEAR)
    status_of = {item.code: item.status for item in found.items}
    assert status_of == {"1.1": "changed", "1.2": "same", "1.3": "new", "2.1": "changed",
                         "3.1": "new", "4.2": "new", "3": "dropped", "4.1": "dropped"}  # fmt: skip
    differences = {item.code: item.differences for item in found.items if item.differences}
    assert differences == {
        "1.1": ["nội dung trước: Tỷ lệ đường xã được nhựa hóa"],
        "2.1": ["mức cần đạt: ≥ 45 → ≥ 60"],
    }
    assert {item.code for item in found.items if item.carried} == {"1.1", "1.2", "2.1"}
    assert {item.code for item in found.items if item.left_behind} == {"3", "4.1"}
    assert found.lines()[1:3] == [
        "Chỉ tiêu giữ nguyên: 1 · đổi nội dung: 2 · mới: 3 · bỏ: 2.",
        "Giá trị đã nhập: 3 chuyển sang phiên bản 2; 2 để lại ở phiên bản 1 (không bị xóa).",
    ]

    logged = len(changes.history(db))
    version_move.move(db, UNIT, YEAR)
    moved = assessments.checklist(db, UNIT, YEAR)
    assert moved.choice.catalog.key == v2.key and moved.choice.pinned
    assert moved.row("1.1").value == 100 and moved.row("1.1").note == "Theo báo cáo huyện"
    assert moved.row("1.1").evidence_count == 1
    assert moved.row("1.2").officer_met == "yes" and moved.row("2.1").value == 50
    assert moved.row("1.3").met == "unknown"
    # Under version 2: 2.1 misses the raised target; 1.3, 3.1 and 4.2 are not assessed yet.
    assert moved.row("2.1").met == "no"
    assert moved.score == assessments.score(db, UNIT, YEAR) == (0, 4)
    assert assessments.stored_criterion_results(db, UNIT, YEAR) == {1: False, 2: False,
                                                                    3: False, 4: False}  # fmt: skip
    # One tracked change: the pin's version and the carried fields, in the change log.
    new_ops = changes.history(db)[logged:]
    assert ("assessment_choices", "catalog_key", v1, v2.key) in {
        (op.table_name, op.field, op.old_value, op.new_value) for op in new_ops
    }
    assert {op.table_name for op in new_ops} == {"assessment_choices", "indicator_values",
                                                 "evidence"}  # fmt: skip
    # What stayed behind is kept under version 1, not deleted.
    left = {
        code: (value, met)
        for code, value, met in db.conn.execute(
            "SELECT indicator_code, value, officer_met FROM indicator_values "
            "WHERE unit_code = ? AND year = ? AND catalog_key = ?",
            (UNIT, YEAR, v1),
        )
    }
    assert left["4.1"] == ("có", None) and left["3"] == (None, "yes")
    assert left["1.1"] == (100, None)
    assert version_move.newer(db, UNIT, YEAR) is None
    with pytest.raises(Exception, match="phiên bản mới nhất"):
        version_move.preview(db, UNIT, YEAR)


def test_a_value_the_new_indicator_refuses_stays_behind(db, tmp_path):
    assess_under_version_1(db, tmp_path)
    document = version_2()
    document["criteria"][1]["indicators"][0]["unit"] = "%"  # 2.1 becomes a share
    catalogs.import_document(db, document)
    assessments.set_indicator(db, UNIT, YEAR, "2.1", value="1.250")
    [item] = [i for i in version_move.preview(db, UNIT, YEAR).items if i.code == "2.1"]
    assert item.left_behind and "từ 0 đến 100" in item.refusal
    version_move.move(db, UNIT, YEAR)
    assert assessments.checklist(db, UNIT, YEAR).row("2.1").value is None


def test_changing_tier_and_back_keeps_the_pinned_version(db):
    first = assessments.checklist(db, UNIT, 2023).rows[0].indicator.code
    assessments.set_indicator(db, UNIT, 2023, first, note="Đã rà soát")
    pinned = assessments.choice(db, UNIT, 2023).catalog
    document = catalogs.document(db, pinned.id)
    document.pop("version")
    document["notes"] = "Sửa đổi"
    assert catalogs.import_document(db, document)[1] == "new-version"
    assessments.choose(db, UNIT, 2023, tier="advanced")
    assert assessments.choice(db, UNIT, 2023).overridden
    assessments.choose(db, UNIT, 2023, tier="standard")
    assert assessments.choice(db, UNIT, 2023).catalog.key == pinned.key
    assert assessments.checklist(db, UNIT, 2023).row(first).note == "Đã rà soát"


def test_values_entered_before_pinning_keep_their_version(db):
    """A file written before versions were pinned (or values bulk-loaded) has value rows and no
    pin: it shows the version the values were entered under."""
    v1, _ = catalogs.import_document(db, DOCUMENT)
    assessments.set_indicator(db, UNIT, YEAR, "1.1", value="90")
    db.conn.execute("DELETE FROM assessment_choices")
    catalogs.import_document(db, version_2())
    chosen = assessments.choice(db, UNIT, YEAR)
    assert chosen.catalog.key == v1.key and not chosen.pinned
    assert version_move.newer(db, UNIT, YEAR) is not None


def test_cli_preview_changes_nothing_and_the_move_is_reported(db, db_path, tmp_path):
    assess_under_version_1(db, tmp_path)
    catalogs.import_document(db, version_2())
    db.close()
    ntm = [sys.executable, "-m", "ntm_desktop.cli", "--db", str(db_path)]
    command = ["checklist", "move-version", "--unit", UNIT, "--year", str(YEAR)]
    before = file_digest(db_path)
    shown = subprocess.run([*ntm, *command, "--dry-run"], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert file_digest(db_path) == before
    assert "Xã Việt Lập, năm 2020: chuyển từ xa-thu-nghiem-2020-2021@1 sang " in shown.stdout
    assert "3 chuyển sang phiên bản 2; 2 để lại ở phiên bản 1" in shown.stdout
    assert "  4.1      bỏ            để lại       Có dân quân vững mạnh" in shown.stdout
    assert "Chưa chuyển (--dry-run)" in shown.stdout
    done = subprocess.run([*ntm, *command], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert shown.stdout.splitlines()[:-1] == done.stdout.splitlines()[:-1]
    assert done.stdout.splitlines()[-1].endswith("Số tiêu chí đạt: 0/4")
    again = subprocess.run([*ntm, *command], capture_output=True, text=True)
    assert again.returncode == 3 and "phiên bản mới nhất" in again.stderr


def test_reports_name_the_versions_they_aggregate(db, tmp_path):
    assess_under_version_1(db, tmp_path)
    catalogs.import_document(db, version_2())
    assessments.set_indicator(db, OTHER, YEAR, "1.1", value="100")
    note = "Tổng hợp theo 2 phiên bản bộ tiêu chí: xa-thu-nghiem-2020-2021@1 (1 xã), @2 (1 xã)."
    assert note in by_district.build(db, YEAR).notes
    assert note in by_district.build(db, YEAR, "216").notes  # a district
    assert note in bieu_01.build(db, YEAR).table().notes
    assert note in by_criterion.build(db, YEAR).notes
    version_move.move(db, UNIT, YEAR)
    assert not [n for n in by_district.build(db, YEAR).notes if "phiên bản" in n]
    assert not [n for n in by_criterion.build(db, YEAR).notes if "phiên bản" in n]


def test_a_refused_move_changes_nothing(db, db_path, tmp_path):
    assess_under_version_1(db, tmp_path)
    with refused(db_path, "không có phiên bản mới"):
        version_move.move(db, UNIT, YEAR)
    assert attachments.of_parent(
        db, attachments.INDICATOR_VALUES, assessments.checklist(db, UNIT, YEAR).row("1.1").value_id
    )
