"""The randomised convergence test over many seeds (CI runs 10).

    python benchmarks/bench_sync_convergence.py [SEEDS]

Prints how many seeds ran and how long they took; any failing seed is printed by pytest with
its number, so it can be replayed.
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
            "tests/core/test_sync_convergence.py",
            "-k",
            "converge",
        ],
        cwd=ROOT,
        env={**os.environ, "NTM_SYNC_SEEDS": seeds},
        check=False,
    )
    elapsed = time.perf_counter() - started
    print(f"{seeds} hạt giống ngẫu nhiên: {elapsed:.1f} s, mã thoát {result.returncode}")
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
