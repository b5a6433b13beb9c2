"""The district's check (thẩm tra) and the province's appraisal (thẩm định) of a commune's
criteria results for a year, recorded before the commune is proposed for recognition.

Since 1/7/2025 there is no district level: in a tree without districts the province does both,
and only the province stage is recorded.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any, NamedTuple

from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput, OutOfScope
from ntm_desktop.common.text import format_date, nfc
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import reviews as rows
from ntm_desktop.units import records, units

STAGES = ("district", "province")
STAGE_NAMES = {"district": "Huyện thẩm tra", "province": "Tỉnh thẩm định"}
STATUSES = ("pending", "passed", "returned", "failed")
STATUS_NAMES = {
    "pending": "chưa thẩm tra",
    "passed": "đạt",
    "returned": "cần bổ sung",
    "failed": "không đạt",
}
# What each stage's act is called: the district checks (thẩm tra), the province appraises
# (thẩm định); a stage not done yet is "chưa" + its own act.
STAGE_ACTS = {"district": "thẩm tra", "province": "thẩm định"}
_LEVEL_WORDS = {"commune": "xã", "district": "huyện", "province": "tỉnh", "village": "thôn"}
_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f")


class Review(NamedTuple):
    id: str
    unit_code: str
    year: int
    stage: str
    status: str
    note: str
    remarks: dict[str, str]
    reviewer: str
    review_date: date | None
    owner_code: str

    @property
    def summary(self) -> str:
        """ "đạt — Nguyễn Văn An, 05/01/2026" """
        parts = [status_name(self.stage, self.status)]
        who = ", ".join(
            p
            for p in (self.reviewer, format_date(self.review_date) if self.review_date else "")
            if p
        )
        if who:
            parts.append(who)
        return " — ".join(parts)


def status_name(stage: str, status: str) -> str:
    """A stage's verdict in words: "chưa thẩm định" for the province stage not done yet."""
    if status == "pending":
        return f"chưa {STAGE_ACTS[stage]}"
    return STATUS_NAMES[status]


def check_review_date(stage: str, review_date: date | None, today: date | None = None) -> None:
    if review_date is not None and review_date > (today or date.today()):
        raise InvalidInput(
            f"Ngày {STAGE_ACTS[stage]} {format_date(review_date)} ở tương lai; nhập ngày đã "
            "thực hiện."
        )


def clean_remarks(remarks: Mapping[Any, Any]) -> dict[str, str]:
    """Remarks per criterion as stored: "3" -> text, blank remarks left out."""
    cleaned: dict[str, str] = {}
    for number, remark in remarks.items():
        if not str(number).strip().isdigit():
            raise InvalidInput(f"Số tiêu chí '{number}' không hợp lệ; dùng số như 1, 2, ... 19.")
        if nfc(str(remark)).strip():
            cleaned[str(int(str(number).strip()))] = nfc(str(remark)).strip()
    return cleaned


def review_id(unit_code: str, year: int, stage: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{unit_code}/{year}/{stage}"))


def has_district(db: Database, unit_code: str) -> bool:
    return any(unit.level == "district" for unit in units.path(db, unit_code))


def stages_for(db: Database, unit_code: str) -> tuple[str, ...]:
    """The review stages a commune goes through: both, or the province's only without districts."""
    units.get(db, unit_code)
    return STAGES if has_district(db, unit_code) else ("province",)


def recordable_stages(db: Database, unit_code: str) -> tuple[str, ...]:
    """The stages this office records for the unit: its own level's, or every one without an
    office set up (a demo file, or one office keeping everything)."""
    if units.get(db, unit_code).level != "commune":
        return ()
    role = records.office_role(db)
    return tuple(stage for stage in stages_for(db, unit_code) if role is None or stage == role)


def of_unit(db: Database, unit_code: str, year: int) -> dict[str, Review]:
    return {
        review.stage: review
        for review in (Review._make(row) for row in rows.of_unit(db, unit_code, year))
    }


def record(
    db: Database,
    unit_code: str,
    year: int,
    stage: str,
    status: str,
    *,
    note: str = "",
    remarks: dict[str, str] | None = None,
    reviewer: str = "",
    review_date: date | None = None,
    today: date | None = None,
) -> Review:
    """Record (or change) one stage's review; bad input raises InvalidInput and writes nothing."""
    unit = units.require_commune(
        db, unit_code, "chỉ kết quả tiêu chí của xã được thẩm tra, thẩm định."
    )
    if stage not in STAGES:
        raise InvalidInput(
            f"Bước '{stage}' không hợp lệ; chọn district (huyện thẩm tra) hoặc "
            "province (tỉnh thẩm định)."
        )
    if status not in STATUSES:
        raise InvalidInput(
            f"Kết quả '{status}' không hợp lệ; chọn một trong: {', '.join(STATUSES)}."
        )
    check_year(year)
    if stage == "district" and not has_district(db, unit_code):
        raise InvalidInput(
            f"{unit.name} không có cấp huyện bên trên (từ 1/7/2025 không còn cấp huyện): "
            "tỉnh thực hiện cả thẩm tra và thẩm định, hãy ghi bước province (tỉnh thẩm định)."
        )
    check_review_date(stage, review_date, today)
    cleaned = clean_remarks(remarks or {})
    role = records.office_role(db)
    if role is not None and role != stage:
        raise OutOfScope(
            f"Không thể lưu: tệp dữ liệu này của đơn vị {db.actor.office_code} (cấp "
            f"{_LEVEL_WORDS.get(role, role)}); {STAGE_NAMES[stage].lower()} do đơn vị cấp "
            f"{_LEVEL_WORDS[stage]} ghi."
        )
    values = {
        "status": status,
        "note": nfc(note).strip(),
        "remarks": json.dumps(cleaned, ensure_ascii=False, sort_keys=True),
        "reviewer": nfc(reviewer).strip(),
        "review_date": review_date.isoformat() if review_date else None,
    }
    found_id = review_id(unit_code, year, stage)
    changes.upsert_tracked(
        db,
        "checklist_reviews",
        found_id,
        {"unit_code": unit_code, "year": year, "stage": stage},
        values,
        owner=unit_code,
    )
    return Review._make(rows.REVIEWS.require(db, found_id, f"Không có bản thẩm tra {found_id}."))
