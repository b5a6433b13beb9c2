"""Promise 3: an office's outbox is never blocked by its own earlier work.

Edits made before the certificate was installed travel when the office may make them and stay
on the machine, listed, when it may not; once the certificate is in, such edits are refused as
they are made. A certified district runs the documented criteria-status import for its own
communes (dry run too), and the rows stay the communes'.
"""

from __future__ import annotations

import pytest

from ntm_desktop.checklist import assessments
from ntm_desktop.cli import main
from ntm_desktop.common.errors import OutOfScope
from ntm_desktop.sync import identity
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    COMMUNE_B,
    DISTRICT,
    imp,
    network,
)
from tests.core.test_criteria_status_import import messy_workbook


def _value(db, unit: str) -> object:
    return assessments.checklist(db, unit, 2020).row("2.1").value


def test_edits_made_before_the_certificate_never_block_the_outbox(net, capsys):
    office = net._copy("xa")  # a data file used for a while before its certificate came
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="70")
    assessments.set_indicator(office, COMMUNE_B, 2020, "2.1", value="10")  # not its commune
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="75")
    net._install(office, "xa", COMMUNE_A, "commune")

    for bundle in net.export(office):
        assert imp(net.province, bundle).status == "applied"
    assert _value(net.province, COMMUNE_A) == 75
    assert _value(net.province, COMMUNE_B) is None
    # The value, and the criteria set version its first edit pinned for that year.
    pin, kept = sorted(identity.local_changes(office))
    assert "indicator_values" in kept and "value = 10" in kept
    assert pin.startswith("assessment_choices") and f'unit_code = "{COMMUNE_B}"' in pin

    assert main(["--db", str(office.path), "bundle", "status"]) == 0
    assert "2 thay đổi chỉ giữ trên máy này" in capsys.readouterr().err
    with pytest.raises(OutOfScope):
        assessments.set_indicator(office, COMMUNE_B, 2020, "2.1", value="20")
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="80")
    for bundle in net.export(office):
        assert imp(net.province, bundle).status == "applied"
    assert _value(net.province, COMMUNE_A) == 80


def test_a_certified_district_imports_its_communes_criteria_and_they_stay_theirs(
    net, tmp_path, capsys
):
    district = net.replica("huyen", DISTRICT, role="district")
    commune = net.replica("xa", COMMUNE_A)
    sheet = messy_workbook(tmp_path / "tan-yen-2020.xlsx")
    db = ["--db", str(district.path)]

    assert main([*db, "import", "criteria-status", str(sheet), "--year", "2020", "--dry-run"]) == 0
    assert "chạy thử" in capsys.readouterr().out
    assert main([*db, "import", "criteria-status", str(sheet), "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "Lưu ý: Xã Việt Lập: năm công nhận trong tệp không được ghi" in out

    for bundle in net.export(district):
        assert imp(net.province, bundle).status == "applied"
    judged = assessments.checklist(net.province, COMMUNE_A, 2020).row("2.1")
    owner = net.province.one(
        "SELECT owner_code FROM criterion_judgments WHERE unit_code = ? AND criterion_no = ?",
        [COMMUNE_A, judged.indicator.criterion_no],
    )
    assert judged.officer_met == "yes" and judged.judged_by_criterion
    assert owner == (COMMUNE_A,)
    # The commune is not locked out of its own row: its edit travels and shows.
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="90")
    for bundle in net.export(commune):
        assert imp(net.province, bundle).status == "applied"
    assert _value(net.province, COMMUNE_A) == 90
