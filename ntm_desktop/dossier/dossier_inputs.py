"""What a recognition dossier needs besides the assessments, kept as data per unit, year, tier.

The proposal's number and date, who signs and for which authority, the addressees and the
distribution list, the residents' satisfaction survey, the meeting and its vote, the unpaid
construction debt, and the comments received while the self-assessment was posted publicly.
Every write goes through the change log; invalid input is refused whole, nothing changed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.numbers import parse_whole
from ntm_desktop.common.text import format_number, nfc
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import dossiers as rows
from ntm_desktop.units import units

_NAMESPACE = uuid.UUID("6f1d3f0e-4b8e-5d0a-9c51-0d05e1e0a004")
TEXT_FIELDS = (
    "proposal_number",
    "place",
    "parent_agency",
    "issuing_agency",
    "authority",
    "signer_title",
    "signer_name",
    "meeting_place",
    "meeting_chair",
    "meeting_secretary",
    "front_representative",
)
LIST_FIELDS = ("addressees", "distribution", "attendees")
DATE_FIELDS = ("proposal_date", "meeting_date", "posted_from", "posted_to")
TIME_FIELDS = ("meeting_start", "meeting_end")
COUNT_FIELDS = (
    "survey_issued",
    "survey_returned",
    "survey_satisfied",
    "members_present",
    "votes_for",
    "construction_debt",
)
LABELS = {
    "proposal_number": "số tờ trình",
    "proposal_date": "ngày tờ trình",
    "place": "địa danh",
    "parent_agency": "cơ quan chủ quản",
    "issuing_agency": "cơ quan ban hành",
    "authority": "thẩm quyền ký",
    "signer_title": "chức vụ người ký",
    "signer_name": "họ tên người ký",
    "addressees": "nơi gửi (Kính gửi)",
    "distribution": "nơi nhận",
    "survey_issued": "số phiếu phát ra",
    "survey_returned": "số phiếu thu về",
    "survey_satisfied": "số phiếu hài lòng",
    "meeting_date": "ngày họp",
    "meeting_place": "địa điểm họp",
    "meeting_chair": "chủ trì cuộc họp",
    "meeting_secretary": "thư ký cuộc họp",
    "members_present": "số thành viên dự họp",
    "votes_for": "số thành viên nhất trí",
    "construction_debt": "nợ đọng xây dựng cơ bản",
    "meeting_start": "giờ bắt đầu họp",
    "meeting_end": "giờ kết thúc họp",
    "attendees": "thành phần dự họp",
    "front_representative": "đại diện Ủy ban MTTQ",
    "posted_from": "ngày bắt đầu công khai lấy ý kiến",
    "posted_to": "ngày kết thúc công khai lấy ý kiến",
}
# The self-assessment is posted for residents' comments about 15 days before the meeting
# (regulations.md, procedure outline; reconstructed, not verified against the decision text).
POSTING_DAYS = 15
_TIME = re.compile(r"(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?\s*(?:phút)?")
SATISFACTION_SETTING = "dossier_required_satisfaction"
DEFAULT_REQUIRED_SATISFACTION = 90.0


@dataclass(frozen=True)
class Comment:
    id: str
    received_on: date | None
    source: str
    content: str
    response: str | None


@dataclass(frozen=True)
class DossierInputs:
    """The stored inputs; a field never entered is None (or an empty tuple for lists)."""

    unit_code: str
    year: int
    tier: str
    proposal_number: str | None = None
    proposal_date: date | None = None
    place: str | None = None
    parent_agency: str | None = None
    issuing_agency: str | None = None
    authority: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    addressees: tuple[str, ...] = ()
    distribution: tuple[str, ...] = ()
    survey_issued: int | None = None
    survey_returned: int | None = None
    survey_satisfied: int | None = None
    meeting_date: date | None = None
    meeting_place: str | None = None
    meeting_chair: str | None = None
    meeting_secretary: str | None = None
    members_present: int | None = None
    votes_for: int | None = None
    construction_debt: int | None = None
    meeting_start: str | None = None  # "08:00"
    meeting_end: str | None = None
    attendees: tuple[str, ...] = ()  # one role (and how many) a line: "Đảng ủy xã: 3 người"
    front_representative: str | None = None
    posted_from: date | None = None
    posted_to: date | None = None
    comments: tuple[Comment, ...] = field(default=())

    @property
    def posted_days(self) -> int | None:
        """How many days the results were posted for comment, both ends counted."""
        if self.posted_from is None or self.posted_to is None:
            return None
        return (self.posted_to - self.posted_from).days + 1

    @property
    def satisfaction_rate(self) -> float | None:
        """Satisfied forms as a percentage of the forms returned."""
        if not self.survey_returned or self.survey_satisfied is None:
            return None
        return 100 * self.survey_satisfied / self.survey_returned

    @property
    def vote_rate(self) -> float | None:
        return vote_rate(self.members_present, self.votes_for)

    @property
    def vote_text(self) -> str:
        return vote_text(self.members_present, self.votes_for)


def vote_rate(members_present: int | None, votes_for: int | None) -> float | None:
    """Members in favour as a percentage of those present."""
    if not members_present or votes_for is None:
        return None
    return 100 * votes_for / members_present


def vote_text(members_present: int | None, votes_for: int | None) -> str:
    """ "nhất trí 25/27 thành viên, đạt 92,6%" as minutes say it ("" before the vote)."""
    rate = vote_rate(members_present, votes_for)
    if rate is None:
        return ""
    return f"nhất trí {votes_for}/{members_present} thành viên, đạt {format_number(rate, 1)}%"


def dossier_id(unit_code: str, year: int, tier: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{unit_code}|{year}|{tier}"))


def owner_of(db: Database, unit_code: str) -> str:
    """The office that owns a unit's dossier: the commune (a village's commune) itself."""
    unit = units.get(db, unit_code)
    if unit.level == "village" and unit.parent_code:
        return unit.parent_code
    return unit.code


def _check_key(db: Database, unit_code: str, year: int, tier: str) -> None:
    units.get(db, unit_code)
    if tier not in TIERS:
        raise InvalidInput(
            f"Mức công nhận '{tier}' không hợp lệ; chọn một trong: {', '.join(TIERS)}."
        )
    if not 2010 <= year <= 2100:
        raise InvalidInput(f"Năm {year} không hợp lệ: hãy nhập năm xét công nhận (ví dụ 2025).")


def get(db: Database, unit_code: str, year: int, tier: str = "standard") -> DossierInputs:
    _check_key(db, unit_code, year, tier)
    key = dossier_id(unit_code, year, tier)
    stored = rows.get_inputs(db, key) or {}
    values: dict[str, Any] = {}
    for name, value in stored.items():
        if value is None:
            continue
        if name in DATE_FIELDS:
            values[name] = date.fromisoformat(value)
        elif name in LIST_FIELDS:
            values[name] = tuple(line for line in value.split("\n") if line)
        else:
            values[name] = value
    found = tuple(
        Comment(
            row.id,
            row.received_on,
            row.source,
            row.content,
            row.response,
        )
        for row in rows.comments(db, key)
    )
    return DossierInputs(unit_code, year, tier, **values, comments=found)


def normalise(name: str, value: Any) -> Any:
    """The stored form of one field, or InvalidInput naming the field in Vietnamese."""
    label = LABELS[name]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if name in TEXT_FIELDS:
        return nfc(str(value))
    if name in LIST_FIELDS:
        items = value.split("\n") if isinstance(value, str) else list(value)
        lines = [nfc(str(item)).strip(" ;.-") for item in items]
        return "\n".join(line for line in lines if line) or None
    if name in DATE_FIELDS:
        return parse_date(value, label.capitalize()).isoformat()
    if name in TIME_FIELDS:
        return _time(value, label)
    return parse_whole(value, label.capitalize())


def _time(value: Any, label: str) -> str:
    """ "8:00", "8h", "14 giờ 30" -> "08:00" / "14:30"."""
    found = _TIME.fullmatch(str(value).strip().lower())
    hour, minute = (int(found.group(1)), int(found.group(2) or 0)) if found else (99, 99)
    if hour > 23 or minute > 59:
        raise InvalidInput(
            f"{label.capitalize()} '{str(value)[:20]}' không hợp lệ: hãy nhập giờ dạng HH:MM, "
            "ví dụ 08:00 hoặc 14:30."
        )
    return f"{hour:02d}:{minute:02d}"


def _problems(record: Mapping[str, Any], today: date) -> list[str]:
    """Rules across fields; each problem says what is wrong and what to check."""
    found: list[str] = []

    def pair(small: str, large: str, rule: str) -> None:
        a, b = record.get(small), record.get(large)
        if a is not None and b is not None and a > b:
            found.append(
                f"{LABELS[small].capitalize()} ({format_number(a)}) lớn hơn "
                f"{LABELS[large]} ({format_number(b)}): {rule}"
            )

    pair("survey_returned", "survey_issued", "số phiếu thu về không thể vượt số phiếu phát ra.")
    pair("survey_satisfied", "survey_returned", "chỉ tính trong số phiếu đã thu về.")
    pair("votes_for", "members_present", "chỉ thành viên dự họp mới biểu quyết.")
    # ISO dates and HH:MM times order as text.
    for first, last in (("posted_from", "posted_to"), ("meeting_start", "meeting_end")):
        a, b = record.get(first), record.get(last)
        if a is not None and b is not None and a > b:
            found.append(f"{LABELS[first].capitalize()} ({a}) sau {LABELS[last]} ({b}).")
    for name in DATE_FIELDS:
        value = record.get(name)
        if value is not None and date.fromisoformat(value) > today:
            found.append(
                f"{LABELS[name].capitalize()} {date.fromisoformat(value):%d/%m/%Y} ở tương lai: "
                "hãy nhập ngày đã diễn ra."
            )
    return found


def save(
    db: Database,
    unit_code: str,
    year: int,
    tier: str,
    values: Mapping[str, Any],
    *,
    today: date | None = None,
) -> DossierInputs:
    """Set some inputs of a dossier. Refused whole (InvalidInput, nothing changed) if any is bad."""
    _check_key(db, unit_code, year, tier)
    unknown = sorted(set(values) - set(LABELS))
    if unknown:
        raise InvalidInput(f"Không có trường hồ sơ tên {', '.join(unknown)}.")
    normalised = {name: normalise(name, value) for name, value in values.items()}
    key = dossier_id(unit_code, year, tier)
    current = rows.get_inputs(db, key) or {}
    problems = _problems({**current, **normalised}, today or date.today())
    if problems:
        message = problems[0] if len(problems) == 1 else "Thông tin hồ sơ chưa hợp lệ."
        raise InvalidInput(
            message + " Không có gì được thay đổi.",
            details=problems if len(problems) > 1 else [],
        )
    owner = owner_of(db, unit_code)
    changes.upsert_tracked(
        db,
        "dossier_inputs",
        key,
        {"unit_code": unit_code, "year": year, "tier": tier},
        normalised,
        owner=owner,
    )
    return get(db, unit_code, year, tier)


def _ensure(db: Database, unit_code: str, year: int, tier: str) -> str:
    key = dossier_id(unit_code, year, tier)
    if not rows.exists(db, key):
        save(db, unit_code, year, tier, {})
    return key


def add_comment(
    db: Database,
    unit_code: str,
    year: int,
    tier: str,
    *,
    source: str,
    content: str,
    response: str | None = None,
    received_on: date | None = None,
    today: date | None = None,
) -> Comment:
    """Record one comment received during public posting (who, what, how it was addressed)."""
    _check_key(db, unit_code, year, tier)
    source, content = nfc(source or ""), nfc(content or "")
    if not source or not content:
        raise InvalidInput(
            "Ý kiến cần có nơi/người góp ý và nội dung; hãy nhập đủ cả hai. "
            "Không có gì được thay đổi."
        )
    if received_on is not None and received_on > (today or date.today()):
        raise InvalidInput(
            f"Ngày nhận ý kiến {received_on:%d/%m/%Y} ở tương lai: hãy nhập ngày đã nhận."
        )
    owner = owner_of(db, unit_code)
    comment_id = str(uuid.uuid4())
    with db.transaction():
        key = _ensure(db, unit_code, year, tier)
        changes.insert_tracked(
            db,
            "dossier_comments",
            {
                "id": comment_id,
                "dossier_id": key,
                "received_on": None if received_on is None else received_on.isoformat(),
                "source": source,
                "content": content,
                "response": nfc(response) if response else None,
                "owner_code": owner,
            },
            owner=owner,
        )
    return Comment(comment_id, received_on, source, content, nfc(response) if response else None)


def answer_comment(db: Database, comment_id: str, response: str) -> None:
    _update_comment(db, comment_id, {"response": nfc(response) or None})


def remove_comment(db: Database, comment_id: str) -> None:
    """Mark a comment removed (kept in the data and the change log, never erased)."""
    _update_comment(db, comment_id, {"deleted": 1})


def _update_comment(db: Database, comment_id: str, fields: dict[str, Any]) -> None:
    row = rows.COMMENTS.require(db, comment_id, f"Không tìm thấy ý kiến {comment_id}.")
    changes.update_tracked(db, "dossier_comments", comment_id, fields, owner=row.owner_code)


def required_satisfaction(db: Database) -> float:
    """The satisfaction rate recognition needs, in percent (a setting, 90 % by default)."""
    stored = db.get_meta(SATISFACTION_SETTING)
    return DEFAULT_REQUIRED_SATISFACTION if stored is None else float(stored)


def set_required_satisfaction(db: Database, percent: float) -> None:
    if not 0 < percent <= 100:
        raise InvalidInput(
            f"Tỷ lệ hài lòng yêu cầu phải trong khoảng 0-100% (đã nhập {percent}). "
            "Không có gì được thay đổi."
        )
    db.set_meta(SATISFACTION_SETTING, repr(float(percent)))
