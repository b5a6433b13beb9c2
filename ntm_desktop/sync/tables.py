"""The registry of every table that travels between offices, loaded: look tables up here.

The declarations are in `domain_tables` (one entry per feature table); `table_spec` says what an
entry holds. They are loaded at the first look-up: declaring them imports every feature module
(about 250 ms), which opening a data file and painting the window do not need (`scope`, the
write guard every open installs, imports this module).
"""

from __future__ import annotations

from ntm_desktop.sync import table_spec
from ntm_desktop.sync.table_spec import ALL_FIELDS, ROLES, SyncTable, unit_column, via

__all__ = [
    "ALL_FIELDS",
    "ROLES",
    "SyncTable",
    "all_tables",
    "get",
    "register",
    "unit_column",
    "unregister",
    "via",
]


def _loaded() -> None:
    # Imported on first use, for the cost said above; it registers the feature tables.
    from ntm_desktop.sync import domain_tables  # noqa: F401


def get(name: str) -> SyncTable | None:
    _loaded()
    return table_spec.registered(name)


def all_tables() -> list[SyncTable]:
    _loaded()
    return table_spec.registered_tables()


def register(table: SyncTable) -> SyncTable:
    _loaded()
    return table_spec.register(table)


def unregister(name: str) -> None:
    _loaded()
    table_spec.unregister(name)
