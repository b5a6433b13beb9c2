"""Creating a data file, and bulk-loading the national tree through the core's bulk path."""

from __future__ import annotations

import time

from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms, times
from benchmarks.synthetic_tree import generate
from ntm_desktop import catalogs, datasets
from ntm_desktop.storage import Database
from ntm_desktop.storage import units as unit_rows

BULK_TARGET_ROWS_PER_S = 800_000


def creation(ctx: Context) -> list[Figure]:
    counter = iter(range(1000))

    def empty_with_catalogs() -> None:
        with Database.open(ctx.workdir / f"new-{next(counter)}.db", create=True) as db:
            catalogs.load_shipped(db)

    def with_dataset() -> None:
        with Database.open(ctx.workdir / f"new-{next(counter)}.db", create=True) as db:
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
        with Database.open(ctx.workdir / f"bulk-{attempt}.db", create=True) as db:
            start = time.perf_counter()
            unit_rows.insert_many(db, rows, [])
            samples.append(time.perf_counter() - start)
    rate = len(rows) / median(samples)
    return [
        Figure(
            f"bulk load national tree ({len(rows):,} units, one transaction)",
            f"{rate / 1e6:.2f} M rows/s ({ms(median(samples))})",
            f"≥ {BULK_TARGET_ROWS_PER_S / 1e6:.1f} M rows/s",
            rate >= BULK_TARGET_ROWS_PER_S,
        )
    ]
