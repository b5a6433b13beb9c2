"""`ntm --version` and `ntm units` on a commune's file, against Python's own start in one run.

The yardstick is `python -c "import sqlite3"`: a CLI that does little must not cost much more
than starting the interpreter with SQLite, the least any command of ours needs.
"""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks.clock import now
from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms

RATIO_TARGET = 3.0


# An installed Python caches bytecode beside the sources, and the frozen app ships it; a shell
# that sets PYTHONDONTWRITEBYTECODE would have every run compile our modules again, and time that.
ENVIRONMENT = {
    name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
}


def _timed(command: list[str]) -> float:
    start = now()
    subprocess.run(command, check=True, capture_output=True, env=ENVIRONMENT)
    return now() - start


def run(ctx: Context) -> list[Figure]:
    small = str(ctx.small_file())
    commands = {
        "floor": [sys.executable, "-c", "import sqlite3"],
        "ntm --version": [sys.executable, "-m", "ntm_desktop.cli", "--version"],
        "ntm units": [sys.executable, "-m", "ntm_desktop.cli", "--db", small, "units"],
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        _timed(command)  # warm the page cache and the bytecode
    for _ in range(ctx.repeats(15, 5)):
        for name, command in commands.items():  # interleaved: the same load for each
            samples[name].append(_timed(command))
    floor = median(samples["floor"])
    figures = []
    for name in ("ntm --version", "ntm units"):
        ratio = median(samples[name]) / floor
        figures.append(
            Figure(
                f"{name} (small file), against python -c 'import sqlite3'",
                f"{ms(median(samples[name]))} vs {ms(floor)} = {ratio:.1f}×",
                f"≤ {RATIO_TARGET:.0f}× ({ms(floor * RATIO_TARGET)})",
                ratio <= RATIO_TARGET,
            )
        )
    return figures
