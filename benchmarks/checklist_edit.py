"""Time one interactive checklist edit committed (target ≤ 5 ms p95, performance.md) and the
stored-score read behind the tree labels. Prints figures; asserts nothing.

Run from the repository root: python benchmarks/checklist_edit.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ntm_desktop.checklist import assessments
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import datasets, units


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_data_file(Path(folder) / "bench.db", create=True)
        datasets.initialize(db)
        db.set_user("benchmark")
        floor: list[float] = []
        for step in range(200):
            started = time.perf_counter()
            db.set_meta("benchmark", str(step))
            floor.append((time.perf_counter() - started) * 1000)
        print(
            f"floor, a one-row commit with fsync: median {statistics.median(floor):.2f} ms, "
            f"p95 {percentile(floor, 0.95):.2f} ms"
        )
        edits: list[float] = []
        for step in range(200):
            started = time.perf_counter()
            assessments.set_indicator(db, "07354", 2020, "2.2", value=str(step % 100))
            edits.append((time.perf_counter() - started) * 1000)
        print(
            f"one edit committed (parse, tracked write, results stored, fsync): "
            f"median {statistics.median(edits):.2f} ms, p95 {percentile(edits, 0.95):.2f} ms"
        )
        reads: list[float] = []
        for _ in range(50):
            started = time.perf_counter()
            assessments.checklist(db, "07354", 2020)
            reads.append((time.perf_counter() - started) * 1000)
        print(
            f"checklist read (19 criteria, 49 indicators): median {statistics.median(reads):.2f} ms"
        )
        communes = [unit.code for unit in units.children(db, "216")]
        for code in communes:
            assessments.set_indicator(db, code, 2020, "1.1", met="yes")
        labels: list[float] = []
        for _ in range(50):
            started = time.perf_counter()
            assessments.stored_scores(db, communes, 2020)
            labels.append((time.perf_counter() - started) * 1000)
        print(
            f"stored scores of {len(communes)} children (one query, tree labels): "
            f"median {statistics.median(labels):.3f} ms"
        )
        db.close()


if __name__ == "__main__":
    main()
