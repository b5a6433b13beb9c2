"""SQL for assessments: the chosen criteria set, indicator values, criterion judgments and the
stored results."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table, count_by

ChoiceRow = namedtuple("ChoiceRow", "id tier catalog_key")
ValueRow = namedtuple(
    "ValueRow",
    "id unit_code year catalog_key indicator_code value officer_met note agency owner_code",
)
JudgmentRow = namedtuple("JudgmentRow", "id criterion_no officer_met note")
CHOICES = Table("assessment_choices", ChoiceRow)
VALUES = Table("indicator_values", ValueRow)
JUDGMENTS = Table("criterion_judgments", JudgmentRow)


def choice(db: Database, unit_code: str, year: int) -> ChoiceRow | None:
    return CHOICES.first(db, "unit_code = ? AND year = ?", (unit_code, year))


def values(db: Database, unit_code: str, year: int, catalog_key: str) -> list[ValueRow]:
    return VALUES.where(
        db, "unit_code = ? AND year = ? AND catalog_key = ?", (unit_code, year, catalog_key)
    )


def _keys_from(prefix: str) -> tuple[str, str]:
    """The range of criterion judgment keys that start with `prefix`, which ends with the
    keys' separator '/': they sort before the same text ending with the next character, '0'."""
    return prefix, prefix[:-1] + "0"


def judgments(db: Database, unit_code: str, year: int, catalog_key: str) -> list[JudgmentRow]:
    return JUDGMENTS.where(
        db, "id > ? AND id < ?", _keys_from(f"{unit_code}/{year}/{catalog_key}/")
    )


def keys_in_use(db: Database, unit_code: str, year: int) -> list[str]:
    """The catalog keys the unit has value rows (the unique index's prefix) or criterion
    judgments under in `year`."""
    return [
        key
        for (key,) in db.conn.execute(
            "SELECT catalog_key FROM indicator_values WHERE unit_code = ? AND year = ? UNION "
            "SELECT catalog_key FROM criterion_judgments WHERE id > ? AND id < ?",
            (unit_code, year, *_keys_from(f"{unit_code}/{year}/")),
        )
    ]


def evidence_counts(db: Database, value_ids: Sequence[str]) -> dict[str, int]:
    return count_by(db, "evidence", "value_id", value_ids, "removed = 0")


def store_results(
    db: Database,
    unit_code: str,
    year: int,
    catalog_key: str,
    tier: str,
    criteria: Sequence[tuple[int, bool]],
) -> None:
    """Replace the stored criterion results and score of one unit and year."""
    with db.transaction():
        db.conn.execute(
            "DELETE FROM criterion_results WHERE unit_code = ? AND year = ?", (unit_code, year)
        )
        db.conn.executemany(
            "INSERT INTO criterion_results (unit_code, year, catalog_key, criterion_no, met) "
            "VALUES (?, ?, ?, ?, ?)",
            [(unit_code, year, catalog_key, no, int(met)) for no, met in criteria],
        )
        db.conn.execute(
            "INSERT INTO assessment_scores (unit_code, year, catalog_key, tier, met, total) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (unit_code, year) DO UPDATE SET "
            "catalog_key = excluded.catalog_key, tier = excluded.tier, met = excluded.met, "
            "total = excluded.total",
            (unit_code, year, catalog_key, tier, sum(met for _, met in criteria), len(criteria)),
        )


def scores(db: Database, unit_codes: Sequence[str], year: int) -> dict[str, tuple[int, int]]:
    """Stored (met, total) per unit for a year, in one query."""
    if not unit_codes:
        return {}
    marks = ", ".join("?" for _ in unit_codes)
    return {
        code: (met, total)
        for code, met, total in db.conn.execute(
            f"SELECT unit_code, met, total FROM assessment_scores WHERE year = ? "
            f"AND unit_code IN ({marks})",
            (year, *unit_codes),
        )
    }


def result_years(db: Database, unit_code: str) -> set[int]:
    """The years the unit has a stored score (and criterion results) for."""
    return {
        year
        for (year,) in db.conn.execute(
            "SELECT year FROM assessment_scores WHERE unit_code = ?", (unit_code,)
        )
    }


def criterion_results(db: Database, unit_code: str, year: int) -> dict[int, bool]:
    return {
        no: bool(met)
        for no, met in db.conn.execute(
            "SELECT criterion_no, met FROM criterion_results WHERE unit_code = ? AND year = ?",
            (unit_code, year),
        )
    }


def all_values(db: Database, unit_code: str) -> list[ValueRow]:
    return VALUES.where(db, "unit_code = ?", (unit_code,))


def insert_values(db: Database, values: Sequence[ValueRow]) -> None:
    """Bulk-load generated indicator values, outside the change log."""
    columns = ", ".join(ValueRow._fields)
    marks = ", ".join("?" for _ in ValueRow._fields)
    with db.transaction():
        db.conn.executemany(f"INSERT INTO indicator_values ({columns}) VALUES ({marks})", values)
