"""Backup, USB backup (with read-back verification) and restore times for a data file with
evidence. Usage: python benchmarks/backup_speed.py [evidence_MB]"""

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ntm_desktop.backups import backup_archive, backups, places
from ntm_desktop.common.files import write_bytes_atomic
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import datasets


def timed(label, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:<42} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data" / "ntm.db"
        db = open_data_file(path, create=True)
        datasets.initialize(db)
        root = places.evidence_root(path)
        for _ in range(megabytes):  # 1 MB photos, incompressible like real JPEGs
            data = os.urandom(1 << 20)
            write_bytes_atomic(
                backup_archive.evidence_path(root, hashlib.sha256(data).hexdigest()), data
            )
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"data file {path.stat().st_size / 1e6:.2f} MB, evidence {megabytes} x 1 MB")
        first = timed(
            "automatic backup (first: fills the store)", lambda: backups.create(db, "thu-cong")
        )
        timed("automatic backup (store already filled)", lambda: backups.create(db, "thu-cong"))
        usb = Path(folder) / "usb"
        usb.mkdir()
        entry = timed("USB backup incl. read-back verification", lambda: backups.backup_to(db, usb))
        timed("restore from the USB backup", lambda: backups.restore(db, entry.path))
        print(
            f"automatic backup size {first.size / 1e6:.2f} MB, USB backup {entry.size / 1e6:.1f} MB"
        )
        db.close()


if __name__ == "__main__":
    main()
