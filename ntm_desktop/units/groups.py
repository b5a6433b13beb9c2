"""The group (nhóm 1, 2 or 3) the province puts each commune in, from a date.

The 2026-2030 commune set (QĐ 51/2025/QĐ-TTg) gives some indicators a target per group, and the
province decides which group each of its communes (xã) is in. Only the rural communes of the
tree without districts (from 01/7/2025) have a group: wards (phường), towns (thị trấn) and
special zones are not assessed against the commune set. A commune's group runs from its row's
date to the day before its next row's date; the rows are the province's (owner = the province),
tracked like every edit and travelling to the communes in the province's bundles.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput, OutOfScope, clip
from ntm_desktop.common.text import fold, format_date, nfc
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import commune_groups as rows
from ntm_desktop.units import records, units

GROUPS = (1, 2, 3)
TABLE = "commune_groups"
# Fixed forever: the ids derived from it must agree on every laptop.
ID_NAMESPACE = uuid.UUID("3c9a7f0e-52d4-5b8e-a1f6-0d4e7b2c9a83")
NOT_ASSESSED = "{kind} không đánh giá theo bộ tiêu chí xã nông thôn mới"


@dataclass(frozen=True)
class GroupPeriod:
    unit_code: str
    group: int
    valid_from: date
    # The day before the commune's next period starts; None while the period runs on.
    valid_to: date | None
    note: str

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class CommuneGroup:
    """A commune of the province and its period on the day asked (None: no group yet)."""

    unit: units.Unit
    period: GroupPeriod | None


def group_id(unit_code: str, valid_from: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{unit_code}/{valid_from}"))


def not_assessed(unit: units.Unit) -> str | None:
    """Why the commune set does not apply to this commune-level unit (a ward, a town), if so."""
    if unit.level == "commune" and unit.kind != units.RURAL_COMMUNE_KIND:
        return NOT_ASSESSED.format(kind=unit.kind.capitalize())
    return None


def check_commune(db: Database, unit_code: str) -> units.Unit:
    """The unit, if it is a commune (xã) of the tree without districts; InvalidInput otherwise."""
    unit = units.require_commune(
        db, unit_code, "chỉ xã được xếp nhóm 1, 2 hoặc 3. Hãy chọn một xã."
    )
    reason = not_assessed(unit)
    if reason is not None:
        raise InvalidInput(f"{reason}: {unit.name} ({unit.code}) không được xếp nhóm xã.")
    parent = units.get(db, unit.parent_code) if unit.parent_code else None
    if parent is not None and parent.level == "district":
        raise InvalidInput(
            f"{unit.name} ({unit.code}) thuộc cây đơn vị còn cấp huyện (trước 01/7/2025): nhóm "
            "xã được xếp cho các xã từ 01/7/2025. Hãy mở tệp dữ liệu có cây đơn vị hiện hành."
        )
    return unit


def parse_group(value: Any) -> int:
    """1, 2 or 3 as typed or held in a cell ("2", 2, 2.0, "Nhóm 2")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = fold(str(value)).removeprefix("nhom").strip() if value is not None else ""
    if text.isdigit() and int(text) in GROUPS:
        return int(text)
    raise InvalidInput(f"Nhóm '{clip(value)}' không hợp lệ: nhóm xã là 1, 2 hoặc 3.")


def refusal(db: Database) -> str | None:
    """Why this data file's office may not set groups (they are the province's), if so."""
    role = records.office_role(db)
    if role is None or role == "province":
        return None
    return (
        f"Nhóm xã do tỉnh quyết định; tệp dữ liệu này của đơn vị {db.actor.office_code} (cấp "
        f"{units.LEVEL_NAMES.get(role, role)}) chỉ xem được nhóm, không sửa được."
    )


