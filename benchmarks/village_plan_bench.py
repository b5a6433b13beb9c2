"""A large model-village plan (60 items) exported as PA PDF and budget xlsx, and the cost of
the plan status in the unit tree (the villages of a commune fetched with their labels).

Run from the repository root: python benchmarks/village_plan_bench.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import datasets, units
from ntm_desktop.village_plans import plan_data, plan_status, village_plan_export
from ntm_desktop.village_plans import village_plans as vp

ITEMS = 60


def _timed(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        open_data_file(Path(folder) / "bench.db", create=True) as db,
    ):
        datasets.initialize(db, "bac-giang-2020")
        villages = [units.add_village(db, "07354", f"Thôn Thử {n}").code for n in range(40)]
        for code in villages:
            vp.register(db, code, 2020)
        plan = vp.register(db, "07354.001", 2020)
        for number in range(ITEMS):
            vp.add_item(
                db,
                plan,
                work=f"Hạng mục số {number + 1}: bê tông hóa đường ngõ xóm, trồng hoa hai bên",
                criterion_no=number % 6 + 1,
                lead="Ban phát triển thôn",
                start="Q1",
                end="Q3",
                quantity=number * 10,
                unit="m",
                amounts={
                    "state_support": 500_000 * number,
                    "residents_cash": 1_250_000,
                    "workdays": 12,
                },
            )
        vp.set_status(db, "07354.001", 2020, "drafted")
        out = Path(folder)
        gather = _timed(lambda: plan_data.gather(db, "07354.001", 2020))
        data = plan_data.gather(db, "07354.001", 2020)
        pdf = _timed(lambda: village_plan_export.export(data, out / "pa.pdf", "pdf"))
        xlsx = _timed(lambda: village_plan_export.export(data, out / "dt.xlsx", "xlsx"))
        codes = [unit.code for unit in units.children(db, "07354")]
        statuses = _timed(lambda: plan_status.statuses(db, codes, 2020), runs=50)
        overview = _timed(lambda: vp.commune_overview(db, "07354", 2020), runs=50)
        print(f"gather ({ITEMS} items, checklist, totals): {gather * 1000:.1f} ms")
        print(f"PA PDF: {pdf * 1000:.0f} ms, {(out / 'pa.pdf').stat().st_size // 1024} KB")
        print(f"budget xlsx: {xlsx * 1000:.0f} ms, {(out / 'dt.xlsx').stat().st_size // 1024} KB")
        print(f"tree plan statuses of {len(codes)} villages: {statuses * 1000:.2f} ms")
        print(f"commune page overview of {len(codes)} plans: {overview * 1000:.2f} ms")


if __name__ == "__main__":
    main()
