"""Promise 4: ownership is decided by the data, not by which bundle arrived first.

Two province replicas import the same signed bundles in opposite orders. A district-signed row
about its commune's indicator that names the district as owner, or a commune's ops under
another office's device id, is refused by both, the real office's bundle is applied by both,
and the two end with the same tables.
"""

from __future__ import annotations

from ntm_desktop.checklist import assessments
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import changes
from ntm_desktop.units import units
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    COMMUNE_B,
    DISTRICT,
    PROVINCE,
    dump,
    imp,
    network,
    resigned,
)


def _in_both_orders(net, hostile, genuine, reason: str) -> None:
    second = net.replica("tinh2", PROVINCE, role="province", cert="tinh")
    for province, order in ((net.province, (hostile, genuine)), (second, (genuine, hostile))):
        for bundle in order:
            summary = imp(province, bundle)
            if bundle == hostile:
                assert summary.status == "refused" and reason in summary.reason, summary
            else:
                assert summary.status == "applied", summary
    assert dump(net.province) == dump(second)


def test_a_district_cannot_make_its_communes_indicator_its_own(net):
    district = net.replica("huyen", DISTRICT, role="district")
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="60")
    sheet = assessments.checklist(commune, COMMUNE_A, 2020)
    row = sheet.row("2.1")
    # What modified software at the district can write and sign: the commune's row, its own name.
    identity = {
        "id": row.value_id,
        "unit_code": COMMUNE_A,
        "year": 2020,
        "catalog_key": sheet.choice.catalog.key,
        "indicator_code": "2.1",
    }
    changes.insert_tracked(
        district,
        "indicator_values",
        {**identity, "value": 99, "owner_code": DISTRICT},
        owner=DISTRICT,
    )
    [hostile] = net.export(district)
    [genuine] = net.export(commune)

    _in_both_orders(net, hostile, genuine, f"thuộc đơn vị {COMMUNE_A}")

    assert assessments.checklist(net.province, COMMUNE_A, 2020).row("2.1").value == 60
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="65")
    [later] = net.export(commune)
    assert imp(net.province, later).status == "applied"


def _squatting(net, squatter, device: str):
    """The squatter's own bundle with its ops moved under `device`, signed with its real key."""
    units.rename(squatter, f"{COMMUNE_B}.001", "Thôn Chiếm Mã")
    [bundle] = net.export(squatter)

    def change(manifest, ops):
        for op in ops:
            op["op"] = [device, op["op"][1] + 1000]

    return resigned(squatter, bundle, change, "squat.vnsb")


def test_no_office_can_take_another_offices_device_id(net):
    owner = net.replica("xa", COMMUNE_A)
    squatter = net.replica("xa-b", COMMUNE_B)
    units.rename(owner, f"{COMMUNE_A}.001", "Thôn Thật")
    hostile = _squatting(net, squatter, owner.actor.device_id)
    [genuine] = net.export(owner)

    _in_both_orders(net, hostile, genuine, f"thuộc đơn vị {COMMUNE_A}")


def test_a_device_the_root_lists_belongs_to_its_office_alone(net):
    owner = net._copy("xa")
    units.rename(owner, f"{COMMUNE_A}.001", "Thôn Trước")  # the file takes its device id here
    listed = owner.actor.device_id  # which the root writes into the commune's certificate
    net._install(owner, "xa", COMMUNE_A, "commune", devices=[listed])
    squatter = net.replica("xa-b", COMMUNE_B)
    units.rename(owner, f"{COMMUNE_A}.001", "Thôn Thật")
    hostile = _squatting(net, squatter, listed)
    [genuine] = net.export(owner)

    _in_both_orders(net, hostile, genuine, "không mang mã đơn vị")


def test_a_device_id_from_an_earlier_version_is_renamed_for_its_office(net):
    office = net.replica("xa", COMMUNE_A)
    office.set_meta("device_id", "e" * 32)  # as versions before named ids left it
    office.close()

    reopened = open_data_file(office.path)
    net.open.append(reopened)

    assert reopened.actor.device_id.startswith(f"{COMMUNE_A}-")
    units.rename(reopened, f"{COMMUNE_A}.001", "Thôn Mới")
    [bundle] = net.export(reopened)
    assert imp(net.province, bundle).status == "applied"
