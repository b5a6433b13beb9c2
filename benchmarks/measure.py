"""Timing helpers and the row every benchmark reports."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


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


def times(action: Callable[[], object], repeats: int) -> list[float]:
    """Seconds taken by each of `repeats` calls of `action`."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def times_side_by_side(
    first: Callable[[], object], second: Callable[[], object], repeats: int
) -> tuple[list[float], list[float]]:
    """Seconds taken by each of `repeats` calls of `first` and of `second`, called in turn, so a
    ratio of the two sees the machine's load as it was for both (it drifts on a shared host)."""
    paired = [(times(first, 1)[0], times(second, 1)[0]) for _ in range(repeats)]
    return [one for one, _ in paired], [two for _, two in paired]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile (the worst sample when there are fewer than 20)."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def timed(label: str, action: Callable[[], T], runs: int = 3) -> T:
    """Run `action` `runs` times, print the best time under `label`, return the last result."""
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    print(f"{label}: {best * 1000:.0f} ms (best of {runs})")
    return result
