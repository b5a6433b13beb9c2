"""Model-village plans (phương án thôn NTM kiểu mẫu): registration, status, items and totals.

A village registers for a year, drafts its plan, the commune People's Committee approves it,
the village carries it out and the district recognises it (or not) at the end of the year.

Money is held as Python `int` đồng, never `float`: amounts reach hundreds of millions and are
added across items, sources and villages; binary floats would drift by fractions of a đồng and
totals printed on an approved budget must equal the hand sums exactly. In-kind contributions
(m², labour days) are physical quantities that may be fractional, so they are floats.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from ntm_desktop.common import file_names
from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.numbers import parse_decimal, parse_whole
from ntm_desktop.common.text import format_date, nfc
from ntm_desktop.criteria import catalogs
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import PLAN_ITEMS, Evidence
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import village_plans as rows
from ntm_desktop.units import units

PLANS = "village_plans"
ITEMS = "village_plan_items"

STATUS_NAMES = {
    "registered": "Đã đăng ký",
    "drafted": "Đã xây dựng phương án",
    "approved": "Phương án đã được phê duyệt",
    "in_progress": "Đang thực hiện",
    "proposed": "Đã đề nghị công nhận",
    "recognised": "Đã được công nhận",
    "not_recognised": "Không được công nhận",
}
# "proposed" -> "in_progress": the district sends an incomplete dossier back to the village.
TRANSITIONS = {
    "registered": ("drafted",),
    "drafted": ("approved",),
    "approved": ("in_progress",),
    "in_progress": ("proposed",),
    "proposed": ("recognised", "not_recognised", "in_progress"),
    "recognised": (),
    "not_recognised": (),
}
# Once the dossier has gone to the district the plan is what it is judged on.
LOCKED_STATUSES = ("proposed", "recognised", "not_recognised")

# How the unit tree and the commune page name a plan's status, briefly.
SHORT_STATUS_NAMES = {
    "registered": "đăng ký thôn kiểu mẫu",
    "drafted": "PA dự thảo",
    "approved": "PA đã duyệt",
    "in_progress": "đang thực hiện PA",
    "proposed": "đề nghị công nhận",
    "recognised": "thôn kiểu mẫu",
    "not_recognised": "chưa được công nhận",
}

ITEM_STATUS_NAMES = {
    "not_started": "Chưa thực hiện",
    "in_progress": "Đang thực hiện",
    "done": "Hoàn thành",
}
FUNDING_SOURCES = {
    "state_support": "Ngân sách nhà nước hỗ trợ",
    "local_budget": "Ngân sách xã, huyện",
    "enterprise": "Doanh nghiệp, nhà hảo tâm",
    "residents_cash": "Nhân dân đóng góp (tiền)",
}
IN_KIND = {
    "land_m2": "Hiến đất (m²)",
    "workdays": "Ngày công lao động",
    "walls_m2": "Tường rào phá dỡ (m²)",
}
# The short column titles of the plan's tables, each with its unit of measure; workdays are
# whole days.
IN_KIND_TITLES = {"land_m2": "Hiến đất", "workdays": "Ngày công", "walls_m2": "Tường rào phá dỡ"}
IN_KIND_UNITS = {"land_m2": "m²", "workdays": "ngày công", "walls_m2": "m²"}
NO_CRITERION = "Chưa gắn tiêu chí"

_PERIOD = re.compile(r"^(?:(?P<quarter>[Qq][1-4])|(?P<month>\d{1,2}))$")


class Plan(NamedTuple):
    id: str
    village_code: str
    year: int
    status: str
    approval_decision: str | None
    approval_date: date | None
    recognition_decision: str | None
    recognition_date: date | None
    owner_code: str

    @property
    def status_name(self) -> str:
        return STATUS_NAMES[self.status]

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return TRANSITIONS[self.status]

    @property
    def locked(self) -> bool:
        return self.status in LOCKED_STATUSES


class PlanItem(NamedTuple):
    id: str
    plan_id: str
    ord: int
    work: str
    criterion_no: int | None
    lead: str | None
    start_date: date | None
    end_date: date | None
    quantity: float | None
    unit: str | None
    status: str
    percent_done: int
    state_support: int
    local_budget: int
    enterprise: int
    residents_cash: int
    land_m2: float
    workdays: float
    walls_m2: float
    deleted: bool
    owner_code: str

    @property
    def cash_total(self) -> int:
        return sum(int(getattr(self, source)) for source in FUNDING_SOURCES)

    def overdue_on(self, day: date) -> bool:
        return self.end_date is not None and self.end_date < day and self.percent_done < 100


@dataclass(frozen=True)
class PlanTotals:
    """Everything summed from the items; nothing here is ever typed by a person."""

    by_source: dict[str, int]
    by_criterion: dict[int | None, dict[str, int]]
    grand_total: int
    in_kind: dict[str, float]
    progress: float
    items: int
    done: int
    criterion_totals: dict[int | None, int]


def plan_id(village_code: str, year: int) -> str:
    """Deterministic, so two offices registering the same village and year make one row."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ntm:village-plan:{village_code}:{year}"))


