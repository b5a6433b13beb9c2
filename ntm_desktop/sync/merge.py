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
from collections.abc import Iterable, Iterator
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
    result.new = rows.insert_ops(db, records)
    result.duplicate = len(ops) - result.new
    if result.duplicate:
        _refuse_reused_ids(db, records)
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
    result.pending = refresh_rows(db, touched)
    fields = {(op["table"], op["row"], op["field"]) for op in ops}
    result.conflicts = sorted(conflict_id(*key) for key in fields if disagree(rows.heads(db, *key)))
    return result


def disagree(current: list[tuple[Any, ...]]) -> bool:
    """Several heads are a conflict only when their values differ: two laptops that wrote the
    same value (both creating the same checklist row, say) agree, and nobody need choose."""
    return len({head[3] for head in current}) > 1


def refresh_rows(db: Database, keys: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rebuild rows from their ops until no more can be built; return those still waiting."""
    waiting = list(keys)
    while True:
        still = [key for key in waiting if not refresh_row(db, *key)]
        if len(still) == len(waiting):
            break
        waiting = still
    for key in set(waiting):
        rows.set_pending(db, *key, True)
    return sorted(set(waiting))


def refresh_row(db: Database, table: str, row_id: str) -> bool:
    """Show every field's winning value and record its conflict; False if the row cannot be
    created yet (its creating ops or its parent row have not arrived)."""
    spec = tables.get(table)
    if spec is None:
        return True
    winners: dict[str, Any] = {}
    for field_name, current in _heads_by_field(db, table, row_id):
        winners[field_name] = _value(current[0])
        rows.set_conflict(
            db,
            conflict_id(table, row_id, field_name),
            table,
            row_id,
            field_name,
            heads_json(current) if disagree(current) else None,
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
    if spec.after_change is not None:
        spec.after_change(db, merged)
    rows.set_pending(db, table, row_id, False)
    return True


def logged_values(db: Database, table: str, row_id: str) -> dict[str, Any]:
    """The displayed value of each field with ops held, whether or not the row could be built
    yet (its creating ops or its parent row may still be on their way)."""
    return {
        field_name: _value(current[0]) for field_name, current in _heads_by_field(db, table, row_id)
    }


def _heads_by_field(
    db: Database, table: str, row_id: str
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    for field_name in rows.fields_with_ops(db, table, row_id):
        yield field_name, rows.heads(db, table, row_id, field_name)


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
    would leave the offices with different values and no conflict to show."""
    for record in records:
        clash = rows.op_clash(db, record)
        if clash is not None:
            raise BundleRefused(
                f"Máy {record[0]} đã gửi thay đổi số {record[1]} với nội dung khác "
                f"(trước: {clash[0]}.{clash[2]} của {clash[1]}; nay: {record[4]}.{record[6]} "
                f"của {record[5]}). Tệp dữ liệu ở đơn vị gửi có lẽ đã bị chép đè bằng một bản "
                "cũ hơn cùng cả thư mục dữ liệu. Gói không được nhập; đơn vị gửi hãy báo cán bộ "
                "tin học của tỉnh để đối chiếu hai bản trước khi gửi tiếp."
            )
