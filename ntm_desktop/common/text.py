"""Vietnamese text helpers: accent-insensitive folding and number/date formatting."""

import unicodedata
from datetime import date

from ntm_desktop.common.errors import InvalidInput

_D_MAP = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Lower-case `text` and strip Vietnamese diacritics, so "tan yen" matches "Tân Yên"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def required_name(text: str, what: str) -> str:
    """`text` in NFC without surrounding spaces; InvalidInput naming `what` when nothing is left."""
    name = nfc(text)
    if not name:
        raise InvalidInput(f"{what} không được để trống.")
    return name


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """Vietnamese style: 1.274.790 and 16,3 (dot for thousands, comma for decimals)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
