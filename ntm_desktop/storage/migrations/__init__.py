"""Numbered schema migrations: `NNNN_name.sql` files, each applied in one transaction.

A new migration takes a number above every one already released: a file at version N applies
only the migrations numbered above N, so a free number below the newest stays unused for good.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class Migration(NamedTuple):
    version: int
    name: str
    statements: tuple[str, ...]


def split_statements(script: str) -> tuple[str, ...]:
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {pending[:60]!r}")
    return tuple(statements)


def _files() -> Iterator[tuple[int, str, Traversable]]:
    """(version, name, file) of each migration, in no particular order."""
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(".sql"):
            number, _, rest = entry.name.partition("_")
            yield int(number), rest.removesuffix(".sql"), entry


@cache
def load() -> tuple[Migration, ...]:
    found = [
        Migration(version, name, split_statements(entry.read_text("utf-8")))
        for version, name, entry in _files()
    ]
    found.sort(key=lambda migration: migration.version)
    return tuple(found)


@cache
def latest_version() -> int:
    """From the files' names alone: opening a file already up to date reads no SQL."""
    return max(version for version, _name, _entry in _files())
