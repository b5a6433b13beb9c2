"""Whether the first-start wizard is due. The wizard itself (`first_start_wizard`, with what its
choices change in the data file) is imported only when it is shown: a laptop sees it once."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ntm_desktop.storage import Database

SKIPPED_KEY = "first_start/skipped"
# The wizard's result when left for the demonstration file (Accepted is 1, Rejected 0).
OPEN_DEMO = 2


def is_needed(db: Database) -> bool:
    """Shown while the data file names no office or no user, unless skipped on this machine."""
    # The stored name, not the actor's (which falls back to the login name).
    if db.actor.office_code and db.get_meta("user_name"):
        return False
    return not QSettings().value(SKIPPED_KEY, False, type=bool)
