"""SQL for the province's tables: one pass over the communes of a scope joined to stored results.

Reports read the stored scores and criterion results (written with every edit), never the
indicator rows, and the tiers held from held_tiers (kept by triggers from the recognitions,
village plans and units; migration province_report), never the recognitions one by one. The
tree has fixed levels (province > district > commune > village, or no district level since
2025), so a commune's scope and district are found by joining its parent, not by walking the
tree recursively: a national report stays one indexed pass.
"""

from __future__ import annotations

from typing import Any

from ntm_desktop.storage.database import Database

Row = tuple[Any, ...]

# `p` is the commune's parent: a district, or the province in a tree without districts.
_SCOPE = "(:root IS NULL OR p.code = :root OR p.parent_code = :root)"


def _valid(alias: str) -> str:
    return _between(f"{alias}.valid_from", f"{alias}.valid_to")


def _between(start: str, end: str) -> str:
    """On :day, between the dates in columns `start` and `end` (NULL: open)."""
    return f"({start} IS NULL OR {start} <= :day) AND ({end} IS NULL OR {end} >= :day)"


def _in_scope(parent: str) -> str:
    """A commune whose parent (the column `parent`) is the root (a district, or a province
    without districts) or lies under it."""
    return (
        f"(:root IS NULL OR {parent} = :root "
        f"OR {parent} IN (SELECT code FROM units WHERE parent_code = :root))"
    )


_IN_SCOPE = _in_scope("c.parent_code")


def commune_groups(db: Database, root: str | None, year: int, day: str, kind: str) -> list[Row]:
    """Per parent of the communes in scope valid on `day` (a district, or the province in a tree
    without districts): (code, name, level, communes of `kind`, those with a stored result of
    `year`, their criteria met summed, those meeting fewer than 10). One streaming pass over the
    communes in the index units_level, in parent order, each of `kind` joined to its stored
    score through the covering index assessment_scores_met."""
    return db.conn.execute(
        f"""
        SELECT p.code, p.name, p.level, g.communes, g.assessed, ifnull(g.criteria, 0),
               ifnull(g.below10, 0)
        FROM (
            SELECT c.parent_code AS parent, sum(c.kind = :kind) AS communes,
                   count(s.met) AS assessed, sum(s.met) AS criteria, sum(s.met < 10) AS below10
            FROM units c
            LEFT JOIN assessment_scores s INDEXED BY assessment_scores_met
                ON s.unit_code = c.code AND s.year = :year AND c.kind = :kind
            WHERE c.level = 'commune' AND {_IN_SCOPE} AND {_valid("c")}
            GROUP BY c.parent_code
        ) g
        CROSS JOIN units p ON p.code = g.parent
        """,
        {"root": root, "year": year, "day": day, "kind": kind},
    ).fetchall()


def result_keys(db: Database, year: int) -> list[str]:
    """The catalog keys the results of `year` are stored under, anywhere in the file (communes,
    districts and villages alike): one seek per key in the index assessment_scores_key, not a
    pass over the results."""
    return [
        key
        for (key,) in db.conn.execute(
            """
            WITH RECURSIVE found(key) AS (
                SELECT min(catalog_key) FROM assessment_scores WHERE year = :year
                UNION ALL
                SELECT (SELECT min(catalog_key) FROM assessment_scores
                        WHERE year = :year AND catalog_key > found.key)
                FROM found WHERE found.key IS NOT NULL
            )
            SELECT key FROM found WHERE key IS NOT NULL
            """,
            {"year": year},
        )
    ]


# A row of held_tiers in force on :day, its unit and commune valid, the commune in scope.
_HELD_ON_DAY = (
    f"held_from <= :day AND (held_to IS NULL OR held_to > :day) "
    f"AND {_between('unit_from', 'unit_to')} AND {_between('commune_from', 'commune_to')} "
    f"AND {_in_scope('parent_code')}"
)


def recognised_groups(db: Database, root: str | None, day: str, kind: str) -> list[Row]:
    """Per parent of the communes in scope valid on `day`: (code, communes of `kind` holding at
    least standard, advanced, model on `day`; NTM villages that are not model villages, model
    villages, counted in those communes; a village's plan recognised makes it a model village).
    A parent may have two rows, to be added up: read from held_tiers in parent order, a unit
    with one row held is counted from it as it is scanned, and only the rows of units with
    several are grouped by unit, in a second pass, to count each once at its highest tier."""
    return db.conn.execute(
        f"""
        SELECT parent_code, sum(standard), sum(advanced), sum(model), sum(ntm_village),
               sum(model_village)
        FROM held_tiers
        -- A commune of another kind is not counted; its villages are.
        WHERE shared = 0 AND (kind = :kind OR NOT standard) AND {_HELD_ON_DAY}
        GROUP BY parent_code
        UNION ALL
        SELECT parent_code, sum(kind = :kind AND standard), sum(kind = :kind AND advanced),
               sum(kind = :kind AND model), sum(ntm_village AND NOT model_village),
               sum(model_village)
        FROM (
            SELECT parent_code, kind, max(standard) AS standard, max(advanced) AS advanced,
                   max(model) AS model, max(ntm_village) AS ntm_village,
                   max(model_village) AS model_village
            FROM held_tiers
            WHERE shared = 1 AND {_HELD_ON_DAY}
            GROUP BY parent_code, unit_code
        )
        GROUP BY parent_code
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
