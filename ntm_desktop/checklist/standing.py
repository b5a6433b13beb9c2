"""Where units stand, read from what is stored: a year's score and the tier held on a day.

The unit tree labels every row it fetches with these, at start-up too, so this module reads the
stored results without the checklist's rules and their imports (`assessments` stores the scores,
`recognitions` the decisions).
"""

from __future__ import annotations

from datetime import date

from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.storage import Database
from ntm_desktop.storage import assessments as assessment_rows
from ntm_desktop.storage import recognitions as recognition_rows


def stored_scores(db: Database, unit_codes: list[str], year: int) -> dict[str, tuple[int, int]]:
    """Stored (met, total) of many units in one query; units never assessed are absent."""
    return assessment_rows.scores(db, unit_codes, year)


def tiers_at(db: Database, unit_codes: list[str], day: date) -> dict[str, str]:
    """The highest tier each unit holds on `day` (in one query); units holding none are absent."""
    best: dict[str, str] = {}
    for code, tier in recognition_rows.held_on(db, unit_codes, day.isoformat()):
        if code not in best or TIERS.index(tier) > TIERS.index(best[code]):
            best[code] = tier
    return best
