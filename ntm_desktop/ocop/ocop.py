"""OCOP (One Commune One Product): producers, their products and the star ratings they earn.

A rating or re-rating is a new row tied to its decision, never an overwrite, so the history of
a product's stars is kept; the current rating at a date is the latest one decided by then.
A commune's checklist reads its ratings (criterion 13), so a rating write stores its results again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from ntm_desktop.checklist import assessments, ocop_criterion
from ntm_desktop.checklist.ocop_criterion import RatedProduct, current
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.money import share
from ntm_desktop.common.text import fold, nfc, required_name
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import ocop as rows
from ntm_desktop.units import units
from ntm_desktop.units.records import stable_id

STARS = (3, 4, 5)
PRODUCER_KINDS = {
    "cooperative": "Hợp tác xã",
    "enterprise": "Doanh nghiệp",
    "household": "Hộ gia đình",
}
# How sheets write the kind of producer (folded).
_KIND_WORDS = {
    "htx": "cooperative",
    "hop tac xa": "cooperative",
    "cooperative": "cooperative",
    "doanh nghiep": "enterprise",
    "dn": "enterprise",
    "cong ty": "enterprise",
    "enterprise": "enterprise",
    "ho gia dinh": "household",
    "ho": "household",
    "ho kinh doanh": "household",
    "household": "household",
}


class Producer(NamedTuple):
    id: str
    name: str
    kind: str
    commune_code: str
    owner_code: str


class Product(NamedTuple):
    id: str
    name: str
    producer_id: str
    owner_code: str


class Rating(NamedTuple):
    id: str
    product_id: str
    stars: int
    decision: str
    decided_on: date
    owner_code: str


@dataclass(frozen=True)
class Counts:
    """OCOP figures at a date over a subtree."""

    as_of: date
    by_star: dict[int, int]
    by_district: dict[str, dict[int, int]]
    producers_by_kind: dict[str, int]
    rated_in_year: int = 0
    products: list[RatedProduct] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.by_star.values())

    @property
    def producers(self) -> int:
        return sum(self.producers_by_kind.values())

    def star_shares(self) -> dict[int, Decimal | None]:
        return {stars: share(count, self.total) for stars, count in self.by_star.items()}

    def producer_shares(self) -> dict[str, Decimal | None]:
        return {
            kind: share(count, self.producers) for kind, count in self.producers_by_kind.items()
        }


def _commune(db: Database, code: str) -> units.Unit:
    return units.require_commune(
        db, code, "chủ thể OCOP được ghi theo xã, phường, thị trấn nơi sản xuất."
    )


def producer_kind(text: str) -> str:
    """The kind of producer from how a sheet writes it ("HTX", "Doanh nghiệp", "Hộ")."""
    kind = _KIND_WORDS.get(fold(text))
    if kind is None:
        raise InvalidInput(
            f"Loại chủ thể '{text}' không hợp lệ: ghi HTX, Doanh nghiệp hoặc Hộ gia đình."
        )
    return kind


def add_producer(db: Database, name: str, kind: str, commune_code: str) -> Producer:
    """A producer (cooperative, enterprise or household) of a commune; the same name in the
    same commune is the same producer."""
    commune = _commune(db, commune_code)
    name = required_name(name, "Tên chủ thể OCOP")
    if kind not in PRODUCER_KINDS:
        kind = producer_kind(kind)
    producer_id = stable_id("ocop-producer", commune.code, fold(name))
    changes.upsert_tracked(
        db,
        "ocop_producers",
        producer_id,
        {"commune_code": commune.code},
        {"name": name, "kind": kind, "deleted": 0},
        owner=commune.code,
    )
    return get_producer(db, producer_id)


def get_producer(db: Database, producer_id: str) -> Producer:
    missing = f"Không tìm thấy chủ thể OCOP {producer_id}."
    return Producer._make(rows.PRODUCERS.require(db, producer_id, missing, live=True))


def add_product(db: Database, name: str, producer_id: str) -> Product:
    producer = get_producer(db, producer_id)
    name = required_name(name, "Tên sản phẩm OCOP")
    product_id = stable_id("ocop-product", producer.id, fold(name))
    changes.upsert_tracked(
        db,
        "ocop_products",
        product_id,
        {"producer_id": producer.id},
        {"name": name, "deleted": 0},
        owner=producer.owner_code,
    )
    return get_product(db, product_id)


def get_product(db: Database, product_id: str) -> Product:
    missing = f"Không tìm thấy sản phẩm OCOP {product_id}."
    return Product._make(rows.PRODUCTS.require(db, product_id, missing, live=True))


def check_stars(value: object) -> int:
    """3, 4 or 5; a spreadsheet's 4.0 is 4, anything else (6, 4,5, "bốn") is refused."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text not in {str(stars) for stars in STARS}:
        raise InvalidInput(
            f"Hạng sao '{value}' không hợp lệ: sản phẩm OCOP được xếp 3, 4 hoặc 5 sao."
        )
    return int(text)


