"""SQL for criteria catalogs and their indicators."""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Sequence
from typing import Any

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

CatalogRow = namedtuple(
    "CatalogRow",
    "key id version title legal_basis level tier region period_from period_to "
    "verified notes content_sha256 supersedes created_at commune_groups indicator_count "
    "reconstructed",
)
IndicatorRow = namedtuple(
    "IndicatorRow",
    "code criterion_no criterion_name criterion_group text unit target target_recall "
    "confidence placeholder targets_by_group targets_by_region",
)
CATALOGS = Table("catalogs", CatalogRow, convert={"commune_groups": bool, "reconstructed": bool})
INDICATORS = Table(
    "catalog_indicators",
    IndicatorRow,
    convert={
        "target": json.loads,
        "placeholder": bool,
        "targets_by_group": json.loads,
        "targets_by_region": json.loads,
    },
)


def insert(db: Database, catalog: dict[str, Any], indicators: Sequence[Sequence[Any]]) -> None:
    with db.transaction():
        db.conn.execute(
            "INSERT INTO catalogs (key, id, version, title, legal_basis, level, tier, region, "
            "period_from, period_to, verified, notes, content_sha256, document, supersedes, "
            "created_at, commune_groups, indicator_count, reconstructed) VALUES (:key, :id, "
            ":version, :title, :legal_basis, :level, :tier, :region, :period_from, :period_to, "
            ":verified, :notes, :content_sha256, :document, :supersedes, :created_at, "
            ":commune_groups, :indicator_count, :reconstructed)",
            catalog,
        )
        db.conn.executemany(
            "INSERT INTO catalog_indicators (catalog_key, code, ord, criterion_no, "
            "criterion_name, criterion_group, text, unit, target, target_recall, confidence, "
            "placeholder, targets_by_group, targets_by_region) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            indicators,
        )


def latest(db: Database, catalog_id: str) -> CatalogRow | None:
    return CATALOGS.first(db, "id = ? ORDER BY version DESC LIMIT 1", (catalog_id,))


def by_key(db: Database, key: str) -> CatalogRow | None:
    return CATALOGS.first(db, "key = ?", (key,))


def all_rows(db: Database) -> list[CatalogRow]:
    return CATALOGS.all(db, "level, period_from, tier, id, version")


def document(db: Database, key: str) -> str:
    return str(db.conn.execute("SELECT document FROM catalogs WHERE key = ?", (key,)).fetchone()[0])


def indicators(db: Database, key: str) -> list[IndicatorRow]:
    return INDICATORS.where(db, "catalog_key = ? ORDER BY ord", (key,))


def indicator(db: Database, key: str, code: str) -> IndicatorRow | None:
    return INDICATORS.first(db, "catalog_key = ? AND code = ?", (key, code))


def criterion_numbers(db: Database, key: str) -> set[int]:
    return {
        number
        for (number,) in db.conn.execute(
            "SELECT DISTINCT criterion_no FROM catalog_indicators WHERE catalog_key = ?", (key,)
        )
    }


def indicator_counts(db: Database) -> dict[str, tuple[int, int]]:
    """Per catalog key: (criteria, indicators), placeholders not counted as indicators."""
    return {
        key: (criteria, indicators)
        for key, criteria, indicators in db.conn.execute(
            "SELECT catalog_key, count(DISTINCT criterion_no), sum(1 - placeholder) "
            "FROM catalog_indicators GROUP BY catalog_key"
        )
    }
