"""Promise 8: roles. Every status field is set only by the office whose decision it is.

A commune moves its model village's plan up to the proposal; recognising it is the district's
decision (the province's where there is no district, since 1/7/2025). The commune is refused
both as it edits and when a bundle it signed says so; the district's decision travels.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from ntm_desktop.common.errors import OutOfScope
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from ntm_desktop.sync import tables
from ntm_desktop.units import units
from ntm_desktop.village_plans import village_plans
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    DISTRICT,
    imp,
    network,
    resigned,
)

VILLAGE = f"{COMMUNE_A}.001"
DAY = date(2020, 3, 10)

# The roles the registry lets write each status-like field (on rows within their reach), and
# for some, a rule on the values (SyncTable.value_writers). A new status column fails this
# test until it is listed here with the rule the domain gives it.
C, D, P = "commune", "district", "province"
STATUS_FIELDS = {
    ("village_plans", "status"): {C, D, P},  # recognised / not_recognised: D, or P without D
    ("village_plans", "approval_decision"): {C},
    ("village_plans", "approval_date"): {C},
    ("village_plans", "recognition_decision"): {C, D, P},  # the recogniser only, by value rule
    ("village_plans", "recognition_date"): {C, D, P},
    ("village_plan_items", "status"): {C},
    ("plan_item_evidence", "stage"): {C},  # a photo before or after the work
    ("checklist_reviews", "status"): {D, P},  # the one the row's stage names
    ("checklist_reviews", "stage"): {D, P},
    ("indicator_values", "officer_met"): {C, D},  # the district for its communes
    ("criterion_judgments", "officer_met"): {C, D},  # its criteria-status sheet too
    ("plan_tasks", "status"): {D, P},  # the task's owner
    ("recognitions", "decision_no"): {P},
    ("recognitions", "decision_date"): {P},
    ("ocop_ratings", "decision"): {P},
    ("ocop_ratings", "stars"): {P},
}
STATUS_WORDS = ("status", "stage", "met", "decision", "recogni", "approv", "stars")


def _proposed_plan(db: Database) -> village_plans.Plan:
    village_plans.register(db, VILLAGE, 2020)
    for step in ("drafted", "approved", "in_progress", "proposed"):
        decision = {"decision": "12/QĐ-UBND", "decided_on": DAY} if step == "approved" else {}
        village_plans.set_status(db, VILLAGE, 2020, step, today=DAY, **decision)
    return village_plans.get(db, VILLAGE, 2020)


def _recognise(db: Database) -> None:
    village_plans.set_status(
        db, VILLAGE, 2020, "recognised", decision="45/QĐ-UBND", decided_on=DAY, today=DAY
    )


def test_every_status_field_has_a_stated_writer(net):
    found = {}
    for spec in tables.all_tables():
        columns = [row[1] for row in net.province.conn.execute(f"PRAGMA table_info({spec.name})")]
        for column in columns:
            if spec.travels(column, columns) and any(word in column for word in STATUS_WORDS):
                roles = {role for role in tables.ROLES if spec.may_write(role, column)}
                found[(spec.name, column)] = roles
    assert found == STATUS_FIELDS
    plans = tables.get("village_plans")
    assert set(plans.value_writers) == {"status", "recognition_decision", "recognition_date"}
    assert tables.get("checklist_reviews").role_field == "stage"


def test_a_commune_cannot_recognise_its_own_village(net):
    commune = net.replica("xa", COMMUNE_A)
    plan = _proposed_plan(commune)

    with pytest.raises(OutOfScope, match="đơn vị cấp huyện"):
        _recognise(commune)
    assert village_plans.get(commune, VILLAGE, 2020).status == "proposed"

    # The same decision signed by the commune's real key is refused at the province.
    [bundle] = net.export(commune)

    def recognise(manifest, ops):
        last = max(op["op"][1] for op in ops)
        status = next(op for op in reversed(ops) if (op["field"], op["row"]) == ("status", plan.id))
        ops.append({**status, "op": [status["op"][0], last + 1], "value": json.dumps("recognised")})

    forged = resigned(commune, bundle, recognise, "tu-cong-nhan.vnsb")
    summary = imp(net.province, forged)
    assert summary.status == "refused" and "đơn vị cấp huyện quyết định" in summary.reason

    # The district's decision travels.
    assert imp(net.province, bundle).status == "applied"
    district = net.replica("huyen", DISTRICT, role="district")
    assert imp(district, net.export(net.province, to=DISTRICT)[0]).status == "applied"
    _recognise(district)
    [decided] = net.export(district)
    assert imp(net.province, decided).status == "applied"
    assert village_plans.get(net.province, VILLAGE, 2020).status == "recognised"
    rule = tables.get("village_plans").value_writers["status"]
    assert rule(net.province, COMMUNE_A, "not_recognised") == {"district"}


def test_without_districts_the_province_recognises(bac_ninh_template, tmp_path):
    path = tmp_path / "ntm.db"
    path.write_bytes(bac_ninh_template.read_bytes())
    with open_data_file(path) as db:
        commune = next(unit for unit in units.subtree(db) if unit.level == "commune")
        rule = tables.get("village_plans").value_writers["status"]
        assert rule(db, commune.code, "recognised") == {"province"}
        assert rule(db, commune.code, "proposed") == {"commune"}
