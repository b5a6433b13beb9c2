"""Matching unit names as people write them in sheets: "TP Bắc Giang", "H. Tân Yên", "Việt Lập"."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from ntm_desktop.common.errors import NotFound
from ntm_desktop.common.text import fold
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ntm_desktop.units.units import KINDS_BY_LEVEL, Unit

CODE_LENGTH = 5  # a commune's GSO code

ABBREVIATIONS = {
    "tp.": "thanh pho",
    "tp": "thanh pho",
    "tx.": "thi xa",
    "tx": "thi xa",
    "tt.": "thi tran",
    "tt": "thi tran",
    "h.": "huyen",
    "x.": "xa",
    "p.": "phuong",
}
_KIND_WORDS = sorted(
    {fold(kind) for kinds in KINDS_BY_LEVEL.values() for kind in kinds}, key=len, reverse=True
)


def full_key(name: str) -> str:
    """Folded, with abbreviated kinds written out: "TP Bắc Giang" -> "thanh pho bac giang"."""
    words = fold(name).replace("tp.", "tp. ").split()
    if words and words[0] in ABBREVIATIONS:
        words[0] = ABBREVIATIONS[words[0]]
    return " ".join(words)


def bare_key(name: str) -> str:
    """The name without its kind: "Huyện Tân Yên" -> "tan yen"."""
    key = full_key(name)
    for kind in _KIND_WORDS:
        if key.startswith(kind + " "):
            return key[len(kind) + 1 :]
    return key


def find(candidates: Iterable[Unit], written: str) -> list[Unit]:
    """The units whose name matches `written`, with its kind or without."""
    key = full_key(written)
    pool = list(candidates)
    exact = [unit for unit in pool if full_key(unit.name) == key]
    if exact:
        return exact
    bare = bare_key(written)
    return [unit for unit in pool if bare_key(unit.name) == bare]


def communes_under(db: Database, root_code: str, day: date) -> list[Unit]:
    """The communes under a unit (or the unit itself) in force on `day`: a sheet's names are
    matched against them."""
    return [
        unit
        for unit in units.subtree(db, root_code)
        if unit.level == "commune" and unit.valid_on(day)
    ]


def normalise_code(value: Any) -> str | None:
    """ "7354", 7354 or 7354.0 -> "07354" (Excel drops the leading zero of numbers)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text.isdigit():
        return text
    return text.zfill(CODE_LENGTH)


def unit_of_code(db: Database, typed: Any) -> Unit | None:
    """The unit a code cell names: the code with its leading zero back, else the code as typed
    (a district's "216"); None for a blank cell or a code of no unit."""
    code = normalise_code(typed)
    if code is None:
        return None
    text = str(int(typed)) if isinstance(typed, float) and typed.is_integer() else str(typed)
    for candidate in dict.fromkeys((code, text.strip())):
        try:
            return units.get(db, candidate)
        except NotFound:
            continue
    return None


def commune_of_row(
    db: Database,
    pool: Iterable[Unit],
    code: Any,
    name: Any,
    ambiguous: str = "tên trùng với nhiều xã; hãy ghi mã xã",
    within: str = "tệp dữ liệu",
) -> tuple[Unit | None, str | None]:
    """The commune a sheet row names, by its code cell or else by name within `pool`, and why
    none (a reason for the code cell when it is filled, else for the name cell).

    A code is trusted or refused, never replaced by a guess from the name: a mistyped code
    would put one commune's data on another."""
    written = None if name is None or not str(name).strip() else str(name)
    normalised = normalise_code(code)
    if normalised is not None:
        unit = unit_of_code(db, code)
        if unit is None:
            reason = f"Mã {normalised} không có trong danh sách đơn vị; kiểm tra lại mã"
        elif unit.level != "commune":
            reason = f"mã {normalised} là {unit.name}, không phải một xã; hãy ghi mã xã"
        elif written is None or find([unit], written):
            return unit, None
        else:
            return (
                None,
                f"mã {normalised} là {unit.name}, không phải '{written}'; hãy sửa mã hoặc tên",
            )
        return None, reason + " hoặc để trống ô mã để đối chiếu theo tên"
    if written is None:
        return None, "thiếu mã xã và tên xã; hãy ghi một trong hai"
    matches = find(pool, written)
    if len(matches) == 1:
        return matches[0], None
    if matches:
        return None, ambiguous
    return None, f"không có xã nào có tên này trong {within}; hãy ghi mã xã hoặc sửa tên"
