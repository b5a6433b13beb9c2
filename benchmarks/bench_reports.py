"""Time every province report over a national synthetic tree with stored results.

63 provinces, 705 districts, 10,600 rural communes, all with stored scores and criterion results
for two years (the districts' under their own set), 80,000 villages, recognitions of communes
and villages, and targets for every unit.
Prints figures (best of several runs); asserts nothing (see shared/design/performance.md:
reports well under a second, an xlsx of 10,600 rows written in <= 3 s and read back in <= 1 s).

    python benchmarks/bench_reports.py
"""

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# This checkout's package, not the one an editable install points at.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from benchmarks.measure import timed
from ntm_desktop.checklist import recognitions
from ntm_desktop.common.text import fold
from ntm_desktop.criteria import catalogs
from ntm_desktop.reports import by_criterion, by_district, output
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from ntm_desktop.storage import assessments as stored
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.tables import sheets, xlsx_tables
from ntm_desktop.targets import targets

PROVINCES, DISTRICTS, COMMUNES, VILLAGES = 63, 705, 10_600, 80_000
CATALOG = "xa-ntm-2016-2020@1"
# A province file holds other sets' results too: the report must not take them for versions.
DISTRICT_CATALOG = "huyen-ntm-2016-2020@1"


def build(db: Database) -> list[str]:
    """The tree and its results; returns the commune codes."""
    rng = random.Random(2020)
    rows, communes = [], []
    for p in range(PROVINCES):
        code = f"{p + 1:02d}"
        rows.append((code, f"Tỉnh {p}", fold(f"Tỉnh {p}"), "tỉnh", "province", None, None, None,
                     code))  # fmt: skip
    for d in range(DISTRICTS):
        province = f"{d % PROVINCES + 1:02d}"
        code = f"{d + 100:03d}"
        rows.append((code, f"Huyện {d}", fold(f"Huyện {d}"), "huyện", "district", province,
                     None, None, province))  # fmt: skip
    for c in range(COMMUNES):
        district = f"{c % DISTRICTS + 100:03d}"
        code = f"{c + 10000:05d}"
        kind = "xã" if c % 10 else "phường"
        rows.append((code, f"Xã {c}", fold(f"Xã {c}"), kind, "commune", district, None, None,
                     "01"))  # fmt: skip
        communes.append(code)
    for v in range(VILLAGES):
        commune = communes[v % COMMUNES]
        code = f"{commune}.{v // COMMUNES + 1:03d}"
        rows.append((code, f"Thôn {v}", fold(f"Thôn {v}"), "thôn", "village", commune, None,
                     None, commune))  # fmt: skip
    unit_rows.insert_many(db, rows, [])
    with db.transaction():
        for year in (2019, 2020):
            for code in communes:
                results = [(no, rng.random() < 0.8) for no in range(1, 20)]
                stored.store_results(db, code, year, CATALOG, "standard", results)
            for d in range(DISTRICTS):
                results = [(no, rng.random() < 0.8) for no in range(1, 10)]
                stored.store_results(
                    db, f"{d + 100:03d}", year, DISTRICT_CATALOG, "standard", results
                )
        for n, code in enumerate(communes[:6000]):
            recognitions.add(db, code, "standard", date(2019, 12, 1))
            if n % 10 == 1:
                recognitions.add(db, code, "advanced", date(2020, 6, 1))
        for v in range(0, VILLAGES, 20):
            village = f"{communes[v % COMMUNES]}.{v // COMMUNES + 1:03d}"
            recognitions.add(db, village, "model" if v % 40 else "standard", date(2020, 3, 1))
        for d in range(DISTRICTS):
            targets.set_targets(db, f"{d + 100:03d}", 2020, {"standard": 9, "avg_criteria": 16})
    return communes


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_data_file(Path(folder) / "national.db", create=True)
        db.set_user("bench")
        catalogs.load_shipped(db)
        start = time.perf_counter()
        communes = build(db)
        print(f"built the national tree with results: {time.perf_counter() - start:.1f} s")
        report = timed("by-district, national (705 district rows)",
                       lambda: by_district.build(db, 2020))  # fmt: skip
        print(f"  TOTAL row: {report.rows[-1][:10]}")
        timed("by-district, one province", lambda: by_district.build(db, 2020, "01"))
        timed("by-criterion, national, with base year",
              lambda: by_criterion.build(db, 2020, None, 2019))  # fmt: skip
        timed("by-district national to xlsx",
              lambda: output.write(report, "xlsx", Path(folder) / "bd.xlsx"))  # fmt: skip
        timed("by-district national to PDF",
              lambda: output.write(report, "pdf", Path(folder) / "bd.pdf"), 1)  # fmt: skip

        names = {code: f"Xã {int(code) - 10000}" for code in communes}
        marks = {}
        for code in communes:
            marks[code] = stored.criterion_results(db, code, 2020)
        columns = [xlsx_tables.Column("Mã", width=8), xlsx_tables.Column("Xã", width=20)] + [
            xlsx_tables.Column(str(no), "int", 4, group="Tiêu chí đạt (1 = đạt)")
            for no in range(1, 20)
        ] + [xlsx_tables.Column("Tổng số tiêu chí đạt", "int", 8)] + [
            xlsx_tables.Column(f"Năm đạt chuẩn {t}", "int", 8) for t in ("", "NC", "KM")
        ]  # fmt: skip
        rows = [
            (code, names[code], *(int(marks[code][no]) for no in range(1, 20)),
             sum(marks[code].values()), None, None, None)
            for code in communes
        ]  # fmt: skip
        table = xlsx_tables.Table("Tình hình đạt tiêu chí năm 2020", columns, rows)
        target = Path(folder) / "criteria-status.xlsx"
        timed(f"xlsx of {len(rows)} communes x {len(columns)} columns written",
              lambda: xlsx_tables.write(target, [table]))  # fmt: skip

        def read_back():
            book = openpyxl.load_workbook(target, read_only=True)
            count = sum(1 for _ in book.active.iter_rows(values_only=True))
            book.close()
            return count

        timed("same xlsx read back (openpyxl read-only)", read_back)
        timed("same xlsx through the import reader (sheets.read)",
              lambda: sheets.read(target))  # fmt: skip
        db.close()


if __name__ == "__main__":
    main()
