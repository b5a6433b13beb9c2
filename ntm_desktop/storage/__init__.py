"""Everything that talks SQL. The rest of the core calls these functions, never SQLite itself."""

from ntm_desktop.storage.database import Actor, Database

__all__ = ["Actor", "Database"]
