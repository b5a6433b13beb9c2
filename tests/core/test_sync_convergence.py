"""Replicas converge whatever the delivery order; conflicts are kept, identical everywhere,
and cleared everywhere by one resolution."""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
from datetime import date

import pytest

from ntm_desktop.cli import main
from ntm_desktop.common import hlc
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.sync import conflicts
from ntm_desktop.units import units
from tests.core.sync_net import (
    COMMUNE_A,
    COMMUNE_B,
    assert_conflicts_follow_the_heads_rule,
    dump,
    imp,
    network,  # noqa: F401
    two_laptops,
)

VILLAGE_A = f"{COMMUNE_A}.001"
VILLAGE_B = f"{COMMUNE_B}.001"


def test_all_24_orders_of_4_concurrent_edits_give_one_state_and_one_conflict(net, tmp_path):
    laptops = [net.replica("a1", COMMUNE_A)]
    laptops += [net.replica(f"a{n}", COMMUNE_A, cert="a1") for n in (2, 3, 4)]
    bundles = []
    for number, laptop in enumerate(laptops, start=1):
        units.rename(laptop, VILLAGE_A, f"Thôn Tên {number}")
        bundles += net.export(laptop)
    net.province.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    states = set()
    for index, order in enumerate(itertools.permutations(bundles)):
        path = tmp_path / f"order{index}" / "ntm.db"
        path.parent.mkdir()
        shutil.copyfile(net.province.path, path)
        with open_data_file(path) as replica:
            for bundle in order:
                assert imp(replica, bundle).status == "applied"
            [conflict] = conflicts.list_conflicts(replica)
            assert sorted(head["value"] for head in conflict.heads) == [
                f"Thôn Tên {n}" for n in (1, 2, 3, 4)
            ]
            assert units.get(replica, VILLAGE_A).name == conflict.heads[0]["value"]
            states.add(dump(replica))
    assert len(states) == 1


def _corrupt(path, rng, tmp_path):
    data = bytearray(path.read_bytes())
    kind = rng.randrange(3)
    if kind == 0:
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif kind == 1:
        del data[rng.randrange(len(data)) :]
    else:
        start = rng.randrange(max(1, len(data) - 512))
        data[start : start + 512] = bytes(len(data[start : start + 512]))
    target = tmp_path / f"corrupt-{rng.randrange(10**9)}.vnsb"
    target.write_bytes(bytes(data))
    return target


# CI runs 10 seeds; benchmarks/bench_sync_convergence.py runs many more through this variable.
SEEDS = int(os.environ.get("NTM_SYNC_SEEDS", "10"))


@pytest.mark.parametrize("seed", range(1, SEEDS + 1))
def test_replicas_converge_under_random_late_duplicate_and_corrupted_delivery(net, tmp_path, seed):
    rng = random.Random(seed)
    a1 = net.replica("a1", COMMUNE_A)
    a2 = net.replica("a2", COMMUNE_A, cert="a1")
    b = net.replica("b", COMMUNE_B)
    province = net.province
    communes = {a1: COMMUNE_A, a2: COMMUNE_A, b: COMMUNE_B}
    everyone = [a1, a2, b, province]
    pending: list[tuple] = []
    late: list[tuple] = []
    corrupted = 0
    for step in range(70):
        roll = rng.random()
        if roll < 0.5:
            _random_edit(rng, rng.choice(everyone), communes, step)
        elif roll < 0.75:
            sender = rng.choice(everyone)
            if sender is province:
                office = rng.choice([COMMUNE_A, COMMUNE_B])
                receivers = [db for db, code in communes.items() if code == office]
                parts = net.export(province, to=office)
            else:
                receivers = [province]
                parts = net.export(sender)
            for part in parts:
                for receiver in receivers:
                    (late if rng.random() < 0.1 else pending).append((part, receiver))
        elif pending:
            part, receiver = pending.pop(rng.randrange(len(pending)))
            if rng.random() < 0.05:
                pending.append((part, receiver))  # delivered twice
            if rng.random() < 0.1:
                corrupted += 1
                bad = _corrupt(part, rng, tmp_path)
                assert imp(receiver, bad).status == "refused"
            assert imp(receiver, part).status in ("applied", "duplicate")
    rng.shuffle(late)
    for part, receiver in pending + late:
        assert imp(receiver, part).status in ("applied", "duplicate")
    for laptop in (a1, a2, b):
        for part in net.export(laptop, full=True):
            assert imp(province, part).status == "applied"
    for part in net.export(province, full=True):
        for laptop in (a1, a2, b):
            assert imp(laptop, part).status in ("applied", "duplicate")
    states = {dump(db) for db in everyone}
    assert len(states) == 1
    assert_conflicts_follow_the_heads_rule(province)


def _random_edit(rng, db, communes, step):
    if db in communes:
        code = communes[db]
        villages = [u for u in units.children(db, code) if u.level == "village"]
        if rng.random() < 0.2 and len(villages) < 4:
            units.add_village(db, code, f"Mới {step}")
        elif rng.random() < 0.1:
            units.retire(db, rng.choice(villages).code, _day(rng))
        else:
            units.rename(db, rng.choice(villages).code, f"Thôn {rng.choice('ABCDE')}{step}")
    else:
        units.rename(db, rng.choice([COMMUNE_A, COMMUNE_B]), f"Xã Tên {step}")


