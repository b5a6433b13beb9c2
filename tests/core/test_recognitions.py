from datetime import date

import pytest

from ntm_desktop.checklist import recognitions, standing
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.storage import changes
from tests.conftest import file_digest, refused


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
    assert standing.tiers_at(db, ["07354", "07357"], date(2024, 1, 1)) == {"07354": "standard"}


def test_recognitions_are_tracked_and_owned_by_the_province(db):
    found = recognitions.add(db, "07354", "standard", date(2018, 12, 20))
    logged = changes.history(db, table="recognitions")
    assert {c.row_id for c in logged} == {found.id}
    assert found.owner_code == "24"


def test_invalid_recognitions_change_nothing(db, db_path):
    found = recognitions.add(db, "07354", "standard", date(2018, 12, 20))
    with refused(db_path):
        recognitions.add(db, "07354", "gold", date(2018, 12, 20))
    with pytest.raises(InvalidInput, match="trước ngày công nhận"):
        recognitions.withdraw(db, found.id, date(2017, 1, 1), "Sai")
    with pytest.raises(InvalidInput, match="lý do"):
        recognitions.withdraw(db, found.id, date(2020, 1, 1), " ")


def test_future_decisions_are_refused(db, db_path, capsys):
    with refused(db_path) as caught:
        recognitions.add(db, "07354", "standard", date(2030, 12, 20), today=date(2026, 12, 1))
    assert caught.value.message == (
        "Ngày quyết định công nhận 20/12/2030 ở tương lai (hôm nay là 01/12/2026). Hãy nhập "
        "ngày đã ký quyết định."
    )
    db.close()
    before = file_digest(db_path)
    code = main(["--db", str(db_path), "recognition", "add", "--unit", "07354", "--tier",
                 "standard", "--date", "20/12/2030"])  # fmt: skip
    assert code == 3
    assert "Ngày quyết định công nhận 20/12/2030 ở tương lai" in capsys.readouterr().err
    assert file_digest(db_path) == before


def test_a_tier_needs_the_tier_below_on_the_decision_date(db, db_path, capsys):
    with refused(db_path) as caught:
        recognitions.add(db, "07354", "advanced", date(2021, 6, 1), "7/QĐ-UBND")
    assert caught.value.message == (
        "Chưa thể ghi công nhận NTM nâng cao ngày 01/06/2021: Xã Việt Lập chưa có quyết định "
        "công nhận NTM đạt chuẩn, mà phải đạt NTM đạt chuẩn trước mới được công nhận NTM nâng "
        "cao. Hãy ghi trước quyết định công nhận NTM đạt chuẩn (ký không muộn hơn ngày "
        "01/06/2021), hoặc kiểm tra lại ngày quyết định."
    )
    with pytest.raises(InvalidInput, match="chưa có quyết định công nhận NTM nâng cao"):
        recognitions.add(db, "07354", "model", date(2021, 6, 1))

    standard = recognitions.add(db, "07354", "standard", date(2019, 12, 20), "1/QĐ-UBND")
    with pytest.raises(InvalidInput, match="được công nhận NTM đạt chuẩn ngày 20/12/2019, sau"):
        recognitions.add(db, "07354", "advanced", date(2019, 12, 19))
    advanced = recognitions.add(db, "07354", "advanced", date(2019, 12, 20))  # the same day
    recognitions.withdraw(db, advanced.id, date(2022, 1, 1), "Không duy trì tiêu chí 17")
    with pytest.raises(InvalidInput, match="NTM nâng cao của Xã Việt Lập đã bị thu hồi ngày 01"):
        recognitions.add(db, "07354", "model", date(2022, 3, 1))
    recognitions.withdraw(db, standard.id, date(2023, 1, 1), "Không duy trì tiêu chí 17")
    assert [r.tier for r in recognitions.of_unit(db, "07354")] == ["advanced", "standard"]
    # A model village needs no earlier village recognition.
    recognitions.add(db, "07354.001", "model", date(2020, 11, 30))

    db.close()
    before = file_digest(db_path)
    code = main(["--db", str(db_path), "recognition", "add", "--unit", "07357", "--tier",
                 "advanced", "--date", "20/12/2020"])  # fmt: skip
    assert code == 3
    err = capsys.readouterr().err
    assert "Xã Liên Chung chưa có quyết định công nhận NTM đạt chuẩn" in err
    assert "Hãy ghi trước quyết định công nhận NTM đạt chuẩn" in err
    assert file_digest(db_path) == before
