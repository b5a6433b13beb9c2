"""Deadlines as plans write them: "Tháng 02/2020", "Quý I/2020", "Trước 28/02/2020", "Trong năm".

Each is read into the last day it allows, so overdue and due-soon can be computed; the text as
written is always kept beside it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.text import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4}
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_MONTH = re.compile(r"^thang (\d{1,2})(?:/(\d{4}))?$")
_QUARTER = re.compile(r"^quy ([ivx1-4]+)(?:\s*-\s*([ivx1-4]+))?(?:/(\d{4}))?$")
_YEAR = re.compile(r"^trong nam(?: (\d{4}))?$")
_BEFORE = re.compile(r"^(?:truoc|truoc ngay|den|han) (.+)$")


def due_date(text: str, year: int) -> date:
    """The due date of a deadline as written; `year` fills in a year the text leaves out.

    "Trước 28/02/2020" is read as due on 28/02/2020 (the plan's own reading: work reported on
    that day is on time).
    """
    folded = fold(text)
    before = _BEFORE.match(folded)
    if before:
        folded = before.group(1).strip()
    if _DATE.match(folded):
        return parse_date(folded, f"Thời hạn '{text}': ngày")
    found = _MONTH.match(folded)
    if found:
        month = int(found.group(1))
        in_year = int(found.group(2) or year)
        if not 1 <= month <= 12:
            raise _bad(text)
        return date(in_year, month, calendar.monthrange(in_year, month)[1])
    found = _QUARTER.match(folded)
    if found:
        last = _quarter(found.group(2) or found.group(1), text)
        first = _quarter(found.group(1), text)
        if last < first:
            raise _bad(text)
        in_year = int(found.group(3) or year)
        month = last * 3
        return date(in_year, month, calendar.monthrange(in_year, month)[1])
    found = _YEAR.match(folded)
    if found:
        return date(int(found.group(1) or year), 12, 31)
    raise _bad(text)


def _quarter(token: str, text: str) -> int:
    number = _ROMAN.get(token) or _QUARTER_NUMBER.get(token)
    if number is None:
        raise _bad(text)
    return number


def _bad(text: str) -> InvalidInput:
    return InvalidInput(
        f"Không hiểu thời hạn '{text}'. Hãy ghi theo một trong các dạng: 28/02/2020, "
        "Trước 28/02/2020, Tháng 02/2020, Quý I/2020, Quý II-III/2020, Trong năm 2020."
    )
