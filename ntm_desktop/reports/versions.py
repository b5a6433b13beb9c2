"""The footnote a report carries when its communes were assessed under several versions of a set.

Each assessment keeps the version it was pinned to, so after a new version is imported a year's
results may mix versions; the reader is told which, and how many communes each.
"""

from __future__ import annotations

from collections.abc import Iterable

from ntm_desktop.storage import Database
from ntm_desktop.storage import reports as rows


def of_results(db: Database, root: str | None, year: int, day: str, kind: str) -> str | None:
    """The note for the results of `year` of the communes of `kind` in scope valid on `day`.
    The year's few catalog keys are looked at first (an index seek each); only when a set is
    held in several versions, which is rare, are the communes counted by version."""
    if not _several_of_a_set(rows.result_keys(db, year)):
        return None
    return _note(rows.result_versions(db, root, year, day, kind))


def _several_of_a_set(keys: Iterable[str]) -> bool:
    """Whether catalog keys ("id@version") hold some set in more than one version."""
    versions: dict[str, str] = {}
    for key in keys:
        catalog_id, _, version = key.rpartition("@")
        if versions.setdefault(catalog_id, version) != version:
            return True
    return False


def _note(keys: Iterable[tuple[str, int]]) -> str | None:
    """From (catalog key "id@version", communes) pairs: "Tổng hợp theo 2 phiên bản bộ tiêu chí:
    xa-ntm-2021-2025@1 (120 xã), @2 (89 xã)", naming only the sets held in several versions;
    None when no set is."""
    by_id: dict[str, dict[int, int]] = {}
    for key, count in keys:
        catalog_id, _, version = key.rpartition("@")
        versions = by_id.setdefault(catalog_id, {})
        versions[int(version)] = versions.get(int(version), 0) + count
    mixed = {catalog_id: found for catalog_id, found in sorted(by_id.items()) if len(found) > 1}
    if not mixed:
        return None
    parts = [
        ", ".join(
            f"{catalog_id if index == 0 else ''}@{version} ({count} xã)"
            for index, (version, count) in enumerate(sorted(found.items()))
        )
        for catalog_id, found in mixed.items()
    ]
    total = sum(len(found) for found in mixed.values())
    return f"Tổng hợp theo {total} phiên bản bộ tiêu chí: {'; '.join(parts)}."
