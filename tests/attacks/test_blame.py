"""Promise 9: blame the right thing.

A failure of this machine (a data file another program holds, a data folder that cannot be
written) leaves the bundle where it was and says so; only a bad bundle goes to quarantine, which
keeps one copy per distinct file and stays within its size limit. Temporary files left by a
killed import, restore, backup or evidence copy are gone after the next open.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ntm_desktop.checklist import assessments
from ntm_desktop.cli import main
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.sync import importer
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    add_evidence,
    imp,
    network,
)


def _quarantine(net) -> list[Path]:
    folder = net.province.path.parent / "sync" / "quarantine"
    return sorted(folder.iterdir()) if folder.exists() else []


def _bundle(net, commune, value: str) -> Path:
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value=value)
    [bundle] = net.export(commune)
    return bundle


def _damaged(bundle: Path) -> Path:
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = bundle.with_name(f"hong-{bundle.name}")
    bad.write_bytes(bytes(data))
    return bad


def test_a_locked_data_file_is_this_machines_fault_not_the_bundles(net, capsys):
    commune = net.replica("xa", COMMUNE_A)
    bundle = _bundle(net, commune, "70")
    sent = bundle.read_bytes()
    net.province.conn.execute("PRAGMA busy_timeout = 50")
    holder = sqlite3.connect(net.province.path)  # another program writing to the data file
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = file_digest(net.province.path)
        summary = imp(net.province, bundle)
        assert main(["--db", str(net.province.path), "bundle", "import", str(bundle)]) == 1
    finally:
        holder.rollback()
        holder.close()

    assert summary.status == "failed" and "chương trình khác giữ" in summary.reason
    assert "không phải ở gói" in "\n".join(summary.lines())
    assert "chưa nhập được do lỗi ở máy này" in capsys.readouterr().err
    assert file_digest(net.province.path) == before
    assert bundle.read_bytes() == sent and _quarantine(net) == []
    assert imp(net.province, bundle).status == "applied"


def test_a_data_folder_that_cannot_take_evidence_quarantines_nothing(net):
    commune = net.replica("xa", COMMUNE_A)
    add_evidence(commune, COMMUNE_A, b"\xff\xd8 a photo of the road")
    [bundle] = net.export(commune)
    blocker = net.province.path.parent / "evidence"
    blocker.write_text("not a folder")  # where the province's evidence folder must go

    summary = imp(net.province, bundle)

    assert summary.status == "failed" and "minh chứng" in summary.reason
    assert _quarantine(net) == []
    blocker.unlink()
    assert imp(net.province, bundle).status == "applied"


def test_quarantine_keeps_one_copy_per_file_within_its_limit(net, monkeypatch):
    commune = net.replica("xa", COMMUNE_A)
    bad = _damaged(_bundle(net, commune, "70"))
    for _ in range(3):
        assert imp(net.province, bad).status == "refused"
    [kept, reason] = _quarantine(net)
    assert kept.read_bytes() == bad.read_bytes() and reason.name.endswith(".ly-do.txt")

    limit = 2 * bad.stat().st_size + 1024
    monkeypatch.setattr(importer, "QUARANTINE_LIMIT", limit)
    others = [_damaged(_bundle(net, commune, value)) for value in ("71", "72", "73")]
    for other in others:
        assert imp(net.province, other).status == "refused"
    held = [path for path in _quarantine(net) if not path.name.endswith(".ly-do.txt")]
    assert sum(path.stat().st_size for path in held) <= limit
    assert any(path.read_bytes() == others[-1].read_bytes() for path in held)
    assert len(_quarantine(net)) == 2 * len(held)


def test_leftovers_of_killed_work_are_gone_at_the_next_open(db_path):
    folder = db_path.parent
    dead = 999_999_999  # no process has this id
    leftovers = [
        folder / "sync" / "inbox" / f".ntm-07354-20260105-1430.vnsb.{dead}.tmp",  # import
        folder / f".restore-{dead}.tmp",  # restore
        folder / "backups" / f".snapshot-{dead}.tmp",  # backup
        folder / "evidence" / "ab" / f".{'ab' * 32}.{dead}.tmp",  # evidence copy
        folder / "evidence" / ".parts" / ("cd" * 32) / f".001_002.{dead}.tmp",  # big file
        folder / "sync" / f".da-gui.json.{dead}.tmp",
    ]
    kept = [
        folder / "sync" / "inbox" / f".dang-chep.vnsb.{os.getpid()}.tmp",  # this process's
        folder / "ghi-chu.tmp",  # not ours
    ]
    for path in leftovers + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half written")

    open_data_file(db_path).close()

    assert [path for path in leftovers if path.exists()] == []
    assert all(path.exists() for path in kept)
