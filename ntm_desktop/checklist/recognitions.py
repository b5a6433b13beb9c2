"""Official recognitions: the decision that a unit meets a tier, and its withdrawal.

A withdrawn recognition stays on record with the date and reason; tiers are ordered
standard < advanced < model, and `tier_at` gives the highest one in force on a day. A decision
cannot be dated in the future, and a commune or district is recognised at a tier only while it
holds the tier below on the decision date (advanced needs standard, model needs advanced).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from ntm_desktop.checklist import standing
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.text import format_date, nfc
from ntm_desktop.criteria.tiers import TIER_NAMES, TIERS
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import recognitions as rows
from ntm_desktop.units import units

# The tier a unit must already hold to be recognised at a tier; only for the levels that have
# the whole ladder (a model village needs no earlier village recognition).
TIER_BELOW = {"advanced": "standard", "model": "advanced"}
LADDER_LEVELS = ("commune", "district")


class Recognition(NamedTuple):
    id: str
    unit_code: str
    tier: str
    decision_no: str | None
    decision_date: date
    withdrawn_on: date | None
    withdrawal_reason: str | None
    owner_code: str

    def in_force_on(self, day: date) -> bool:
        return self.decision_date <= day and (self.withdrawn_on is None or day < self.withdrawn_on)


def add(
    db: Database,
    unit_code: str,
    tier: str,
    decision_date: date,
    decision_no: str | None = None,
    *,
    today: date | None = None,
) -> Recognition:
    """Record a recognition decision; refused (nothing written) when it is dated in the future
    or the unit does not hold the tier below on that date."""
    unit = units.get(db, unit_code)
    if tier not in TIERS:
        raise InvalidInput(f"Hạng '{tier}' không hợp lệ; chọn một trong: {', '.join(TIERS)}.")
    if unit.level in ("province", "village") and tier == "advanced":
        raise InvalidInput(f"{unit.name} không thể được công nhận hạng nâng cao.")
    today = today or date.today()
    if decision_date > today:
        raise InvalidInput(
            f"Ngày quyết định công nhận {format_date(decision_date)} ở tương lai (hôm nay là "
            f"{format_date(today)}). Hãy nhập ngày đã ký quyết định."
        )
    problem = tier_below_problem(unit, tier, decision_date, of_unit(db, unit_code))
    if problem:
        raise InvalidInput(problem)
    owner = units.province_of(db, unit_code).code
    recognition_id = str(uuid.uuid4())
    changes.insert_tracked(
        db,
        "recognitions",
        {
            "id": recognition_id,
            "unit_code": unit_code,
            "tier": tier,
            "decision_no": nfc(decision_no) if decision_no else None,
            "decision_date": decision_date.isoformat(),
            "owner_code": owner,
        },
        owner=owner,
    )
    return get(db, recognition_id)


def get(db: Database, recognition_id: str) -> Recognition:
    missing = f"Không có quyết định công nhận {recognition_id}."
    return Recognition._make(rows.RECOGNITIONS.require(db, recognition_id, missing, live=True))


def tier_below_problem(
    unit: units.Unit, tier: str, day: date, held: Iterable[Recognition]
) -> str | None:
    """Why `unit` cannot be recognised at `tier` on `day` given its recognitions `held`
    (withdrawn ones count until their withdrawal); None when it can."""
    below = TIER_BELOW.get(tier)
    if below is None or unit.level not in LADDER_LEVELS:
        return None
    same = [found for found in held if found.tier == below]
    if any(found.in_force_on(day) for found in same):
        return None
    needed, wanted = tier_label(below), tier_label(tier)
    withdrawn = [f for f in same if f.decision_date <= day and f.withdrawn_on is not None]
    later = [f for f in same if f.decision_date > day]
    if withdrawn:
        why = (
            f"quyết định công nhận {needed} của {unit.name} đã bị thu hồi ngày "
            f"{format_date(max(f.withdrawn_on for f in withdrawn if f.withdrawn_on))}"
        )
    elif later:
        why = (
            f"{unit.name} được công nhận {needed} ngày "
            f"{format_date(min(f.decision_date for f in later))}, sau ngày {format_date(day)}"
        )
    else:
        why = f"{unit.name} chưa có quyết định công nhận {needed}"
    return (
        f"Chưa thể ghi công nhận {wanted} ngày {format_date(day)}: {why}, mà phải đạt "
        f"{needed} trước mới được công nhận {wanted}. Hãy ghi trước quyết định công nhận "
        f"{needed} (ký không muộn hơn ngày {format_date(day)}), hoặc kiểm tra lại ngày quyết "
        "định."
    )


def withdraw(db: Database, recognition_id: str, on: date, reason: str) -> Recognition:
    found = get(db, recognition_id)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("Hãy ghi lý do thu hồi quyết định công nhận.")
    if found.withdrawn_on is not None:
        raise InvalidInput(f"Quyết định này đã bị thu hồi ngày {format_date(found.withdrawn_on)}.")
    if on < found.decision_date:
        raise InvalidInput(
            f"Ngày thu hồi {format_date(on)} trước ngày công nhận "
            f"{format_date(found.decision_date)}."
        )
    changes.update_tracked(
        db,
        "recognitions",
        recognition_id,
        {"withdrawn_on": on.isoformat(), "withdrawal_reason": reason},
        owner=found.owner_code,
    )
    return get(db, recognition_id)


def of_unit(db: Database, unit_code: str) -> list[Recognition]:
    return [Recognition._make(row) for row in rows.of_unit(db, unit_code)]


def tier_at(db: Database, unit_code: str, day: date) -> str | None:
    return standing.tiers_at(db, [unit_code], day).get(unit_code)


def tier_label(tier: str | None) -> str:
    """'NTM nâng cao' and the like; 'Chưa đạt chuẩn' for none."""
    return f"NTM {TIER_NAMES[tier]}" if tier else "Chưa đạt chuẩn"
