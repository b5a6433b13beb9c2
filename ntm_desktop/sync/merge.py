"""Merging ops: the heads rule, displayed values and conflicts.

For each (row, field) the heads are the ops that no other op names as a base and that no later
op of the same device replaces. The displayed value is the head with the highest
(hlc, device, counter); more than one head is a conflict, kept until an op whose bases cover
every head arrives. Both depend only on the set of ops held, never on the order they came in,
so every replica that holds the same ops shows the same values and the same conflicts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync import tables
from ntm_desktop.sync.reader import BundleRefused


@dataclass
class Applied:
    new: int = 0
    duplicate: int = 0
    conflicts: list[str] = field(default_factory=list)
    pending: list[tuple[str, str]] = field(default_factory=list)
    # What the rows written made out of date and was stored again, once each (AfterChange).
    refreshed: list[Hashable] = field(default_factory=list)


class Stale:
    """What the rows written so far feed and must be stored again (a unit-year's score),
    each once however many of its rows changed: see SyncTable.after_change."""

    def __init__(self) -> None:
        self.keys: dict[tuple[Callable[[Any, Hashable], None], Hashable], None] = {}

    def add(self, db: Database, spec: tables.SyncTable, row: dict[str, Any]) -> None:
        if spec.after_change is not None:
            self.keys[(spec.after_change.refresh, spec.after_change.stale(db, row))] = None

    def refresh(self, db: Database) -> list[Hashable]:
        """Store every stale thing again; returns their keys."""
        for refresh, key in self.keys:
            refresh(db, key)
        return [key for _, key in self.keys]


def conflict_id(table: str, row_id: str, field_name: str) -> str:
    return hashlib.sha256(f"{table}\0{row_id}\0{field_name}".encode()).hexdigest()[:10]


def apply(db: Database, ops: list[dict[str, Any]]) -> Applied:
    """Insert ops (ignoring those already held) and bring the touched rows up to date.

    Must run inside the caller's transaction.
    """
    result = Applied()
    records = [
        (
            *op["op"],
            op["hlc"],
            op["wall"],
            op["table"],
            op["row"],
            op["field"],
            op["old"],
            op["value"],
            *(op["base"] or (None, None)),
            op["user"],
            op["office"],
            op["owner"],
        )
        for op in ops
    ]
    _refuse_reused_ids(db, records)
    result.new = rows.insert_ops(db, records)
    result.duplicate = len(ops) - result.new
    rows.insert_bases(
        db,
        (
            (*op["op"], op["table"], op["row"], op["field"], *base)
            for op in ops
            for base in op["bases"]
        ),
    )
    touched = dict.fromkeys((op["table"], op["row"]) for op in ops)
    touched.update(dict.fromkeys(rows.pending_rows(db)))
    stale = Stale()
    result.pending = refresh_rows(db, touched, stale)
    result.refreshed = stale.refresh(db)
    # Every touched row was refreshed, which recorded each of its fields' conflict or none.
    fields = {(op["table"], op["row"], op["field"]) for op in ops}
    result.conflicts = sorted(found[0] for found in rows.conflict_fields(db) if found[1:] in fields)
    return result


def disagree(current: list[tuple[Any, ...]]) -> bool:
    """Several heads are a conflict only when their values differ: two laptops that wrote the
    same value (both creating the same checklist row, say) agree, and nobody need choose."""
    return len({head[3] for head in current}) > 1


def refresh_rows(
    db: Database, keys: Iterable[tuple[str, str]], stale: Stale
) -> list[tuple[str, str]]:
    """Rebuild rows from their ops until no more can be built; return those still waiting."""
    waiting = list(keys)
    while True:
        still = [key for key in waiting if not refresh_row(db, *key, stale)]
        if len(still) == len(waiting):
            break
        waiting = still
    for key in set(waiting):
        rows.set_pending(db, *key, True)
    return sorted(set(waiting))


def refresh_row(db: Database, table: str, row_id: str, stale: Stale) -> bool:
    """Show every field's winning value and record its conflict, and add what the row feeds
    to `stale`; False if the row cannot be created yet (its creating ops or its parent row
    have not arrived)."""
    spec = tables.get(table)
    if spec is None:
        return True
    heads = rows.row_heads(db, table, row_id)
    winners = {field_name: _value(current[0]) for field_name, current in heads.items()}
    rows.set_conflicts(
        db,
        table,
        row_id,
        [
            (conflict_id(table, row_id, field_name), field_name, heads_json(current))
            for field_name, current in heads.items()
            if disagree(current)
        ],
    )
    existing = rows.read_row(db, table, spec.key, row_id)
    if existing is None:
        values: dict[str, Any] = {spec.key: row_id, **winners}
        columns = rows.table_columns(db, table)
        if "owner_code" in columns and "owner_code" not in values:
            values["owner_code"] = rows.row_owner_in_log(db, table, row_id)
        values.update({name: derive(values) for name, derive in spec.derived.items()})
        if not rows.try_insert_row(db, table, values):
            return False
        merged = values
    else:
        merged = {**existing, **winners}
        merged.update({name: derive(merged) for name, derive in spec.derived.items()})
        changed = {name: value for name, value in merged.items() if existing[name] != value}
        if not rows.try_update_row(db, table, spec.key, row_id, changed):
            return False
    stale.add(db, spec, merged)
    rows.set_pending(db, table, row_id, False)
    return True


def logged_values(db: Database, table: str, row_id: str) -> dict[str, Any]:
    """The displayed value of each field with ops held, whether or not the row could be built
    yet (its creating ops or its parent row may still be on their way)."""
    return {
        field_name: _value(current[0])
        for field_name, current in rows.row_heads(db, table, row_id).items()
    }


def _value(head: tuple[Any, ...]) -> Any:
    return None if head[3] is None else json.loads(head[3])


def heads_json(current: list[tuple[Any, ...]]) -> str:
    return json.dumps(
        [
            {
                "op": [device, counter],
                "hlc": stamp,
                "value": None if value is None else json.loads(value),
                "user": user,
                "office": office,
                "wall": wall,
            }
            for device, counter, stamp, value, user, office, wall in current
        ],
        ensure_ascii=False,
        sort_keys=True,
    )


def _refuse_reused_ids(db: Database, records: list[tuple[Any, ...]]) -> None:
    """An op id already held must mean the same op. Two different edits under one id come from
    a data file copied back over a newer one (with its sync folder): taking either silently
    would leave the offices with different values and no conflict to show.

    Only the ids already held (or met earlier in the same batch) are compared: a new bundle's
    ops are looked up once, by the ranges of counters it brings, not one by one."""
    held = rows.held_ops(db, [record[:2] for record in records])
    for record in records:
        op_id, content = record[:2], (record[4], record[5], record[6], record[8], record[2])
        clash = held.setdefault(op_id, content)
        if clash != content:
            raise BundleRefused(
                f"Máy {record[0]} đã gửi thay đổi số {record[1]} với nội dung khác "
                f"(trước: {clash[0]}.{clash[2]} của {clash[1]}; nay: {record[4]}.{record[6]} "
                f"của {record[5]}). Tệp dữ liệu ở đơn vị gửi có lẽ đã bị chép đè bằng một bản "
                "cũ hơn cùng cả thư mục dữ liệu. Gói không được nhập; đơn vị gửi hãy báo cán bộ "
                "tin học của tỉnh để đối chiếu hai bản trước khi gửi tiếp."
            )