def set_group(
    db: Database, unit_code: str, group: Any, valid_from: Any, note: str = ""
) -> dict[str, tuple[Any, Any]]:
    """Put the commune in `group` from `valid_from` (a date or dd/mm/yyyy); returns what changed.

    Setting the same date again changes that period; a new date starts a new period.
    """
    reason = refusal(db)
    if reason is not None:
        raise OutOfScope(f"Không thể lưu: {reason}")
    unit = check_commune(db, unit_code)
    number = parse_group(group)
    start = parse_date(valid_from, "Ngày bắt đầu")
    if not unit.valid_on(start):
        raise InvalidInput(
            f"{unit.name} không có hiệu lực vào ngày {format_date(start)}: hãy chọn một ngày "
            "trong thời gian đơn vị có hiệu lực."
        )
    owner = units.province_of(db, unit.code).code
    found_id = group_id(unit.code, start.isoformat())
    return changes.upsert_tracked(
        db,
        TABLE,
        found_id,
        {"unit_code": unit.code, "valid_from": start.isoformat()},
        {"group_no": number, "note": nfc(note), "deleted": 0},
        owner=owner,
    )


def remove_group(db: Database, unit_code: str, valid_from: Any) -> None:
    """Take back the period starting on `valid_from` (entered by mistake); its history stays."""
    reason = refusal(db)
    if reason is not None:
        raise OutOfScope(f"Không thể lưu: {reason}")
    unit = units.get(db, unit_code)
    start = parse_date(valid_from, "Ngày bắt đầu")
    found_id = group_id(unit.code, start.isoformat())
    rows.GROUPS.require(
        db,
        found_id,
        f"{unit.name} không có nhóm xã nào bắt đầu từ ngày {format_date(start)}; xem các mốc "
        "bằng lệnh 'ntm units groups'.",
        live=True,
    )
    changes.update_tracked(
        db, TABLE, found_id, {"deleted": 1}, owner=units.province_of(db, unit.code).code
    )


def _periods(found: list[rows.GroupRow]) -> list[GroupPeriod]:
    """One commune's rows (oldest first) as periods, each ending where the next begins."""
    periods = []
    for index, row in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        end = date.fromisoformat(following.valid_from) - timedelta(days=1) if following else None
        periods.append(
            GroupPeriod(
                row.unit_code, row.group_no, date.fromisoformat(row.valid_from), end, row.note
            )
        )
    return periods


def history(db: Database, unit_code: str) -> list[GroupPeriod]:
    """The commune's groups, oldest first."""
    return _periods(rows.of_unit(db, unit_code))


def last_change(db: Database, period: GroupPeriod) -> changes.Change | None:
    """Who set the period's group last, and when (its change log)."""
    logged = changes.history(
        db,
        table=TABLE,
        row_prefix=group_id(period.unit_code, period.valid_from.isoformat()),
        field="group_no",
    )
    return logged[-1] if logged else None


def period_on(db: Database, unit_code: str, on: date) -> GroupPeriod | None:
    return next((period for period in history(db, unit_code) if period.covers(on)), None)


def group_on(db: Database, unit_code: str, on: date) -> int | None:
    """The commune's group on that day; None when the province has not put it in one (or it is
    not a rural commune). What a checklist under a set with group targets asks."""
    period = period_on(db, unit_code, on)
    return None if period is None else period.group


def groups_for_province(db: Database, province_code: str, on: date) -> list[CommuneGroup]:
    """Every rural commune of the province in force on `on`, in code order, with its group."""
    by_unit: dict[str, list[rows.GroupRow]] = {}
    for row in rows.every(db):
        by_unit.setdefault(row.unit_code, []).append(row)
    found = []
    for unit in units.subtree(db, province_code):
        if unit.level != "commune" or not_assessed(unit) or not unit.valid_on(on):
            continue
        periods = _periods(by_unit.get(unit.code, []))
        found.append(CommuneGroup(unit, next((p for p in periods if p.covers(on)), None)))
    return sorted(found, key=lambda item: item.unit.code)
