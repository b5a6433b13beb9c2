"""What OCOP ratings tell criterion 13 (Tổ chức sản xuất): the catalog decides which indicators
ask for an OCOP product, this module answers them for a commune from its rated products.

In the 2021-2025 commune set, indicator 13.x2 asks for "sản phẩm OCOP được xếp hạng đạt chuẩn
... còn hiệu lực"; the 2016-2020 set asks nothing of OCOP, so nothing is fed there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ntm_desktop import catalogs, ocop
from ntm_desktop.storage import Database
from ntm_desktop.text import fold

# An OCOP certificate is valid for 36 months from its decision (Quyết định 1048/QĐ-TTg, 2019).
VALID_YEARS = 3
CRITERION = 13


@dataclass(frozen=True)
class OcopEvidence:
    indicator: str
    met: bool
    products: tuple[ocop.RatedProduct, ...]


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


def evidence(db: Database, catalog_key: str, commune_code: str, as_of: date) -> list[OcopEvidence]:
    """For each OCOP indicator of the catalog: met when the commune has a product rated 3
    stars or more by a decision still in force on `as_of`, with those products as evidence."""
    catalog = catalogs.get(db, catalog_key)
    found = tuple(
        item
        for item in ocop.current(db, as_of, commune_code)
        if item.decided_on >= valid_since(as_of)
    )
    return [
        OcopEvidence(indicator.code, bool(found), found) for indicator in ocop_indicators(catalog)
    ]
