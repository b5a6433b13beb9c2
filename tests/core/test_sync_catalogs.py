"""Catalog versions travel whole in province bundles and are never replaced or rolled back."""

from __future__ import annotations

from ntm_desktop.criteria import catalogs
from tests.core.sync_net import (
    COMMUNE_A,
    forge,
    imp,
    network,  # noqa: F401
    office_key,
    read_bundle,
)


def _new_version(db, title):
    info, _, _ = catalogs.list_all(db)[0]
    document = catalogs.document(db, info.key)
    document.pop("version")
    document["title"] = title
    new, status = catalogs.import_document(db, document)
    assert status == "new-version"
    return new


def test_a_new_catalog_version_reaches_the_communes_and_an_old_bundle_cannot_roll_it_back(net):
    a1 = net.replica("a1", COMMUNE_A)
    [old_bundle] = net.export(net.province, to=COMMUNE_A)
    new = _new_version(net.province, "Bộ tiêu chí sửa đổi")
    [bundle] = net.export(net.province, to=COMMUNE_A)
    summary = imp(a1, bundle)
    assert summary.status == "applied"
    assert f"  Bộ tiêu chí mới: {new.id} phiên bản {new.version}" in summary.lines()
    held = catalogs.get_info(a1, new.id)
    assert (held.key, held.content_sha256) == (new.key, new.content_sha256)
    assert imp(a1, old_bundle).status == "applied"  # late, harmless
    assert catalogs.get_info(a1, new.id).key == new.key


def test_different_content_under_a_held_version_is_refused(net):
    a1 = net.replica("a1", COMMUNE_A)
    mine = _new_version(a1, "Bản sửa riêng của xã")
    theirs = _new_version(net.province, "Bản của tỉnh")
    assert mine.key == theirs.key and mine.content_sha256 != theirs.content_sha256
    summary = imp(a1, net.export(net.province, to=COMMUNE_A)[0])
    assert summary.status == "refused" and "chống quay lui" in summary.reason


def test_only_the_province_may_send_catalogs(net):
    a1 = net.replica("a1", COMMUNE_A)
    [province_bundle] = net.export(net.province, to=COMMUNE_A)
    _, carried = read_bundle(province_bundle)
    catalog_members = {n: d for n, d in carried.items() if n.startswith("catalogs/")}
    assert catalog_members
    [own] = net.export(a1)
    manifest, members = read_bundle(own)
    forged = forge(
        own.with_name("forged.vnsb"),
        manifest=manifest,
        members={**members, **catalog_members},
        private_key=office_key(a1),
    )
    summary = imp(net.province, forged)
    assert summary.status == "refused" and "chỉ văn phòng tỉnh được ban hành" in summary.reason
