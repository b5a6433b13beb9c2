"""The registry of tables that travel between offices, and which office role writes what.

Adding a table to sync is one `register(SyncTable(...))` entry: its key column, the fields
that travel (every field logged by `insert_tracked`/`update_tracked`), the columns derived from
them on arrival, which roles may write which fields, and any field holding an evidence hash.
For example a commune's assessment reviewed by its district:

    register(SyncTable(name="assessments", key="id", fields=frozenset({...}),
                       writers={"commune": ALL_FIELDS,
                                "district": frozenset({"review_status", "review_note"})},
                       below=frozenset({"district"})))
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from ntm_desktop.text import fold

ROLES = ("commune", "district", "province")
ALL_FIELDS = "*"

Derivation = Callable[[Mapping[str, Any]], Any]
# Called with a row's values after an import changed it, to refresh what is stored from it.
AfterChange = Callable[[Any, Mapping[str, Any]], None]


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


def _load_domain_tables() -> None:
    """The feature areas' tables are registered in one module, imported on first use: the
    areas import the change log, which imports this registry, so it cannot import them first."""
    from ntm_desktop.sync import domain_tables  # noqa: F401


def get(name: str) -> SyncTable | None:
    _load_domain_tables()
    return _REGISTRY.get(name)


def all_tables() -> list[SyncTable]:
    _load_domain_tables()
    return [_REGISTRY[name] for name in sorted(_REGISTRY)]


# The unit tree is the province's; a commune writes only the villages it owns (owner_code).
register(
    SyncTable(
        name="units",
        key="code",
        fields=frozenset(
            {"name", "kind", "level", "parent_code", "valid_from", "valid_to", "owner_code"}
        ),
        writers={"province": ALL_FIELDS, "commune": ALL_FIELDS},
        derived={"name_folded": lambda row: fold(str(row.get("name") or ""))},
    )
)
register(
    SyncTable(
        name="unit_links",
        key="id",
        fields=frozenset(
            {
                "successor",
                "predecessor",
                "predecessor_name",
                "predecessor_dataset",
                "kind",
                "date",
                "owner_code",
            }
        ),
        writers={"province": ALL_FIELDS},
    )
)
