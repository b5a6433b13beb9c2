"""Consistent copies of the live data file (SQLite backup API, checked, then renamed in place)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ntm_desktop.errors import DataFileError
from ntm_desktop.files import atomic_output


def backup_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database `source` to `target`, integrity-checked and fsynced."""
    with atomic_output(target) as temp:
        copy = sqlite3.connect(temp)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            copy.close()
        if result != "ok":
            raise DataFileError(
                f"Bản sao lưu không vượt qua kiểm tra toàn vẹn ({result}); tệp dữ liệu gốc vẫn "
                "nguyên vẹn. Hãy chạy kiểm tra tệp dữ liệu."
            )
    return target
