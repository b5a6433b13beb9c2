"""Province import of bundles from many communes, then the same bundles again (duplicates).

    python benchmarks/bench_sync.py [--offices 200] [--rows 1] [--edits 50] [--blob-kb 0]

Prints the figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database, changes
from ntm_desktop.sync import identity, importer, tables, writer
from ntm_desktop.units import datasets, units
from tests.core.sync_net import EVIDENCE, add_evidence


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offices", type=int, default=200)
    parser.add_argument("--rows", type=int, default=1, help="new villages per commune")
    parser.add_argument("--edits", type=int, default=50, help="renames per commune")
    parser.add_argument("--blob-kb", type=int, default=0, help="one evidence file per commune")
    args = parser.parse_args()
    tables.register(EVIDENCE)
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        run(work, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _open(template: Path, path: Path) -> Database:
    path.parent.mkdir(parents=True)
    shutil.copyfile(template, path)
    db = open_data_file(path)
    db.conn.execute(
        "CREATE TABLE IF NOT EXISTS test_evidence (id TEXT PRIMARY KEY, sha256 TEXT, "
        "note TEXT, owner_code TEXT NOT NULL)"
    )
    db.set_user("Cán bộ")
    return db


def run(work: Path, args: argparse.Namespace) -> None:
    template = work / "template.db"
    with open_data_file(template, create=True) as db:
        datasets.initialize(db, "bac-giang-2020")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    province = _open(template, work / "tinh" / "ntm.db")
    root = work / "ROOT.key"
    identity.init_root(province, root)
    identity.issue(province, root, "24", "province", work / "tinh.cert")
    identity.install(province, work / "tinh.cert")
    communes = [
        row[0]
        for row in province.conn.execute(
            "SELECT code FROM units WHERE level = 'commune' ORDER BY code"
        )
    ][: args.offices]
    started = time.perf_counter()
    bundles: list[Path] = []
    ops = 0
    for code in communes:
        db = _open(template, work / code / "ntm.db")
        cert = work / f"{code}.cert"
        identity.issue(province, root, code, "commune", cert)
        identity.install(db, cert)
        with db.transaction():  # one commit for the whole batch keeps preparation quick
            villages = [units.add_village(db, code, f"Xóm {n}") for n in range(args.rows)]
            for number in range(args.edits):
                village = villages[number % len(villages)]
                units.rename(db, village.code, f"Thôn Đồng Mới {number}")
        if args.blob_kb:
            add_evidence(db, code, os.urandom(args.blob_kb * 1024), "biên bản")
        ops += len(changes.history(db))
        bundles += [part.path for part in writer.export(db, work / "out" / code)]
        db.close()
    prepared = time.perf_counter() - started
    size = sum(path.stat().st_size for path in bundles)
    print(f"{len(communes)} xã, {ops} thay đổi, {len(bundles)} gói, {size / 1e6:.1f} MB")
    print(f"chuẩn bị (tạo dữ liệu và xuất gói): {prepared:.1f} s")
    for label in ("lần đầu", "lại (trùng)"):
        started = time.perf_counter()
        summaries = importer.import_files(province, bundles)
        elapsed = time.perf_counter() - started
        statuses = {s.status for s in summaries}
        print(
            f"nhập {label}: {elapsed:.2f} s ({len(bundles) / elapsed:.0f} gói/s, "
            f"{ops / elapsed:.0f} thay đổi/s), trạng thái {sorted(statuses)}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bộ nhớ tối đa (RSS): {rss:.0f} MB")
    print(f"tệp dữ liệu tỉnh: {province.path.stat().st_size / 1e6:.1f} MB")
    province.close()


if __name__ == "__main__":
    main()
