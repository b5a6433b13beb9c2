"""SQL for OCOP producers, products and their star ratings (a re-rating is a new row)."""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

PRODUCER_COLUMNS = ("id", "name", "kind", "commune_code", "owner_code")
PRODUCT_COLUMNS = ("id", "name", "producer_id", "owner_code")
RATING_COLUMNS = ("id", "product_id", "stars", "decision", "decided_on", "owner_code")

Row = tuple[Any, ...]


def producer(db: Database, producer_id: str) -> Row | None:
    """The producer even when deleted (the deleted flag comes last)."""
    row: Row | None = db.conn.execute(
        f"SELECT {', '.join(PRODUCER_COLUMNS)}, deleted FROM ocop_producers WHERE id = ?",
        (producer_id,),
    ).fetchone()
    return row


def product(db: Database, product_id: str) -> Row | None:
    row: Row | None = db.conn.execute(
        f"SELECT {', '.join(PRODUCT_COLUMNS)}, deleted FROM ocop_products WHERE id = ?",
        (product_id,),
    ).fetchone()
    return row


def rating(db: Database, rating_id: str) -> Row | None:
    row: Row | None = db.conn.execute(
        f"SELECT {', '.join(RATING_COLUMNS)}, deleted FROM ocop_ratings WHERE id = ?",
        (rating_id,),
    ).fetchone()
    return row


def ratings_of(db: Database, product_id: str) -> list[Row]:
    return db.conn.execute(
        f"SELECT {', '.join(RATING_COLUMNS)} FROM ocop_ratings "
        "WHERE product_id = ? AND deleted = 0 ORDER BY decided_on, id",
        (product_id,),
    ).fetchall()


def current(db: Database, as_of: str) -> list[Row]:
    """Each live product with its latest rating decided on or before `as_of`.

    Ties on one day are broken by the id so every replica picks the same rating.
    Columns: product id, product name, producer id, producer name, producer kind, commune,
    stars, decision, decided_on.
    """
    return db.conn.execute(
        "WITH ranked AS (SELECT r.*, row_number() OVER (PARTITION BY r.product_id "
        "ORDER BY r.decided_on DESC, r.id DESC) AS n FROM ocop_ratings r "
        "WHERE r.deleted = 0 AND r.decided_on <= ?) "
        "SELECT p.id, p.name, o.id, o.name, o.kind, o.commune_code, r.stars, r.decision, "
        "r.decided_on FROM ranked r JOIN ocop_products p ON p.id = r.product_id "
        "JOIN ocop_producers o ON o.id = p.producer_id "
        "WHERE r.n = 1 AND p.deleted = 0 AND o.deleted = 0 ORDER BY o.commune_code, o.name, p.name",
        (as_of,),
    ).fetchall()