# -- parsing what people type ------------------------------------------------------------------
def parse_dong(value: object, label: str = "Số tiền") -> int:
    """Whole đồng by common.numbers' rule (30.000.000 or 30000000); blank is 0."""
    return 0 if _blank(value) else parse_whole(value, label)


def parse_percent_done(value: object) -> int:
    """A whole percentage from 0 to 100 (blank: 0)."""
    percent = 0 if _blank(value) else parse_whole(value, "Tỷ lệ hoàn thành")
    if percent > 100:
        raise InvalidInput(f"Tỷ lệ hoàn thành {percent}% không hợp lệ: hãy nhập số từ 0 đến 100.")
    return percent


def parse_quantity(value: object, label: str) -> float:
    """A non-negative quantity by common.numbers' rule: 1.250 is a thousand, 12,5 a half."""
    return 0.0 if _blank(value) else float(parse_decimal(value, label))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_period(text: str | None, year: int, *, end: bool) -> date | None:
    """A month (1-12) or a quarter (Q1-Q4) of the plan year: its first day, or last if `end`."""
    if text is None or not str(text).strip():
        return None
    match = _PERIOD.match(str(text).strip())
    month = int(match["month"]) if match and match["month"] else 0
    if match is None or (match["month"] and not 1 <= month <= 12):
        raise InvalidInput(
            f"Thời gian '{text}' không hợp lệ. Hãy nhập tháng (1 đến 12) hoặc quý (Q1 đến Q4) "
            f"của năm {year}."
        )
    if match["quarter"]:
        quarter = int(match["quarter"][1])
        first, last = 3 * quarter - 2, 3 * quarter
    else:
        first = last = month
    if not end:
        return date(year, first, 1)
    following = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    return following - timedelta(days=1)


# -- plans ---------------------------------------------------------------------------------------
def _village(db: Database, village_code: str) -> units.Unit:
    village = units.get(db, village_code)
    if village.level != "village" or village.parent_code is None:
        raise InvalidInput(
            f"{village.name} ({village_code}) không phải thôn: chỉ thôn mới đăng ký thôn NTM "
            "kiểu mẫu. Hãy chọn mã thôn dạng <mã xã>.<số thứ tự>, ví dụ 07354.001."
        )
    return village


def find(db: Database, village_code: str, year: int) -> Plan | None:
    row = rows.PLANS.get(db, plan_id(village_code, year))
    return None if row is None else Plan._make(row)


def get(db: Database, village_code: str, year: int) -> Plan:
    plan = find(db, village_code, year)
    if plan is None:
        village = _village(db, village_code)
        raise NotFound(
            f"{village.name} ({village_code}) chưa đăng ký thôn NTM kiểu mẫu năm {year}. "
            "Hãy đăng ký trước (lệnh 'ntm plan register')."
        )
    return plan


def of_year(db: Database, year: int) -> list[Plan]:
    return [Plan._make(row) for row in rows.plans_of_year(db, year)]


@dataclass(frozen=True)
class VillageProgress:
    plan: Plan
    village_name: str
    items: int
    done: int
    progress: float  # mean percent done of the live items, as `totals` computes it


def commune_overview(db: Database, commune_code: str, year: int) -> list[VillageProgress]:
    """The plans of a commune's villages for `year`, with progress, read in one query."""
    found = []
    for row in rows.commune_overview(db, commune_code, year):
        found.append(
            VillageProgress(
                Plan._make(row.plan),
                row.village_name,
                int(row.items),
                int(row.done),
                float(row.progress),
            )
        )
    return found


