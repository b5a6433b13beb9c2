"""One interactive edit committed to a national-size data file (change log, fsync and all)."""

from __future__ import annotations

from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms, p95, times
from ntm_desktop.session.data_file import open_data_file

TARGET_P95 = 0.005


def run(ctx: Context) -> list[Figure]:
    from ntm_desktop.units import units

    db = open_data_file(ctx.national_copy("edit"))
    db.set_user("Nguyễn Văn An")
    villages = [unit.code for unit in units.children(db, "00001")]
    communes = [unit.code for unit in units.children(db, "001")]
    targets = iter(range(10**6))

    def rename_one() -> None:
        n = next(targets)
        code = villages[n % len(villages)] if n % 2 else communes[n % len(communes)]
        units.rename(db, code, f"Thôn Đồng Tâm {n}" if n % 2 else f"Xã Tân Phú {n}")

    times(rename_one, 20)  # warm the page cache and the change-log index
    samples = times(rename_one, ctx.repeats(300, 60))
    db.close()
    return [
        Figure(
            f"one edit committed: units.rename, synchronous=FULL ({len(samples)} edits)",
            f"p50 {ms(median(samples))}, p95 {ms(p95(samples))}",
            f"p95 ≤ {ms(TARGET_P95)}",
            p95(samples) <= TARGET_P95,
        )
    ]