def rate(db: Database, product_id: str, stars: object, decision: str, decided_on: date) -> Rating:
    """Record a rating or re-rating by its decision; earlier ratings stay as history."""
    product = get_product(db, product_id)
    stars = check_stars(stars)
    decision = nfc(decision)
    if not decision:
        raise InvalidInput(
            "Hãy ghi số quyết định công nhận hạng sao (ví dụ 1234/QĐ-UBND); không ghi được "
            "hạng sao không có quyết định."
        )
    producer = get_producer(db, product.producer_id)
    owner = units.province_of(db, producer.commune_code).code
    rating_id = stable_id("ocop-rating", product.id, fold(decision), decided_on.isoformat())
    row = {
        "id": rating_id,
        "product_id": product.id,
        "stars": stars,
        "decision": decision,
        "decided_on": decided_on.isoformat(),
        "owner_code": owner,
    }
    with db.transaction():
        if rows.RATINGS.deleted(db, rating_id) is None:
            changes.insert_tracked(db, "ocop_ratings", row, owner=owner)
        else:
            changes.update_tracked(
                db, "ocop_ratings", rating_id, {"stars": stars, "deleted": 0}, owner=owner
            )
        rescore(db, row)
    return Rating._make(rows.RATINGS.require(db, rating_id, f"Không ghi được hạng sao {decision}."))


def rescore(db: Database, rating: Mapping[str, Any]) -> None:
    """Store again the checklist results a rating row can change (added, re-rated, withdrawn):
    its commune's, for each year at whose end its decision is in force and that has results
    stored. Call it in the transaction that wrote the row; `rating` needs product_id and
    decided_on (ISO text), as a synced row has them."""
    product = rows.PRODUCTS.get(db, str(rating["product_id"]))
    # A rating row exists only under its product and producer (foreign keys), deleted or not.
    assert product is not None
    producer = rows.PRODUCERS.get(db, product.producer_id)
    assert producer is not None
    assessments.recompute_stored(
        db,
        producer.commune_code,
        ocop_criterion.years_in_force(date.fromisoformat(str(rating["decided_on"]))),
    )


def history(db: Database, product_id: str) -> list[Rating]:
    get_product(db, product_id)
    return [Rating._make(row) for row in rows.ratings_of(db, product_id)]


def district_of(db: Database) -> dict[str, str]:
    """Commune code -> its district's code (the commune itself on a tree without districts)."""
    mapping: dict[str, str] = {}
    for unit in units.subtree(db):
        if unit.level == "district":
            mapping[unit.code] = unit.code
        elif unit.level == "commune":
            parent = unit.parent_code or unit.code
            mapping[unit.code] = mapping.get(parent, unit.code)
    return mapping


def counts(db: Database, year: int, under: str | None = None) -> Counts:
    """The figures of the year's report: products by star, by district and by producer type,
    at the end of `year`, and how many were first rated during it."""
    as_of = date(year, 12, 31)
    products = current(db, as_of, under)
    districts = district_of(db)
    by_star = {stars: 0 for stars in STARS}
    by_district: dict[str, dict[int, int]] = {}
    producers: dict[str, str] = {}
    for item in products:
        by_star[item.stars] += 1
        district = districts.get(item.commune_code, item.commune_code)
        by_district.setdefault(district, {stars: 0 for stars in STARS})[item.stars] += 1
        producers[item.producer_id] = item.producer_kind
    kinds = Counter(producers.values())
    before = {item.product_id for item in current(db, date(year - 1, 12, 31), under)}
    return Counts(
        as_of,
        by_star,
        dict(sorted(by_district.items())),
        {kind: kinds.get(kind, 0) for kind in PRODUCER_KINDS},
        sum(1 for item in products if item.product_id not in before),
        products,
    )
