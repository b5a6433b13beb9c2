"""The one reading of numbers people type or sheets hold: money, quantities, percentages,
indicator values, targets, counts.

The rule, Vietnamese style as officials write it:

- "." groups thousands and "," is the decimal mark: 1.274.790 · 16,3 · 1.274.790,5 · 80,5 %.
- A group after a "." has exactly three digits, so a lone "1.250" is one thousand two hundred and
  fifty, never 1,25; "1.25" or "16.3" is refused with a message saying to write the decimals after
  a comma. "1,274,790" (two commas) is refused too.
- Spaces (also no-break spaces, as Excel copies them) are ignored; a "-" in front makes a negative,
  which is refused unless the caller allows it; a trailing "%" only where the caller reads a
  percentage.
- A number cell of a sheet (int or float) is taken as it is, a float through its shortest text,
  so 432.07 stays 432.07; TRUE/FALSE, NaN and infinities are refused, never read as 1, 0 or blank.
- Nothing from 10^15 up (a thousand trillion đồng, far above any budget and far below SQLite's
  2^63-1), no more than 9 decimals typed, nothing in exponent form ("1e308"): a number past
  these is a typing or unit mistake, refused with a message instead of stored or crashing later.

Every function raises InvalidInput naming `what` (the field, as the officer sees it).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ntm_desktop.common.errors import InvalidInput, clip

# 10^15: a thousand trillion; money in đồng, counts and indicator values all stay below it.
LIMIT = Decimal(10) ** 15
MAX_DECIMALS = 9
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_NUMBER = re.compile(r"^(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<fraction>\d+))?$")
# Dots between digits in groups other than three: someone wrote the decimals English style.
_DOT_DECIMALS = re.compile(r"^\d+(?:\.\d+)+(?:,\d+)?$")
_EXAMPLES = "ví dụ 1.274.790 hoặc 16,3"


def parse_decimal(
    value: object, what: str, *, negative: bool = False, percent_sign: bool = False
) -> Decimal:
    """`value` (typed text or a sheet cell) as an exact Decimal, under the rule above."""
    if isinstance(value, bool):
        raise InvalidInput(
            f"{what}: ô ghi giá trị đúng/sai ({'TRUE' if value else 'FALSE'}), không phải là số. "
            f"Hãy ghi số, {_EXAMPLES}."
        )
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            raise InvalidInput(
                f"{what}: '{value}' không phải là số hữu hạn. Hãy ghi số, {_EXAMPLES}."
            )
    elif isinstance(value, str):
        number = _parse_text(value, what, percent_sign=percent_sign)
    else:
        raise InvalidInput(f"{what}: '{clip(value)}' không phải là số. Hãy ghi số, {_EXAMPLES}.")
    if abs(number) >= LIMIT:
        raise InvalidInput(
            f"{what}: {clip(value)} quá lớn (từ một triệu tỷ trở lên); hãy kiểm tra lại số "
            "và đơn vị tính."
        )
    if number < 0 and not negative:
        raise InvalidInput(
            f"{what} không được âm (đã nhập {clip(value)}). Hãy nhập số từ 0 trở lên."
        )
    return number


def parse_whole(value: object, what: str, *, negative: bool = False) -> int:
    """A whole number (a count, m², workdays, đồng): "1.250" is 1250, "12,5" is refused."""
    number = parse_decimal(value, what, negative=negative)
    if number != number.to_integral_value():
        raise InvalidInput(f"{what}: phải là số nguyên (đã nhập {clip(value)}), không có phần lẻ.")
    return int(number)


def _parse_text(text: str, what: str, *, percent_sign: bool) -> Decimal:
    cleaned = _SPACES.sub("", text)
    if percent_sign:
        cleaned = cleaned.removesuffix("%")
    if not cleaned:
        raise InvalidInput(f"{what}: chưa nhập số. Hãy ghi số, {_EXAMPLES}.")
    sign, body = ("-", cleaned[1:]) if cleaned.startswith("-") else ("", cleaned)
    found = _NUMBER.match(body)
    if found is None:
        if _DOT_DECIMALS.match(body):
            raise InvalidInput(
                f"{what}: '{clip(text)}' không đọc được: dấu chấm chỉ dùng để tách hàng nghìn "
                "(1.250 là một nghìn hai trăm năm mươi), mỗi nhóm sau dấu chấm có đúng 3 chữ số. "
                "Phần thập phân ghi sau dấu phẩy, ví dụ 1,25."
            )
        raise InvalidInput(
            f"{what}: '{clip(text)}' không phải là số. Hãy nhập số kiểu Việt Nam (dấu chấm tách "
            f"hàng nghìn, dấu phẩy trước phần thập phân), {_EXAMPLES}."
        )
    whole = found["whole"].replace(".", "")
    fraction = found["fraction"] or ""
    if len(fraction) > MAX_DECIMALS:
        raise InvalidInput(
            f"{what}: '{clip(text)}' có quá nhiều chữ số thập phân (tối đa {MAX_DECIMALS})."
        )
    if len(whole.lstrip("0")) > len(str(LIMIT)):
        # Past the limit anyway: refused below without building a huge Decimal first.
        whole = str(LIMIT)
    return Decimal(f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}")
