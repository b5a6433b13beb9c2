"""Promise 7: not our file, not our business.

A SQLite file of another program (no NTM mark in its header, none of the NTM foundation tables)
or an empty file at a path someone gave is refused with exit 4 and left byte for byte as it was.
Data files made before the mark still open, and are marked.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from ntm_desktop.cli import main
from ntm_desktop.common.errors import DataFileError
from ntm_desktop.session import data_file
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage.database import APPLICATION_ID


def _sqlite(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _application_id(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()


FOREIGN = {
    "notes-app": ["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes "
                  "(body) VALUES ('sổ tay')"],
    "empty-sqlite": ["PRAGMA user_version = 0", "VACUUM"],
    "has-a-meta-table": ["CREATE TABLE meta (key TEXT, value TEXT)", "PRAGMA user_version = 3"],
    "other-application-id": ["CREATE TABLE meta (key TEXT)", "CREATE TABLE change_log (x)",
                             "PRAGMA application_id = 1234", "PRAGMA user_version = 5"],
    "wal-mode": ["PRAGMA journal_mode = WAL", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"],
}  # fmt: skip


COMMANDS = {
    "units": ["units"],
    "init": ["init"],
    "show": ["checklist", "show", "--unit", "07354", "--year", "2020"],
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(
    tmp_path, capsys, kind, command
):
    path = _sqlite(tmp_path / "khac.sqlite", *FOREIGN[kind])
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())

    code = main(["--db", str(path), *command])

    err = capsys.readouterr().err
    assert code == 4, err
    assert "không phải tệp dữ liệu NTM" in err and "Traceback" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


@pytest.mark.parametrize("command", [["units"], ["init"]])
def test_an_empty_file_at_a_given_path_is_refused_and_stays_empty(tmp_path, capsys, command):
    path = tmp_path / "rong.db"
    path.write_bytes(b"")

    code = main(["--db", str(path), *command])

    err = capsys.readouterr().err
    assert code == 4, err
    assert "rỗng" in err and "Traceback" not in err
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rong.db"]


def test_an_empty_file_at_the_applications_own_place_is_a_new_data_file(tmp_path, monkeypatch):
    """A first start stopped after SQLite made the file and before it wrote a byte."""
    own = tmp_path / "NTMDesktop" / "ntm.db"
    own.parent.mkdir()
    own.write_bytes(b"")
    monkeypatch.setattr(data_file, "default_db_path", lambda: own)
    with open_data_file(own, create=True) as db:
        assert db.get_meta("device_id")
    assert _application_id(own) == APPLICATION_ID


def test_a_new_data_file_carries_the_mark(tmp_path):
    open_data_file(tmp_path / "moi.db", create=True).close()
    assert _application_id(tmp_path / "moi.db") == APPLICATION_ID


def test_a_data_file_from_before_the_mark_opens_and_is_marked(tmp_path, bac_giang_template):
    old = tmp_path / "cu.db"
    shutil.copyfile(bac_giang_template, old)
    _sqlite(old, "PRAGMA application_id = 0")
    assert _application_id(old) == 0

    with open_data_file(old) as db:
        assert db.get_meta("dataset") == "bac-giang-2020"
    assert _application_id(old) == APPLICATION_ID


def test_the_core_refuses_a_foreign_file_with_a_data_file_error(tmp_path):
    path = _sqlite(tmp_path / "khac.db", *FOREIGN["notes-app"])
    with pytest.raises(DataFileError) as caught:
        open_data_file(path)
    assert caught.value.exit_code == 4
