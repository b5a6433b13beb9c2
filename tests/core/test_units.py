from datetime import date

import pytest

from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import fold
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import changes
from ntm_desktop.units import units
from tests.conftest import file_digest


def test_fold_is_accent_insensitive():
    assert fold("Xã Việt Lập") == "xa viet lap"
    assert fold("  Đồng   Phú ") == "dong phu"


def test_tree_with_districts(db):
    (root,) = units.children(db, None)
    assert (root.code, root.name, root.level) == ("24", "Tỉnh Bắc Giang", "province")
    districts = units.children(db, "24")
    assert len(districts) == 10
    assert {d.level for d in districts} == {"district"}
    tan_yen = units.get(db, "216")
    assert tan_yen.name == "Huyện Tân Yên"
    assert [u.code for u in units.path(db, "07201")] == ["24", "213", "07201"]


def test_tree_without_districts(tmp_path, bac_ninh_template):
    import shutil

    path = tmp_path / "bn.db"
    shutil.copyfile(bac_ninh_template, path)
    with open_data_file(path) as db:
        (root,) = units.children(db, None)
        below = units.children(db, root.code)
        assert below and {u.level for u in below} == {"commune"}
        assert all(u.valid_from == "2025-07-01" for u in below)


def test_search_finds_without_accents(db):
    found = units.search(db, "viet lap")
    assert [u.name for u in found] == ["Xã Việt Lập"]
    assert units.search(db, "216")[0].name == "Huyện Tân Yên"
    assert units.search(db, "   ") == []


LEVELS = ("province", "district", "commune", "village")


@pytest.mark.parametrize("text", ["t", "an", "tan", "tan yen", "huyen", "xa", "216", "24"])
@pytest.mark.parametrize("limit", [3, 12, 200])
def test_search_lists_the_upper_levels_first_then_by_code(db, text, limit):
    """Provinces and districts are searched apart from communes and villages (a letter or two
    fills the list from them): the list is still every unit matching, level by level, each by
    code, cut at the limit."""
    units.add_village(db, "07201", "Tân Phú")  # a village for the last level
    folded = fold(text)
    every = [unit for unit in units.subtree(db) if folded in fold(unit.name) or unit.code == folded]
    every.sort(key=lambda unit: (LEVELS.index(unit.level), unit.code))
    assert units.search(db, text, limit=limit) == every[:limit]


def test_add_rename_retire_village_is_logged(db):
    village = units.add_village(db, "07201", "Phố Mới")
    assert village.code == "07201.001" or village.code.startswith("07201.")
    assert village.name == "Thôn Phố Mới"
    assert village.owner_code == "07201"
    renamed = units.rename(db, village.code, "Thôn Phố Mới 2")
    assert renamed.name == "Thôn Phố Mới 2"
    assert units.search(db, "pho moi 2")[0].code == village.code
    with pytest.raises(InvalidInput, match="trước ngày bắt đầu"):
        units.retire(db, village.code, date(2020, 1, 1))
    retired = units.retire(db, village.code, date.today())
    assert retired.valid_to == date.today().isoformat()
    log = changes.history(db, table="units", row_prefix=village.code)
    fields = [(c.field, c.old_value, c.new_value) for c in log]
    assert ("name", None, "Thôn Phố Mới") in fields
    assert ("name", "Thôn Phố Mới", "Thôn Phố Mới 2") in fields
    assert ("valid_to", None, date.today().isoformat()) in fields
    assert all(c.user_name == "Nguyễn Văn An" for c in log)
    assert all(c.device_id == db.actor.device_id for c in log)
    counters = [c.counter for c in log]
    assert counters == sorted(counters) and len(set(counters)) == len(counters)
    assert "name_folded" not in {c.field for c in log}


def test_village_codes_continue_after_the_highest(db):
    first = units.add_village(db, "07303", "A")
    second = units.add_village(db, "07303", "B")
    assert int(second.code.split(".")[1]) == int(first.code.split(".")[1]) + 1


def test_bad_village_input_changes_nothing(db):
    before = units.children(db, "07201")
    with pytest.raises(InvalidInput, match="không phải đơn vị cấp xã"):
        units.add_village(db, "216", "X")
    with pytest.raises(InvalidInput, match="để trống"):
        units.add_village(db, "07201", "   ")
    with pytest.raises(NotFound):
        units.add_village(db, "99999", "X")
    units.add_village(db, "07201", "Đông")
    with pytest.raises(InvalidInput, match="đã có"):
        units.add_village(db, "07201", "thôn đông")
    assert len(units.children(db, "07201")) == len(before) + 1


def test_update_of_an_unchanged_value_logs_nothing(db):
    village = units.add_village(db, "07201", "Y")
    count = len(changes.history(db))
    units.rename(db, village.code, village.name)
    assert len(changes.history(db)) == count


def test_villages_are_added_from_the_command_line(db, capsys):
    code = main(["--db", str(db.path), "units", "add-village", "--commune", "07354",
                 "--name", "Đồng Mới", "--kind", "bản"])  # fmt: skip

    assert code == 0
    assert "Bản Đồng Mới (mã 07354.002)" in capsys.readouterr().out
    added = units.get(db, "07354.002")
    assert (added.name, added.kind, added.parent_code) == ("Bản Đồng Mới", "bản", "07354")
    assert changes.history(db, table="units", row_prefix="07354.002")  # logged, so it travels


@pytest.mark.parametrize(
    ("commune", "name", "words"),
    [
        ("216", "Thôn Mới", "không phải đơn vị cấp xã"),
        ("07354", "Thôn Đồng Sen", "đã có Thôn Đồng Sen"),
        ("99999", "Thôn Mới", "99999"),
    ],
)
def test_a_village_that_cannot_be_added_changes_nothing(db, capsys, commune, name, words):
    db.close()
    before = file_digest(db.path)

    code = main(["--db", str(db.path), "units", "add-village", "--commune", commune,
                 "--name", name])  # fmt: skip

    assert code == 3
    assert words in capsys.readouterr().err
    assert file_digest(db.path) == before
