"""Promise 5: values are checked on import exactly as on entry.

A commune signs, with its real key, a bundle whose op carries a value its own entry would never
store: NaN, infinity, text in a number, a boolean, a negative percentage, an indicator its set
lacks, the year 99999, a counter or clock past what the file holds. The province refuses the whole
bundle with the reason and nothing changes; the commune's honest bundle still applies. And a value
that is in a data file already (an old file, one edited by hand) never crashes a later command.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ntm_desktop.checklist import assessments, recognitions
from ntm_desktop.cli import main
from ntm_desktop.dossier import dossier_inputs
from ntm_desktop.funding import funding
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync import tables
from ntm_desktop.sync.summary import GAPS_LISTED
from ntm_desktop.village_plans import village_plans
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    PROVINCE,
    imp,
    network,
    resigned,
)

VILLAGE = f"{COMMUNE_A}.001"


def _commune_with_data(net):
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="80", met="yes")
    assessments.set_indicator(commune, COMMUNE_A, 2020, "1.1", value="Có quy hoạch")
    assessments.set_indicator(commune, COMMUNE_A, 2020, "10", value="41,5")
    plan = village_plans.register(commune, VILLAGE, 2020)
    village_plans.add_item(
        commune,
        plan,
        work="Bê tông hóa đường trục thôn",
        criterion_no=2,
        start="Q1",
        percent_done=40,
        amounts={"state_support": "30.000.000", "land_m2": "320,5"},
    )
    funding.record(commune, COMMUNE_A, 2020, {"central": "1.500"}, {"land_m2": 1200})
    dossier_inputs.save(commune, COMMUNE_A, 2020, "standard", {"survey_issued": 120})
    return commune


def _set(table: str, field: str, raw: str, *, indicator: str | None = None):
    """Give the first op on (table, field) the JSON text `raw` (of indicator `indicator`)."""

    def change(manifest, ops):
        rows = {op["row"] for op in ops if indicator is None or op["value"] == f'"{indicator}"'}
        target = next(op for op in ops if (op["table"], op["field"]) == (table, field)
                      and (indicator is None or op["row"] in rows))  # fmt: skip
        target["value"] = raw

    return change


VALUES = {
    "nan": ("indicator_values", "value", "NaN", "2.1"),
    "infinity": ("indicator_values", "value", "Infinity", "2.1"),
    "minus-infinity": ("indicator_values", "value", "-Infinity", "2.1"),
    "overflow-to-infinity": ("indicator_values", "value", "1e400", "2.1"),
    "text-in-a-percentage": ("indicator_values", "value", '"nhiều"', "2.1"),
    "boolean-value": ("indicator_values", "value", "true", "2.1"),
    "negative-percentage": ("indicator_values", "value", "-5", "2.1"),
    "percentage-over-100": ("indicator_values", "value", "150.5", "2.1"),
    "negative-amount": ("indicator_values", "value", "-41.5", "10"),
    "number-for-text": ("indicator_values", "value", "7", "1.1"),
    "unknown-indicator": ("indicator_values", "indicator_code", '"99.9"', "2.1"),
    "year-99999": ("indicator_values", "year", "99999", "2.1"),
    "year-as-text": ("indicator_values", "year", '"2020"', "2.1"),
    "met-maybe": ("indicator_values", "officer_met", '"maybe"', "2.1"),
    "negative-money": ("village_plan_items", "state_support", "-1", None),
    "money-past-the-limit": ("village_plan_items", "state_support", str(2**63 - 1), None),
    "fraction-of-a-dong": ("village_plan_items", "state_support", "1.5", None),
    "money-as-text": ("village_plan_items", "state_support", '"30.000.000"', None),
    "boolean-money": ("village_plan_items", "state_support", "false", None),
    "percent-done-101": ("village_plan_items", "percent_done", "101", None),
    "negative-land": ("village_plan_items", "land_m2", "-2", None),
    "item-status": ("village_plan_items", "status", '"finished"', None),
    "impossible-date": ("village_plan_items", "start_date", '"2020-13-45"', None),
    "plan-status": ("village_plans", "status", '"approved!"', None),
    "funding-negative": ("funding_years", "central_dong", "-1000000", None),
    "funding-text": ("funding_years", "land_m2", '"1.200"', None),
    "dossier-negative": ("dossier_inputs", "survey_issued", "-3", None),
}


def _refused_whole(net, commune, change) -> str:
    """The commune's bundle with `change` made to its ops and signed again is refused whole:
    the province's file is unchanged, and still takes the genuine bundle. The reason."""
    [bundle] = net.export(commune)
    forged = resigned(commune, bundle, change)
    before = file_digest(net.province.path)

    summary = imp(net.province, forged)

    assert summary.status == "refused", summary
    assert file_digest(net.province.path) == before
    assert imp(net.province, bundle).status == "applied"
    return summary.reason


