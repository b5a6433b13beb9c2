"""Conflicts: fields whose heads hold different values. Listing them, and resolving one by a new
op whose bases cover every head, so the resolution travels and clears the conflict everywhere."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ntm_desktop.errors import InvalidInput, NotFound
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.sync import merge, scope, tables


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    field: str
    heads: list[dict[str, Any]]


def list_conflicts(db: Database) -> list[Conflict]:
    """Open conflicts, heads read live (a local edit since the last import may have changed
    them), the displayed value first."""
    found = []
    for conflict_id, table, row_id, field, _ in rows.conflicts(db):
        current = rows.heads(db, table, row_id, field)
        if merge.disagree(current):
            found.append(
                Conflict(conflict_id, table, row_id, field, json.loads(merge.heads_json(current)))
            )
    return found


def describe(db: Database, conflict: Conflict) -> str:
    """The conflicted record as a person names it: "Xã Việt Lập · năm 2020 · chỉ tiêu 2.1"."""
    spec = tables.get(conflict.table)
    row = rows.read_row(db, conflict.table, spec.key, conflict.row_id) if spec else None
    if row is None:
        return conflict.row_id
    code = (
        row.get("unit_code")
        or row.get("village_code")
        or (conflict.row_id if conflict.table == "units" else None)
    )
    unit = unit_rows.get(db, str(code)) if code else None
    parts = [f"{unit[1]} ({unit[0]})"] if unit else []
    if row.get("year") is not None:
        parts.append(f"năm {row['year']}")
    if row.get("indicator_code"):
        parts.append(f"chỉ tiêu {row['indicator_code']}")
    for name_field in ("work", "title", "name", "file_name"):
        if conflict.table != "units" and row.get(name_field):
            parts.append(str(row[name_field]))
            break
    return " · ".join(parts) or conflict.row_id


def resolve(db: Database, conflict_id: str, text: str) -> Conflict:
    """Choose the value of a conflicted field; the other values stay in the history."""
    stored = rows.conflict(db, conflict_id)
    current = [] if stored is None else rows.heads(db, *stored[1:4])
    if stored is None or len(current) < 2:
        raise NotFound(
            f"Không có xung đột mã {conflict_id} đang mở; xem danh sách bằng 'ntm conflicts'."
        )
    _, table, row_id, field, _ = stored
    spec = tables.get(table)
    if spec is None:
        raise NotFound(f"Bảng {table} không còn được đồng bộ.")
    values = [json.loads(head[3]) if head[3] is not None else None for head in current]
    value = _parse(text, values)
    owner = rows.row_owner_in_log(db, table, row_id) or ""
    scope.check_write(db, table, owner, [field])
    with db.transaction():
        row = rows.read_row(db, table, spec.key, row_id)
        old = None if row is None else row.get(field)
        device, counter = changes.log_change(db, table, row_id, field, old, value, owner)
        rows.insert_bases(
            db,
            [(device, counter, table, row_id, field, head[0], head[1]) for head in current[1:]],
        )
        merge.refresh_row(db, table, row_id)
    return Conflict(conflict_id, table, row_id, field, json.loads(merge.heads_json(current)))


def _parse(text: str, values: list[Any]) -> Any:
    """A text field takes the text as typed; a number or yes/no field takes a JSON value."""
    if any(isinstance(value, str) for value in values):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"Giá trị '{text}' không hợp lệ cho trường này: cần một số (ví dụ 12 hoặc 3.5)."
        ) from exc
