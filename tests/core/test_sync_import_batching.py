"""An import stores what its rows feed once, and looks up only the op ids it may reuse."""

from __future__ import annotations

from ntm_desktop.checklist import assessments, standing
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync import importer, merge, reader
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    imp,
    network,
    resigned,
)


def _indicators(db, year):
    return [
        row.indicator.code
        for row in assessments.checklist(db, COMMUNE_A, year).rows
        if not row.indicator.placeholder
    ]


def test_a_unit_years_indicator_rows_store_its_checklist_once_and_right(net):
    commune = net.replica("xa", COMMUNE_A)
    codes = _indicators(commune, 2020)
    for number, code in enumerate(codes):
        assessments.set_indicator(commune, COMMUNE_A, 2020, code, met="yes" if number % 4 else "no")
    assessments.set_indicator(commune, COMMUNE_A, 2021, codes[0], met="yes")
    [bundle] = net.export(commune)
    province = net.province

    ops = reader.read(province, bundle).ops
    with province.transaction():
        applied = merge.apply(province, ops)

    written = {op["row"] for op in ops if op["table"] == "indicator_values"}
    assert len(written) == len(codes) + 1 > 40
    assert applied.refreshed == [(COMMUNE_A, 2020), (COMMUNE_A, 2021)]
    for year in (2020, 2021):
        assert assessments.stored_criterion_results(
            province, COMMUNE_A, year
        ) == assessments.stored_criterion_results(commune, COMMUNE_A, year)
        assert standing.stored_scores(province, [COMMUNE_A], year) == (
            standing.stored_scores(commune, [COMMUNE_A], year)
        )


def test_only_the_op_ids_already_held_are_compared(net):
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="50")
    [first] = net.export(commune)
    assert imp(net.province, first).status == "applied"
    held = [tuple(op["op"]) for op in reader.read(net.province, first).ops]
    device, last = held[-1]

    found = rows.held_ops(net.province, [*held, (device, last + 1), (device, last + 7)])

    assert sorted(found) == sorted(held)
    assert rows.held_ops(net.province, [(device, last + 1)]) == {}


def test_one_op_id_twice_in_a_bundle_with_different_content_is_refused(net):
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="50")
    [bundle] = net.export(commune)

    def reuse(manifest, ops):
        ops.append({**ops[-1], "hlc": ops[-1]["hlc"] + 1})

    summary = imp(net.province, resigned(commune, bundle, reuse))

    assert summary.status == "refused"
    assert "nội dung khác" in summary.reason


def test_a_batch_imported_again_is_known_by_its_hash_and_the_cache_is_put_back(net):
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="50")
    [bundle] = net.export(commune)
    cache = net.province.conn.execute("PRAGMA cache_size").fetchone()[0]
    [first] = importer.import_files(net.province, [bundle])
    assert first.status == "applied"
    inbox = sorted((net.province.path.parent / "sync" / "inbox").iterdir())

    [again] = importer.import_files(net.province, [bundle])

    assert again.status == "duplicate"

    assert sorted((net.province.path.parent / "sync" / "inbox").iterdir()) == inbox
    assert net.province.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
