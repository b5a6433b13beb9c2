"""Administrative units: the tree (with or without a district level), its history and villages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import fold, required_name
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import units as rows

LEVELS = ("province", "district", "commune", "village")
LEVEL_NAMES = {"province": "tỉnh", "district": "huyện", "commune": "xã", "village": "thôn"}
KINDS_BY_LEVEL = {
    "province": ("tỉnh", "thành phố"),
    "district": ("huyện", "thành phố", "thị xã", "quận"),
    "commune": ("xã", "phường", "thị trấn", "đặc khu"),
    "village": ("thôn", "bản", "xóm", "tổ dân phố", "ấp", "khu phố", "làng"),
}
VILLAGE_KINDS = KINDS_BY_LEVEL["village"]
# How a unit continues another (unit_links.kind, as the table's CHECK allows).
LINK_KINDS = ("merge", "split", "rename", "transfer")
# Urban units are mostly outside the programme: reports count rural communes only.
RURAL_COMMUNE_KIND = "xã"


class Unit(NamedTuple):
    code: str
    name: str
    kind: str
    level: str
    parent_code: str | None
    valid_from: str | None
    valid_to: str | None
    owner_code: str

    def valid_on(self, day: date) -> bool:
        iso = day.isoformat()
        return (self.valid_from is None or self.valid_from <= iso) and (
            self.valid_to is None or iso <= self.valid_to
        )


class UnitLink(NamedTuple):
    id: str
    successor: str
    predecessor: str
    predecessor_name: str | None
    predecessor_dataset: str | None
    kind: str
    date: str | None
    owner_code: str


def get(db: Database, code: str) -> Unit:
    row = rows.get(db, code)
    if row is None:
        raise NotFound(f"Không có đơn vị hành chính mã {code} trong tệp dữ liệu.")
    return Unit._make(row)


def require_commune(db: Database, code: str, why: str) -> Unit:
    """The unit, if it is commune-level (xã, phường, thị trấn); otherwise InvalidInput saying
    `why` the operation needs a commune."""
    unit = get(db, code)
    if unit.level != "commune":
        raise InvalidInput(
            f"{unit.name} là cấp {LEVEL_NAMES[unit.level]}, không phải đơn vị cấp xã: {why}"
        )
    return unit


def children(db: Database, parent_code: str | None) -> list[Unit]:
    """Direct children of a unit (the roots when `parent_code` is None), in code order."""
    return [Unit._make(row) for row in rows.children(db, parent_code)]


def child_counts(db: Database, codes: list[str]) -> dict[str, int]:
    return rows.child_counts(db, codes)


def subtree(db: Database, root_code: str | None = None) -> list[Unit]:
    if root_code is not None:
        get(db, root_code)
    return [Unit._make(row) for row in rows.subtree(db, root_code)]


def path(db: Database, code: str) -> list[Unit]:
    """From the root down to the unit itself."""
    return [Unit._make(row) for row in rows.ancestors(db, code)]


def names(db: Database, codes: Iterable[str | None]) -> dict[str, str]:
    """The name of each of the units `codes`, read at once (None and unknown codes are absent)."""
    return rows.names(db, sorted({code for code in codes if code}))


def search(db: Database, text: str, limit: int = 200) -> list[Unit]:
    """Accent-insensitive search by name ("tan yen" finds "Tân Yên") or exact code."""
    folded = fold(text)
    if not folded:
        return []
    return [Unit._make(row) for row in rows.search_folded(db, folded, limit)]


def links(db: Database, code: str) -> list[UnitLink]:
    return [UnitLink._make(row) for row in rows.links_of(db, code)]


def province_of(db: Database, code: str) -> Unit:
    return path(db, code)[0]


def owner_for_new(db: Database, parent: Unit, level: str) -> str:
    """Villages belong to their commune's office; every other unit to the province."""
    if level == "village":
        return parent.code
    return province_of(db, parent.code).code


def add_village(db: Database, commune_code: str, name: str, kind: str = "thôn") -> Unit:
    commune = require_commune(
        db, commune_code, "chỉ thêm được thôn vào một xã, phường hoặc thị trấn."
    )
    name = _village_name(name, kind)
    if kind not in VILLAGE_KINDS:
        raise InvalidInput(
            f"Loại đơn vị '{kind}' không hợp lệ cho thôn; chọn một trong: "
            + ", ".join(VILLAGE_KINDS)
            + "."
        )
    if _current_village(db, commune_code, name) is not None:
        raise InvalidInput(f"{commune.name} đã có {name}. Hãy đặt tên khác.")
    numbers = [
        int(code.rsplit(".", 1)[1])
        for code in rows.codes_with_prefix(db, commune_code + ".")
        if code.rsplit(".", 1)[1].isdigit()
    ]
    code = f"{commune_code}.{max(numbers, default=0) + 1:03d}"
    changes.insert_tracked(
        db,
        "units",
        {
            "code": code,
            "name": name,
            "kind": kind,
            "level": "village",
            "parent_code": commune_code,
            "valid_from": date.today().isoformat(),
            "valid_to": None,
            "owner_code": commune_code,
        },
        key="code",
        owner=commune_code,
        derived={"name_folded": fold(name)},
    )
    return get(db, code)


def find_village(db: Database, commune_code: str, name: str, kind: str = "thôn") -> Unit | None:
    """The commune's village in force today that `add_village` would refuse to add again."""
    return _current_village(db, commune_code, _village_name(name, kind))


def _current_village(db: Database, commune_code: str, name: str) -> Unit | None:
    today = date.today()
    return next(
        (
            unit
            for unit in children(db, commune_code)
            if unit.valid_on(today) and unit.name.casefold() == name.casefold()
        ),
        None,
    )


def rename(db: Database, code: str, new_name: str) -> Unit:
    unit = get(db, code)
    new_name = required_name(new_name, "Tên đơn vị")
    changes.update_tracked(
        db,
        "units",
        code,
        {"name": new_name},
        key="code",
        owner=unit.owner_code,
        derived={"name_folded": fold(new_name)},
    )
    return get(db, code)


def retire(db: Database, code: str, valid_to: date) -> Unit:
    """End a unit's validity (merged, dissolved); its history and data stay."""
    unit = get(db, code)
    if unit.valid_from and valid_to.isoformat() < unit.valid_from:
        raise InvalidInput(
            f"Ngày hết hiệu lực {valid_to:%d/%m/%Y} trước ngày bắt đầu hiệu lực của {unit.name}."
        )
    changes.update_tracked(
        db, "units", code, {"valid_to": valid_to.isoformat()}, key="code", owner=unit.owner_code
    )
    return get(db, code)


def _village_name(name: str, kind: str) -> str:
    name = required_name(name, "Tên thôn")
    if not fold(name).startswith(fold(kind) + " ") and kind in VILLAGE_KINDS:
        name = f"{kind.capitalize()} {name}"
    return name
