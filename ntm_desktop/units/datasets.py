"""Shipped unit-tree datasets (resources/units/*.json) and setting up a new data file with one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from ntm_desktop.common import schemas
from ntm_desktop.common.errors import InvalidInput, NotFound, Refused
from ntm_desktop.common.paths import resources_dir
from ntm_desktop.common.text import fold, nfc
from ntm_desktop.storage import Database
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.units.units import KINDS_BY_LEVEL, LEVELS

DEFAULT_DATASET = "bac-giang-2020"


class InitResult(NamedTuple):
    dataset: str
    created: bool
    units: int
    catalogs: int


def reference_date(db: Database) -> date:
    """The date the installed tree describes: views start there, not at today's date.

    A data file on the 2020 tree shows the units of 2020 as current, though they ended in 2025.
    """
    as_of = db.get_meta("dataset_as_of")
    return date.fromisoformat(as_of) if as_of else date.today()


def available() -> list[str]:
    return sorted(path.stem for path in (resources_dir() / "units").glob("*.json"))


def dataset_path(dataset_id: str) -> Path:
    path = resources_dir() / "units" / f"{dataset_id}.json"
    if not path.is_file():
        raise NotFound(
            f"Không có bộ dữ liệu đơn vị '{dataset_id}'. Các bộ có sẵn: {', '.join(available())}."
        )
    return path


def listing_order(db: Database) -> dict[str, list[str]]:
    """How a province lists the units under it in its own forms (Biểu 01 lists its districts
    in its own order, not by GSO code), by parent code, for the data file's unit tree; empty
    where the tree's sources give no order."""
    dataset = db.get_meta("dataset")
    path = resources_dir() / "units" / "report-order" / f"{dataset}.json"
    if dataset is None or not path.is_file():
        return {}
    order: dict[str, list[str]] = json.loads(path.read_text("utf-8"))["order"]
    return order


def read(dataset_id: str) -> dict[str, Any]:
    """Load and check a dataset: schema, then tree rules (parents known and one level up)."""
    document = json.loads(dataset_path(dataset_id).read_text("utf-8"))
    check(document)
    return document  # type: ignore[no-any-return]


def check(document: Any) -> None:
    schemas.validate(document, "units", "Bộ dữ liệu đơn vị hành chính")
    seen: dict[str, str] = {}
    problems: list[str] = []
    for unit in document["units"]:
        code, level, parent = unit["code"], unit["level"], unit["parent_code"]
        if code in seen:
            problems.append(f"mã {code} lặp lại")
        if unit["kind"] not in KINDS_BY_LEVEL[level]:
            problems.append(f"{code}: loại '{unit['kind']}' không thuộc cấp {level}")
        if parent is not None:
            if parent not in seen:
                problems.append(f"{code}: đơn vị cha {parent} chưa được khai báo trước")
            elif LEVELS.index(seen[parent]) >= LEVELS.index(level):
                problems.append(f"{code}: đơn vị cha {parent} không ở cấp cao hơn")
        seen[code] = level
    if problems:
        raise InvalidInput(
            f"Bộ dữ liệu {document['id']} có {len(problems)} lỗi.", details=problems[:20]
        )


def initialize(db: Database, dataset_id: str = DEFAULT_DATASET) -> InitResult:
    """Set up a data file with a unit tree and the shipped catalogs; a repeat is a no-op.

    The shipped tree is reference data identical in every office, so it is loaded in bulk and
    not written to the change log; later edits to it are.
    """
    # Imported on use: the catalogs' machinery and hashlib (OpenSSL) are not needed to open a
    # file already set up (the GUI reads the date of its tree from this module at every start).
    import hashlib

    from ntm_desktop.criteria import catalogs

    installed = db.get_meta("dataset")
    if installed is not None and installed != dataset_id:
        raise Refused(
            f"Tệp dữ liệu này đã được khởi tạo với bộ đơn vị '{installed}'; không thể nạp thêm "
            f"'{dataset_id}'. Hãy dùng một tệp dữ liệu khác (--db)."
        )
    document = read(dataset_id)
    with db.transaction():
        created = installed is None
        if created:
            _load_units(db, document)
            db.set_meta("dataset", dataset_id)
            db.set_meta("dataset_as_of", document["as_of"])
            raw = dataset_path(dataset_id).read_bytes()
            db.set_meta("dataset_sha256", hashlib.sha256(raw).hexdigest())
        loaded = catalogs.load_shipped(db)
    return InitResult(dataset_id, created, unit_rows.count(db), len(loaded))


def _load_units(db: Database, document: dict[str, Any]) -> None:
    # Imported on use: uuid brings platform (~5 ms on Linux); only a new file loads its units.
    import uuid

    root_of: dict[str, str] = {}
    unit_tuples = []
    for unit in document["units"]:
        code, parent = unit["code"], unit["parent_code"]
        root_of[code] = code if parent is None else root_of[parent]
        owner = parent if unit["level"] == "village" else root_of[code]
        name = nfc(unit["name"])
        unit_tuples.append(
            (
                code,
                name,
                fold(name),
                unit["kind"],
                unit["level"],
                parent,
                unit["valid_from"],
                unit["valid_to"],
                owner,
            )
        )
    link_tuples = [
        (
            str(
                uuid.uuid5(
                    uuid.NAMESPACE_URL,
                    f"ntm:{document['id']}:{link['predecessor']}>{link['successor']}",
                )
            ),
            link["successor"],
            link["predecessor"],
            link.get("predecessor_name"),
            link.get("predecessor_dataset"),
            link["kind"],
            link.get("date"),
            root_of.get(link["successor"], link["successor"]),
        )
        for link in document["links"]
    ]
    unit_rows.insert_many(db, unit_tuples, link_tuples)
