"""The readings a benchmark's child process takes while the start it measures is still going:
the clock and its memory, with nothing imported but `time`. A start-up child loads nothing else
before the first paint (json, statistics, dataclasses: ~5 ms), so the bare window is not slowed
by the benchmark, nor does the app find what it needs already loaded."""

import time


def now() -> float:
    """CLOCK_MONOTONIC in seconds: one clock shared by all processes on Linux."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def rss_mb() -> float:
    """Resident set size of this process, from /proc (Linux)."""
    return _status_mb("VmRSS")


def peak_mb() -> float:
    """Peak resident set size of this process so far, from /proc (Linux)."""
    return _status_mb("VmHWM")


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        lines = status.read().splitlines()
    for line in lines:
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")