def _day(rng):
    return date(2027, rng.randint(1, 12), rng.randint(1, 28))


def test_a_laptop_two_years_ahead_cannot_hide_the_other_value(net):
    a1 = net.replica("a1", COMMUNE_A)
    a2 = net.replica("a2", COMMUNE_A, cert="a1")
    two_years = 2 * 365 * 24 * 3600 * 1000
    a1.set_meta("hlc", str(hlc.pack(hlc.wall_ms() + two_years, 0)))
    units.rename(a1, VILLAGE_A, "Thôn Giờ Sai")
    units.rename(a2, VILLAGE_A, "Thôn Giờ Đúng")
    skewed = imp(net.province, net.export(a1)[0])
    assert skewed.clock_warnings and "nhanh hơn" in skewed.clock_warnings[0]
    imp(net.province, net.export(a2)[0])
    province_clock, _ = hlc.unpack(int(net.province.get_meta("hlc")))
    assert province_clock < hlc.wall_ms() + 25 * 3600 * 1000
    [conflict] = conflicts.list_conflicts(net.province)
    assert [h["value"] for h in conflict.heads] == ["Thôn Giờ Sai", "Thôn Giờ Đúng"]
    # The correct-clock laptop sees both values and fixes the name: no conflict remains,
    # although its clock is two years behind the skewed edit.
    imp(a2, net.export(net.province, to=COMMUNE_A)[0])
    before = int(a2.get_meta("hlc"))
    units.rename(a2, VILLAGE_A, "Thôn Đã Sửa")
    assert int(a2.get_meta("hlc")) > before
    imp(net.province, net.export(a2)[0])
    assert conflicts.list_conflicts(net.province) == []
    assert units.get(net.province, VILLAGE_A).name == "Thôn Đã Sửa"


def test_a_resolution_travels_and_clears_the_conflict_everywhere(net, capsys):
    a1, a2 = two_laptops(net)
    for village in ("Một", "Hai", "Ba"):
        units.add_village(a1, COMMUNE_A, f"Chung {village}")
    for part in net.export(a1):
        imp(net.province, part)
    for part in net.export(net.province, to=COMMUNE_A):
        imp(a2, part)
    codes = [u.code for u in units.children(a1, COMMUNE_A)]
    for code in codes:
        units.rename(a1, code, f"Tên máy 1 {code}")
        units.rename(a2, code, f"Tên máy 2 {code}")
    imp(net.province, net.export(a1)[0])
    imp(net.province, net.export(a2)[0])
    found = conflicts.list_conflicts(net.province)
    assert len(found) == len(codes)
    capsys.readouterr()
    assert main(["--db", str(net.province.path), "conflicts", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {row["row_id"] for row in listed} == set(codes)
    assert all(" | " in row["values"] for row in listed)
    # The province may not decide a commune's village name.
    target = found[0]
    args = ["conflicts", "resolve", target.id, "--value", "Tên tỉnh chọn"]
    assert main(["--db", str(net.province.path), *args]) == 4
    for part in net.export(net.province, to=COMMUNE_A):
        imp(a1, part)
    for conflict in conflicts.list_conflicts(a1):
        chosen = f"Tên thống nhất {conflict.row_id}"
        assert (
            main(["--db", str(a1.path), "conflicts", "resolve", conflict.id, "--value", chosen])
            == 0
        )
    a1.close()
    a1 = open_data_file(a1.path)
    net.open.append(a1)
    imp(net.province, net.export(a1)[0])
    assert conflicts.list_conflicts(net.province) == []
    for part in net.export(net.province, to=COMMUNE_A):
        imp(a2, part)
    assert conflicts.list_conflicts(a2) == []
    assert units.get(a2, codes[0]).name == f"Tên thống nhất {codes[0]}"
    assert dump(a1) == dump(a2) == dump(net.province)


def test_a_laptop_five_years_behind_and_a_clock_jumping_back_lose_nothing(net, monkeypatch):
    a1 = net.replica("a1", COMMUNE_A)
    a2 = net.replica("a2", COMMUNE_A, cert="a1")
    now = hlc.wall_ms()
    five_years = 5 * 365 * 24 * 3600 * 1000
    monkeypatch.setattr(hlc, "wall_ms", lambda: now - five_years)
    units.rename(a2, VILLAGE_A, "Thôn Máy Chậm")
    monkeypatch.setattr(hlc, "wall_ms", lambda: now)
    units.rename(a1, VILLAGE_A, "Thôn Máy Đúng")
    first = int(a1.get_meta("hlc"))
    monkeypatch.setattr(hlc, "wall_ms", lambda: now - 3600 * 1000)  # the clock jumps back
    units.rename(a1, VILLAGE_A, "Thôn Máy Đúng Sửa Lại")
    assert int(a1.get_meta("hlc")) > first
    monkeypatch.setattr(hlc, "wall_ms", lambda: now)
    imp(net.province, net.export(a2)[0])
    imp(net.province, net.export(a1)[0])
    [conflict] = conflicts.list_conflicts(net.province)
    assert [h["value"] for h in conflict.heads] == ["Thôn Máy Đúng Sửa Lại", "Thôn Máy Chậm"]
    assert units.get(net.province, VILLAGE_A).name == "Thôn Máy Đúng Sửa Lại"
