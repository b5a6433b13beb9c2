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


_RANKS = """
    SELECT unit_code, MAX(CASE tier WHEN 'standard' THEN 1 WHEN 'advanced' THEN 2
                                    WHEN 'model' THEN 3 END) AS rank
    FROM recognitions
    WHERE deleted = 0 AND decision_date <= :day AND (withdrawn_on IS NULL OR withdrawn_on > :day)
    GROUP BY unit_code
"""


def communes(db: Database, root: str | None, year: int, day: str) -> list[Row]:
    """Communes in scope valid on `day`: (code, kind, parent code, parent level, criteria met
    in `year` or NULL, highest tier held on `day`: 0 none, 1 standard, 2 advanced, 3 model,
    the catalog key the result was stored under or NULL)."""
    return db.conn.execute(
        f"""
        SELECT c.code, c.kind, p.code, p.level, s.met, COALESCE(r.rank, 0), s.catalog_key
        FROM units c
        JOIN units p ON p.code = c.parent_code
        LEFT JOIN assessment_scores s ON s.unit_code = c.code AND s.year = :year
        LEFT JOIN ({_RANKS}) r ON r.unit_code = c.code
        WHERE c.level = 'commune' AND {_SCOPE} AND {_valid("c")}
        """,
        {"root": root, "year": year, "day": day},
    ).fetchall()


def recognised_villages(db: Database, root: str | None, day: str) -> list[Row]:
    """Villages in scope holding a recognition on `day`, or whose model-village plan was
    recognised by then: (code, commune code, highest tier rank, plan recognised)."""
    return db.conn.execute(
        f"""
        SELECT v.code, c.code, held.rank, held.plan
        FROM (
            SELECT unit_code, MAX(rank) AS rank, MAX(plan) AS plan FROM (
                SELECT unit_code, rank, 0 AS plan FROM ({_RANKS})
                UNION ALL
                SELECT village_code, 0, 1 FROM village_plans
                WHERE status = 'recognised' AND recognition_date <= :day
            ) GROUP BY unit_code
        ) held
        JOIN units v ON v.code = held.unit_code AND v.level = 'village'
        JOIN units c ON c.code = v.parent_code
        JOIN units p ON p.code = c.parent_code
        WHERE {_SCOPE} AND {_valid("v")} AND {_valid("c")}
        """,
        {"root": root, "day": day},
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
        "JOIN units p ON p.code = c.parent_code "
        "CROSS JOIN assessment_scores s ON s.unit_code = c.code AND s.year = :year "
        f"WHERE c.level = 'commune' AND c.kind = :kind AND {_SCOPE} AND {_valid('c')} "
        "GROUP BY s.catalog_key",
        {"root": root, "year": year, "day": day, "kind": kind},
    ).fetchall()


def names(db: Database, codes: list[str]) -> dict[str, tuple[str, str]]:
    """code -> (name, level) for a few hundred units at once."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for code, name, level in db.conn.execute(
            f"SELECT code, name, level FROM units WHERE code IN ({marks})", chunk
        ):
            found[code] = (name, level)
    return found