def register(db: Database, village_code: str, year: int) -> Plan:
    village = _village(db, village_code)
    check_year(year)
    if find(db, village_code, year) is not None:
        raise InvalidInput(
            f"{village.name} ({village_code}) đã đăng ký thôn NTM kiểu mẫu năm {year}; "
            "không cần đăng ký lại."
        )
    assert village.parent_code is not None
    changes.insert_tracked(
        db,
        PLANS,
        {
            "id": plan_id(village_code, year),
            "village_code": village_code,
            "year": year,
            "status": "registered",
            "owner_code": village.parent_code,
        },
        owner=village.parent_code,
    )
    return get(db, village_code, year)


def set_status(
    db: Database,
    village_code: str,
    year: int,
    to: str,
    *,
    decision: str | None = None,
    decided_on: date | None = None,
    today: date | None = None,
) -> Plan:
    """Move the plan one step; approval and recognition need the decision number and date."""
    plan = get(db, village_code, year)
    if to not in STATUS_NAMES:
        raise InvalidInput(
            f"Trạng thái '{to}' không tồn tại. Chọn một trong: {', '.join(STATUS_NAMES)}."
        )
    if to not in plan.next_statuses:
        allowed = ", ".join(f"{STATUS_NAMES[s]} ({s})" for s in plan.next_statuses)
        raise InvalidInput(
            f"Không chuyển được phương án từ '{plan.status_name}' sang '{STATUS_NAMES[to]}'. "
            + (f"Bước tiếp theo hợp lệ: {allowed}." if allowed else "Phương án đã kết thúc.")
        )
    values: dict[str, Any] = {"status": to}
    if to in ("approved", "recognised"):
        what = "phê duyệt phương án" if to == "approved" else "công nhận thôn NTM kiểu mẫu"
        decision = nfc(decision or "")
        if not decision or decided_on is None:
            raise InvalidInput(
                f"Cần số và ngày của quyết định {what} (ví dụ --decision 45/QĐ-UBND "
                "--date 15/03/2020)."
            )
        today = today or date.today()
        if decided_on > today:
            raise InvalidInput(
                f"Ngày quyết định {format_date(decided_on)} ở tương lai (hôm nay là "
                f"{format_date(today)}). Hãy nhập ngày đã ký quyết định."
            )
        if to == "recognised" and plan.approval_date and decided_on < plan.approval_date:
            raise InvalidInput(
                f"Ngày quyết định công nhận {format_date(decided_on)} trước ngày phê duyệt "
                f"phương án {format_date(plan.approval_date)}. Hãy kiểm tra lại ngày."
            )
        prefix = "approval" if to == "approved" else "recognition"
        values[f"{prefix}_decision"] = decision
        values[f"{prefix}_date"] = decided_on.isoformat()
    elif decision or decided_on:
        raise InvalidInput(
            f"Bước '{STATUS_NAMES[to]}' không có quyết định đi kèm; bỏ --decision và --date."
        )
    changes.update_tracked(db, PLANS, plan.id, values, owner=plan.owner_code)
    return get(db, village_code, year)


# -- items ---------------------------------------------------------------------------------------
_EDITABLE = (
    "work",
    "criterion_no",
    "lead",
    "start_date",
    "end_date",
    "quantity",
    "unit",
    "status",
    "percent_done",
    *FUNDING_SOURCES,
    *IN_KIND,
)


def items(db: Database, plan: Plan, *, include_deleted: bool = False) -> list[PlanItem]:
    return [PlanItem._make(row) for row in rows.items(db, plan.id, include_deleted=include_deleted)]


def get_item(db: Database, item_id: str) -> PlanItem:
    missing = f"Không tìm thấy hạng mục {item_id} trong phương án."
    return PlanItem._make(rows.ITEMS.require(db, item_id, missing))


def _plan_of(db: Database, item: PlanItem) -> Plan:
    row = rows.PLANS.get(db, item.plan_id)
    assert row is not None
    return Plan._make(row)


def _check_editable(plan: Plan) -> None:
    if plan.locked:
        raise InvalidInput(
            f"Phương án ở trạng thái '{plan.status_name}' nên không sửa được hạng mục. "
            "Chỉ sửa khi hồ sơ được trả lại để bổ sung (chuyển về 'Đang thực hiện')."
        )


def _criteria_numbers(db: Database, year: int) -> set[int] | None:
    info = catalogs.applicable(db, "village", "model", year)
    if info is None:
        return None
    return {criterion.no for criterion in catalogs.get(db, info.key).criteria}


