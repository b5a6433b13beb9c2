"""SQL for the province's tables: one pass over the communes of a scope joined to stored results.

Reports read the stored scores and criterion results (written with every edit), never the
indicator rows. The tree has fixed levels (province > district > commune > village, or no
district level since 2025), so a commune's scope and district are found by joining its parent,
not by walking the tree recursively: a national report stays one indexed pass.
"""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

Row = tuple[Any, ...]

# `p` is the commune's parent: a district, or the province in a tree without districts.
_SCOPE = "(:root IS NULL OR p.code = :root OR p.parent_code = :root)"


def _valid(alias: str) -> str:
    return (
        f"({alias}.valid_from IS NULL OR {alias}.valid_from <= :day) "
        f"AND ({alias}.valid_to IS NULL OR {alias}.valid_to >= :day)"
    )


_RANK = "CASE tier WHEN 'standard' THEN 1 WHEN 'advanced' THEN 2 WHEN 'model' THEN 3 END"
# Every unit holding a recognition on :day, or (a village) whose model-village plan was
# recognised by then: its highest tier rank, and whether a plan was recognised. Read from the
# covering index recognitions_held, in unit order.
_HELD = f"""
    SELECT unit_code, MAX(rank) AS rank, MAX(plan) AS plan FROM (
        SELECT unit_code, {_RANK} AS rank, 0 AS plan FROM recognitions
        WHERE deleted = 0 AND decision_date <= :day
          AND (withdrawn_on IS NULL OR withdrawn_on > :day)
        UNION ALL
        SELECT village_code, 0, 1 FROM village_plans
        WHERE status = 'recognised' AND recognition_date <= :day
    ) GROUP BY unit_code
"""
# `c` is a commune in scope: its parent is the root (a district, or a province without
# districts) or lies under it.
_IN_SCOPE = (
    "(:root IS NULL OR c.parent_code = :root "
    "OR c.parent_code IN (SELECT code FROM units WHERE parent_code = :root))"
)


def commune_groups(db: Database, root: str | None, year: int, day: str, kind: str) -> list[Row]:
    """Per parent of the communes in scope valid on `day` (a district, or the province in a tree
    without districts) and per criteria-set version their results of `year` are stored under:
    (code, name, level, catalog key or NULL for communes without a result, communes of `kind`,
    those with a stored result, their criteria met summed, those meeting fewer than 10). One pass
    over the communes in the index units_level, in parent order, each joined to its stored
    score; a parent has one row per version, usually one."""
    return db.conn.execute(
        f"""
        SELECT p.code, p.name, p.level, g.catalog_key, g.communes, g.assessed,
               ifnull(g.criteria, 0), ifnull(g.below10, 0)
        FROM (
            SELECT c.parent_code AS parent, s.catalog_key, sum(c.kind = :kind) AS communes,
                   sum(c.kind = :kind AND s.met IS NOT NULL) AS assessed,
                   sum(CASE WHEN c.kind = :kind THEN s.met END) AS criteria,
                   sum(c.kind = :kind AND s.met < 10) AS below10
            FROM units c
            LEFT JOIN assessment_scores s ON s.unit_code = c.code AND s.year = :year
            WHERE c.level = 'commune' AND {_IN_SCOPE} AND {_valid("c")}
            GROUP BY c.parent_code, s.catalog_key
        ) g
        CROSS JOIN units p ON p.code = g.parent
        """,
        {"root": root, "year": year, "day": day, "kind": kind},
    ).fetchall()


def recognised_groups(db: Database, root: str | None, day: str, kind: str) -> list[Row]:
    """Per parent of the communes in scope valid on `day`: (code, communes of `kind` holding at
    least standard, advanced, model on `day`; NTM villages that are not model villages, model
    villages, counted in those communes; a village's plan recognised makes it a model village).
    Driven by the recognitions, far fewer than the units: each held unit is found by its code,
    and a village's commune by the village's parent."""
    return db.conn.execute(
        f"""
        SELECT c.parent_code,
               sum(u.level = 'commune' AND c.kind = :kind AND h.rank >= 1),
               sum(u.level = 'commune' AND c.kind = :kind AND h.rank >= 2),
               sum(u.level = 'commune' AND c.kind = :kind AND h.rank >= 3),
               sum(u.level = 'village' AND h.rank >= 1 AND h.rank < 3 AND NOT h.plan),
               sum(u.level = 'village' AND (h.rank >= 3 OR h.plan))
        FROM ({_HELD}) h
        CROSS JOIN units u ON u.code = h.unit_code
        CROSS JOIN units c
            ON c.code = CASE u.level WHEN 'village' THEN u.parent_code ELSE u.code END
        WHERE u.level IN ('commune', 'village') AND {_valid("u")}
          AND c.level = 'commune' AND {_IN_SCOPE} AND {_valid("c")}
        GROUP BY c.parent_code
        """,
        {"root": root, "day": day, "kind": kind},
    ).fetchall()


def criterion_counts(
    db: Database, root: str | None, year: int, day: str, kind: str
) -> tuple[int, list[tuple[int, str, int]]]:
    """Communes of `kind` in scope valid on `day`, and per criterion number: (no, a catalog key
    it was assessed under, communes meeting it) from the stored results of `year`."""
    params = {"root": root, "year": year, "day": day, "kind": kind}
    in_scope = (
        f"FROM units c JOIN units p ON p.code = c.parent_code "
        f"WHERE c.level = 'commune' AND c.kind = :kind AND {_SCOPE} AND {_valid('c')}"
    )
    total = db.conn.execute(f"SELECT count(*) {in_scope}", params).fetchone()[0]
    # CROSS JOIN keeps the communes outermost, so each one's results are found through the
    # primary key (unit, year): 8x faster than scanning a whole year's results.
    counts = db.conn.execute(
        "SELECT r.criterion_no, max(r.catalog_key), sum(r.met) FROM units c "
        "JOIN units p ON p.code = c.parent_code "
        "CROSS JOIN criterion_results r ON r.unit_code = c.code AND r.year = :year "
        f"WHERE c.level = 'commune' AND c.kind = :kind AND {_SCOPE} AND {_valid('c')} "
        "GROUP BY r.criterion_no ORDER BY r.criterion_no",
        params,
    ).fetchall()
    return int(total), [(int(no), str(key), int(met)) for no, key, met in counts]


def result_versions(
    db: Database, root: str | None, year: int, day: str, kind: str
) -> list[tuple[str, int]]:
    """(catalog key, communes) of the stored results of `year` of the communes of `kind` in
    scope valid on `day`."""
    return db.conn.execute(
        "SELECT s.catalog_key, count(*) FROM units c "
        "CROSS JOIN assessment_scores s ON s.unit_code = c.code AND s.year = :year "
        f"WHERE c.level = 'commune' AND c.kind = :kind AND {_IN_SCOPE} AND {_valid('c')} "
        "GROUP BY s.catalog_key",
        {"root": root, "year": year, "day": day, "kind": kind},
    ).fetchall()
