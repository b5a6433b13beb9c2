"""Amounts of money: exact integer đồng inside, million VND (triệu đồng) for people.

Never floats: 0.1 + 0.2 != 0.3 in binary, and a province table summed in floats drifts. Integer
đồng is exact, SQLite sums it exactly, and one đồng is the smallest amount there is.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.numbers import parse_decimal
from ntm_desktop.common.text import format_number

DONG_PER_MILLION = 1_000_000
# A thousand trillion đồng: far above any programme budget, far below SQLite's integer limit.
MAX_MILLION = Decimal(10**9)


def million_to_dong(value: object, what: str) -> int:
    """Million VND (as typed) to integer đồng; refuses negatives and fractions of a đồng."""
    million = parse_decimal(value, what, negative=True)
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
