"""Every feature area's records travel in bundles, and each office may write only its own."""

from __future__ import annotations

from datetime import date

import pytest

from ntm_desktop.checklist import assessments, recognitions, standing
from ntm_desktop.common.errors import OutOfScope
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import INDICATOR_VALUES
from ntm_desktop.funding import funding
from ntm_desktop.reports import by_district
from ntm_desktop.sync import tables
from ntm_desktop.village_plans import village_plans
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    COMMUNE_B,
    DISTRICT,
    dump,
    imp,
    indicator_conflict_at_the_province,
    network,
)

VILLAGE = f"{COMMUNE_A}.001"


def test_every_table_with_an_owner_is_registered_for_sync(db):
    with_owner = {
        name
        for (name,) in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if "owner_code" in {column[1] for column in db.conn.execute(f"PRAGMA table_info({name})")}
    }
    registered = {spec.name for spec in tables.all_tables()}
    assert with_owner - registered == {"change_log"}


def test_a_communes_work_reaches_the_province(net, tmp_path):
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="100", met="yes")
    assessments.set_criterion(commune, COMMUNE_A, 2020, 1, "yes")
    photo = tmp_path / "duong-truc-xa.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of the road")
    attached = assessments.attach_evidence(commune, COMMUNE_A, 2020, "2.1", photo)
    plan = village_plans.register(commune, VILLAGE, 2020)
    village_plans.add_item(
        commune,
        plan,
        work="Đường hoa 800 m",
        criterion_no=2,
        amounts={"state_support": "30.000.000"},
    )
    funding.record(commune, COMMUNE_A, 2020, amounts={"commune": "1.250", "community": "300"})

    for part in net.export(commune):
        assert imp(net.province, part).status in ("applied", "duplicate")

    province = net.province
    assert assessments.checklist(province, COMMUNE_A, 2020).row("2.1").met == "yes"
    # The score is stored on arrival (a derived table, never sent).
    assert standing.stored_scores(province, [COMMUNE_A], 2020)[COMMUNE_A][0] >= 1
    received = attachments.of_parent(province, INDICATOR_VALUES, attached.parent_id)
    assert [item.sha256 for item in received] == [attached.sha256]
    assert attachments.stored_path(province, attached.sha256).read_bytes() == photo.read_bytes()
    arrived = village_plans.get(province, VILLAGE, 2020)
    assert [item.work for item in village_plans.items(province, arrived)] == ["Đường hoa 800 m"]
    assert funding.get(province, COMMUNE_A, 2020).total == 1_550_000_000


def test_the_province_recognises_and_the_commune_receives_it(net):
    commune = net.replica("xa", COMMUNE_A)
    found = recognitions.add(net.province, COMMUNE_A, "standard", date(2020, 12, 20), "9/QĐ-UBND")
    for part in net.export(net.province, to=COMMUNE_A):
        imp(commune, part)
    assert [r.id for r in recognitions.of_unit(commune, COMMUNE_A)] == [found.id]
    assert dump(commune) == dump(net.province) or "recognitions" in dump(commune).decode()


def test_the_districts_report_counts_a_recognition_as_it_arrives_and_goes(net):
    """The tiers a report counts are derived on arrival from the province's bundle, like the
    stored scores: a recognition counts once imported and stops once its withdrawal is."""
    district = net.replica("huyen", DISTRICT, role="district")

    def standard(year: int) -> int:
        lines = {line.code: line for line in by_district.build(district, year).lines}
        return lines[DISTRICT].standard

    found = recognitions.add(net.province, COMMUNE_A, "standard", date(2020, 12, 20))
    for part in net.export(net.province, to=DISTRICT):
        imp(district, part)
    assert (standard(2020), standard(2021)) == (1, 1)
    recognitions.withdraw(net.province, found.id, date(2021, 3, 1), "Không duy trì tiêu chí 17")
    for part in net.export(net.province, to=DISTRICT):
        imp(district, part)
    assert (standard(2020), standard(2021)) == (1, 0)


def test_offices_may_not_write_each_others_records(net):
    commune_b = net.replica("xa-b", COMMUNE_B)
    with pytest.raises(OutOfScope):
        assessments.set_indicator(commune_b, COMMUNE_A, 2020, "2.1", value="90")
    with pytest.raises(OutOfScope):
        recognitions.add(commune_b, COMMUNE_B, "standard", date(2020, 12, 20))
    district = net.replica("huyen", DISTRICT, role="district")
    with pytest.raises(OutOfScope):
        funding.record(district, COMMUNE_A, 2020, amounts={"commune": "1"})
    with pytest.raises(OutOfScope):
        recognitions.add(district, COMMUNE_A, "standard", date(2020, 12, 20))


def test_one_backup_covers_a_batch_and_duplicates_take_none(net):
    from ntm_desktop.backups import backups
    from ntm_desktop.sync import importer

    commune = net.replica("xa", COMMUNE_A)
    funding.record(commune, COMMUNE_A, 2020, amounts={"commune": "1"})
    first = net.export(commune)
    funding.record(commune, COMMUNE_A, 2020, amounts={"commune": "2"})
    second = net.export(commune)
    importer.import_files(net.province, [*first, *second])
    made = [entry.manifest.reason for entry in backups.list_backups(net.province.path)]
    assert made == [backups.BEFORE_IMPORT]
    importer.import_files(net.province, [*first, *second])
    assert len(backups.list_backups(net.province.path)) == 1


def test_a_checklist_conflict_is_described_as_people_name_it(net):
    from ntm_desktop.sync import conflicts

    indicator_conflict_at_the_province(net)
    [found] = conflicts.list_conflicts(net.province)
    assert (
        conflicts.describe(net.province, found) == "Xã Việt Lập (07354) · năm 2020 · chỉ tiêu 2.1"
    )


def test_an_ocop_rating_from_the_province_rescores_the_communes_criterion_13(net):
    from ntm_desktop.checklist import assessments
    from ntm_desktop.ocop import ocop

    a1 = net.replica("a1", COMMUNE_A)
    sheet = assessments.checklist(a1, COMMUNE_A, 2023)
    [production] = [row for row in sheet.criteria if row.criterion.no == 13]
    for row in production.indicators:
        if row.indicator.code != "13.x2":  # the one the OCOP register answers
            assessments.set_indicator(a1, COMMUNE_A, 2023, row.indicator.code, met="yes")
    assert not assessments.stored_criterion_results(a1, COMMUNE_A, 2023)[13]
    producer = ocop.add_producer(net.province, "HTX Thân Trường", "HTX", COMMUNE_A)
    product = ocop.add_product(net.province, "Chè xanh Bản ven", producer.id)
    ocop.rate(net.province, product.id, 3, "975/QĐ-UBND", date(2022, 3, 10))
    for part in net.export(net.province, to=COMMUNE_A):
        assert imp(a1, part).status == "applied"
    assert assessments.stored_criterion_results(a1, COMMUNE_A, 2023)[13]
