"""Reviews travel: the district checks its communes, the province appraises, the commune reads."""

from __future__ import annotations

from datetime import date

import pytest

from ntm_desktop.checklist import reviews
from ntm_desktop.common.errors import OutOfScope
from ntm_desktop.storage import changes
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    DISTRICT,
    imp,
    network,
)
from tests.core.test_reviews import REMARKS, district_returns

OTHER_DISTRICTS_COMMUNE = "07243"  # Xã Đồng Tiến, Huyện Yên Thế (215)


def test_a_district_review_reaches_the_province_and_the_commune(net):
    district = net.replica("huyen", DISTRICT, role="district")
    commune = net.replica("xa", COMMUNE_A)
    district_returns(district, COMMUNE_A)
    for part in net.export(district):
        assert imp(net.province, part).status == "applied"
    reviews.record(net.province, COMMUNE_A, 2020, "province", "passed", reviewer="Lê Văn Cường")
    for part in net.export(net.province, to=COMMUNE_A):
        assert imp(commune, part).status in ("applied", "duplicate")

    received = reviews.of_unit(commune, COMMUNE_A, 2020)
    assert received["district"].status == "returned"
    assert received["district"].remarks == REMARKS
    assert received["district"].review_date == date(2020, 11, 2)
    assert received["province"].reviewer == "Lê Văn Cường"


def test_a_commune_may_not_write_a_review(net):
    commune = net.replica("xa", COMMUNE_A)
    before = file_digest(commune.path)
    for stage in reviews.STAGES:
        with pytest.raises(OutOfScope):
            reviews.record(commune, COMMUNE_A, 2020, stage, "passed")
    assert file_digest(commune.path) == before


def test_a_district_reviews_only_its_own_communes_and_stage(net):
    district = net.replica("huyen", DISTRICT, role="district")
    with pytest.raises(OutOfScope, match="nằm ngoài phạm vi"):
        reviews.record(district, OTHER_DISTRICTS_COMMUNE, 2020, "district", "passed")
    with pytest.raises(OutOfScope, match="cấp tỉnh"):
        reviews.record(district, COMMUNE_A, 2020, "province", "passed")
    with pytest.raises(OutOfScope, match="cấp huyện"):
        reviews.record(net.province, COMMUNE_A, 2020, "district", "passed")


def test_a_forged_province_stage_row_from_a_district_is_refused_on_import(net):
    district = net.replica("huyen", DISTRICT, role="district")
    # Written past the domain module: only the importer's role check stands in the way.
    changes.insert_tracked(
        district,
        "checklist_reviews",
        {
            "id": reviews.review_id(COMMUNE_A, 2020, "province"),
            "unit_code": COMMUNE_A,
            "year": 2020,
            "stage": "province",
            "status": "passed",
            "owner_code": COMMUNE_A,
        },
        owner=COMMUNE_A,
    )
    before = file_digest(net.province.path)
    summary = imp(net.province, net.export(district)[0])
    assert summary.status == "refused"
    assert "cấp tỉnh" in summary.reason
    assert file_digest(net.province.path) == before
    assert reviews.of_unit(net.province, COMMUNE_A, 2020) == {}
