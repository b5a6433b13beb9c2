"""Hybrid logical clock: orders edits across devices whose wall clocks may be wrong.

A timestamp is one 64-bit integer: 48 bits of milliseconds since the epoch, 16 bits of counter.
"""

import time

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
# The largest stamp a data file can store: SQLite's INTEGER is a signed 64-bit number.
MAX_STAMP = (1 << 63) - 1


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & COUNTER_MASK


def tick(last: int, now_ms: int | None = None) -> int:
    """The next local timestamp after `last`; never goes backwards, even if the clock does.

    `last + 1` is the next counter value, carried into the milliseconds once the counter is
    full, so 65,536 ops in one millisecond (or while the wall clock lags behind) still order.
    """
    now_ms = wall_ms() if now_ms is None else now_ms
    return max(pack(now_ms, 0), last + 1)


def receive(last: int, remote: int, now_ms: int | None = None) -> int:
    """Merge a remote timestamp into the local clock (the remote must already be sane)."""
    now_ms = wall_ms() if now_ms is None else now_ms
    return max(pack(now_ms, 0), last + 1, remote + 1)
