"""The hybrid logical clock under wrong wall clocks, property-based.

A laptop's clock goes backwards (battery swapped, set by hand), jumps forwards, stands still
while thousands of ops are made in one millisecond, and receives stamps from laptops ahead of
it: every stamp it issues is still later than every stamp it issued or saw before, stays close
to the clocks it has seen, and survives encoding.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ntm_desktop.common import hlc
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units

# Milliseconds up to year ~6400 keep every stamp within what a data file stores.
MAX_MS = (1 << 47) - 2
NOW = 1_798_000_000_000  # December 2026

counters = st.integers(0, hlc.COUNTER_MASK)
# Near today, where real clocks are, and anywhere in range, where broken ones may be.
millis = st.one_of(st.integers(NOW - 10**6, NOW + 10**6), st.integers(0, MAX_MS))
stamps = st.builds(hlc.pack, millis, counters)

# How far one clock is from another: the same millisecond or a few apart (where counters
# matter), or years apart (a laptop set to the wrong year).
moves = st.one_of(st.integers(-3, 3), st.integers(-(10**11), 10**11))
# What a clock meets, step by step: its own wall clock moving (backwards, standing still,
# forwards), or a remote stamp some way ahead of or behind it.
steps = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), moves),
        st.tuples(st.just("receive"), moves, counters),
    ),
    max_size=60,
)


def near(ms: int, move: int) -> int:
    return min(max(ms + move, 0), MAX_MS)


@given(millis, counters)
def test_a_stamp_decodes_to_its_milliseconds_and_counter(ms, counter):
    stamp = hlc.pack(ms, counter)
    assert hlc.unpack(stamp) == (ms, counter)
    assert 0 <= stamp <= hlc.MAX_STAMP


@given(st.integers(0, (1 << 64) - 1))
def test_every_64_bit_stamp_encodes_back_to_itself(stamp):
    assert hlc.pack(*hlc.unpack(stamp)) == stamp


@given(millis, counters, millis, counters)
def test_stamps_order_as_milliseconds_then_counter(ms_a, counter_a, ms_b, counter_b):
    ordered = (ms_a, counter_a) < (ms_b, counter_b)
    assert (hlc.pack(ms_a, counter_a) < hlc.pack(ms_b, counter_b)) == ordered


@given(stamps, moves)
def test_tick_is_later_than_the_last_stamp_and_follows_the_wall_clock(last, move):
    now_ms = near(hlc.unpack(last)[0], move)
    stamp = hlc.tick(last, now_ms)
    assert stamp > last
    ms, counter = hlc.unpack(stamp)
    last_ms, _ = hlc.unpack(last)
    assert ms >= now_ms  # never behind the wall clock
    # Never runs ahead of every clock it has seen by more than the carry of a full counter.
    assert ms <= max(now_ms, last_ms) + 1
    if now_ms > last_ms:
        assert (ms, counter) == (now_ms, 0)
    assert stamp <= hlc.MAX_STAMP


@given(stamps, moves, counters, moves)
def test_receive_is_later_than_both_clocks_and_stays_near_them(last, ahead, counter, move):
    remote = hlc.pack(near(hlc.unpack(last)[0], ahead), counter)
    now_ms = near(hlc.unpack(last)[0], move)
    stamp = hlc.receive(last, remote, now_ms)
    assert stamp > last and stamp > remote
    ms, counter = hlc.unpack(stamp)
    top = max(now_ms, hlc.unpack(last)[0], hlc.unpack(remote)[0])
    assert top <= ms <= top + 1
    if now_ms > max(hlc.unpack(last)[0], hlc.unpack(remote)[0]):
        assert (ms, counter) == (now_ms, 0)
    assert stamp <= hlc.MAX_STAMP


@settings(max_examples=300)
@given(stamps, millis, steps)
def test_a_clock_under_skew_issues_strictly_increasing_stamps(start, wall, events):
    """Whatever the wall clock does and whatever arrives, each stamp beats all before it."""
    clock = start
    seen = start
    for event in events:
        wall = near(wall, event[1])
        if event[0] == "tick":
            stamp = hlc.tick(clock, wall)
        else:
            remote = hlc.pack(near(wall, event[1]), event[2])
            stamp = hlc.receive(clock, remote, wall)
            assert stamp > remote
            seen = max(seen, remote)
        assert stamp > clock and stamp > seen
        assert stamp <= hlc.MAX_STAMP
        clock = seen = stamp


def test_a_full_counter_in_an_odd_millisecond_still_moves_forward():
    """The counter's 16 bits run out when a clock stands still or falls behind for 65,536
    ops (a large import made after a stamp from a laptop hours ahead): the next stamp must
    carry into the milliseconds, not wrap back to a smaller stamp."""
    for ms in (NOW, NOW + 1):
        full = hlc.pack(ms, hlc.COUNTER_MASK)
        assert hlc.tick(full, ms) > full
        assert hlc.tick(full, ms - 5000) > full
        assert hlc.receive(full, full, ms) > full
        assert hlc.receive(hlc.pack(ms, 0), full, ms - 5000) > full


def test_the_data_file_clock_moves_forward_past_a_full_counter(db_path, monkeypatch):
    """Through the real write path: an edit after the stored clock's counter filled up."""
    full = hlc.pack(NOW + 1, hlc.COUNTER_MASK)
    monkeypatch.setattr(hlc, "wall_ms", lambda: NOW - 3_600_000)  # the clock fell back an hour
    with open_data_file(db_path) as db:
        db.set_meta("hlc", str(full))
        units.rename(db, "07354.001", "Thôn Sau Đồng Hồ Lùi")
        [(stamp,)] = db.conn.execute("SELECT hlc FROM change_log").fetchall()
        assert stamp > full
        assert int(db.get_meta("hlc")) == stamp