@pytest.mark.parametrize(("table", "field", "raw", "indicator"), VALUES.values(), ids=VALUES)
def test_a_value_the_entry_would_refuse_refuses_the_bundle(net, table, field, raw, indicator):
    commune = _commune_with_data(net)
    reason = _refused_whole(net, commune, _set(table, field, raw, indicator=indicator))
    assert any(word in reason for word in (field, "chỉ tiêu", "không đúng định dạng"))


def _judged_commune(net):
    """A commune that judged criterion 1 as a whole: its bundle carries one criterion
    judgment row, keyed by that identity."""
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_criteria(commune, COMMUNE_A, 2020, {1: "yes"}, note="Bảng tiêu chí huyện")
    return commune


def _rekeyed(key: str):
    """The criterion judgment's ops moved to the row `key` (its placeholders: the original
    key's unit, year and set)."""

    def change(manifest, ops):
        original = next(op["row"] for op in ops if op["table"] == "criterion_judgments")
        unit, year, catalog, _ = original.split("/")
        for op in ops:
            if op["row"] == original:
                op["row"] = key.format(unit=unit, year=year, set=catalog)

    return change


def _identity_op(manifest, ops):
    """A criterion judgment's identity sent as an op, as no office's program sends it."""
    target = next(op for op in ops if op["table"] == "criterion_judgments")
    target["field"], target["value"] = "unit_code", '"07360"'


HOSTILE_KEYS = {
    "not-a-key": (_rekeyed("{unit}-{year}-{set}-1"), "không có dạng mã đơn vị/năm"),
    "key-with-an-extra-part": (_rekeyed("{unit}/{year}/x/{set}/1"), "không có dạng"),
    "leading-zero": (_rekeyed("{unit}/{year}/{set}/01"), f"phải là {COMMUNE_A}/2020/"),
    "year-99999": (_rekeyed("{unit}/99999/{set}/1"), "Năm 99999 không hợp lệ"),
    "criterion-the-set-lacks": (_rekeyed("{unit}/{year}/{set}/42"), "không có tiêu chí số 42"),
    "unknown-unit": (_rekeyed("99999/{year}/{set}/1"), "đơn vị chưa có trong tệp dữ liệu"),
    "another-communes-unit": (_rekeyed("07360/{year}/{set}/1"), "về đơn vị 07360"),
    "its-district": (_rekeyed("216/{year}/{set}/1"), "về đơn vị 216"),
    "identity-as-an-op": (_identity_op, "trường lạ 'unit_code'"),
}


@pytest.mark.parametrize(("change", "reason"), HOSTILE_KEYS.values(), ids=HOSTILE_KEYS)
def test_a_criterion_judgments_key_is_checked_as_typed_input(net, change, reason):
    found = _refused_whole(net, _judged_commune(net), change)
    assert reason in found, found
    assert assessments.stored_criterion_results(net.province, COMMUNE_A, 2020)[1] is True


def _first_op(key: str, value: object):
    def change(manifest, ops):
        ops[0][key] = value

    return change


def _manifest(key: str, value: object):
    def change(manifest, ops):
        manifest[key] = value

    return change


def _known(manifest, ops):
    manifest["known"] = {ops[0]["op"][0]: 2**60}


def _negative_known(manifest, ops):
    manifest["known"] = {ops[0]["op"][0]: -1}


FRAMES = {
    "hlc-past-64-bits": _first_op("hlc", 2**63),
    "hlc-nan": _first_op("hlc", float("nan")),
    "hlc-boolean": _first_op("hlc", True),
    "counter-past-2^53": _first_op("op", ["d" * 32, 2**53 + 1]),
    "counter-float": _first_op("op", ["d" * 32, 1.0]),
    "base-counter-past-2^53": _first_op("base", ["d" * 32, 2**60]),
    "device-seq-past-2^53": _manifest("device_seq", 2**53 + 1),
    "part-past-2^53": _manifest("part", [1, 2**60]),
    "part-after-count": _manifest("part", [3, 2]),
    "part-zero": _manifest("part", [0, 0]),
    "known-past-2^53": _known,
    "known-negative": _negative_known,
}


