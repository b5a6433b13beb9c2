from datetime import date

import pytest

from ntm_desktop import recognitions
from ntm_desktop.errors import InvalidInput
from ntm_desktop.storage import changes
from tests.conftest import file_digest


def test_tier_at_is_the_highest_tier_in_force(db):
    recognitions.add(db, "07354", "standard", date(2018, 12, 20), "1234/QĐ-UBND")
    advanced = recognitions.add(db, "07354", "advanced", date(2021, 6, 1))
    assert recognitions.tier_at(db, "07354", date(2018, 12, 19)) is None
    assert recognitions.tier_at(db, "07354", date(2019, 1, 1)) == "standard"
    assert recognitions.tier_at(db, "07354", date(2022, 1, 1)) == "advanced"
    recognitions.withdraw(db, advanced.id, date(2023, 3, 1), "Không duy trì tiêu chí 17")
    assert recognitions.tier_at(db, "07354", date(2023, 2, 28)) == "advanced"
    assert recognitions.tier_at(db, "07354", date(2023, 3, 1)) == "standard"
    listed = recognitions.of_unit(db, "07354")
    assert [r.tier for r in listed] == ["standard", "advanced"]
    assert listed[1].withdrawal_reason == "Không duy trì tiêu chí 17"
    assert recognitions.tiers_at(db, ["07354", "07357"], date(2024, 1, 1)) == {"07354": "standard"}


def test_recognitions_are_tracked_and_owned_by_the_province(db):
    found = recognitions.add(db, "07354", "standard", date(2018, 12, 20))
    logged = changes.history(db, table="recognitions")
    assert {c.row_id for c in logged} == {found.id}
    assert found.owner_code == "24"


def test_invalid_recognitions_change_nothing(db, db_path):
    found = recognitions.add(db, "07354", "standard", date(2018, 12, 20))
    before = file_digest(db_path)
    with pytest.raises(InvalidInput):
        recognitions.add(db, "07354", "gold", date(2018, 12, 20))
    with pytest.raises(InvalidInput, match="trước ngày công nhận"):
        recognitions.withdraw(db, found.id, date(2017, 1, 1), "Sai")
    with pytest.raises(InvalidInput, match="lý do"):
        recognitions.withdraw(db, found.id, date(2020, 1, 1), " ")
    assert file_digest(db_path) == before
