"""Export and import of sync bundles between real data files."""

from __future__ import annotations

import csv
import io
import random
import zipfile

import pytest

from ntm_desktop.checklist import assessments
from ntm_desktop.cli import main
from ntm_desktop.common.errors import OutOfScope
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import changes
from ntm_desktop.sync import evidence
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    COMMUNE_B,
    add_evidence,
    dump,
    imp,
    network,
    two_laptops,
)


def test_a_commune_bundle_reaches_the_province_and_back_to_another_laptop(net):
    a1, a2 = two_laptops(net)
    village = units.add_village(a1, COMMUNE_A, "Đồng Mới")
    [bundle] = net.export(a1)
    with zipfile.ZipFile(bundle) as archive:
        assert {"manifest.json", "manifest.sig", "cert.json", "cert.sig"} <= set(archive.namelist())
    summary = imp(net.province, bundle)
    assert (summary.status, summary.new, summary.duplicate) == ("applied", 5, 0)
    assert units.get(net.province, village.code).name == "Thôn Đồng Mới"
    [back] = net.export(net.province, to=COMMUNE_A)
    assert imp(a2, back).status == "applied"
    assert units.get(a2, village.code).name == "Thôn Đồng Mới"
    assert dump(a1) == dump(a2) == dump(net.province)


def test_importing_twice_changes_nothing_and_says_duplicate(net):
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Đồng Sen Mới")
    [bundle] = net.export(a1)
    assert imp(net.province, bundle).status == "applied"
    before = file_digest(net.province.path)
    for _ in range(3):
        assert imp(net.province, bundle).status == "duplicate"
    assert file_digest(net.province.path) == before


def test_the_same_ops_in_another_file_are_counted_as_duplicates(net):
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Đồng Sen Mới")
    [first] = net.export(a1)
    [full] = net.export(a1, full=True)
    imp(net.province, first)
    state = dump(net.province)
    summary = imp(net.province, full)
    assert (summary.status, summary.new, summary.duplicate) == ("applied", 0, 1)
    assert dump(net.province) == state


def test_export_sends_only_what_the_receiver_has_not_acknowledged(net):
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Một")
    imp(net.province, net.export(a1)[0])
    [ack] = net.export(net.province, to=COMMUNE_A)
    imp(a1, ack)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Hai")
    [second] = net.export(a1)
    with zipfile.ZipFile(second) as archive:
        ops = b"".join(archive.read(n) for n in archive.namelist() if n.startswith("ops/"))
    assert ops.count(b"\n") == 1 and "Thôn Hai".encode() in ops


def test_gap_is_reported_until_the_missing_bundle_arrives(net, capsys):
    a1 = net.replica("a1", COMMUNE_A)
    net.replica("b", COMMUNE_B)  # certified, never reports
    bundles = []
    for number in range(1, 11):
        units.rename(a1, f"{COMMUNE_A}.001", f"Thôn Số {number}")
        bundles += net.export(a1, full=True)
    for index, bundle in enumerate(bundles, start=1):
        if index not in (3, 7):
            summary = imp(net.province, bundle)
    assert summary.gaps == [3, 7]
    assert "  Thiếu gói số 3 từ Xã Việt Lập." in summary.lines()
    board = _board(net.province, capsys)
    assert board[COMMUNE_A]["gaps"] == "gói 3; gói 7"
    assert board[COMMUNE_A]["status"] == "thiếu gói"
    assert board[COMMUNE_B]["status"] == "chưa từng gửi"
    # Every commune of the installed 2020 tree is listed, certified or not (they ended in 2025).
    assert board["07351"]["status"] == "chưa từng gửi"
    assert sum(row["level"] == "commune" for row in board.values()) == 209
    imp(net.province, bundles[2])
    assert imp(net.province, bundles[6]).gaps == []
    assert _board(net.province, capsys)[COMMUNE_A]["status"] == "đầy đủ"


def _board(db, capsys):
    capsys.readouterr()
    assert main(["--db", str(db.path), "bundle", "status"]) == 0
    return {row["office_code"]: row for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}


