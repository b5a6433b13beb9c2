"""The typed failures the core raises.

Each carries a message in Vietnamese meant for the user (what is wrong and what to do), and the
exit code the CLI uses for it. The GUI maps the same classes to dialogs in one place.
"""


class NtmError(Exception):
    """Base of every failure the core reports to a person."""

    exit_code = 1

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []


class InvalidInput(NtmError):
    """Input or data that cannot be accepted; nothing was changed."""

    exit_code = 3


class NotFound(InvalidInput):
    """A unit, catalog or record named by the user does not exist."""


class Refused(NtmError):
    """Refused for integrity or permission; nothing was changed."""

    exit_code = 4


class OutOfScope(Refused):
    """The office of this data file may not change that record."""


class DataFileError(Refused):
    """The data file cannot be used as it is (damaged, too new, locked, unwritable)."""


class DamagedDataFile(DataFileError):
    """The data file (or a backup) fails its header or integrity check; it is left as it is."""


class DataFileInUse(DataFileError):
    """Another copy of the application has the data file open."""


class NewerDataFile(DataFileError):
    """The data file was written by a newer version of the application."""


class Conflict(NtmError):
    """Two edits of the same value disagree; both are kept."""

    exit_code = 4


def clip(value: object, length: int = 40) -> str:
    """A typed value quoted in a message, cut short: a sheet cell may hold 100,000 characters."""
    text = "" if value is None else str(value).strip()
    return text if len(text) <= length else text[:length] + "…"
