"""SQL for OCOP producers, products and their star ratings (a re-rating is a new row)."""

from __future__ import annotations

from collections import namedtuple
from datetime import date

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

ProducerRow = namedtuple("ProducerRow", "id name kind commune_code owner_code")
ProductRow = namedtuple("ProductRow", "id name producer_id owner_code")
RatingRow = namedtuple("RatingRow", "id product_id stars decision decided_on owner_code")
# A live product with its latest rating (`current`).
RatedRow = namedtuple(
    "RatedRow",
    "product_id product producer_id producer producer_kind commune_code stars decision decided_on",
)
PRODUCERS = Table("ocop_producers", ProducerRow)
PRODUCTS = Table("ocop_products", ProductRow)
RATINGS = Table("ocop_ratings", RatingRow, convert={"decided_on": date.fromisoformat})
# Read only through the join in `current`.
RATED = Table("ocop_ratings", RatedRow, convert={"decided_on": date.fromisoformat})


def commune_has_products(db: Database, commune_code: str) -> bool:
    """Whether any OCOP product of the commune was ever recorded (deleted ones included)."""
    return (
        db.one(
            "SELECT 1 FROM ocop_products p JOIN ocop_producers r ON r.id = p.producer_id "
            "WHERE r.commune_code = ? LIMIT 1",
            (commune_code,),
        )
        is not None
    )


def ratings_of(db: Database, product_id: str) -> list[RatingRow]:
    return RATINGS.where(
        db, "product_id = ? AND deleted = 0 ORDER BY decided_on, id", (product_id,)
    )


def current(db: Database, as_of: str) -> list[RatedRow]:
    """Each live product with its latest rating decided on or before `as_of`.

    Ties on one day are broken by the id so every replica picks the same rating.
    """
    return RATED.query(
        db,
        "WITH ranked AS (SELECT r.*, row_number() OVER (PARTITION BY r.product_id "
        "ORDER BY r.decided_on DESC, r.id DESC) AS n FROM ocop_ratings r "
        "WHERE r.deleted = 0 AND r.decided_on <= ?) "
        "SELECT p.id, p.name, o.id, o.name, o.kind, o.commune_code, r.stars, r.decision, "
        "r.decided_on FROM ranked r JOIN ocop_products p ON p.id = r.product_id "
        "JOIN ocop_producers o ON o.id = p.producer_id "
        "WHERE r.n = 1 AND p.deleted = 0 AND o.deleted = 0 ORDER BY o.commune_code, o.name, p.name",
        (as_of,),
    )
