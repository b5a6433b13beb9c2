"""Criteria catalogs travelling in province bundles.

A catalog version is immutable, so a bundle carries every version whole (its canonical text and
hash). A receiver adds the versions it lacks in order, skips those it holds with the same hash,
and refuses a bundle that carries different content under a version it already holds: versions
are never replaced, so an old or forged catalog can never roll one back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ntm_desktop.common.errors import NotFound
from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import Database
from ntm_desktop.storage import catalogs as catalog_rows
from ntm_desktop.sync import canonical
from ntm_desktop.sync.reader import BundleRefused


@dataclass(frozen=True)
class CarriedCatalog:
    id: str
    version: int
    content_sha256: str
    document: str


def members(db: Database) -> dict[str, bytes]:
    found = {}
    for info, _, _ in catalogs.list_all(db):
        text = catalog_rows.document(db, info.key)
        record = {
            "id": info.id,
            "version": info.version,
            "content_sha256": info.content_sha256,
            "document": text,
        }
        found[f"catalogs/{info.content_sha256}.json"] = canonical.dumps(record)
    return found


def parse(name: str, data: bytes) -> CarriedCatalog:
    record: Any = canonical.loads(data)
    carried = CarriedCatalog(
        id=str(record["id"]),
        version=int(record["version"]),
        content_sha256=str(record["content_sha256"]),
        document=str(record["document"]),
    )
    digest = hashlib.sha256(carried.document.encode("utf-8")).hexdigest()
    if digest != carried.content_sha256 or name != f"catalogs/{digest}.json":
        raise BundleRefused(f"Bộ tiêu chí {carried.id} trong gói không khớp mã băm.")
    return carried


def missing(db: Database, carried: list[CarriedCatalog]) -> list[CarriedCatalog]:
    """The versions to add, in order; refuse content that differs from a version held."""
    to_add = []
    latest: dict[str, int] = {}
    for item in sorted(carried, key=lambda c: (c.id, c.version)):
        try:
            held = catalogs.get_info(db, f"{item.id}@{item.version}")
        except NotFound:
            held = None
        if held is not None:
            if held.content_sha256 != item.content_sha256:
                raise BundleRefused(
                    f"Gói mang bộ tiêu chí {item.id} phiên bản {item.version} khác với bản đã "
                    "có; phiên bản bộ tiêu chí không bao giờ bị thay (chống quay lui)."
                )
            continue
        if item.id not in latest:
            row = catalog_rows.latest(db, item.id)
            latest[item.id] = 0 if row is None else int(row.version)
        if item.version != latest[item.id] + 1:
            raise BundleRefused(
                f"Gói thiếu các phiên bản trước của bộ tiêu chí {item.id}; hãy xin tỉnh xuất "
                "gói đầy đủ."
            )
        latest[item.id] = item.version
        to_add.append(item)
    return to_add


def install(db: Database, items: list[CarriedCatalog]) -> None:
    for item in items:
        info, _ = catalogs.import_document(db, json.loads(item.document))
        if info.version != item.version or info.content_sha256 != item.content_sha256:
            raise BundleRefused(f"Không cài được bộ tiêu chí {item.id} phiên bản {item.version}.")
