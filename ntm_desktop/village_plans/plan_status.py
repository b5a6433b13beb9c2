"""Where villages' plans stand: the status of each village's plan for a year, read from what is
stored. The unit tree shows it beside every village it fetches, at start-up too, so this module
reads it without the plans' rules and their imports (`village_plans` writes the plans)."""

from __future__ import annotations

from ntm_desktop.storage import Database
from ntm_desktop.storage import village_plans as rows


def statuses(db: Database, village_codes: list[str], year: int) -> dict[str, str]:
    """Status of each village's plan for `year` (villages that did not register are absent)."""
    return rows.statuses(db, village_codes, year)
