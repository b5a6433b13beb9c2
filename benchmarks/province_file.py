"""A province-size data file: the Bắc Giang 2020 tree with a province's years of change log.

A province that has merged every commune's bundles for a few years holds about a million ops
(the issue measured 1.2 M ops in 588 MB). Making them one edit at a time through the core would
take hours, so the ops are written in bulk straight into `change_log`, shaped like the real
checklist edits a commune makes (indicator values, met flags, notes, under the commune's own
device and owner): what matters to opening, backing up and exporting such a file is its size
and its log, not how the ops got there.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from ntm_desktop.checklist import assessments
from ntm_desktop.criteria import catalogs
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import datasets, units

FULL_OPS = 1_200_000
QUICK_OPS = 120_000
SEED = 2026
CATALOG = "xa-ntm-2016-2020@1"
BATCH = 20_000


def build_province_file(path: Path, ops: int = FULL_OPS, seed: int = SEED) -> Path:
    rng = random.Random(seed)
    with open_data_file(path, create=True) as db:
        datasets.initialize(db, "bac-giang-2020")
        communes = [unit for unit in units.subtree(db) if unit.kind == units.RURAL_COMMUNE_KIND]
        catalog = catalogs.get(db, CATALOG)
        indicators = [item.code for item in catalog.indicators if not item.placeholder]
        devices = {unit.code: uuid.UUID(int=rng.getrandbits(128)).hex for unit in communes}
        counters = dict.fromkeys(devices, 0)
        hlc = 1_700_000_000_000 << 16
        note = "Đã kiểm tra hồ sơ, biên bản nghiệm thu và số liệu thống kê của xã"
        statement = (
            "INSERT INTO change_log (device_id, counter, hlc, wall_time, table_name, row_id, "
            "field, old_value, new_value, user_name, office_code, owner_code) "
            "VALUES (?, ?, ?, ?, 'indicator_values', ?, ?, ?, ?, ?, ?, ?)"
        )
        written = 0
        while written < ops:
            batch = []
            for _ in range(min(BATCH, ops - written)):
                commune = communes[rng.randrange(len(communes))].code
                counters[commune] += 1
                hlc += rng.randrange(1, 1 << 20)
                year = rng.randrange(2016, 2021)
                indicator = indicators[rng.randrange(len(indicators))]
                row = assessments.value_id(commune, year, CATALOG, indicator)
                field, value = rng.choice(
                    (("value", str(rng.randrange(0, 10_000) / 10)), ("officer_met", '"yes"'),
                     ("note", f'"{note} {rng.randrange(10**6)}"'))
                )  # fmt: skip
                batch.append(
                    (devices[commune], counters[commune], hlc, "2020-11-25T10:00:00", row,
                     field, None, value, "Cán bộ xã", commune, commune)
                )  # fmt: skip
            with db.transaction():
                db.conn.executemany(statement, batch)
            written += len(batch)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path
