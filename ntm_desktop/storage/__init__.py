"""Everything that talks SQL. The rest of the core calls these functions, never SQLite itself.
Each table is read as named rows whose fields are its one column list (`table.Table`).

May use: common only. What storage must not know (an office's write scope, backups before a
migration) reaches it as hooks the session installs on the `Database`.
"""

from ntm_desktop.storage.database import Actor, Database, Integrity

__all__ = ["Actor", "Database", "Integrity"]
