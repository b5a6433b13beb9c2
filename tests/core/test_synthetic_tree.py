"""The benchmarks' synthetic national tree: deterministic, well-formed, loadable by the core."""

import unicodedata

from benchmarks.synthetic_tree import TreeCounts, build_national_file, generate
from ntm_desktop.common.text import fold
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units

SMALL = TreeCounts(provinces=3, districts=10, communes=60, villages=400)


def test_same_seed_same_tree_and_exact_counts():
    rows = list(generate(seed=7, counts=SMALL))
    assert rows == list(generate(seed=7, counts=SMALL))
    assert rows != list(generate(seed=8, counts=SMALL))
    levels = [row[4] for row in rows]
    assert [levels.count(level) for level in units.LEVELS] == [3, 10, 60, 400]


def test_codes_parents_and_owners_follow_the_app_rules():
    seen: dict[str, tuple] = {}
    for row in generate(counts=SMALL):
        code, name, folded, kind, level, parent, _, _, owner = row
        assert code not in seen
        assert kind in units.KINDS_BY_LEVEL[level]
        assert folded == fold(name)
        assert name == unicodedata.normalize("NFC", name) and name.startswith(kind.capitalize())
        if level == "province":
            assert parent is None and len(code) == 2 and owner == code
        else:
            assert seen[parent][4] == units.LEVELS[units.LEVELS.index(level) - 1]
        if level == "village":
            assert code.startswith(parent + ".") and owner == parent
        elif level != "province":
            assert owner == seen[owner][0] and seen[owner][4] == "province"
        seen[code] = row
    assert {len(code) for code, *_ in seen.values()} == {2, 3, 5, 9}


def test_national_file_is_a_working_data_file(tmp_path):
    path = build_national_file(tmp_path / "national.db", counts=SMALL)
    with open_data_file(path) as db:
        provinces = units.children(db, None)
        assert len(provinces) == 3
        village = next(row for row in generate(counts=SMALL) if row[4] == "village")
        hit = units.search(db, village[2])[0]
        assert hit.name == village[1]
        assert [unit.level for unit in units.path(db, village[0])] == list(units.LEVELS)
