"""Per-commune data consistent with the seed tables, written the way the app stores it.

Scores and criterion results go through `storage.assessments.store_results` (what every edit
stores); recognitions, villages and village plans through their own domain modules.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from ntm_desktop.checklist import recognitions
from ntm_desktop.common.text import fold
from ntm_desktop.storage import Database
from ntm_desktop.storage import assessments as stored
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.units import units
from ntm_desktop.village_plans import village_plans

# Copies of shared/domain/seed-tables (sources named in their first lines).
SEED_TABLES = Path(__file__).resolve().parent / "data"
CATALOG_2020 = "xa-ntm-2016-2020@1"


def seed_rows(name: str) -> list[dict[str, str]]:
    lines = (SEED_TABLES / name).read_text("utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def balanced(extras: dict[int, int], communes: list[str]) -> dict[str, set[int]]:
    """Give each criterion to `extras[no]` communes, always to those with fewest so far."""
    met: dict[str, set[int]] = {code: set() for code in communes}
    for no, count in sorted(extras.items(), key=lambda item: -item[1]):
        for code in sorted(communes, key=lambda c: (len(met[c]), c))[:count]:
            met[code].add(no)
    return met


def store(db: Database, results: dict[str, set[int]], year: int, key: str, criteria: int) -> None:
    with db.transaction():
        for code, met in results.items():
            stored.store_results(
                db, code, year, key, "standard", [(no, no in met) for no in range(1, criteria + 1)]
            )


# Bắc Giang 2020 (Báo cáo năm 2020 and Biểu 01 of Kế hoạch 552/KH-BCĐ) --------------------------
ADVANCED = ("07285", "07354", "07393", "07453", "07561", "07723", "07798", "07867")
# Standard communes by end of 2020 per district (sum 127; Yên Dũng 16/16 as the report says).
STANDARD_BY_DISTRICT = {
    "213": 6, "215": 5, "216": 20, "217": 19, "218": 13,
    "219": 11, "220": 1, "221": 16, "222": 15, "223": 21,
}  # fmt: skip
# Criteria the report does not mention, met by this many of the 57 other communes (chosen so
# that the mean is 16,3 and no commune is below 10).
UNREPORTED_EXTRAS = {1: 57, 4: 40, 7: 10, 8: 10, 9: 5}
NTM_VILLAGES_BY_DISTRICT = {"215": 36, "219": 5, "221": 7, "216": 3, "223": 103}  # 154
MODEL_VILLAGES_BY_DISTRICT = {
    "213": 7, "217": 19, "218": 8, "223": 10, "222": 10, "216": 7, "221": 4, "219": 4, "215": 3,
}  # fmt: skip  # 72


def build_bac_giang_2020(db: Database) -> dict[str, list[str]]:
    """Results of 2020 consistent with the seeds; returns the standard communes per district."""
    standard: dict[str, list[str]] = {}
    others: list[str] = []
    for district, count in STANDARD_BY_DISTRICT.items():
        communes = [u.code for u in units.children(db, district) if u.kind == "xã"]
        ordered = sorted(communes, key=lambda code: (code not in ADVANCED, code))
        standard[district] = ordered[:count]
        others += ordered[count:]
    assert len(others) == 57
    attainment = {int(r["criterion_no"]): int(r["communes_met"]) for r in seed_rows(
        "bac-giang-2020-criteria-attainment.csv")}  # fmt: skip
    extras = {no: met - 127 for no, met in attainment.items()} | UNREPORTED_EXTRAS
    results = balanced(extras, others)
    for codes in standard.values():
        results.update({code: set(range(1, 20)) for code in codes})
    store(db, results, 2020, CATALOG_2020, 19)
    with db.transaction():
        for codes in standard.values():
            for code in codes:
                recognitions.add(db, code, "standard", date(2019, 12, 1), "01/QĐ-UBND")
                if code in ADVANCED:
                    recognitions.add(db, code, "advanced", date(2020, 12, 15), "02/QĐ-UBND")
        # A recognition withdrawn during 2020 does not count at the end of the year.
        withdrawn = recognitions.add(db, others[0], "standard", date(2018, 12, 1))
        recognitions.withdraw(db, withdrawn.id, date(2020, 6, 1), "Không duy trì tiêu chí 17")
        # One given in 2021 does not count either.
        recognitions.add(db, others[1], "standard", date(2021, 1, 20))
    _villages(db)
    return standard


def add_villages(db: Database, commune: str, prefix: str, count: int) -> list[str]:
    """Villages that existed before 2020 (`units.add_village` dates new ones today)."""
    codes = [f"{commune}.{prefix}{number:02d}" for number in range(count)]
    unit_rows.insert_many(
        db,
        [
            (
                code,
                f"Thôn {prefix}{code[-2:]}",
                fold(f"Thôn {prefix}{code[-2:]}"),
                "thôn",
                "village",
                commune,
                None,
                None,
                commune,
            )
            for code in codes
        ],
        [],
    )
    return codes


def _villages(db: Database) -> None:
    existing: dict[str, list[str]] = {}
    for unit in units.subtree(db, "24"):
        if unit.level == "village":
            district = units.get(db, unit.parent_code or "").parent_code or ""
            existing.setdefault(district, []).append(unit.code)
    with db.transaction():
        for district, count in MODEL_VILLAGES_BY_DISTRICT.items():
            pool = existing.get(district, [])
            commune = next(u.code for u in units.children(db, district) if u.kind == "xã")
            if len(pool) < count:
                pool += add_villages(db, commune, "M", count - len(pool))
            for index, code in enumerate(pool[:count]):
                if index == 0:
                    _recognised_by_plan(db, code)
                else:
                    recognitions.add(db, code, "model", date(2020, 11, 30), "03/QĐ-UBND")
        for district, count in NTM_VILLAGES_BY_DISTRICT.items():
            commune = [u.code for u in units.children(db, district) if u.kind == "xã"][-1]
            for code in add_villages(db, commune, "N", count):
                recognitions.add(db, code, "standard", date(2020, 10, 1))


def _recognised_by_plan(db: Database, village: str) -> None:
    """A model village recognised through its plan (no separate recognition row)."""
    village_plans.register(db, village, 2020)
    for step in ("drafted", "approved", "in_progress", "proposed", "recognised"):
        decided = {"approved": date(2020, 3, 15), "recognised": date(2020, 11, 20)}.get(step)
        village_plans.set_status(
            db,
            village,
            2020,
            step,
            decision="05/QĐ-UBND" if decided else None,
            decided_on=decided,
            today=date(2020, 12, 31),
        )