def _validated(db: Database, plan: Plan, merged: dict[str, Any]) -> dict[str, Any]:
    """Check a whole item (current values with the requested changes applied); return it."""
    out = dict(merged)
    out["work"] = nfc(str(out.get("work") or ""))
    if not out["work"]:
        raise InvalidInput("Hãy nhập nội dung công việc của hạng mục (ví dụ: Bê tông hóa đường).")
    for name in ("lead", "unit"):
        text = out.get(name)
        out[name] = (nfc(str(text)) or None) if text is not None else None
    criterion = out.get("criterion_no")
    if criterion in ("", None):
        out["criterion_no"] = None
    else:
        try:
            out["criterion_no"] = int(criterion)
        except (TypeError, ValueError):
            raise InvalidInput(
                f"Số tiêu chí '{criterion}' không hợp lệ; hãy nhập một số nguyên, ví dụ 3."
            ) from None
        known = _criteria_numbers(db, plan.year)
        if out["criterion_no"] < 1 or (known is not None and out["criterion_no"] not in known):
            raise InvalidInput(
                f"Tiêu chí số {criterion} không có trong bộ tiêu chí thôn kiểu mẫu năm "
                f"{plan.year}. Hãy chọn số tiêu chí đúng."
            )
    for source, label in FUNDING_SOURCES.items():
        out[source] = parse_dong(out.get(source), label)
    for kind, label in IN_KIND.items():
        out[kind] = parse_quantity(out.get(kind), label)
    if out.get("quantity") in ("", None):
        out["quantity"] = None
    else:
        out["quantity"] = parse_quantity(out["quantity"], "Khối lượng")
    start, end = out.get("start_date"), out.get("end_date")
    if start and end and end < start:
        raise InvalidInput(
            f"Thời gian kết thúc {format_date(end)} trước thời gian bắt đầu "
            f"{format_date(start)}. Hãy sửa lại thời gian thực hiện."
        )
    percent = out["percent_done"] = parse_percent_done(out.get("percent_done"))
    status = out.get("status") or None
    if status is None:
        status = "done" if percent == 100 else "in_progress" if percent else "not_started"
    if status not in ITEM_STATUS_NAMES:
        raise InvalidInput(
            f"Tình trạng '{status}' không hợp lệ. Chọn một trong: {', '.join(ITEM_STATUS_NAMES)}."
        )
    if (status == "done") != (percent == 100):
        raise InvalidInput(
            f"Tình trạng '{ITEM_STATUS_NAMES[status]}' không khớp tỷ lệ hoàn thành {percent}%: "
            "hạng mục hoàn thành khi và chỉ khi đạt 100%."
        )
    out["status"] = status
    return out


def _stored(values: Mapping[str, Any]) -> dict[str, Any]:
    """Dates as ISO text, the form the table and the change log hold."""
    return {
        name: value.isoformat() if isinstance(value, date) else value
        for name, value in values.items()
    }


def add_item(
    db: Database,
    plan: Plan,
    *,
    work: str,
    criterion_no: int | str | None = None,
    lead: str | None = None,
    start: str | None = None,
    end: str | None = None,
    quantity: str | float | None = None,
    unit: str | None = None,
    percent_done: int | str = 0,
    status: str | None = None,
    amounts: Mapping[str, Any] | None = None,
) -> PlanItem:
    """Add one work or activity; `start`/`end` are a month or quarter of the plan year.

    `amounts` holds any of the funding sources (đồng) and in-kind contributions by key.
    """
    _check_editable(plan)
    unknown = set(amounts or {}) - set(FUNDING_SOURCES) - set(IN_KIND)
    if unknown:
        raise ValueError(f"unknown amount keys: {sorted(unknown)}")
    values = _validated(
        db,
        plan,
        {
            "work": work,
            "criterion_no": criterion_no,
            "lead": lead,
            "start_date": parse_period(start, plan.year, end=False),
            "end_date": parse_period(end, plan.year, end=True),
            "quantity": quantity,
            "unit": unit,
            "percent_done": percent_done,
            "status": status,
            **(amounts or {}),
        },
    )
    item_id = str(uuid.uuid4())
    with db.transaction():
        changes.insert_tracked(
            db,
            ITEMS,
            {
                "id": item_id,
                "plan_id": plan.id,
                "ord": rows.next_ord(db, plan.id),
                **_stored(values),
                "deleted": 0,
                "owner_code": plan.owner_code,
            },
            owner=plan.owner_code,
        )
    return get_item(db, item_id)


