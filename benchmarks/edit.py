"""One interactive checklist edit committed on a province-size file (change log, fsync and all).

The edit is the one officers make all day: an indicator value typed into the checklist, parsed,
written with its change-log row, the criterion results and score stored again, committed.
"""

from __future__ import annotations

import shutil

from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms, p95, times
from ntm_desktop.session.data_file import open_data_file

TARGET_P95 = 0.005


def run(ctx: Context) -> list[Figure]:
    from ntm_desktop.checklist import assessments
    from ntm_desktop.units import units

    path = ctx.workdir / "edit.db"
    shutil.copyfile(ctx.province_file(), path)
    db = open_data_file(path)
    db.set_user("Nguyễn Văn An")
    communes = [
        unit.code for unit in units.children(db, "216") if unit.kind == units.RURAL_COMMUNE_KIND
    ]
    values = iter(range(10**6))

    def edit_one() -> None:
        n = next(values)
        value = f"{n % 1000 / 10:.1f}".replace(".", ",")
        assessments.set_indicator(db, communes[n % len(communes)], 2020, "2.2", value=value)

    times(edit_one, 20)  # warm the page cache, the indexes and each commune's checklist
    samples = times(edit_one, ctx.repeats(300, 60))
    db.close()
    return [
        Figure(
            f"one checklist edit committed: set_indicator on a province file "
            f"({len(samples)} edits)",
            f"p50 {ms(median(samples))}, p95 {ms(p95(samples))}",
            f"p95 ≤ {ms(TARGET_P95)}",
            p95(samples) <= TARGET_P95,
        )
    ]
