"""The version an assessment is pinned to, and the move to a newer one, travel between offices."""

from __future__ import annotations

from ntm_desktop.checklist import assessments, standing, version_move
from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import sync as sync_rows
from tests.core.checklist_catalog import DOCUMENT
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    dump,
    imp,
    network,
    two_laptops,
)
from tests.core.test_version_pinning import version_2

YEAR = 2020
SHARED = ("assessment_choices", "indicator_values", "evidence")


def assessment_rows(db) -> dict[str, list]:
    return {name: sync_rows.dump_table(db, name, "id") for name in SHARED}


def seen(db) -> tuple:
    sheet = assessments.checklist(db, COMMUNE_A, YEAR)
    return (
        sheet.choice.catalog.key,
        sheet.score,
        standing.stored_scores(db, [COMMUNE_A], YEAR)[COMMUNE_A],
        [(row.indicator.code, row.value, row.officer_met) for row in sheet.rows],
    )


def test_the_pin_and_the_move_from_the_commune_are_seen_at_the_province(net):
    province = net.province
    v1, _ = catalogs.import_document(province, DOCUMENT)
    commune = net.replica("xa", COMMUNE_A)
    imp(commune, net.export(province, to=COMMUNE_A)[0])

    assessments.set_indicator(commune, COMMUNE_A, YEAR, "1.1", value="100")
    assessments.set_indicator(commune, COMMUNE_A, YEAR, "2.1", value="50", met="yes")
    assessments.set_indicator(commune, COMMUNE_A, YEAR, "4.1", value="có")
    for part in net.export(commune):
        imp(province, part)
    assert seen(province) == seen(commune)
    assert seen(province)[0] == v1.key and seen(province)[1] == (2, 4)

    # The province brings in version 2: neither office's assessment changes.
    v2, _ = catalogs.import_document(province, version_2())
    assert seen(province)[0] == v1.key
    imp(commune, net.export(province, to=COMMUNE_A)[0])
    assert catalogs.get_info(commune, DOCUMENT["id"]).key == v2.key
    assert seen(commune) == seen(province) and seen(commune)[0] == v1.key
    assert version_move.newer(commune, COMMUNE_A, YEAR).key == v2.key

    version_move.move(commune, COMMUNE_A, YEAR)
    for part in net.export(commune):
        imp(province, part)
    moved = seen(province)
    assert moved == seen(commune)
    assert moved[0] == v2.key and moved[1] == moved[2] == (1, 4)  # 2.1 judged met
    assert ("2.1", 50, "yes") in moved[3] and ("1.1", 100, "unknown") in moved[3]
    assert assessment_rows(province) == assessment_rows(commune)
    # Sent again, nothing changes (the move's ids are the same on every laptop).
    for part in net.export(commune, full=True):
        imp(province, part)
    assert assessment_rows(province) == assessment_rows(commune)
    assert b'"conflicts": []' in dump(province)


def test_two_laptops_making_the_same_move_converge_without_conflicts(net, tmp_path):
    province = net.province
    catalogs.import_document(province, DOCUMENT)
    a1, a2 = two_laptops(net, both_report=True)
    for laptop in (a1, a2):
        imp(laptop, net.export(province, to=COMMUNE_A)[0])
    assessments.set_indicator(a1, COMMUNE_A, YEAR, "1.1", value="100", met="yes")
    proof = tmp_path / "anh.jpg"
    proof.write_bytes(b"\xff\xd8 road")
    assessments.attach_evidence(a1, COMMUNE_A, YEAR, "1.1", proof)
    for part in net.export(a1):
        imp(province, part)
    catalogs.import_document(province, version_2())
    for laptop in (a1, a2):
        for part in net.export(province, to=COMMUNE_A):
            imp(laptop, part)
    assert seen(a2) == seen(a1)

    version_move.move(a1, COMMUNE_A, YEAR)
    version_move.move(a2, COMMUNE_A, YEAR)  # the same move, made apart
    for laptop in (a1, a2):
        for part in net.export(laptop):
            imp(province, part)
    for laptop in (a1, a2):
        for part in net.export(province, to=COMMUNE_A):
            imp(laptop, part)
    assert seen(province) == seen(a1) == seen(a2)
    assert seen(province)[0].endswith("@2") and ("1.1", 100, "yes") in seen(province)[3]
    assert assessment_rows(province) == assessment_rows(a1) == assessment_rows(a2)
    assert b'"conflicts": []' in dump(province)
