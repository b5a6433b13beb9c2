"""The randomised convergence tests over many seeds (CI runs 10) and as many runs of the
stateful model of offices (CI runs 15).

    python benchmarks/bench_sync_convergence.py [SEEDS]

Prints how many seeds ran and how long they took; any failing seed is printed by pytest with
its number, and a failing model run as the shortest program of steps found, so either can be
replayed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    seeds = sys.argv[1] if len(sys.argv) > 1 else "200"
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "--timeout",
            "0",  # the model is one test, however many runs it makes
            "tests/core/test_sync_convergence.py",
            "tests/attacks/test_convergence_model.py",
            "-k",
            "converge",
        ],
        cwd=ROOT,
        env={**os.environ, "NTM_SYNC_SEEDS": seeds, "NTM_SYNC_MODEL_RUNS": seeds},
        check=False,
    )
    elapsed = time.perf_counter() - started
    print(
        f"{seeds} hạt giống ngẫu nhiên và {seeds} lượt mô hình: {elapsed:.1f} s, "
        f"mã thoát {result.returncode}"
    )
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
