"""What OCOP ratings tell criterion 13 (Tổ chức sản xuất): the catalog decides which indicators
ask for an OCOP product, this module answers them for a commune from its rated products.

An indicator is the OCOP one by what it asks (a criterion-13 text naming OCOP), never by its
code: in the shipped 2021-2025 commune set its official number is not known (coded "13.x2", shown
as "chỉ tiêu chưa nhập từ văn bản"), and a version imported with the number from the text keeps
being answered. The 2016-2020 set asks nothing of OCOP, so nothing is fed there. The checklist
takes the answer as the indicator's rule result at the end of the year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ntm_desktop.common.text import fold, format_date
from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import Database
from ntm_desktop.storage import ocop as rows
from ntm_desktop.units import units

# An OCOP certificate is valid for 36 months from its decision (Quyết định 1048/QĐ-TTg, 2019).
VALID_YEARS = 3
CRITERION = 13


class RatedProduct(NamedTuple):
    product_id: str
    product: str
    producer_id: str
    producer: str
    producer_kind: str
    commune_code: str
    stars: int
    decision: str
    decided_on: date


def current(db: Database, as_of: date, under: str | None = None) -> list[RatedProduct]:
    """Products rated 3 stars or more at `as_of`, each with its latest rating by then."""
    found = [RatedProduct._make(row) for row in rows.current(db, as_of.isoformat())]
    if under is None:
        return found
    codes = {unit.code for unit in units.subtree(db, under)}
    return [item for item in found if item.commune_code in codes]


@dataclass(frozen=True)
class OcopEvidence:
    indicator: str
    met: bool | None  # None: no OCOP data for the commune, the officer decides
    products: tuple[RatedProduct, ...]
    as_of: date

    @property
    def basis(self) -> str:
        """Why the indicator is met or not, in the officer's words (shown beside the result)."""
        if self.met is None:
            return "Chưa có dữ liệu OCOP của xã: cán bộ tự đánh giá chỉ tiêu này."
        if not self.products:
            return (
                f"Theo OCOP: xã chưa có sản phẩm OCOP từ 3 sao còn hiệu lực ngày "
                f"{format_date(self.as_of)}."
            )
        return "Theo OCOP: " + "; ".join(
            f"{item.product}, {item.stars} sao, QĐ {item.decision} ngày "
            f"{format_date(item.decided_on)}"
            for item in self.products
        )


def ocop_indicators(catalog: catalogs.Catalog) -> list[catalogs.Indicator]:
    """The catalog's criterion-13 indicators whose text asks for an OCOP product."""
    return [
        indicator
        for indicator in catalog.indicators
        if indicator.criterion_no == CRITERION and "ocop" in fold(indicator.text)
    ]


def valid_since(as_of: date) -> date:
    """The earliest decision date still in force on `as_of`."""
    try:
        return as_of.replace(year=as_of.year - VALID_YEARS)
    except ValueError:  # 29 February
        return as_of.replace(year=as_of.year - VALID_YEARS, day=28)


def years_in_force(decided_on: date) -> list[int]:
    """The years at whose end (31/12, when the checklist reads OCOP) a decision is in force:
    the only years whose results a rating, its re-rating or its withdrawal can change."""
    return [
        year
        for year in range(decided_on.year, decided_on.year + VALID_YEARS + 1)
        if valid_since(date(year, 12, 31)) <= decided_on
    ]


def evidence(
    db: Database, catalog: catalogs.Catalog, commune_code: str, as_of: date
) -> list[OcopEvidence]:
    """For each OCOP indicator of the catalog: met when the commune has a product rated 3
    stars or more by a decision still in force on `as_of`, with those products as evidence."""
    indicators = ocop_indicators(catalog)
    if not indicators:
        # Most sets ask nothing of OCOP; the checklist asks on every edit, so skip the query.
        return []
    if not rows.commune_has_products(db, commune_code):
        # No product was ever recorded: "not met" would be a guess, not a rule's answer.
        return [OcopEvidence(indicator.code, None, (), as_of) for indicator in indicators]
    found = tuple(
        item for item in current(db, as_of, commune_code) if item.decided_on >= valid_since(as_of)
    )
    return [OcopEvidence(indicator.code, bool(found), found, as_of) for indicator in indicators]
