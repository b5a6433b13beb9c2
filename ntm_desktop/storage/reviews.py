"""SQL for the district's and the province's reviews of a commune's criteria results."""

from __future__ import annotations

import json
from collections import namedtuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table, optional_date

ReviewRow = namedtuple(
    "ReviewRow",
    "id unit_code year stage status note remarks reviewer review_date owner_code",
)
REVIEWS = Table(
    "checklist_reviews",
    ReviewRow,
    convert={"remarks": lambda text: json.loads(text or "{}"), "review_date": optional_date},
)


def of_unit(db: Database, unit_code: str, year: int) -> list[ReviewRow]:
    return REVIEWS.where(db, "unit_code = ? AND year = ? ORDER BY stage", (unit_code, year))
