"""Tracked writes: every insert or update of a travelling row also appends to `change_log`.

The change log is what history views, undo and sync bundles are derived from, so it is written
in the same transaction as the change itself, never afterwards.
"""

from __future__ import annotations

import json
import math
import re
from collections import namedtuple
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NamedTuple

from ntm_desktop.common import hlc
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.storage import sync as sync_rows
from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
SQLITE_INTEGERS = range(-(2**63), 2**63)


class Change(NamedTuple):
    seq: int
    device_id: str
    counter: int
    hlc: int
    wall_time: str
    table_name: str
    row_id: str
    field: str
    old_value: Any
    new_value: Any
    user_name: str
    office_code: str | None
    owner_code: str


def _identifier(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not an SQL identifier: {name!r}")
    return name


def _encode(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


ChangeRow = namedtuple(
    "ChangeRow",
    "seq device_id counter hlc wall_time table_name row_id field old_value new_value "
    "user_name office_code owner_code",
)
CHANGES = Table("change_log", ChangeRow, convert={"old_value": json.loads, "new_value": json.loads})


def check_storable(table: str, values: Mapping[str, Any]) -> None:
    """Refuse what SQLite cannot hold exactly: an integer past 64 bits would raise deep in the
    driver, and an infinite or NaN float would be stored as a value no later command reads.
    Each entry checks its own ranges first; this is the last guard, whatever the caller."""
    for column, value in values.items():
        too_big = isinstance(value, int) and value not in SQLITE_INTEGERS
        if too_big or (isinstance(value, float) and not math.isfinite(value)):
            raise InvalidInput(
                f"Số nhập cho trường '{column}' (bảng {table}) quá lớn để lưu; hãy kiểm tra lại "
                "số đã nhập. Không có gì thay đổi."
            )


def _next_op(db: Database) -> tuple[int, int]:
    db.claim_device()
    counter = int(db.get_meta("device_counter") or 0) + 1
    stamp = hlc.tick(int(db.get_meta("hlc") or 0))
    db.set_meta("device_counter", str(counter))
    db.set_meta("hlc", str(stamp))
    return counter, stamp


def log_change(
    db: Database, table: str, row_id: str, field: str, old: Any, new: Any, owner: str
) -> tuple[str, int]:
    """Append one op; its base is the op whose value is displayed (the winning head)."""
    counter, stamp = _next_op(db)
    current = sync_rows.heads(db, table, row_id, field)
    base = current[0][:2] if current else None
    actor = db.actor
    db.conn.execute(
        "INSERT INTO change_log (device_id, counter, hlc, wall_time, table_name, row_id, field, "
        "old_value, new_value, base_device, base_counter, user_name, office_code, owner_code) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            actor.device_id,
            counter,
            stamp,
            datetime.now().isoformat(timespec="seconds"),
            table,
            row_id,
            field,
            _encode(old),
            _encode(new),
            base[0] if base else None,
            base[1] if base else None,
            actor.user,
            actor.office_code,
            owner,
        ),
    )
    return actor.device_id, counter


def insert_tracked(
    db: Database,
    table: str,
    values: Mapping[str, Any],
    *,
    owner: str,
    key: str = "id",
    derived: Mapping[str, Any] | None = None,
) -> None:
    """Insert one row and log every non-empty field as a change from nothing; its owner only
    when the row names another than the ops' own: every op carries the owner, and a receiver
    fills the column from it (sync.merge.refresh_row)."""
    table, key = _identifier(table), _identifier(key)
    written = {**values, **(derived or {})}
    columns = [_identifier(column) for column in written]
    check_storable(table, written)
    _guard(db, table, owner, {column: value for column, value in values.items() if column != key})
    with db.transaction():
        db.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            tuple(written.values()),
        )
        row_id = str(values[key])
        for column, value in values.items():
            if column != key and value is not None and (column, value) != ("owner_code", owner):
                log_change(db, table, row_id, column, None, value, owner)


def update_tracked(
    db: Database,
    table: str,
    row_id: str,
    changes: Mapping[str, Any],
    *,
    owner: str,
    key: str = "id",
    derived: Mapping[str, Any] | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Update the given fields of one row; log and return those whose value really changed.

    `derived` columns (such as a folded copy of a name) are written with them but not logged:
    a receiver derives them again from the logged field.
    """
    table, key = _identifier(table), _identifier(key)
    columns = [_identifier(column) for column in changes]
    check_storable(table, {**changes, **(derived or {})})
    _guard(db, table, owner, changes)
    with db.transaction():
        row = db.conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE {key} = ?", (row_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"Không tìm thấy bản ghi {row_id} trong {table}.")
        changed = {
            column: (old, new)
            for column, old, new in zip(columns, row, changes.values(), strict=True)
            if old != new
        }
        if changed:
            written = {column: new for column, (_, new) in changed.items()}
            written.update(
                {_identifier(column): value for column, value in (derived or {}).items()}
            )
            assignments = ", ".join(f"{column} = ?" for column in written)
            db.conn.execute(
                f"UPDATE {table} SET {assignments} WHERE {key} = ?", (*written.values(), row_id)
            )
            for column, (old, new) in changed.items():
                log_change(db, table, row_id, column, old, new, owner)
    return changed


def upsert_tracked(
    db: Database,
    table: str,
    row_id: str,
    identity: Mapping[str, Any],
    fields: Mapping[str, Any],
    *,
    owner: str,
    key: str = "id",
) -> dict[str, tuple[Any, Any]]:
    """Update `fields` of the row if it exists, else create it with its identity columns and
    owner; returns the fields that changed (on creation, every non-empty one)."""
    table, key = _identifier(table), _identifier(key)
    with db.transaction():
        if db.one(f"SELECT 1 FROM {table} WHERE {key} = ?", (row_id,)) is not None:
            return update_tracked(db, table, row_id, fields, owner=owner, key=key) if fields else {}
        insert_tracked(
            db,
            table,
            {key: row_id, **identity, **fields, "owner_code": owner},
            owner=owner,
            key=key,
        )
    return {field: (None, new) for field, new in fields.items() if new is not None}


def history(
    db: Database,
    *,
    table: str | None = None,
    row_prefix: str | None = None,
    owner: str | None = None,
    field: str | None = None,
) -> list[Change]:
    """The change log, oldest first, filtered by table, row-id prefix, owner and field."""
    clauses, params = [], []
    if table is not None:
        clauses.append("table_name = ?")
        params.append(table)
    if row_prefix is not None:
        clauses.append("row_id LIKE ? ESCAPE '\\'")
        escaped = row_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(escaped + "%")
    if owner is not None:
        clauses.append("owner_code = ?")
        params.append(owner)
    if field is not None:
        clauses.append("field = ?")
        params.append(field)
    where = " AND ".join(clauses) or "1"
    return [Change._make(row) for row in CHANGES.where(db, f"{where} ORDER BY seq", params)]


def _guard(db: Database, table: str, owner: str, values: Mapping[str, Any]) -> None:
    if db.write_guard is not None:
        db.write_guard(db, table, owner, values)