def update_item(db: Database, item_id: str, **requested: Any) -> PlanItem:
    """Change some fields of an item (dates as `date`); the whole item is checked again."""
    item = get_item(db, item_id)
    unknown = set(requested) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    plan = _plan_of(db, item)
    _check_editable(plan)
    current = {name: getattr(item, name) for name in _EDITABLE}
    if "percent_done" in requested and "status" not in requested:
        requested["status"] = None  # follows the new percentage
    elif requested.get("status") == "done" and "percent_done" not in requested:
        requested["percent_done"] = 100
    values = _validated(db, plan, {**current, **requested})
    stored, before = _stored(values), _stored(current)
    changed = {name: stored[name] for name in _EDITABLE if stored[name] != before[name]}
    if changed:
        changes.update_tracked(db, ITEMS, item.id, changed, owner=item.owner_code)
    return get_item(db, item_id)


def remove_item(db: Database, item_id: str) -> None:
    """Removal travels as a change of the `deleted` flag; the row and its history remain."""
    item = get_item(db, item_id)
    _check_editable(_plan_of(db, item))
    changes.update_tracked(db, ITEMS, item.id, {"deleted": 1}, owner=item.owner_code)


def remove_items(db: Database, item_ids: Iterable[str]) -> None:
    """All or none: a refusal on one item leaves the others in place too."""
    with db.transaction():
        for item_id in item_ids:
            remove_item(db, item_id)


# -- files on an item (before/after photos, acceptance minutes…) ----------------------------------
def _live_item(db: Database, item_id: str) -> PlanItem:
    item = get_item(db, item_id)
    if item.deleted:
        raise InvalidInput(
            f"Hạng mục '{item.work}' đã bị xóa khỏi phương án; không đính kèm tệp vào hạng mục "
            "đã xóa."
        )
    return item


def attach_evidence(db: Database, item_id: str, source: Path, stage: str = "other") -> Evidence:
    """Copy a file into the office's evidence store and link it to the item."""
    attachments.check_stage(PLAN_ITEMS, stage)
    _live_item(db, item_id)
    digest, size = attachments.store_file(db, source)
    return record_evidence(db, item_id, stage, file_names.safe(source.name), digest, size)


def record_evidence(
    db: Database, item_id: str, stage: str, file_name: str, digest: str, size: int
) -> Evidence:
    """Link a file already in the store (`attachments.store_file`, run off the GUI thread)."""
    item = _live_item(db, item_id)
    return attachments.record(
        db, PLAN_ITEMS, item.id, item.owner_code, file_name, digest, size, stage
    )


def evidence_of(db: Database, item_id: str) -> list[Evidence]:
    return attachments.of_parent(db, PLAN_ITEMS, item_id)


# -- totals --------------------------------------------------------------------------------------
def totals(plan_items: Iterable[PlanItem]) -> PlanTotals:
    """Sums over the live items.

    Progress is item-weighted (the mean of the items' percent done), not cost-weighted: many
    items of a model-village plan cost no cash at all (waste sorting, tidying gardens, done with
    residents' labour) and would count for nothing if weighted by money, while one costly road
    would hide every other delay. Reviewers also count items ("8 of 12 done"), so this matches.
    """
    live = [item for item in plan_items if not item.deleted]
    by_source = {source: 0 for source in FUNDING_SOURCES}
    by_criterion: dict[int | None, dict[str, int]] = {}
    in_kind = {kind: 0.0 for kind in IN_KIND}
    for item in live:
        sums = by_criterion.setdefault(item.criterion_no, {source: 0 for source in FUNDING_SOURCES})
        for source in FUNDING_SOURCES:
            amount = int(getattr(item, source))
            by_source[source] += amount
            sums[source] += amount
        for kind in IN_KIND:
            in_kind[kind] += float(getattr(item, kind))
    ordered = dict(sorted(by_criterion.items(), key=lambda pair: (pair[0] is None, pair[0] or 0)))
    return PlanTotals(
        by_source=by_source,
        by_criterion=ordered,
        grand_total=sum(by_source.values()),
        in_kind=in_kind,
        progress=sum(item.percent_done for item in live) / len(live) if live else 0.0,
        items=len(live),
        done=sum(1 for item in live if item.percent_done == 100),
        criterion_totals={key: sum(value.values()) for key, value in ordered.items()},
    )


def overdue(plan_items: Iterable[PlanItem], day: date) -> list[PlanItem]:
    """Live items whose end has passed on `day` and that are not 100 % done."""
    return [item for item in plan_items if not item.deleted and item.overdue_on(day)]
