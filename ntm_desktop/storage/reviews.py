"""SQL for the district's and the province's reviews of a commune's criteria results."""

from __future__ import annotations

from typing import NamedTuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table


class ReviewRow(NamedTuple):
    id: str
    unit_code: str
    year: int
    stage: str
    status: str
    note: str
    remarks: str | None  # JSON: indicator code -> remark
    reviewer: str
    review_date: str | None
    owner_code: str


REVIEWS = Table("checklist_reviews", ReviewRow)


def of_unit(db: Database, unit_code: str, year: int) -> list[ReviewRow]:
    return REVIEWS.where(db, "unit_code = ? AND year = ? ORDER BY stage", (unit_code, year))


def get(db: Database, review_id: str) -> ReviewRow | None:
    return REVIEWS.first(db, "id = ?", (review_id,))
