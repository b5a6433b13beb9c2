"""Matching unit names as people write them in sheets: "TP Bắc Giang", "H. Tân Yên", "Việt Lập"."""

from __future__ import annotations

from collections.abc import Iterable

from ntm_desktop.common.text import fold
from ntm_desktop.units.units import KINDS_BY_LEVEL, Unit

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
