"""A large export streams: its memory does not grow with the change log, and what it writes
still imports whole and is still refused when touched."""

from __future__ import annotations

import tracemalloc
import zipfile

import pytest

from ntm_desktop.checklist import assessments
from ntm_desktop.common.errors import Refused
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync import reader, writer
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    Net,
    dump,
    imp,
    network,
)

CATALOG = "xa-ntm-2016-2020@1"
NOTE = "Đã kiểm tra hồ sơ và biên bản nghiệm thu của xã"


def _log_ops(db: Database, first: int, count: int) -> None:
    """`count` edits of 1,500 checklist rows by commune A's laptop, written into the real change
    log in bulk as benchmarks.province_file does (one by one through the core they would take
    long)."""
    device = "a" * 32
    row_ids = [
        assessments.value_id(COMMUNE_A, year, CATALOG, f"{code}")
        for year in range(2016, 2021)
        for code in range(300)
    ]
    stamp = 1_700_000_000_000 << 16
    rows = [
        (device, n, stamp + n, row_ids[n % 1500], f'"{NOTE} {n}"', COMMUNE_A, COMMUNE_A)
        for n in range(first, first + count)
    ]
    with db.transaction():
        db.conn.executemany(
            "INSERT INTO change_log (device_id, counter, hlc, wall_time, table_name, row_id, "
            "field, old_value, new_value, user_name, office_code, owner_code) VALUES "
            "(?, ?, ?, '2020-11-25T10:00:00', 'indicator_values', ?, 'note', NULL, ?, "
            "'Cán bộ xã', ?, ?)",
            rows,
        )


def _export_peak(net: Net, first: int, ops: int) -> int:
    _log_ops(net.province, first, ops)
    tracemalloc.start()
    try:
        [part] = writer.export(net.province, net.tmp / f"full-{first}", full=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    with zipfile.ZipFile(part.path) as archive:
        lines = sum(
            archive.read(name).count(b"\n") for name in archive.namelist() if "ops/" in name
        )
    assert part.ops >= ops and lines == part.ops
    return peak


def test_memory_of_a_full_export_does_not_grow_with_the_change_log(net, tmp_path):
    small = _export_peak(net, 1, 5_000)
    large = _export_peak(net, 5_001, 20_000)  # 25,000 ops in the log now
    # Held whole (every op a dict, as before streaming), 25,000 ops took over 40 MB.
    assert large < 1.25 * small and large < 16 * 1024 * 1024, (small, large)


def test_a_streamed_export_imports_whole_and_refuses_a_flipped_byte(net):
    commune = net.replica("viet-lap", COMMUNE_A)
    for year in (2016, 2017, 2018):
        for indicator in ("2.1", "2.2", "3.1"):
            assessments.set_indicator(commune, COMMUNE_A, year, indicator, met="yes")
    parts = net.export(commune, part_limit=200_000)
    for part in parts:
        assert reader.verify(net.province, part)["part"][1] == len(parts)
    held = dump(net.province)
    tampered = parts[0].with_name("tampered.vnsb")
    data = bytearray(parts[0].read_bytes())
    data[data.index(b'"field":') + 9] ^= 0x01
    tampered.write_bytes(bytes(data))
    with pytest.raises(reader.BundleRefused):
        reader.verify(net.province, tampered)
    before = file_digest(net.province.path)
    assert imp(net.province, tampered).status == "refused"
    assert file_digest(net.province.path) == before and dump(net.province) == held
    assert [imp(net.province, part).status for part in parts] == ["applied"] * len(parts)
    assert dump(net.province) == dump(commune)


def test_a_part_that_does_not_read_back_as_written_is_refused_and_left_nowhere(net, monkeypatch):
    commune = net.replica("viet-lap", COMMUNE_A)
    for year in (2016, 2017, 2018):
        assessments.set_indicator(commune, COMMUNE_A, year, "2.1", met="yes")
    out = net.tmp / "usb"
    out.mkdir()
    known_vector = rows.known_vector

    def faulty_stick(db: Database) -> dict[str, int]:
        # The stick garbles a byte of the bundle being written, as a failing USB stick does.
        [temp] = out.iterdir()
        data = bytearray(temp.read_bytes())
        data[data.index(b'"field":') + 9] ^= 0x01
        temp.write_bytes(bytes(data))
        return known_vector(db)

    monkeypatch.setattr(rows, "known_vector", faulty_stick)
    with pytest.raises(Refused, match=r"Đọc lại .* không khớp với nội dung đã ghi"):
        writer.export(commune, out)
    assert list(out.iterdir()) == []
