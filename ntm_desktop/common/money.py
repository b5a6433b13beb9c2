"""Amounts of money: exact integer đồng inside, million VND (triệu đồng) for people.

Never floats: 0.1 + 0.2 != 0.3 in binary, and a province table summed in floats drifts. Integer
đồng is exact, SQLite sums it exactly, and one đồng is the smallest amount there is.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.text import format_number

DONG_PER_MILLION = 1_000_000
# A thousand trillion đồng: far above any programme budget, far below SQLite's integer limit.
MAX_MILLION = Decimal(10**9)
MAX_DONG = int(MAX_MILLION) * DONG_PER_MILLION
# Counts and areas: every whole number up to 2^53 is also exact as a float (JSON, sheets).
MAX_WHOLE = 2**53
_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_decimal(value: object, what: str) -> Decimal:
    """A number typed or read from a sheet: 1.274.790 / 432,07 (Vietnamese) or 432.07.

    A text with dots only in groups of three ("1.274.790") reads as thousands, as people write
    it; a float from a spreadsheet cell is read through its shortest text, so 432.07 stays 432.07.
    """
    if isinstance(value, bool):
        raise InvalidInput(f"{what}: '{value}' không phải là số.")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        text = str(value).strip().replace(" ", "").replace("\u00a0", "")
        if "," in text and "." in text:
            text = text.replace(".", "").replace(",", ".")
        elif "," in text:
            text = text.replace(",", ".")
        elif _THOUSANDS_DOTS.match(text.lstrip("-")):
            text = text.replace(".", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InvalidInput(
                f"{what}: '{value}' không phải là số. Hãy nhập số, ví dụ 1.274.790 hoặc 432,07."
            ) from None
    if not number.is_finite():
        raise InvalidInput(f"{what}: '{value}' không phải là số hữu hạn.")
    return number


def million_to_dong(value: object, what: str) -> int:
    """Million VND (as typed) to integer đồng; refuses negatives and fractions of a đồng."""
    million = parse_decimal(value, what)
    if million < 0:
        raise InvalidInput(f"{what}: số tiền không được âm ({format_million(million)} triệu đồng).")
    if million > MAX_MILLION:
        raise InvalidInput(
            f"{what}: {format_million(million)} triệu đồng là quá lớn; hãy kiểm tra đơn vị tính "
            "(số liệu nhập theo triệu đồng)."
        )
    dong = million * DONG_PER_MILLION
    if dong != dong.to_integral_value():
        raise InvalidInput(f"{what}: số tiền lẻ dưới 1 đồng ({value}); hãy làm tròn đến đồng.")
    return int(dong)


def dong_to_million(dong: int) -> Decimal:
    return Decimal(dong) / DONG_PER_MILLION


def format_million(value: Decimal | int, decimals: int | None = None) -> str:
    """1.274.791 or 432.070,5: as many decimals as the amount has, unless `decimals` is given."""
    number = Decimal(value)
    if decimals is None:
        exponent = number.normalize().as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return format_number(number, decimals)  # type: ignore[arg-type]


def share(part: int, whole: int, decimals: int = 1) -> Decimal | None:
    """`part` as a percentage of `whole`, rounded half up (as the reports do); None if no whole."""
    if whole == 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(
        Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP
    )


def non_negative_int(value: object, what: str) -> int:
    """A count or an area (m², workdays): a whole number that is not negative."""
    number = parse_decimal(value, what)
    if number < 0:
        raise InvalidInput(f"{what}: không được âm ({value}).")
    if number != number.to_integral_value():
        raise InvalidInput(f"{what}: phải là số nguyên ({value}).")
    if number > MAX_WHOLE:
        raise InvalidInput(f"{what}: {value} là quá lớn; hãy kiểm tra lại số đã nhập.")
    return int(number)


def check_dong(dong: int, what: str) -> int:
    """An amount in whole đồng no larger than any programme could hold (see MAX_MILLION)."""
    if dong > MAX_DONG:
        raise InvalidInput(
            f"{what}: {format_million(dong)} đồng là quá lớn (tối đa "
            f"{format_million(MAX_DONG)} đồng); hãy kiểm tra lại số tiền và đơn vị tính."
        )
    return dong