@pytest.mark.parametrize("change", FRAMES.values(), ids=FRAMES)
def test_a_counter_or_clock_out_of_range_refuses_the_bundle(net, change):
    reason = _refused_whole(net, _commune_with_data(net), change)
    assert "không đúng định dạng" in reason, reason


def test_every_synced_field_is_checked(net):
    """Each field that travels has its column's type check, and each one with a domain rule
    (a number, a date, a choice) has it declared: no field enters unchecked."""
    unchecked = []
    for spec in tables.all_tables():
        if spec.name == "test_evidence":
            continue
        for column, declared in rows.column_types(net.province, spec.name).items():
            if not spec.travels(column, [column]) or column == "owner_code":
                continue
            numeric = "INT" in declared or "REAL" in declared
            dated = column.endswith(("_date", "_on", "_at", "_from", "_to")) or column in (
                "date",
                "as_of",
            )
            ruled = numeric or dated or column in ("status", "stage", "kind", "tier", "level")
            if ruled and column not in spec.checks and spec.row_check is None:
                unchecked.append(f"{spec.name}.{column}")
    assert unchecked == []


ODD_VALUES = {
    "tiny": 1e-05,
    "huge": 1e300,
    "negative-percentage": -5.0,
    "text-in-a-number": "abc",
    "integer-past-2^53": 2**62,
    "infinity": float("inf"),
    "minus-infinity": float("-inf"),
    "bytes": b"\x00\xff",
}
LATER_COMMANDS = [
    ["checklist", "show", "--unit", COMMUNE_A, "--year", "2020"],
    ["checklist", "show", "--unit", COMMUNE_A, "--year", "2020", "--format", "json"],
    ["checklist", "score", "--unit", COMMUNE_A, "--year", "2020"],
    ["history", "--unit", COMMUNE_A],
    ["report", "by-district", "--year", "2020", "--format", "csv"],
    ["report", "by-criterion", "--year", "2020", "--format", "csv"],
    ["dossier", "check", "--unit", COMMUNE_A, "--year", "2020"],
    [
        "checklist",
        "set",
        "--unit",
        COMMUNE_A,
        "--year",
        "2020",
        "--indicator",
        "2.1",
        "--note",
        "x",
    ],
]


