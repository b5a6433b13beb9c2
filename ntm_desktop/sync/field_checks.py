"""Checks of an imported value: what the field's own entry would store, nothing else.

A signed bundle is still untrusted data: an office's laptop may run a modified program. Every
field that travels is checked twice before anything is written. First against the type its
column declares (`of_column`): a whole number for INTEGER, a finite number for REAL, text for
TEXT; never a boolean, NaN or infinity. Then against the rule of the domain code that enters it
locally (`entered`, `choice`, `year`, ...), declared per table in `domain_tables`. A value a
local entry would refuse is refused in a bundle too, so nothing stored can trip a later command.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import Any

from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.storage.changes import SQLITE_INTEGERS
from ntm_desktop.sync.table_spec import ValueCheck


def of_column(declared: str, value: Any) -> str | None:
    """Why `value` is not of the type a column declared `declared` holds (None: it is)."""
    declared = declared.upper()
    if isinstance(value, bool):
        return "giá trị đúng/sai không phải là dữ liệu của trường này"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} không phải là số hữu hạn"
    if isinstance(value, int) and value not in SQLITE_INTEGERS:
        return f"{value} vượt quá giới hạn lưu trữ"
    if "INT" in declared and not isinstance(value, int):
        return f"{value!r} không phải là số nguyên"
    if ("REAL" in declared or "NUM" in declared) and not isinstance(value, int | float):
        return f"{value!r} không phải là số"
    if "TEXT" in declared and not isinstance(value, str):
        return f"{value!r} không phải là chữ"
    if not isinstance(value, str | int | float):
        return f"{value!r} không phải là chữ hay số"
    return None


def entered(parse: Callable[[Any], Any]) -> ValueCheck:
    """A value `parse` (the field's local entry) accepts and keeps as it is."""

    def check(value: Any) -> str | None:
        try:
            stored = parse(value)
        except InvalidInput as exc:
            return exc.message
        if stored != value:
            return f"{value!r} không phải là giá trị mà phần nhập liệu lưu"
        return None

    return check


def choice(allowed: Collection[Any]) -> ValueCheck:
    def check(value: Any) -> str | None:
        if value in allowed:
            return None
        return f"'{value}' không phải một trong: {', '.join(str(name) for name in allowed)}"

    return check


def whole(lowest: int = 0, highest: int = 2**53) -> ValueCheck:
    """A count, an order or a size."""

    def check(value: Any) -> str | None:
        if isinstance(value, int) and lowest <= value <= highest:
            return None
        return f"{value} phải là số nguyên từ {lowest} đến {highest}"

    return check


FLAG = choice((0, 1))  # a removed or deleted mark


def _year(value: int) -> int:
    check_year(value)
    return value


YEAR = entered(_year)


def iso_date(value: Any) -> str | None:
    """A day as the tables hold it (YYYY-MM-DD), which later reads parse back."""
    try:
        if isinstance(value, str) and date.fromisoformat(value).isoformat() == value:
            return None
    except ValueError:
        pass
    return f"'{value}' không phải là ngày (YYYY-MM-DD)"


def iso_time(value: Any) -> str | None:
    """A moment (when a file was added): an ISO date and time whose day is a valid date."""
    try:
        if isinstance(value, str) and iso_date(value[:10]) is None:
            datetime.fromisoformat(value)
            return None
    except ValueError:
        pass
    return f"'{value}' không phải là thời điểm (YYYY-MM-DDThh:mm:ss)"


def json_text(shape: type[list[Any]] | type[dict[str, Any]], items: type) -> ValueCheck:
    """Text holding a JSON list (or object) of `items`, as the field's writer encodes it."""

    def check(value: Any) -> str | None:
        try:
            decoded = json.loads(value) if isinstance(value, str) else None
        except ValueError:
            decoded = None
        if isinstance(decoded, shape):
            members = decoded.values() if isinstance(decoded, dict) else decoded
            if all(isinstance(member, items) for member in members):
                return None
        return f"'{value}' không phải là danh sách đúng định dạng"

    return check
