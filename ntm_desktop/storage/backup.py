"""The SQL side of backups: consistent snapshots of the live file and reading snapshots back.

A snapshot is taken through the SQLite backup API (never a file copy of the open database), so it
is consistent even while the file is in use, then integrity-checked and renamed into place.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ntm_desktop.common.errors import DamagedDataFile, DataFileError
from ntm_desktop.common.files import atomic_output
from ntm_desktop.storage.database import new_device_id

# Meta keys copied into a backup's manifest so the restore preview can say whose data it is.
PREVIEW_META = ("office_code", "user_name", "device_id", "dataset", "created_at")


@dataclass(frozen=True)
class SnapshotInfo:
    """What a database snapshot holds, read without changing it."""

    schema_version: int
    integrity: str
    counts: dict[str, int]
    meta: dict[str, str]


def backup_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database `source` to `target`, integrity-checked and fsynced."""
    with atomic_output(target) as temp:
        copy_database(source, temp)
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Snapshot `source` into a new file `target` (rollback journal, checked); raises if bad."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise OSError(*_os_error_args(exc)) from exc
    finally:
        copy.close()
    if result != "ok":
        raise DataFileError(
            f"Bản sao lưu không vượt qua kiểm tra toàn vẹn ({result}); tệp dữ liệu gốc vẫn "
            "nguyên vẹn. Hãy chạy kiểm tra tệp dữ liệu."
        )


def inspect(path: Path) -> SnapshotInfo:
    """Schema version, full integrity check, row counts and preview meta of a snapshot file."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            integrity = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
            return SnapshotInfo(version, integrity, _counts(conn), _meta(conn))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDataFile(
            f"Bản sao lưu {path.name} không đọc được ({exc}). Hãy chọn bản sao lưu khác."
        ) from exc


def live_info(conn: sqlite3.Connection) -> SnapshotInfo:
    """The same figures for the open data file (no integrity check: it is the live file)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return SnapshotInfo(version, "", _counts(conn), _meta(conn))


def give_new_device_id(path: Path) -> str:
    """Make a restored snapshot a new device in the change log (see `backups.restore`)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        office = conn.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()
        new_id = new_device_id(None if office is None else str(office[0]))
        for key, value in (("device_id", new_id), ("device_counter", "0")):
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return new_id


def prepare_for_swap(conn: sqlite3.Connection) -> None:
    """Fold the WAL into the main file and drop it, so the file can be replaced after closing.

    A WAL file left beside a swapped-in database would be replayed onto the wrong file.
    """
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise DataFileError(
            "Tệp dữ liệu đang được chương trình khác dùng nên chưa thay được. Hãy đóng các cửa "
            "sổ NTM Desktop khác rồi thử lại."
        ) from exc
    if str(mode).lower() != "delete":
        raise DataFileError(
            "Tệp dữ liệu đang được chương trình khác dùng nên chưa thay được. Hãy đóng các cửa "
            "sổ NTM Desktop khác rồi thử lại."
        )


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables
    }


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        rows = conn.execute(
            f"SELECT key, value FROM meta WHERE key IN ({','.join('?' * len(PREVIEW_META))})",
            PREVIEW_META,
        ).fetchall()
    except sqlite3.OperationalError:
        return {}
    return {str(key): str(value) for key, value in rows}


def _os_error_args(exc: sqlite3.OperationalError) -> tuple[int, str]:
    """Turn SQLite's write failures into the OSError the file-writing layer words for people."""
    text = str(exc).lower()
    if "full" in text:
        return errno.ENOSPC, str(exc)
    if "readonly" in text or "unable to open" in text:
        return errno.EACCES, str(exc)
    return errno.EIO, str(exc)
