"""What a table that travels between offices declares (SyncTable), and the registry of them.

Adding a table to sync is one `register(SyncTable(...))` entry: its key column, the fields
that travel (every field logged by `insert_tracked`/`update_tracked`), the columns derived from
them on arrival, which roles may write which fields, and any field holding an evidence hash.
For example a commune's assessment reviewed by its district:

    register(SyncTable(name="assessments", key="id", fields=frozenset({...}),
                       writers={"commune": ALL_FIELDS,
                                "district": frozenset({"review_status", "review_note"})},
                       below=frozenset({"district"}), subject=unit_column("unit_code")))

`subject` says how to find the unit a row is about; the importer refuses an op whose owner is
neither that unit nor above it in the unit tree (sync/subjects.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

ROLES = ("commune", "district", "province")
ALL_FIELDS = "*"

Derivation = Callable[[Mapping[str, Any]], Any]
# The values of a synced row given its table and key; None if nothing of it has arrived.
RowLookup = Callable[[str, str], Mapping[str, Any] | None]
# The code of the unit a row is about, from the row's values; None if they do not tell (yet).
Subject = Callable[[Mapping[str, Any], RowLookup], str | None]
# Why a row with these values may not have this owner (None: it may); called with the database.
OwnerRule = Callable[[Any, Mapping[str, Any], str], str | None]
# The office that owns every row about the unit with this code (called with the database).
UnitOwner = Callable[[Any, str], str]
# The key a row with these values must have (rows keyed by what they are: one indicator value
# per unit, year, set and indicator); None while the values that make it have not all arrived.
Identity = Callable[[Mapping[str, Any]], str | None]
ValueCheck = Callable[[Any], str | None]
# Why a row with these values cannot be stored (None: it can), for a rule that needs more than
# one field (an indicator's value depends on the indicator); called with the database.
RowCheck = Callable[[Any, Mapping[str, Any]], str | None]
# The roles that may give a field this value in a row owned by `owner` (called with the
# database, the owner and the value); None: whoever the table's writers allow.
ValueWriters = Callable[[Any, str, Any], Collection[str] | None]


@dataclass(frozen=True)
class AfterChange:
    """What is stored from a table's rows elsewhere, refreshed after an import changes them.

    An import changes many rows that feed one stored thing (a unit-year's 49 indicator values
    feed its criterion results and score): `stale` names what a changed row's values make out
    of date, and `refresh` (called with the database and that key) stores it again, once per
    distinct key after every row of the import is written. Keys of different tables that name
    the same thing share one refresh when their `refresh` is the same function.
    """

    stale: Callable[[Any, Mapping[str, Any]], Hashable]
    refresh: Callable[[Any, Hashable], None]


def unit_column(column: str) -> Subject:
    """Rows about the unit whose code `column` holds."""

    def subject(row: Mapping[str, Any], lookup: RowLookup) -> str | None:
        value = row.get(column)
        return None if value is None else str(value)

    return subject


def via(column: str, table: str) -> Subject:
    """Rows about the same unit as the `table` row whose key `column` holds (an evidence file
    is about the unit of the indicator value it is attached to)."""

    def subject(row: Mapping[str, Any], lookup: RowLookup) -> str | None:
        key = row.get(column)
        found = None if key is None else lookup(table, str(key))
        if found is None:
            return None
        spec = registered(table)
        assert spec is not None and spec.subject is not None, f"{table} names no unit"
        return spec.subject(found, lookup)

    return subject


@dataclass(frozen=True)
class SyncTable:
    name: str
    key: str
    # The fields that travel; None: every column of the table but the key and derived ones.
    fields: frozenset[str] | None
    # role -> the fields that role may write (ALL_FIELDS for every field) on rows it owns.
    writers: Mapping[str, frozenset[str] | str]
    derived: Mapping[str, Derivation] = field(default_factory=dict)
    blob_fields: frozenset[str] = frozenset()
    # Roles that may also write rows owned by units under them (a district reviewing its
    # communes' assessments); every other role writes only rows whose owner is its own unit.
    below: frozenset[str] = frozenset()
    after_change: AfterChange | None = None
    # A field whose value is the one role that may write the row (a review's `stage`): where a
    # table holds rows of several offices about the same unit, the owner alone cannot tell them
    # apart. The importer checks every op against it; local writers call scope.check_row_role.
    role_field: str | None = None
    # The unit each row is about (see unit_column and via); None for rows that name no unit
    # but their owner. Registrations state it: a row about one office's unit written under
    # another office's name would lock the first office out of its own row.
    subject: Subject | None = None
    # The owner every row about a unit must have, given the unit: rows belong to the data they
    # describe, so an office above (a district writing about its commune) cannot make a row its
    # own and lock the unit's office out, whichever bundle a replica happens to import first.
    # Without it the owner need only be the subject unit or lie above it.
    unit_owner: UnitOwner | None = None
    # What the domain code requires of the owner beyond the subject (a village's owner is its
    # commune, not the district above it); the importer checks every op's owner against it.
    owner_rule: OwnerRule | None = None
    # For rows with a deterministic key: without it, an office could give another office's
    # key to a row about its own unit, and the real office's row would be taken.
    identity: Identity | None = None
    # field -> why a value cannot be stored there (None: it can). A signed bundle is still
    # untrusted data, so the importer refuses a bundle whose value the field's own entry would
    # refuse (a file name with a path in it, say).
    checks: Mapping[str, ValueCheck] = field(default_factory=dict)
    # Checked with the row each op leaves (sync/subjects.py), after the bundle's ops are merged.
    row_check: RowCheck | None = None
    # field -> who may set which of its values: a status some values of which are another
    # office's decision (a village plan is recognised by the district, not by its commune).
    value_writers: Mapping[str, ValueWriters] = field(default_factory=dict)

    def refusal(self, field_name: str, value: Any) -> str | None:
        check = self.checks.get(field_name)
        return None if check is None or value is None else check(value)

    def travels(self, field_name: str, columns: Collection[str]) -> bool:
        """Whether an op may carry this field of the table (whose columns are `columns`)."""
        if field_name == self.key or field_name in self.derived or field_name not in columns:
            return False
        return self.fields is None or field_name in self.fields

    def may_write(self, role: str, field_name: str) -> bool:
        allowed = self.writers.get(role)
        if allowed is None:
            return False
        return allowed == ALL_FIELDS or field_name in allowed

    def may_write_row(self, role: str, row_role: str | None) -> bool:
        """Whether `role` may write a row whose `role_field` holds `row_role` (None: unknown)."""
        return self.role_field is None or row_role == role


_REGISTRY: dict[str, SyncTable] = {}


def register(table: SyncTable) -> SyncTable:
    _REGISTRY[table.name] = table
    return table


def unregister(name: str) -> None:
    _REGISTRY.pop(name, None)


def registered(name: str) -> SyncTable | None:
    """The table as registered so far (the full registry is `tables`, which loads every one)."""
    return _REGISTRY.get(name)


def registered_tables() -> list[SyncTable]:
    return [_REGISTRY[name] for name in sorted(_REGISTRY)]
