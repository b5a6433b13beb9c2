"""`python -m benchmarks [--quick] [--only NAME ...]`: measure, then print a table against targets.

Targets come from shared/design/performance.md. Not part of the test suite: figures depend on
the machine and its load, so they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import bundles, cli_start, datafile, edit, reports, search, startup, tree
from benchmarks.context import Context
from benchmarks.measure import Figure

# Start-up and memory run first: they start fresh processes, and the cold-ish start can only
# drop Qt's libraries from the page cache while this process has not loaded them itself (so
# the in-process Qt benchmarks import PySide6 inside their functions).
BENCHMARKS: dict[str, Callable[[Context], list[Figure]]] = {
    "startup": startup.run,
    "startup-real": startup.real,
    "imports": startup.imports,
    "memory": startup.memory,
    "cli": cli_start.run,
    "creation": datafile.creation,
    "bulk": datafile.bulk_load,
    "tree": tree.run,
    "search": search.core,
    "search-window": search.window,
    "edit": edit.run,
    "reports": reports.run,
    "criteria-status": reports.criteria_status_growth,
    "bundles": bundles.export_and_verify,
    "import": bundles.province_import,
}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        pyside = importlib.metadata.version("PySide6-Essentials")
    except importlib.metadata.PackageNotFoundError:
        pyside = importlib.metadata.version("PySide6")
    return (
        f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {pyside}, SQLite {sqlite3.sqlite_version}, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}"
    )


def table(figures: list[Figure]) -> str:
    head = ("What", "Measured", "Target", "")
    rows = [head, *((f.what, f.measured, f.target, f.mark) for f in figures)]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = []
    for number, row in enumerate(rows):
        lines.append(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Đo tốc độ NTM Desktop so với mục tiêu."
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer repeats (about 15 s instead of 30 s)"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=list(BENCHMARKS),
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Machine: {machine()}", flush=True)
    chosen = [name for name in BENCHMARKS if not args.only or name in args.only]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as scratch:
        ctx = Context(Path(scratch), quick=args.quick)
        for name in chosen:
            start = time.perf_counter()
            print(f"… {name}", end="", file=sys.stderr, flush=True)
            try:
                found = BENCHMARKS[name](ctx)
            except Exception as error:  # one broken benchmark must not hide the other figures
                found = [Figure(name, f"error: {type(error).__name__}: {error}"[:160], ok=False)]
            print(f" ({time.perf_counter() - start:.1f} s)", file=sys.stderr, flush=True)
            figures.extend(found)
    print()
    print(table(figures))
    for line in ctx.log:
        print(f"note: {line}")
    failed = [figure for figure in figures if figure.ok is False]
    print(
        f"\n{len(figures) - len(failed)} of {len(figures)} figures within target"
        if not failed
        else f"\n{len(failed)} of {len(figures)} figures miss their target"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
