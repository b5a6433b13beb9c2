"""An importer that dies at any point leaves the data file exactly as before the import.

The child crashes at a named point (tests/crash.py), so the test runs on Windows too.
"""

from __future__ import annotations

import textwrap

import pytest

from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units
from tests import crash
from tests.core.sync_net import COMMUNE_A, add_evidence, dump, imp, network  # noqa: F401

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ntm_desktop.session.data_file import open_data_file
    from ntm_desktop.sync import importer, tables
    from tests.core.sync_net import EVIDENCE

    tables.register(EVIDENCE)
    db = open_data_file(sys.argv[1])
    importer.import_file(db, Path(sys.argv[2]))
    """
)


@pytest.mark.parametrize(
    "point",
    [
        "ntm_desktop.sync.evidence:fsync_file",  # a blob written to its temporary name
        "ntm_desktop.sync.merge:refresh_row",  # ops inserted, rows half updated
        "ntm_desktop.storage.sync:record_import",  # everything done but the commit
    ],
)
def test_killing_the_importer_leaves_the_state_before_and_reimport_succeeds(net, point):
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Sau Sự Cố")
    digest = add_evidence(a1, COMMUNE_A, b"bien ban " * 500, "biên bản")
    [bundle] = net.export(a1)
    before = dump(net.province)
    net.province.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    child = crash.run(CHILD, str(net.province.path), str(bundle), crash_at=point)
    assert child.returncode == crash.CRASHED, child.stderr
    with open_data_file(net.province.path) as reopened:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert dump(reopened) == before
        final = reopened.path.parent / "evidence" / digest[:2] / digest
        # Evidence files are written before the transaction: whole under their name or absent.
        assert not final.exists() or final.read_bytes() == b"bien ban " * 500
        assert final.exists() == (not point.endswith(":fsync_file"))
        assert imp(reopened, bundle).status == "applied"
        assert dump(reopened) == dump(a1)
        assert final.read_bytes() == b"bien ban " * 500
