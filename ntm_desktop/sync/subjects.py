"""Whether each imported op's owner agrees with what its row is about.

An op declares the owner of its row, and the sender's certificate decides which owners it may
write (scope.field_refusal). The row's content must agree with that owner: the unit the row is
about (SyncTable.subject) is the owner or lies under it in the unit tree, and the owner is the
one the domain code gives such a row (SyncTable.owner_rule); a row keyed by what it is has the
key its values give (SyncTable.identity). Otherwise an office could write,
under its own name, a row about another office's unit; the false owner would stay with the row
and every later change by the real office would be refused as touching another office's row.
Rules across a row's values (SyncTable.row_check: an indicator's value against its indicator)
are checked here too, with the row each op leaves.

The check runs inside the import transaction, after the bundle's ops are merged: a village
created earlier in the same bundle is in the tree, and a row's values are those it is left with.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.sync import merge, scope, tables
from ntm_desktop.sync.reader import BundleRefused

_IMPORT_EARLIER = "Hãy nhập các gói (hoặc các phần) trước đó rồi nhập lại gói này."


class NotArrived(BundleRefused):
    """Refused for now, not as a forgery: the bundle builds on a row or a unit this data file
    does not hold yet (another part of the same export, or an earlier bundle, not imported)."""


def check(db: Database, ops: list[dict[str, Any]]) -> None:
    """Refuse the whole bundle (BundleRefused, or NotArrived) if one op's owner disagrees with
    its row, or cannot be checked yet."""
    checker = _Checker(db)
    for op in ops:
        checker.check(op)


def place(db: Database, code: str) -> str | None:
    """The unit of this data file's tree that `code` stands at: itself if it is there; for a
    unit not arrived yet, the unit its code extends (villages are numbered <commune>.<NNN> and
    the units table's owner rule holds every village to it); None if neither is known."""
    if unit_rows.get(db, code) is not None:
        return code
    parent = code.rpartition(".")[0]
    if parent and unit_rows.get(db, parent) is not None:
        return parent
    return None


class _Checker:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.rows: dict[tuple[str, str], Mapping[str, Any] | None] = {}
        # (subject, owner) -> whether the subject lies within the owner (None: not known yet).
        self.within: dict[tuple[str, str], bool | None] = {}
        # (table, row, owner) of rows that passed as held: most ops leave their row so (the
        # ops creating a row, the latest edit of a field), and need not be checked again.
        self.passed: set[tuple[str, str, str]] = set()
        # (table, row, owner, field, value JSON) already checked: a field edited back and forth
        # gives its row the same few values, each checked once.
        self.checked: set[tuple[str, str, str, str, str | None]] = set()
        # (table, subject) -> the owner rows of that table about that unit must have.
        self.owners: dict[tuple[str, str], str] = {}

    def values(self, table: str, row_id: str) -> Mapping[str, Any] | None:
        """A row as the data file holds it; one not built yet (its creating ops or its parent
        row still on their way) as far as the ops held tell; None if nothing of it is held."""
        if (table, row_id) not in self.rows:
            spec = tables.get(table)
            assert spec is not None  # the reader refuses ops on tables not registered
            found = rows.read_row(self.db, table, spec.key, row_id)
            if found is None:
                logged = merge.logged_values(self.db, table, row_id)
                found = {spec.key: row_id, **logged} if logged else None
            self.rows[(table, row_id)] = found
        return self.rows[(table, row_id)]

    def check(self, op: dict[str, Any]) -> None:
        table, row_id, owner = op["table"], op["row"], op["owner"]
        spec = tables.get(table)
        if spec is None or (
            spec.subject is None
            and spec.owner_rule is None
            and spec.identity is None
            and spec.row_check is None
        ):
            return
        checked = (table, row_id, owner, op["field"], op["value"])
        if checked in self.checked:
            return
        # The row with this op's own value: an op that is not the displayed one stays a head,
        # which resolving a conflict could still pick.
        value = None if op["value"] is None else json.loads(op["value"])
        held = self.values(table, row_id) or {}
        as_held = op["field"] in held and held[op["field"]] == value
        if as_held and (table, row_id, owner) in self.passed:
            return
        # A row's creating ops carry its owner, not an op of its own (changes.insert_tracked).
        row = {spec.key: row_id, "owner_code": owner, **held, op["field"]: value}
        self._check_row(spec, row_id, row, owner)
        self.checked.add(checked)
        if as_held:
            self.passed.add((table, row_id, owner))

    def _check_row(
        self, spec: tables.SyncTable, row_id: str, row: Mapping[str, Any], owner: str
    ) -> None:
        table = spec.name
        if spec.row_check is not None:
            reason = spec.row_check(self.db, row)
            if reason is not None:
                raise BundleRefused(
                    f"Gói có giá trị không hợp lệ ở bản ghi {row_id} của bảng '{table}': {reason}."
                )
        if spec.identity is not None:
            expected = spec.identity(row)
            if expected is not None and expected != row_id:
                raise BundleRefused(
                    f"Thay đổi không được phép: bản ghi {row_id} của bảng '{table}' mang mã "
                    f"không khớp với nội dung của nó (phải là {expected})."
                )
        if spec.owner_rule is not None:
            reason = spec.owner_rule(self.db, row, owner)
            if reason is not None:
                raise BundleRefused(f"Thay đổi không được phép: {reason}.")
        if spec.subject is None:
            return
        subject = spec.subject(row, self.values)
        if subject is None:
            raise NotArrived(
                f"Chưa có bản ghi {row_id} của bảng '{table}' (hoặc bản ghi mà nó gắn vào) nên "
                f"chưa biết bản ghi về đơn vị nào. {_IMPORT_EARLIER}"
            )
        within = self._within(subject, owner)
        if within is None:
            raise NotArrived(
                f"Bản ghi {row_id} của bảng '{table}' về đơn vị {subject}, đơn vị chưa có trong "
                f"tệp dữ liệu. {_IMPORT_EARLIER}"
            )
        if not within:
            raise BundleRefused(
                f"Thay đổi không được phép: bản ghi {row_id} của bảng '{table}' về đơn vị "
                f"{subject} nhưng ghi đơn vị sở hữu {owner}."
            )
        if spec.unit_owner is not None:
            expected = self._owner_of(spec, subject)
            if expected != owner:
                raise BundleRefused(
                    f"Thay đổi không được phép: bản ghi {row_id} của bảng '{table}' về đơn vị "
                    f"{subject} thuộc đơn vị {expected}, không phải đơn vị {owner}."
                )

    def _owner_of(self, spec: tables.SyncTable, subject: str) -> str:
        key = (spec.name, subject)
        if key not in self.owners:
            placed = place(self.db, subject)
            assert spec.unit_owner is not None
            if placed is None:
                raise NotArrived(
                    f"Bản ghi của bảng '{spec.name}' về đơn vị {subject}, đơn vị chưa có trong "
                    f"tệp dữ liệu. {_IMPORT_EARLIER}"
                )
            self.owners[key] = spec.unit_owner(self.db, placed)
        return self.owners[key]

    def _within(self, subject: str, owner: str) -> bool | None:
        if (subject, owner) not in self.within:
            found = subject if subject == owner else place(self.db, subject)
            self.within[(subject, owner)] = (
                None if found is None else scope.owner_in_scope(self.db, found, {owner})
            )
        return self.within[(subject, owner)]
