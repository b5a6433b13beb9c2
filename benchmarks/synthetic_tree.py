"""A deterministic national-scale unit tree (pre-2025 shape) for benchmarks.

63 provinces, 705 district-level units, 10,600 commune-level units and 80,000 villages (91,368
rows, like the real tree) with Vietnamese names composed from syllable lists and GSO-shaped codes:
2-digit provinces, 3-digit districts, 5-digit communes numbered in steps as GSO does, and villages
coded `<commune>.<NNN>` as the app assigns them. The same seed always gives the same tree.

    from benchmarks.synthetic_tree import build_national_file
    build_national_file(Path("national.db"))
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ntm_desktop.common.text import fold
from ntm_desktop.criteria import catalogs
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from ntm_desktop.storage import units as unit_rows

PROVINCES = 63
DISTRICTS = 705
COMMUNES = 10_600
VILLAGES = 80_000
DEFAULT_SEED = 2020
DATASET_ID = "synthetic-national-2020"
AS_OF = "2020-01-01"
# Units of the pre-2025 tree ended when districts were abolished; villages carry on.
VALID_TO = "2025-06-30"

# The 63 GSO province codes in force before 1/7/2025.
PROVINCE_CODES = tuple(
    f"{number:02d}"
    for number in (1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
                   34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64,
                   66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94,
                   95, 96)
)  # fmt: skip
CITY_PROVINCES = {"01", "31", "48", "79", "92"}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Syllables of place names, and words that start village names ("Gò Tân", "Nà Phong").
SYLLABLES = _words(
    "An Bình Bắc Cẩm Cao Châu Chiến Cường Đại Định Đoài Đông Đồng Đức Gia Giang Hà Hải Hiệp "
    "Hòa Hồng Hợp Hưng Hương Khánh Kim Kỳ Lạc Lâm Lập Liên Long Lộc Lương Minh Mỹ Nam Nghĩa "
    "Ngọc Nhân Ninh Phong Phú Phúc Phước Quang Quế Quý Sơn Tâm Tân Thái Thanh Thạnh Thắng "
    "Thịnh Thọ Thuận Thượng Tiên Tiến Trung Trường Tuấn Tường Văn Việt Vĩnh Xuân Yên"
)
VILLAGE_PREFIXES = _words(
    "Đồng Bãi Gò Làng Nà Khe Bản Cầu Chợ Dộc Đình Giếng Hạ Trại Vườn Núi Quán"
)

DISTRICT_KINDS = (("huyện", 0.86), ("thị xã", 0.07), ("thành phố", 0.05), ("quận", 0.02))
COMMUNE_KINDS = (("xã", 0.82), ("thị trấn", 0.06), ("phường", 0.12))
# What a province calls its villages (thôn in the north, ấp in the south, bản in the mountains);
# towns and wards have residential groups instead.
RURAL_VILLAGE_KINDS = (("thôn", 0.6), ("xóm", 0.12), ("bản", 0.12), ("ấp", 0.16))
URBAN_VILLAGE_KIND = "tổ dân phố"

# (code, name, name_folded, kind, level, parent_code, valid_from, valid_to, owner_code)
UnitTuple = tuple[str, str, str, str, str, str | None, str | None, str | None, str]


@dataclass(frozen=True)
class TreeCounts:
    provinces: int = PROVINCES
    districts: int = DISTRICTS
    communes: int = COMMUNES
    villages: int = VILLAGES

    @property
    def total(self) -> int:
        return self.provinces + self.districts + self.communes + self.villages


def split(total: int, parts: int, rng: random.Random, spread: float = 0.5) -> list[int]:
    """`total` split into `parts` positive counts that vary by about ±spread around the mean."""
    weights = [1 + rng.uniform(-spread, spread) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [max(1, int(weight * scale)) for weight in weights]
    for index in rng.sample(range(parts), k=parts):
        if sum(counts) == total:
            break
        if sum(counts) < total:
            counts[index] += 1
        elif counts[index] > 1:
            counts[index] -= 1
    while sum(counts) < total:  # only with tiny totals
        counts[rng.randrange(parts)] += 1
    return counts


def _pick(rng: random.Random, choices: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([kind for kind, _ in choices], weights=[w for _, w in choices])[0]


def _place_name(rng: random.Random, taken: set[str]) -> str:
    """Two syllables ("Tân Phú"), unique among siblings; a third one only when needed."""
    for _ in range(50):
        name = " ".join(rng.sample(SYLLABLES, 2))
        if name not in taken:
            taken.add(name)
            return name
    name = " ".join(rng.sample(SYLLABLES, 3))
    taken.add(name)
    return name


def _village_name(rng: random.Random, taken: set[str], number: int) -> str:
    roll = rng.random()
    if roll < 0.2:
        name = str(number)  # "Thôn 5", as many communes number their villages
    elif roll < 0.45:
        name = f"{rng.choice(VILLAGE_PREFIXES)} {rng.choice(SYLLABLES)}"
    else:
        name = " ".join(rng.sample(SYLLABLES, 2))
    if name in taken:
        name = f"{name} {number}"  # "Đồng Tâm 3": split villages keep the old name plus a number
    taken.add(name)
    return name


def _unit(code: str, kind: str, name: str, level: str, parent: str | None, owner: str) -> UnitTuple:
    full = f"{kind[0].upper()}{kind[1:]} {name}"
    valid_to = None if level == "village" else VALID_TO
    return (code, full, fold(full), kind, level, parent, None, valid_to, owner)


def generate(seed: int = DEFAULT_SEED, counts: TreeCounts = TreeCounts()) -> Iterator[UnitTuple]:
    """The tree as rows for `storage.units.insert_many`, each parent before its children."""
    rng = random.Random(seed)
    if counts.provinces > len(PROVINCE_CODES):
        raise ValueError(f"at most {len(PROVINCE_CODES)} provinces")
    province_codes = PROVINCE_CODES[: counts.provinces]
    districts_per = split(counts.districts, counts.provinces, rng, spread=0.45)
    communes_per = split(counts.communes, counts.districts, rng, spread=0.6)
    villages_per = split(counts.villages, counts.communes, rng, spread=0.8)
    province_names: set[str] = set()
    district_no = 0
    commune_no = 0
    commune_code = 1
    for province_code, n_districts in zip(province_codes, districts_per, strict=True):
        kind = "thành phố" if province_code in CITY_PROVINCES else "tỉnh"
        rural_village_kind = _pick(rng, RURAL_VILLAGE_KINDS)
        yield _unit(
            province_code,
            kind,
            _place_name(rng, province_names),
            "province",
            None,
            province_code,
        )
        district_names: set[str] = set()
        for _ in range(n_districts):
            district_code = f"{district_no + 1 + district_no // 3:03d}"  # GSO leaves gaps
            n_communes = communes_per[district_no]
            district_no += 1
            yield _unit(
                district_code,
                _pick(rng, DISTRICT_KINDS),
                _place_name(rng, district_names),
                "district",
                province_code,
                province_code,
            )
            commune_names: set[str] = set()
            for _ in range(n_communes):
                code = f"{commune_code:05d}"
                commune_code += rng.choice((3, 3, 3, 2, 4))  # GSO numbers communes in steps
                n_villages = villages_per[commune_no]
                commune_no += 1
                commune_kind = _pick(rng, COMMUNE_KINDS)
                village_kind = URBAN_VILLAGE_KIND if commune_kind != "xã" else rural_village_kind
                yield _unit(
                    code,
                    commune_kind,
                    _place_name(rng, commune_names),
                    "commune",
                    district_code,
                    province_code,
                )
                village_names: set[str] = set()
                for number in range(1, n_villages + 1):
                    yield _unit(
                        f"{code}.{number:03d}",
                        village_kind,
                        _village_name(rng, village_names, number),
                        "village",
                        code,
                        code,  # a village's data belongs to its commune's office
                    )


def insert_tree(db: Database, seed: int = DEFAULT_SEED, counts: TreeCounts = TreeCounts()) -> int:
    """Write the tree into `db` through the core's bulk path; returns the number of rows."""
    rows = list(generate(seed, counts))
    unit_rows.insert_many(db, rows, [])
    return len(rows)


def build_national_file(
    path: Path, seed: int = DEFAULT_SEED, counts: TreeCounts = TreeCounts()
) -> Path:
    """A complete data file on the synthetic tree: schema, shipped catalogs, the tree, meta."""
    with open_data_file(path, create=True) as db:
        with db.transaction():
            insert_tree(db, seed, counts)
            catalogs.load_shipped(db)
            db.set_meta("dataset", DATASET_ID)
            db.set_meta("dataset_as_of", AS_OF)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path
