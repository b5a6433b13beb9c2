"""Size and start-up time of an existing frozen build (made by packaging/check_frozen.py or
PyInstaller).

    python benchmarks/bench_frozen.py [BUILD_DIR]      (default build/frozen/dist/ntm-desktop)

Prints the folder size, the number of files, and the wall time (median of several runs) of:
`ntm --version`, `ntm init` on a new data file, `ntm units`, and the GUI from launch to its first
painted window (`ntm-desktop --smoke-test`, offscreen) on a new and on an existing data file.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUILD = ROOT / "build" / "frozen" / "dist" / "ntm-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
RUNS = 5


def timed(build: Path, name: str, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [str(build / f"{name}{EXE}"), *args],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
    )
    return time.perf_counter() - started


def median(function, runs: int = RUNS) -> float:
    return statistics.median(function() for _ in range(runs))


def main() -> int:
    build = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BUILD
    if not (build / f"ntm{EXE}").exists():
        print(f"no frozen build in {build}: run python packaging/check_frozen.py first")
        return 1
    files = [path for path in build.rglob("*") if path.is_file() and not path.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    print(f"frozen build: {build}")
    print(f"  {'folder size':<30} {size / 1e6:8.1f} MB in {len(files)} files")
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(1000))

        def new_file() -> str:
            return str(Path(tmp) / f"new-{next(counter)}.db")

        existing = str(Path(tmp) / "existing.db")
        timed(build, "ntm", "--db", existing, "init")
        figures = {
            "ntm --version": lambda: timed(build, "ntm", "--version"),
            "ntm init (new data file)": lambda: timed(build, "ntm", "--db", new_file(), "init"),
            "ntm units (266 units)": lambda: timed(build, "ntm", "--db", existing, "units"),
            "GUI first paint, new file": lambda: timed(
                build, "ntm-desktop", "--db", new_file(), "--smoke-test"
            ),
            "GUI first paint, existing file": lambda: timed(
                build, "ntm-desktop", "--db", existing, "--smoke-test"
            ),
        }
        for label, function in figures.items():
            print(f"  {label:<30} {median(function):8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