def test_commune_cannot_edit_outside_its_scope(net):
    a1 = net.replica("a1", COMMUNE_A)
    with pytest.raises(OutOfScope):
        units.rename(a1, COMMUNE_A, "Xã Việt Lập Mới")  # the unit tree is the province's
    with pytest.raises(OutOfScope):
        units.rename(a1, f"{COMMUNE_B}.001", "Thôn Khác")
    with pytest.raises(OutOfScope):
        changes.update_tracked(a1, "unit_links", "x", {"kind": "merge"}, owner=COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Được Sửa")


def test_attachments_split_into_parts_arrive_in_any_order_and_a_missing_part_is_named(net):
    a1 = net.replica("a1", COMMUNE_A)
    rng = random.Random(7)
    files = [rng.randbytes(rng.randint(20_000, 60_000)) for _ in range(12)]
    files.append(rng.randbytes(700_000))  # bigger than a part: travels as chunks
    digests = [add_evidence(a1, COMMUNE_A, data, f"biên bản {n}") for n, data in enumerate(files)]
    add_evidence(a1, COMMUNE_A, files[0], "cùng tệp, bản ghi thứ hai")
    parts = net.export(a1, part_limit=400_000)
    assert len(parts) >= 4
    names = [n for part in parts for n in zipfile.ZipFile(part).namelist()]
    assert sum(n.startswith("blobparts/") for n in names) >= 3
    assert all(part.name.endswith(f"_p{n}.vnsb") for n, part in enumerate(parts, start=1))
    assert all(part.stat().st_size <= 400_000 for part in parts)
    held_back = parts[0]
    for part in reversed(parts[1:]):
        assert imp(net.province, part).status == "applied"
    missing = {d for d in digests if not evidence.path_of(net.province, d).exists()}
    assert missing
    summary = imp(net.province, held_back)
    assert summary.status == "applied" and summary.missing_files == []
    for digest, data in zip(digests, files, strict=True):
        assert evidence.path_of(net.province, digest).read_bytes() == data
    assert dump(net.province) == dump(a1)


def test_ops_arrive_before_their_files_and_the_files_are_reported_missing(net):
    a1 = net.replica("a1", COMMUNE_A)
    digest = add_evidence(a1, COMMUNE_A, b"x" * 1000, "ảnh hiện trường")
    evidence.path_of(a1, digest).unlink()  # the file was lost on the sending laptop
    summary = imp(net.province, net.export(a1)[0])
    assert summary.status == "applied" and summary.missing_files == [digest]
    assert f"  Đang chờ tệp minh chứng {digest}" in summary.lines()


def test_a_change_arriving_before_the_row_it_changes_waits_and_is_not_lost(net):
    a1, a2 = two_laptops(net)
    village = units.add_village(a1, COMMUNE_A, "Đồng Mới")
    [creation] = net.export(a1)
    imp(net.province, creation)
    imp(a1, net.export(net.province, to=COMMUNE_A)[0])  # acknowledges the creation
    units.rename(a1, village.code, "Thôn Đồng Mới Sau")
    [rename] = net.export(a1)
    first = imp(a2, rename)  # the second laptop gets the rename first
    assert first.status == "applied" and first.pending_rows == 1
    assert any("đang chờ gói trước" in line for line in first.lines())
    imp(a2, creation)
    assert units.get(a2, village.code).name == "Thôn Đồng Mới Sau"
    assert dump(a2) == dump(a1)


def test_a_copied_data_file_is_a_new_device_so_no_edit_of_either_is_lost(net):
    import shutil

    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Trước Khi Chép")
    a1.close()
    copy_path = net.tmp / "a1-copy" / "ntm.db"
    copy_path.parent.mkdir()
    shutil.copyfile(a1.path, copy_path)
    original, copy = open_data_file(a1.path), open_data_file(copy_path)
    net.open += [original, copy]
    units.rename(original, f"{COMMUNE_A}.001", "Thôn Bản Gốc")
    assessments.set_indicator(copy, COMMUNE_A, 2020, "2.1", note="Nhập trên bản chép")
    assert original.actor.device_id != copy.actor.device_id
    for db in (copy, original):
        for bundle in net.export(db):
            assert imp(net.province, bundle).status == "applied"
    assert units.get(net.province, f"{COMMUNE_A}.001").name == "Thôn Bản Gốc"
    row = assessments.checklist(net.province, COMMUNE_A, 2020).row("2.1")
    assert row.note == "Nhập trên bản chép"
