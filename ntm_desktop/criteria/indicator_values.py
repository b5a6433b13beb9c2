"""What an indicator's value may be, read Vietnamese style, and what its target says of it.

The indicator's unit decides the kind of value: "%" is a number from 0 to 100, an amount of money
(a unit in đồng) is a number ≥ 0, any other unit a number; an indicator without a unit takes text,
unless its target is a machine-checkable comparison (then a number) or a yes/no rule.

Which target applies: in a set by commune group (QĐ 51/2025/QĐ-TTg), the target of the
commune's group; a commune without a group has none, and nothing is checked for it (`NO_GROUP`).
Otherwise the indicator's own target. Targets by region are kept as the text gives them (the
workbook carries them) but decide nothing: the tree does not say which region a commune is in.
An indicator whose official number is not known ("13.x1") or a criterion placeholder is never
decided by a rule.
"""

from __future__ import annotations

import enum
import math
from decimal import Decimal
from typing import Any, Final

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.numbers import parse_decimal
from ntm_desktop.common.text import fold, format_number
from ntm_desktop.criteria.catalogs import Indicator, code_words

Value = float | int | str | None

_YES = {"co", "yes", "x", "dat", "1", "true", "v"}
_NO = {"khong", "no", "chua dat", "khong dat", "0", "false", "chua"}
# As the legal texts and the catalog workbook write a comparison.
_SIGNS = {">=": "≥", "<=": "≤", "==": "="}
_OPS = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    "==": lambda a, b: a == b,
}


class _NoGroup:
    def __repr__(self) -> str:
        return "NO_GROUP"


# The target of a set by commune group for a commune that has no group yet.
NO_GROUP: Final = _NoGroup()
NO_GROUP_TEXT = "Xã chưa được xếp nhóm"


class Outcome(enum.Enum):
    MET = "met"
    NOT_MET = "not-met"
    NO_GROUP = "no-group"  # targets by group, and the commune has none: nothing is checked
    NO_RULE = "no-rule"  # no machine-checkable target, no value, or the indicator is unknown


def target_for(indicator: Indicator, group: int | None) -> Any:
    """The target that applies to a commune of `group` (1, 2, 3 or None): NO_GROUP when the
    indicator has targets by group and the commune has no group."""
    if indicator.targets_by_group:
        if group is None:
            return NO_GROUP
        return indicator.targets_by_group.get(str(group))
    return indicator.target


def _all_targets(indicator: Indicator) -> list[Any]:
    return [
        indicator.target,
        *(indicator.targets_by_group or {}).values(),
        *(indicator.targets_by_region or {}).values(),
    ]


def kind(indicator: Indicator) -> str:
    """'percent', 'amount', 'number', 'yesno' or 'text'."""
    unit = (indicator.unit or "").strip()
    if unit == "%":
        return "percent"
    if "đồng" in unit:
        return "amount"
    if unit:
        return "number"
    for target in _all_targets(indicator):
        if isinstance(target, dict):
            return "yesno" if target.get("op") == "yes" else "number"
    return "text"


def parse_number(value: object, what: str = "Giá trị") -> float | int:
    """A value by common.numbers' rule ("16,3", "1.274.790", "80,5 %"), stored as int when
    written without decimals and as float otherwise."""
    number = parse_decimal(value, what, negative=True, percent_sign=True)
    whole = isinstance(value, int) or (
        not isinstance(value, float) and number.as_tuple().exponent == 0
    )
    return int(number) if whole else float(number)


def parse(indicator: Indicator, text: str | float | int | None) -> Value:
    """The value to store for what the officer typed; an empty entry clears the value."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    what = kind(indicator)
    if what == "text":
        return str(text).strip()
    if what == "yesno":
        answer = fold(str(text))
        if answer in _YES:
            return "có"
        if answer in _NO:
            return "không"
        raise InvalidInput(
            f"Chỉ tiêu {code_words(indicator.code)} chỉ nhận 'có' hoặc 'không' (đã nhập '{text}')."
        )
    number = parse_number(text, f"Chỉ tiêu {code_words(indicator.code)}")
    if what == "percent" and not 0 <= number <= 100:
        raise InvalidInput(
            f"Tỷ lệ của chỉ tiêu {code_words(indicator.code)} phải từ 0 đến 100 % "
            f"(đã nhập {format_value(number)}). Giá trị cũ được giữ nguyên."
        )
    if what == "amount" and number < 0:
        raise InvalidInput(
            f"Số tiền của chỉ tiêu {code_words(indicator.code)} không được âm "
            f"(đã nhập {format_value(number)}). Giá trị cũ được giữ nguyên."
        )
    return number


def stored(value: Any) -> Value:
    """A value read from the table as an entry would have made it. The column takes any type,
    so a file edited by hand may hold bytes; they read as text, never reaching a comparison."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def format_value(value: Value) -> str:
    """A stored value as the officer would write it: 1.274.790 · 16,3 · 0,00001 · text as is.

    Up to four decimals, more only for a number that would otherwise show as 0 (0,00001)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return format_number(value)
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞" if value < 0 else ""
    if value.is_integer():
        return format_number(int(value))
    exponent = Decimal(repr(value)).as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) else 0
    leading = -math.floor(math.log10(abs(value)))
    return format_number(value, min(decimals, max(4, leading)))


def format_target(target: Any) -> str:
    """The target as the catalog states it; '' when the catalog has none."""
    if target is None or target is NO_GROUP:
        return ""
    if isinstance(target, str):
        return target
    if target.get("text"):
        return str(target["text"])
    if target.get("op") == "yes":
        return "Có"
    return f"{_SIGNS.get(target['op'], target['op'])} {format_value(target.get('value'))}"


def format_group_targets(indicator: Indicator) -> str:
    """ "Nhóm 1: >= 90 · Nhóm 2: >= 80 · Nhóm 3: >= 70"; '' when not set by group."""
    return " · ".join(
        f"Nhóm {group}: {format_target(target) or '—'}"
        for group, target in sorted((indicator.targets_by_group or {}).items())
    )


def outcome(indicator: Indicator, value: Value, group: int | None = None) -> Outcome:
    """What the rule says of `value` for a commune of `group`."""
    if indicator.placeholder or indicator.unnumbered:
        return Outcome.NO_RULE
    target = target_for(indicator, group)
    if target is NO_GROUP:
        return Outcome.NO_GROUP
    if not isinstance(target, dict) or value is None:
        return Outcome.NO_RULE
    if target["op"] == "yes":
        met = value == "có"
    elif isinstance(value, str) or "value" not in target:
        return Outcome.NO_RULE
    else:
        met = bool(_OPS[target["op"]](value, target["value"]))
    return Outcome.MET if met else Outcome.NOT_MET


def evaluate(indicator: Indicator, value: Value, group: int | None = None) -> bool | None:
    """Met by rule: True/False when the target that applies is machine-checkable and a value
    is given; None otherwise (no group included)."""
    found = outcome(indicator, value, group)
    return None if found in (Outcome.NO_GROUP, Outcome.NO_RULE) else found is Outcome.MET