@pytest.mark.parametrize("value", ODD_VALUES.values(), ids=ODD_VALUES)
def test_an_odd_stored_value_crashes_no_later_command(db, capsys, tmp_path, value):
    assessments.set_indicator(db, COMMUNE_A, 2020, "2.1", value="50")
    assessments.set_indicator(db, COMMUNE_A, 2020, "10", value="41,5")
    db.close()
    copy = tmp_path / "ban-sao.db"
    shutil.copyfile(db.path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE indicator_values SET value = ?", (value,))
    conn.close()

    for command in LATER_COMMANDS:
        code = main(["--db", str(copy), *command])
        captured = capsys.readouterr()
        assert code in (0, 3), (command, captured.err)
        assert "Traceback" not in captured.err


def test_a_tiny_number_is_entered_and_shown(db, capsys):
    code = main(["--db", str(db.path), "checklist", "set", "--unit", COMMUNE_A, "--year", "2020",
                 "--indicator", "2.1", "--value", "0,00001"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "(trống) → 0,00001" in captured.out
    main(["--db", str(db.path), "checklist", "show", "--unit", COMMUNE_A, "--year", "2020",
          "--format", "json"])  # fmt: skip
    [row] = [row for row in json.loads(capsys.readouterr().out) if row["indicator_code"] == "2.1"]
    assert row["value"] == 1e-05


def test_a_huge_bundle_number_lists_a_bounded_number_of_gaps(net, capsys):
    """Bundle number 2^52 is within range, yet must not make a list of 2^52 missing bundles."""
    commune = _commune_with_data(net)
    [bundle] = net.export(commune, to=PROVINCE)
    forged = resigned(commune, bundle, _manifest("device_seq", 2**52))

    summary = imp(net.province, forged)

    assert summary.status == "applied", summary
    assert summary.gaps == list(range(1, GAPS_LISTED + 1))
    assert main(["--db", str(net.province.path), "bundle", "status"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def _edited_outside_the_app(db, tmp_path, table: str, column: str, value: object) -> Path:
    """A copy of the data file with one column set by hand, as no check of the app would."""
    db.close()
    copy = tmp_path / "ban-sao.db"
    shutil.copyfile(db.path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(f"UPDATE {table} SET {column} = ?", (value,))
    conn.close()
    return copy


PLANTED_AMOUNTS = {
    "plan-money-near-2^63": ("village_plan_items", "state_support", 2**63 - 1),
    "plan-quantity-infinite": ("village_plan_items", "quantity", float("inf")),
    "plan-land-huge": ("village_plan_items", "land_m2", 1e300),
    "funding-near-2^63": ("funding_years", "central_dong", 2**62),
    "funding-land-as-text": ("funding_years", "land_m2", "nhiều"),
}


@pytest.mark.parametrize(
    ("table", "column", "value"), PLANTED_AMOUNTS.values(), ids=PLANTED_AMOUNTS
)
def test_an_odd_stored_amount_crashes_no_report(db, capsys, tmp_path, table, column, value):
    plan = village_plans.register(db, VILLAGE, 2020)
    village_plans.add_item(db, plan, work="Đường trục", criterion_no=2, quantity="1.250")
    funding.record(db, COMMUNE_A, 2020, {"central": "1.500"}, {"land_m2": 1200})
    copy = _edited_outside_the_app(db, tmp_path, table, column, value)

    village = ["--village", VILLAGE, "--year", "2020"]
    for command in (
        ["plan", "show", *village],
        ["plan", "show", *village, "--format", "json"],
        ["plan", "export", *village, "--format", "xlsx", "-o", str(tmp_path / "du-toan.xlsx")],
        ["report", "funding", "--year", "2020", "--format", "csv"],
        [
            "report",
            "funding",
            "--year",
            "2020",
            "--format",
            "xlsx",
            "-o",
            str(tmp_path / "nv.xlsx"),
        ],
    ):
        code = main(["--db", str(copy), *command])
        captured = capsys.readouterr()
        assert code in (0, 3), (command, captured.err)
        assert "Traceback" not in captured.err


def test_the_latest_storable_clock_is_applied_with_a_warning(net):
    """An HLC just under 2^63 (the year 4000-odd) is storable: kept, with a clock warning, and
    the province's own clock does not follow it."""
    commune = _commune_with_data(net)
    [bundle] = net.export(commune)
    forged = resigned(commune, bundle, _first_op("hlc", 2**63 - 1))

    summary = imp(net.province, forged)

    assert summary.status == "applied", summary
    assert summary.clock_warnings
    assert int(net.province.get_meta("hlc") or 0) < 2**62


TASKS_REPORT = ["report", "tasks", "--year", "2020", "--format", "csv"]
PLANTED_RECORDS = {
    "task-date-out-of-calendar": ("plan_tasks", "due_date", "2020-13-45", TASKS_REPORT),
    "task-units-not-json": ("plan_tasks", "unit_codes", "07354, 07360", TASKS_REPORT),
    "recognition-date-text": (
        "recognitions",
        "decision_date",
        "hôm qua",
        ["dossier", "check", "--unit", COMMUNE_A, "--year", "2023", "--tier", "advanced"],
    ),
}


@pytest.mark.parametrize(
    ("table", "column", "value", "command"), PLANTED_RECORDS.values(), ids=PLANTED_RECORDS
)
def test_a_record_edited_outside_the_app_is_named_not_a_crash(
    db, capsys, tmp_path, table, column, value, command
):
    tasks_sheet = Path(__file__).parents[1] / "core" / "data" / "bac-giang-2020-tasks.csv"
    assert main(["--db", str(db.path), "import", "tasks", str(tasks_sheet), "--year", "2020"]) == 0
    recognitions.add(db, COMMUNE_A, "standard", date(2019, 12, 20))
    copy = _edited_outside_the_app(db, tmp_path, table, column, value)
    capsys.readouterr()

    code = main(["--db", str(copy), *command])

    err = capsys.readouterr().err
    assert code == 4, err
    assert "Traceback" not in err
    assert f"bảng {table}, cột {column}" in err and "khôi phục từ bản sao lưu" in err
