"""SQL for the province's tables: one pass over a subtree joined to stored results.

Reports read the stored scores and criterion results (written with every edit), never the
indicator rows, so a national tree is summed in one query per report.
"""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

Row = tuple[Any, ...]

# The subtree under a root (every root when none), each unit with its district-level ancestor
# (the "group") and its parent, keeping only units valid on :day.
_SUBTREE = """
WITH RECURSIVE t(code, grp) AS (
    SELECT code, CASE WHEN level = 'district' THEN code END FROM units WHERE {start}
    UNION ALL
    SELECT u.code, COALESCE(t.grp, CASE WHEN u.level = 'district' THEN u.code END)
    FROM units u JOIN t ON u.parent_code = t.code
)
"""
_VALID = (
    "(u.valid_from IS NULL OR u.valid_from <= :day) AND (u.valid_to IS NULL OR u.valid_to >= :day)"
)


def _start(root: str | None) -> str:
    return "parent_code IS NULL" if root is None else "code = :root"


def unit_results(db: Database, root: str | None, year: int, day: str) -> list[Row]:
    """Communes and villages under `root` valid on `day`:
    (code, kind, level, parent_code, group, criteria met or NULL, highest tier rank held on
    `day` (0 none, 1 standard, 2 advanced, 3 model), model-village plan recognised by `day`)."""
    sql = (
        _SUBTREE.format(start=_start(root))
        + f"""
SELECT u.code, u.kind, u.level, u.parent_code, t.grp, s.met,
       COALESCE(r.rank, 0), p.village_code IS NOT NULL
FROM t JOIN units u ON u.code = t.code
LEFT JOIN assessment_scores s ON s.unit_code = u.code AND s.year = :year
LEFT JOIN (
    SELECT unit_code, MAX(CASE tier WHEN 'standard' THEN 1 WHEN 'advanced' THEN 2
                                    WHEN 'model' THEN 3 END) AS rank
    FROM recognitions
    WHERE deleted = 0 AND decision_date <= :day AND (withdrawn_on IS NULL OR withdrawn_on > :day)
    GROUP BY unit_code
) r ON r.unit_code = u.code
LEFT JOIN (
    SELECT DISTINCT village_code FROM village_plans
    WHERE status = 'recognised' AND recognition_date <= :day
) p ON p.village_code = u.code
WHERE u.level IN ('commune', 'village') AND {_VALID}
"""
    )
    return db.conn.execute(sql, {"root": root, "year": year, "day": day}).fetchall()


def criterion_counts(
    db: Database, root: str | None, year: int, day: str, kind: str
) -> tuple[int, list[tuple[int, str, int]]]:
    """Communes of `kind` under `root` valid on `day`, and per criterion number: (no, a
    catalog key it was assessed under, communes meeting it) from the stored results."""
    params = {"root": root, "year": year, "day": day, "kind": kind}
    base = _SUBTREE.format(start=_start(root))
    communes = base + (
        f"SELECT u.code FROM t JOIN units u ON u.code = t.code "
        f"WHERE u.level = 'commune' AND u.kind = :kind AND {_VALID}"
    )
    total = db.conn.execute(f"SELECT count(*) FROM ({communes})", params).fetchone()[0]
    counts = db.conn.execute(
        f"SELECT c.criterion_no, max(c.catalog_key), sum(c.met) FROM criterion_results c "
        f"WHERE c.year = :year AND c.unit_code IN ({communes}) GROUP BY c.criterion_no "
        "ORDER BY c.criterion_no",
        params,
    ).fetchall()
    return int(total), [(int(no), str(key), int(met)) for no, key, met in counts]
