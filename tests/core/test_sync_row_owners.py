"""An op's owner must agree with its row: a row about one office's unit, signed by another
office under its own name, is refused whole (it would lock the real office out of the row)."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import pytest

from ntm_desktop.checklist import assessments
from ntm_desktop.common.text import fold
from ntm_desktop.storage import Database, changes
from ntm_desktop.sync import importer
from ntm_desktop.units import units
from ntm_desktop.village_plans import village_plans
from tests.conftest import file_digest
from tests.core.sync_net import COMMUNE_A, PROVINCE, dump, imp, network  # noqa: F401

NGOC_VAN = "07351"  # Xã Ngọc Vân, Huyện Tân Yên, like COMMUNE_A (07354)
YEAR = 2020


def _refused(db: Database, path: Path, contains: str) -> None:
    before = file_digest(db.path)
    summary = imp(db, path)
    assert summary.status == "refused", summary
    assert contains in summary.reason, summary.reason
    assert file_digest(db.path) == before
    reason_file = Path(summary.quarantined_as + ".ly-do.txt")
    assert reason_file.read_text(encoding="utf-8").strip() == summary.reason


def _catalog_key(db: Database) -> str:
    return assessments.checklist(db, NGOC_VAN, YEAR).choice.catalog.key


def _forge_value(db: Database, unit: str = NGOC_VAN) -> None:
    """Ngọc Vân's indicator row, its id (and unit, unless another is given) Ngọc Vân's,
    written by 07354 as its own."""
    key = _catalog_key(db)
    changes.insert_tracked(
        db,
        "indicator_values",
        {
            "id": assessments.value_id(NGOC_VAN, YEAR, key, "1.1"),
            "unit_code": unit,
            "year": YEAR,
            "catalog_key": key,
            "indicator_code": "1.1",
            "officer_met": "no",
            "owner_code": COMMUNE_A,
        },
        owner=COMMUNE_A,
    )


def _forge_unit(db: Database, code: str, name: str, level: str, parent: str) -> None:
    changes.insert_tracked(
        db,
        "units",
        {
            "code": code,
            "name": name,
            "kind": "huyện" if level == "district" else "thôn",
            "level": level,
            "parent_code": parent,
            "valid_from": "2026-01-01",
            "valid_to": None,
            "owner_code": COMMUNE_A,
        },
        key="code",
        owner=COMMUNE_A,
        derived={"name_folded": fold(name)},
    )


FORGERIES = {
    "another-communes-value": (
        _forge_value,
        f"về đơn vị {NGOC_VAN} nhưng ghi đơn vị sở hữu {COMMUNE_A}",
    ),
    "another-communes-key-on-its-own-row": (
        lambda db: _forge_value(db, unit=COMMUNE_A),
        "mang mã không khớp với nội dung của nó",
    ),
    "a-district": (
        lambda db: _forge_unit(db, "999", "Huyện Giả", "district", PROVINCE),
        f"đơn vị 999 do đơn vị {PROVINCE} quản lý, không phải đơn vị {COMMUNE_A}",
    ),
    "another-communes-village": (
        lambda db: _forge_unit(db, f"{NGOC_VAN}.099", "Thôn Giả", "village", NGOC_VAN),
        f"đơn vị {NGOC_VAN}.099 do đơn vị {NGOC_VAN} quản lý, không phải đơn vị {COMMUNE_A}",
    ),
    "a-village-numbered-as-another-communes": (
        lambda db: _forge_unit(db, f"{NGOC_VAN}.001", "Thôn Mượn Mã", "village", COMMUNE_A),
        f"phải mang mã {COMMUNE_A}.NNN",
    ),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_a_row_about_another_offices_unit_is_refused_and_that_office_still_reports(net, forgery):
    forger = net.replica("viet-lap", COMMUNE_A)
    write, reason = FORGERIES[forgery]
    write(forger)
    [forged] = net.export(forger)
    _refused(net.province, forged, reason)

    ngoc_van = net.replica("ngoc-van", NGOC_VAN)
    assessments.set_indicator(ngoc_van, NGOC_VAN, YEAR, "1.1", met="yes")
    village = units.add_village(ngoc_van, NGOC_VAN, "Mới")
    assert village.code == f"{NGOC_VAN}.001"
    for part in net.export(ngoc_van):
        assert imp(net.province, part).status == "applied"
    row = assessments.checklist(net.province, NGOC_VAN, YEAR).row("1.1")
    assert row.met == "yes"
    assert units.get(net.province, village.code).owner_code == NGOC_VAN


def test_evidence_attached_to_another_offices_record_is_refused(net):
    ngoc_van = net.replica("ngoc-van", NGOC_VAN)
    assessments.set_indicator(ngoc_van, NGOC_VAN, YEAR, "1.1", met="yes")
    [genuine] = net.export(ngoc_van)
    forger = net.replica("viet-lap", COMMUNE_A)
    for db in (net.province, forger):  # any office may read another's bundle
        assert imp(db, genuine).status == "applied"
    changes.insert_tracked(
        forger,
        "evidence",
        {
            "id": str(uuid.uuid4()),
            "value_id": assessments.value_id(NGOC_VAN, YEAR, _catalog_key(forger), "1.1"),
            "sha256": "0" * 64,
            "file_name": "gia.jpg",
            "size": 1,
            "added_at": datetime.now().isoformat(timespec="seconds"),
            "removed": 0,
            "owner_code": COMMUNE_A,
        },
        owner=COMMUNE_A,
    )
    [forged] = net.export(forger)
    _refused(net.province, forged, f"về đơn vị {NGOC_VAN} nhưng ghi đơn vị sở hữu {COMMUNE_A}")


def _new_village_with_a_plan(commune: Database, items: int) -> village_plans.Plan:
    village = units.add_village(commune, COMMUNE_A, "Đồng Mới")
    plan = village_plans.register(commune, village.code, YEAR)
    for number in range(1, items + 1):
        village_plans.add_item(
            commune,
            plan,
            work=f"Hạng mục {number}: đường hoa, rãnh thoát nước và điện chiếu sáng",
            criterion_no=2,
            amounts={"state_support": "30.000.000"},
        )
    return plan


def test_a_new_village_and_its_records_in_one_bundle_arrive(net):
    commune = net.replica("viet-lap", COMMUNE_A)
    plan = _new_village_with_a_plan(commune, items=2)
    [bundle] = net.export(commune)
    assert imp(net.province, bundle).status == "applied"
    arrived = village_plans.get(net.province, plan.village_code, YEAR)
    assert arrived.owner_code == COMMUNE_A
    assert len(village_plans.items(net.province, arrived)) == 2
    assert dump(net.province) == dump(commune)


def test_parts_taken_out_of_order_wait_for_the_rows_they_build_on(net):
    commune = net.replica("viet-lap", COMMUNE_A)
    _new_village_with_a_plan(commune, items=25)
    parts = net.export(commune, part_limit=200_000)
    assert len(parts) >= 2
    # Alone, a later part cannot be checked yet: its items hang off a plan it does not carry.
    _refused(net.province, parts[-1], "Hãy nhập các gói (hoặc các phần) trước đó")
    summaries = importer.import_files(net.province, list(reversed(parts)))
    assert [summary.status for summary in summaries] == ["applied"] * len(parts)
    assert dump(net.province) == dump(commune)
