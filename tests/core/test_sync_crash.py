"""Killing the importer at any point leaves the data file exactly before or after the import."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units
from tests.core.sync_net import COMMUNE_A, add_evidence, dump, imp, network  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from ntm_desktop.session.data_file import open_data_file
    from ntm_desktop.sync import evidence, importer, merge, tables
    from ntm_desktop.storage import sync as rows
    from tests.core.sync_net import EVIDENCE

    tables.register(EVIDENCE)
    module_name, function_name = sys.argv[3].split(":")
    module = {"evidence": evidence, "merge": merge, "rows": rows}[module_name]
    original = getattr(module, function_name)

    def killer(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(module, function_name, killer)
    db = open_data_file(sys.argv[1])
    importer.import_file(db, Path(sys.argv[2]))
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
@pytest.mark.parametrize(
    "point",
    [
        "evidence:fsync_file",  # a blob written to its temporary name
        "merge:refresh_row",  # ops inserted, rows half updated
        "rows:record_import",  # everything done but the commit
    ],
)
def test_killing_the_importer_leaves_the_state_before_and_reimport_succeeds(net, point):
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Sau Sự Cố")
    digest = add_evidence(a1, COMMUNE_A, b"bien ban " * 500, "biên bản")
    [bundle] = net.export(a1)
    before = dump(net.province)
    net.province.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(net.province.path), str(bundle), point],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    with open_data_file(net.province.path) as reopened:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert dump(reopened) == before
        final = reopened.path.parent / "evidence" / digest[:2] / digest
        # Evidence files are written before the transaction: whole under their name or absent.
        assert not final.exists() or final.read_bytes() == b"bien ban " * 500
        assert final.exists() == (point != "evidence:fsync_file")
        assert imp(reopened, bundle).status == "applied"
        assert dump(reopened) == dump(a1)
        assert final.read_bytes() == b"bien ban " * 500
