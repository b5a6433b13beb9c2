"""The registry of every table that travels between offices, loaded: look tables up here.

The declarations are in `domain_tables` (one entry per feature table); `table_spec` says what an
entry holds.
"""

from __future__ import annotations

from ntm_desktop.sync import domain_tables  # noqa: F401 (registers the feature tables)
from ntm_desktop.sync.table_spec import (
    ALL_FIELDS,
    ROLES,
    SyncTable,
    register,
    registered,
    registered_tables,
    unit_column,
    unregister,
    via,
)

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

get = registered
all_tables = registered_tables
