"""Whether the first-start wizard is due, and what its choices change in the data file. The
wizard itself (`first_start_wizard`) is imported only when it is shown: a laptop sees it once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from ntm_desktop.storage import Database

if TYPE_CHECKING:
    from ui.dialogs.first_start_wizard import FirstStartChoice

SKIPPED_KEY = "first_start/skipped"
# The wizard's result when left for the demonstration file (Accepted is 1, Rejected 0).
OPEN_DEMO = 2


def is_needed(db: Database) -> bool:
    """Shown while the data file names no office or no user, unless skipped on this machine."""
    # The stored name, not the actor's (which falls back to the login name).
    if db.actor.office_code and db.get_meta("user_name"):
        return False
    return not QSettings().value(SKIPPED_KEY, False, type=bool)


def apply(db: Database, choice: FirstStartChoice) -> None:
    """Record the choices in the data file (the data folder is the caller's: it reopens).

    A certificate, already verified by its page, is installed, and it names the office.
    """
    with db.transaction():
        db.set_user(choice.user_name)
        if choice.certificate is not None:
            from ntm_desktop.sync import identity  # its cryptography is not needed to start

            identity.install(db, choice.certificate)
        else:
            db.set_office(choice.office_code)
