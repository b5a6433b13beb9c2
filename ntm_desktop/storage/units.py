"""SQL for administrative units and their predecessor links."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Sequence
from typing import Any

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table, count_by

UnitRow = namedtuple("UnitRow", "code name kind level parent_code valid_from valid_to owner_code")
LinkRow = namedtuple(
    "LinkRow",
    "id successor predecessor predecessor_name predecessor_dataset kind date owner_code",
)
UNITS = Table("units", UnitRow)
LINKS = Table("unit_links", LinkRow)


def insert_many(
    db: Database, units: Iterable[Sequence[Any]], links: Iterable[Sequence[Any]]
) -> None:
    """Bulk-load shipped reference data (one transaction, plain executemany for speed).

    Each unit is (code, name, name_folded, kind, level, parent_code, valid_from, valid_to, owner).
    """
    with db.transaction():
        db.conn.executemany(
            "INSERT INTO units (code, name, name_folded, kind, level, parent_code, valid_from, "
            "valid_to, owner_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            units,
        )
        db.conn.executemany(
            f"INSERT INTO unit_links ({LINKS.columns()}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", links
        )


def get(db: Database, code: str) -> UnitRow | None:
    return UNITS.first(db, "code = ?", (code,))


def children(db: Database, parent_code: str | None) -> list[UnitRow]:
    if parent_code is None:
        return UNITS.where(db, "parent_code IS NULL ORDER BY code")
    return UNITS.where(db, "parent_code = ? ORDER BY code", (parent_code,))


def child_counts(db: Database, parent_codes: Sequence[str]) -> dict[str, int]:
    return count_by(db, "units", "parent_code", parent_codes)


def subtree(db: Database, root_code: str | None) -> list[UnitRow]:
    """The unit `root_code` and everything under it (all units when None), parents first."""
    start = "parent_code IS NULL" if root_code is None else "code = ?"
    return UNITS.query(
        db,
        f"WITH RECURSIVE t(code, depth) AS (SELECT code, 0 FROM units WHERE {start} "
        "UNION ALL SELECT u.code, t.depth + 1 FROM units u JOIN t ON u.parent_code = t.code) "
        f"SELECT {UNITS.columns('u')} FROM t JOIN units u ON u.code = t.code "
        "ORDER BY t.depth, u.code",
        () if root_code is None else (root_code,),
    )


def ancestors(db: Database, code: str) -> list[UnitRow]:
    """The chain from the root down to `code` (inclusive)."""
    return UNITS.query(
        db,
        "WITH RECURSIVE t(code, depth) AS (SELECT ?, 0 UNION ALL "
        "SELECT u.parent_code, t.depth + 1 FROM units u JOIN t ON u.code = t.code "
        "WHERE u.parent_code IS NOT NULL) "
        f"SELECT {UNITS.columns('u')} FROM t JOIN units u ON u.code = t.code "
        "ORDER BY t.depth DESC",
        (code,),
    )


def names(db: Database, codes: Sequence[str]) -> dict[str, str]:
    """The name of each of the units `codes` (an unknown code is absent)."""
    if not codes:
        return {}
    marks = ", ".join("?" for _ in codes)
    return dict(
        db.conn.execute(f"SELECT code, name FROM units WHERE code IN ({marks})", tuple(codes))
    )


def search_folded(db: Database, folded: str, limit: int) -> list[UnitRow]:
    """Units whose folded name holds `folded`, or whose code is it: provinces, then districts,
    communes and villages, each by code. The provinces and districts are read first through the
    level index: a search of a letter or two fills the list from them alone, without the scan of
    every commune and village (91,000 units in a national file, 15-25 ms here)."""
    pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    matching = "(name_folded LIKE ? ESCAPE '\\' OR code = ?)"
    upper = UNITS.where(
        db,
        f"level IN ('province', 'district') AND {matching} "
        "ORDER BY level = 'district', code LIMIT ?",
        (pattern, folded, limit),
    )
    if len(upper) == limit:
        return upper
    # `+level`: one pass over the table, not a lookup per row through the level index.
    return upper + UNITS.where(
        db,
        f"+level IN ('commune', 'village') AND {matching} ORDER BY level = 'village', code LIMIT ?",
        (pattern, folded, limit - len(upper)),
    )


def codes_with_prefix(db: Database, prefix: str) -> list[str]:
    return [
        row[0]
        for row in db.conn.execute(
            "SELECT code FROM units WHERE substr(code, 1, ?) = ?", (len(prefix), prefix)
        )
    ]


def links_of(db: Database, code: str) -> list[LinkRow]:
    return LINKS.where(
        db, "successor = ? OR predecessor = ? ORDER BY date, predecessor", (code, code)
    )


def count(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM units").fetchone()[0])
