"""Creating a data file, and bulk-loading the national tree through the core's bulk path."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms, times
from benchmarks.synthetic_tree import generate
from ntm_desktop.criteria import catalogs
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.units import datasets

BULK_TARGET_ROWS_PER_S = 800_000
FOUNDATION_SQL = (
    Path(__file__).resolve().parents[1] / "ntm_desktop/storage/migrations/0001_foundation.sql"
)
LEVEL_CHECK_IN = "CHECK (level IN ('province', 'district', 'commune', 'village'))"
LEVEL_CHECK_OR = (
    "CHECK (level = 'province' OR level = 'district' OR level = 'commune' OR level = 'village')"
)
# Indicator results are the big bulk path (performance.md: 4.3 M rows): narrow rows like these.
RESULTS_TABLE = (
    "CREATE TABLE results (unit_code TEXT NOT NULL, year INTEGER NOT NULL, "
    "indicator TEXT NOT NULL, value REAL, met TEXT NOT NULL{check})"
)
MET_CHECK_IN = " CHECK (met IN ('yes', 'no', 'unknown'))"
INSERT_RESULT = "INSERT INTO results VALUES (?, ?, ?, ?, ?)"
INSERT_UNIT = (
    "INSERT INTO units (code, name, name_folded, kind, level, parent_code, valid_from, valid_to, "
    "owner_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def creation(ctx: Context) -> list[Figure]:
    counter = iter(range(1000))

    def empty_with_catalogs() -> None:
        with open_data_file(ctx.workdir / f"new-{next(counter)}.db", create=True) as db:
            catalogs.load_shipped(db)

    def with_dataset() -> None:
        with open_data_file(ctx.workdir / f"new-{next(counter)}.db", create=True) as db:
            datasets.initialize(db, "bac-giang-2020")

    # The first call also imports jsonschema and reads the schemas: reported on its own.
    first = times(empty_with_catalogs, 1)[0]
    repeats = ctx.repeats(7, 3)
    plain = times(empty_with_catalogs, repeats)
    full = times(with_dataset, repeats)
    return [
        Figure(
            "data file created: migrations + shipped catalogs",
            f"{ms(median(plain))} (first in process {ms(first)})",
        ),
        Figure("data file created: + bac-giang-2020 tree (ntm init)", ms(median(full))),
    ]


def bulk_load(ctx: Context) -> list[Figure]:
    start = time.perf_counter()
    rows = list(generate())
    took = time.perf_counter() - start
    ctx.note(f"synthetic tree generated in {took:.2f} s ({len(rows):,} rows)")
    samples = []
    for attempt in range(ctx.repeats(5, 2)):
        with open_data_file(ctx.workdir / f"bulk-{attempt}.db", create=True) as db:
            start = time.perf_counter()
            unit_rows.insert_many(db, rows, [])
            samples.append(time.perf_counter() - start)
    rate = len(rows) / median(samples)
    # Where the time goes: SQLite evaluates `x IN (3+ constants)` through a temporary table it
    # builds once per statement execution, and executemany executes the statement once per row.
    with_or = _rate(
        rows, _units_table_sql().replace(LEVEL_CHECK_IN, LEVEL_CHECK_OR), ctx.workdir / "or.db"
    )
    floor = _rate(
        rows,
        "CREATE TABLE units (code, name, name_folded, kind, level, parent_code, valid_from, "
        "valid_to, owner_code)",
    )
    results = _result_rows(ctx.repeats(800_000, 300_000))
    narrow = _rate(
        results, RESULTS_TABLE.format(check=""), ctx.workdir / "results.db", INSERT_RESULT
    )
    narrow_in = _rate(
        results,
        RESULTS_TABLE.format(check=MET_CHECK_IN),
        ctx.workdir / "results-in.db",
        INSERT_RESULT,
    )
    return [
        Figure(
            f"bulk load national tree ({len(rows):,} units, storage.units.insert_many)",
            f"{rate / 1e6:.2f} M rows/s ({ms(median(samples))})",
            f"≥ {BULK_TARGET_ROWS_PER_S / 1e6:.1f} M rows/s",
            rate >= BULK_TARGET_ROWS_PER_S,
        ),
        Figure(
            "  same rows, units table with its level CHECK written as OR instead of IN (…)",
            f"{with_or / 1e6:.2f} M rows/s",
        ),
        Figure(
            "  floor: same rows, bare executemany, 9 columns, no key/index/check, in memory",
            f"{floor / 1e6:.2f} M rows/s",
        ),
        Figure(
            f"bulk path, narrow rows ({len(results):,} indicator results, 5 columns, data file)",
            f"{narrow / 1e6:.2f} M rows/s",
            "(yardstick, not app code)",
        ),
        Figure(
            "  same, with CHECK (met IN ('yes', 'no', 'unknown'))",
            f"{narrow_in / 1e6:.2f} M rows/s",
        ),
    ]


def _result_rows(count: int) -> list[tuple[str, int, str, float, str]]:
    """Indicator results as a national import brings them: commune, year, indicator, value, met."""
    per_commune = 2 * 19 * 2  # two years, 19 criteria, two indicators each
    return [
        (f"{commune * 3:05d}", 2024 + n // 38, f"{n % 38 // 2 + 1}.{n % 2 + 1}", n * 0.5, met)
        for commune in range(count // per_commune + 1)
        for n, met in zip(range(per_commune), ("yes", "no", "unknown") * 26, strict=False)
    ][:count]


def _units_table_sql() -> str:
    """The units table and its indexes exactly as the foundation migration creates them."""
    sql = FOUNDATION_SQL.read_text("utf-8")
    start = sql.index("CREATE TABLE units")
    return sql[start : sql.index("CREATE TABLE unit_links")]


def _rate(
    rows: Sequence[tuple[object, ...]],
    schema: str,
    path: Path | None = None,
    insert: str = INSERT_UNIT,
    repeats: int = 3,
) -> float:
    """Rows/s of one executemany in one transaction into a fresh table (in memory if no path)."""
    samples = []
    for attempt in range(repeats):
        conn = sqlite3.connect(":memory:" if path is None else f"{path}-{attempt}")
        conn.isolation_level = None
        if path is not None:  # as Database.open sets up a data file
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(schema)
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(insert, rows)
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
        conn.close()
    return len(rows) / median(samples)
