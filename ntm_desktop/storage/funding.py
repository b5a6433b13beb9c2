"""SQL for funds mobilised (funding_years) and capital disbursed (funding_disbursements)."""

from __future__ import annotations

from collections import namedtuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

YearRow = namedtuple(
    "YearRow",
    "id unit_code year central_dong province_dong district_dong commune_dong "
    "integrated_dong enterprise_dong community_dong land_m2 workdays walls_m2 note "
    "owner_code",
)


# One kind of capital over the units counted: sums, how many reported, latest report.
DisbursementSum = namedtuple("DisbursementSum", "allocated disbursed units latest")


YEARS = Table("funding_years", YearRow)
AMOUNT_COLUMNS = tuple(
    field
    for field in YearRow._fields
    if field not in ("id", "unit_code", "year", "note", "owner_code")
)

_SUBTREE = (
    "WITH RECURSIVE t(code) AS (SELECT ? UNION ALL "
    "SELECT u.code FROM units u JOIN t ON u.parent_code = t.code) "
)


def year_row(db: Database, unit_code: str, year: int) -> YearRow | None:
    return YEARS.first(db, "unit_code = ? AND year = ? AND deleted = 0", (unit_code, year))


def subtree_sums(db: Database, root_code: str, year: int) -> tuple[int, ...]:
    """Each amount summed over `root_code` and every unit under it (exact integer sums)."""
    sums = ", ".join(f"coalesce(sum(f.{column}), 0)" for column in AMOUNT_COLUMNS)
    row = db.conn.execute(
        _SUBTREE + f"SELECT {sums} FROM funding_years f JOIN t ON f.unit_code = t.code "
        "WHERE f.year = ? AND f.deleted = 0",
        (root_code, year),
    ).fetchone()
    return tuple(int(value) for value in row)


def disbursement_exists(db: Database, row_id: str) -> bool:
    found = db.one("SELECT 1 FROM funding_disbursements WHERE id = ?", (row_id,))
    return found is not None


def disbursement_sums(
    db: Database, root_code: str, year: int, as_of: str, *, own_only: bool = False
) -> dict[str, DisbursementSum]:
    """Per kind: allocated and disbursed summed over the subtree (or the root alone), each unit
    at its latest report on or before `as_of`, plus how many units reported."""
    scope = "WITH t(code) AS (SELECT ?) " if own_only else _SUBTREE
    rows = db.conn.execute(
        scope + ", latest AS (SELECT d.unit_code, d.kind, max(d.as_of) AS as_of "
        "FROM funding_disbursements d JOIN t ON d.unit_code = t.code "
        "WHERE d.year = ? AND d.as_of <= ? AND d.deleted = 0 GROUP BY d.unit_code, d.kind) "
        "SELECT d.kind, sum(d.allocated_dong), sum(d.disbursed_dong), count(*), max(d.as_of) "
        "FROM funding_disbursements d JOIN latest l ON d.unit_code = l.unit_code "
        "AND d.kind = l.kind AND d.as_of = l.as_of "
        "WHERE d.year = ? AND d.deleted = 0 GROUP BY d.kind",
        (root_code, year, as_of, year),
    ).fetchall()
    return {kind: DisbursementSum(*sums) for kind, *sums in rows}
