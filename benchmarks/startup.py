"""Start-up to a painted main window, and memory over the bare app, measured in fresh processes.

Each run starts `benchmarks.window_child` and takes the time from just before the process is
started until the tree's viewport first paints (CLOCK_MONOTONIC is shared by all processes).
The yardstick is a bare QApplication + QMainWindow + QTreeView started the same way.

"Cold-ish": before each cold run the page cache is dropped (posix_fadvise DONTNEED) for the
files a start reads: the Python standard library, PySide6/shiboken6, this checkout and the data
file. Pages that another running process has mapped (other Qt programs) stay cached, so this is
colder than warm but warmer than a fresh boot.
"""

from __future__ import annotations

import compileall
import functools
import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from benchmarks.clock import now
from benchmarks.context import Context
from benchmarks.measure import Figure, median

ROOT = Path(__file__).resolve().parents[1]
RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 25.0
# Together ~350 ms of imports (performance.md): import them where first needed, not at start-up.
HEAVY_LIBRARIES = ("reportlab", "openpyxl", "pypdf", "jsonschema", "cryptography")


def run_child(
    ctx: Context,
    mode: str,
    *extra: str,
    python_options: tuple[str, ...] = (),
    data_file: Path | None = None,
) -> dict[str, float]:
    started, done = _start_child(
        ctx, mode, *extra, python_options=python_options, data_file=data_file
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["started"] = started
    result["elapsed"] = result["painted"] - started
    return result


@functools.cache
def _compile_sources() -> None:
    """Installed and frozen apps start from bytecode; with PYTHONDONTWRITEBYTECODE set (as on
    this machine) a changed module would otherwise be compiled again at every start."""
    for package in ("ntm_desktop", "ui", "benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)


def _start_child(
    ctx: Context,
    mode: str,
    *extra: str,
    python_options: tuple[str, ...] = (),
    data_file: Path | None = None,
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run the child; returns the CLOCK_MONOTONIC time just before it started, and its output."""
    _compile_sources()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable,
        *python_options,
        "-m",
        "benchmarks.window_child",
        mode,
        str(ctx.workdir / "child-settings"),
        str(data_file or ctx.national_file()),
        *extra,
    ]
    start = now()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{mode} window failed:\n{done.stderr}")
    return start, done


def imports(ctx: Context) -> list[Figure]:
    """What the main window imports on the way to its first paint (python -X importtime)."""
    _, done = _start_child(ctx, "app", python_options=("-X", "importtime"))
    heavy: set[str] = set()
    ours = 0
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, self_us, _, name = (part.strip() for part in line.replace(":", "|", 1).split("|"))
        if not self_us.isdigit():
            continue
        top = name.split(".")[0]
        if top in HEAVY_LIBRARIES:
            heavy.add(top)
        if top in ("ntm_desktop", "ui"):
            ours += int(self_us)
    return [
        Figure(
            "heavy libraries (" + ", ".join(HEAVY_LIBRARIES) + ") imported at start-up",
            ", ".join(sorted(heavy)) or "none",
            "none of the 5",
            not heavy,
        ),
        Figure(
            "  import time of ntm_desktop + ui modules (self times, -X importtime)",
            f"{ours / 1000:.1f} ms",
        ),
    ]


PHASES = (
    ("started", "qt", "Python+Qt"),
    ("qt", "modules", "our imports"),
    ("modules", "opened", "open file"),
    ("opened", "built", "window"),
    ("built", "painted", "paint"),
)


def _phases(runs: list[dict[str, float]]) -> str:
    return " · ".join(
        f"{label} {median([run[end] - run[begin] for run in runs]) * 1000:.0f}"
        for begin, end, label in PHASES
    )


def _files_a_start_reads(ctx: Context) -> list[Path]:
    folders = [Path(sysconfig.get_paths()["stdlib"]), ROOT / "ntm_desktop", ROOT / "ui"]
    for package in ("PySide6", "shiboken6"):
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            folders.extend(Path(place) for place in spec.submodule_search_locations)
    files = [ctx.national_file()]
    for folder in folders:
        files.extend(path for path in folder.rglob("*") if path.is_file())
    return files


def _drop_page_cache(files: list[Path]) -> None:
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _ratio_figure(what: str, bare: list[float], app: list[float]) -> Figure:
    """`bare[i]` and `app[i]` ran back to back, a round: the ratio is the median of the rounds'
    ratios. This host's load comes in bursts of seconds that slow a whole round alike; a round's
    ratio cancels them, where the ratio of the two medians moved by up to 0.2× between runs of
    the same code (the medians are shown as well)."""
    ratio = median([app_time / bare_time for bare_time, app_time in zip(bare, app, strict=True)])
    return Figure(
        what,
        f"{median(app) * 1000:.0f} ms vs bare {median(bare) * 1000:.0f} ms, by round {ratio:.3f}×",
        f"≤ {RATIO_TARGET}× bare",
        ratio <= RATIO_TARGET,
    )


def _start_figures(start: str, what: str, runs: dict[str, list[dict[str, float]]]) -> list[Figure]:
    """The app against the bare window over `runs` of one kind of start, and each one's phases."""
    return [
        _ratio_figure(
            what,
            [run["elapsed"] for run in runs["bare"]],
            [run["elapsed"] for run in runs["app"]],
        ),
        Figure(f"  phases of the {start} start, ms: main window", _phases(runs["app"])),
        Figure(f"  phases of the {start} start, ms: bare window", _phases(runs["bare"])),
    ]


def run(ctx: Context) -> list[Figure]:
    ctx.national_file()
    run_child(ctx, "bare")  # warm-up, untimed
    run_child(ctx, "app")
    warm: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for _ in range(ctx.repeats(9, 3)):
        for mode in warm:  # alternate, so both see the same machine load
            warm[mode].append(run_child(ctx, mode))
    figures = _start_figures("warm", "start-up to painted main window, warm (national file)", warm)
    if not hasattr(os, "posix_fadvise"):
        ctx.note("cold-ish start-up skipped: no posix_fadvise on this system")
        return figures
    files = _files_a_start_reads(ctx)
    cold: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for _ in range(ctx.repeats(5, 1)):
        for mode in cold:
            _drop_page_cache(files)
            cold[mode].append(run_child(ctx, mode))
    figures += _start_figures("cold-ish", "start-up to painted main window, cold-ish", cold)
    return figures


def real(ctx: Context) -> list[Figure]:
    """`ntm-desktop` itself, on a commune's fresh file and on a province-size file: time to the
    tree's first paint against the bare window, and resident memory then over the bare one's.
    The full integrity check and the day's backup start after that paint (and the --smoke-test
    quits before them), as the unit's page, the Sao lưu and Trợ giúp menus and the tree's context
    menu are built after it. A window of the same widgets and first rows in plain Qt tells the
    widgets' own share of the start from ours. Each round starts the bare window, the plain one
    and the app on either file, so both files meet the same host."""
    files = {"fresh commune file": ctx.small_file(), "province file": ctx.province_file()}
    for path in files.values():
        run_child(ctx, "real", data_file=path)  # warm-up
    unread = ctx.small_file()  # the bare and plain windows open no file
    run_child(ctx, "bare", data_file=unread)
    runs: dict[str, list[dict[str, float]]] = {mode: [] for mode in ("bare", "plain", *files)}
    for _ in range(ctx.repeats(21, 2)):
        runs["bare"].append(run_child(ctx, "bare", data_file=unread))
        runs["plain"].append(run_child(ctx, "plain", data_file=unread))
        for label, path in files.items():
            runs[label].append(run_child(ctx, "real", data_file=path))
    times = {mode: [run["elapsed"] for run in done] for mode, done in runs.items()}
    bare_memory = median([run["rss_mb"] for run in runs["bare"]])
    figures = []
    for label, path in files.items():
        over = median([run["rss_mb"] for run in runs[label]]) - bare_memory
        figures += [
            _ratio_figure(
                f"ntm-desktop start to painted window, {label} "
                f"({path.stat().st_size / 1e6:.0f} MB)",
                times["bare"],
                times[label],
            ),
            Figure(
                f"memory over the bare window at first paint, {label}",
                f"{over:.1f} MB",
                f"≤ {MEMORY_TARGET_MB:.0f} MB",
                over <= MEMORY_TARGET_MB,
            ),
        ]
    plain = median([p / b for b, p in zip(times["bare"], times["plain"], strict=True)])
    namespace = median([_namespace_seconds(ctx) for _ in range(ctx.repeats(7, 2))])
    figures += [
        Figure(
            "  the same widgets and first rows in plain Qt, no module of ours",
            f"{median(times['plain']) * 1000:.0f} ms, by round {plain:.3f}× bare",
        ),
        Figure(
            "  of it, PySide building its Qt namespace on first use (93 enums; bare never does)",
            f"{namespace * 1000:.0f} ms = {namespace / median(times['bare']):.2f}× the bare start",
        ),
    ]
    return figures


def _namespace_seconds(ctx: Context) -> float:
    _, done = _start_child(ctx, "namespace", data_file=ctx.small_file())
    return float(json.loads(done.stdout.strip().splitlines()[-1])["namespace"])


def memory(ctx: Context) -> list[Figure]:
    """Resident memory of the main window on the national file, over the bare window's."""
    bare: list[float] = []
    app: list[float] = []
    for _ in range(ctx.repeats(3, 1)):
        bare.append(run_child(ctx, "bare", "--use")["rss_used_mb"])
        app.append(run_child(ctx, "app", "--use")["rss_used_mb"])
    over = median(app) - median(bare)
    return [
        Figure(
            "memory over the bare app (main window, national file, 3 expands + a search)",
            f"{over:.1f} MB ({median(app):.1f} vs {median(bare):.1f} MB RSS)",
            f"≤ {MEMORY_TARGET_MB:.0f} MB",
            over <= MEMORY_TARGET_MB,
        )
    ]
