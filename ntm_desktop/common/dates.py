"""The one reading of dates people type or sheets hold.

Accepted: dd/mm/yyyy as officials write it (05/01/2026, also 5/1/2026), ISO yyyy-mm-dd as the
data file stores it, and a date or datetime cell of a sheet. The year has four digits and is not
before 1900: Excel shows a serial day number of 0 or less as a day of 1899, which is a broken cell,
never a real date of the programme.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ntm_desktop.common.errors import InvalidInput, clip

FIRST_YEAR = 1900
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(value: object, what: str = "Ngày") -> date:
    """The date in `value`; InvalidInput naming `what` and the expected form otherwise."""
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    else:
        text = str(value).strip() if isinstance(value, str) else ""
        day_month_year = _DAY_MONTH_YEAR.match(text)
        iso = _ISO.match(text)
        try:
            if day_month_year:
                day, month, year = (int(part) for part in day_month_year.groups())
                found = date(year, month, day)
            elif iso:
                found = date(*(int(part) for part in iso.groups()))
            else:
                raise ValueError(text)
        except ValueError:
            raise InvalidInput(
                f"{what} '{clip(value)}' không phải ngày hợp lệ: hãy nhập dạng dd/mm/yyyy, ví dụ "
                "05/01/2026."
            ) from None
    if found.year < FIRST_YEAR:
        raise InvalidInput(
            f"{what} {found:%d/%m/%Y} không hợp lệ (trước năm {FIRST_YEAR}; ô ngày của Excel "
            "ghi số 0 hoặc số âm). Hãy nhập ngày dạng dd/mm/yyyy, ví dụ 05/01/2026."
        )
    return found


def check_year(year: int) -> int:
    """`year` when it is a programme year (2000 to 2100); InvalidInput otherwise."""
    if not 2000 <= year <= 2100:
        raise InvalidInput(f"Năm {year} không hợp lệ: hãy nhập năm có bốn chữ số, ví dụ 2020.")
    return year
