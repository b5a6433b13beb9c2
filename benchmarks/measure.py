"""Timing helpers and the row every benchmark reports."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    """One line of the table: what was measured, the figure, the target and whether it is met."""

    what: str
    measured: str
    target: str = "—"
    ok: bool | None = None  # None: no target, a figure for information

    @property
    def mark(self) -> str:
        return {True: "PASS", False: "FAIL", None: "info"}[self.ok]


def now() -> float:
    """CLOCK_MONOTONIC in seconds: one clock shared by all processes on Linux."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def times(action: Callable[[], object], repeats: int) -> list[float]:
    """Seconds taken by each of `repeats` calls of `action`."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile (the worst sample when there are fewer than 20)."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def rss_mb() -> float:
    """Resident set size of this process, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")
