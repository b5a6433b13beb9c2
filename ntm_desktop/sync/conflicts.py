"""Conflicts: fields whose heads hold different values. Listing them, and resolving one by a new
op whose bases cover every head, so the resolution travels and clears the conflict everywhere.

The chosen value is read and checked as the ordinary edit of the field reads it (an indicator
value against its indicator, a review status against the review statuses, "80,5" as 80.5 …):
a resolution is a tracked change that travels to every office, so it must be a value the
ordinary edit could have written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ntm_desktop.checklist import assessments, reviews
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import fold, format_date, nfc, required_name
from ntm_desktop.criteria import catalogs, indicator_values
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.dossier import dossier_inputs
from ntm_desktop.ocop import ocop
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.sync import merge, scope, tables
from ntm_desktop.targets import targets
from ntm_desktop.tasks import tasks
from ntm_desktop.units import groups
from ntm_desktop.village_plans import village_plans


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    field: str
    heads: list[dict[str, Any]]
    # The value a resolution stored (None when listing, or when the field was cleared).
    chosen: Any = None


def list_conflicts(db: Database) -> list[Conflict]:
    """Open conflicts, heads read live (a local edit since the last import may have changed
    them), the displayed value first."""
    found = []
    for conflict_id, table, row_id, field, _ in rows.conflicts(db):
        current = rows.heads(db, table, row_id, field)
        if merge.disagree(current):
            found.append(
                Conflict(conflict_id, table, row_id, field, json.loads(merge.heads_json(current)))
            )
    return found


def describe(db: Database, conflict: Conflict) -> str:
    """The conflicted record as a person names it: "Xã Việt Lập · năm 2020 · chỉ tiêu 2.1"."""
    spec = tables.get(conflict.table)
    row = rows.read_row(db, conflict.table, spec.key, conflict.row_id) if spec else None
    if row is None:
        return conflict.row_id
    code = (
        row.get("unit_code")
        or row.get("village_code")
        or (conflict.row_id if conflict.table == "units" else None)
    )
    unit = unit_rows.get(db, str(code)) if code else None
    parts = [f"{unit.name} ({unit.code})"] if unit else []
    if row.get("year") is not None:
        parts.append(f"năm {row['year']}")
    if row.get("indicator_code"):
        parts.append(f"chỉ tiêu {catalogs.code_words(str(row['indicator_code']))}")
    if conflict.table == "criterion_judgments" and row.get("criterion_no") is not None:
        parts.append(f"đánh giá cả {assessments.criterion_label(int(row['criterion_no']))}")
    if conflict.table == "commune_groups" and row.get("valid_from"):
        parts.append(f"nhóm xã từ {format_date(parse_date(row['valid_from']))}")
    for name_field in ("work", "title", "name", "file_name"):
        if conflict.table != "units" and row.get(name_field):
            parts.append(str(row[name_field]))
            break
    return " · ".join(parts) or conflict.row_id


def resolve(db: Database, conflict_id: str, text: str) -> Conflict:
    """Choose the value of a conflicted field; the other values stay in the history.

    `text` is what the person typed (or one of the shown values); a value the field's ordinary
    edit would refuse raises InvalidInput and nothing is written."""
    stored = rows.conflict(db, conflict_id)
    current = [] if stored is None else rows.heads(db, *stored[1:4])
    if stored is None or len(current) < 2:
        raise NotFound(
            f"Không có xung đột mã {conflict_id} đang mở; xem danh sách bằng 'ntm conflicts'."
        )
    _, table, row_id, field, _ = stored
    spec = tables.get(table)
    if spec is None:
        raise NotFound(f"Bảng {table} không còn được đồng bộ.")
    row = rows.read_row(db, table, spec.key, row_id)
    if row is None:
        raise InvalidInput(
            f"Bản ghi {row_id} chưa đủ dữ liệu trên máy này (còn thiếu gói trước đó): hãy nhập "
            "các gói còn thiếu rồi chọn giá trị."
        )
    values = [json.loads(head[3]) if head[3] is not None else None for head in current]
    value = parse_choice(db, spec, field, row, text, values)
    owner = rows.row_owner_in_log(db, table, row_id) or ""
    scope.check_write(db, table, owner, {field: value})
    with db.transaction():
        device, counter = changes.log_change(db, table, row_id, field, row.get(field), value, owner)
        rows.insert_bases(
            db,
            [(device, counter, table, row_id, field, head[0], head[1]) for head in current[1:]],
        )
        stale = merge.Stale()
        if not merge.refresh_row(db, table, row_id, stale):
            # A rule of the table itself (an allowed status, a number not below 0 …): the
            # transaction is undone, so nothing is logged and nothing travels.
            raise InvalidInput(
                f"Giá trị '{text}' không hợp lệ cho trường {field}. Các giá trị đang xung đột: "
                f"{_listed(values)}."
            )
        stale.refresh(db)
    heads = json.loads(merge.heads_json(current))
    return Conflict(conflict_id, table, row_id, field, heads, value)


# -- reading the chosen value ---------------------------------------------------------------
# (db, the conflicted row, what was typed or the native value of a shown head) -> the value.
Reader = Callable[[Database, Mapping[str, Any], Any], Any]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Fields that name what the row is (its unit, year, stage, catalog …) or an evidence file's
# hash: no ordinary edit types them, so a resolution picks one of the values in conflict.
_IDENTITY_FIELDS = frozenset(
    (
        *("year", "stage", "catalog_key", "indicator_code", "size", "added_at"),
        *("successor", "predecessor", "predecessor_dataset", "period", "no"),
    )
)
_IDENTITY_PAIRS = frozenset(
    {
        # The tier and the criteria set are chosen together ('ntm checklist tier').
        ("assessment_choices", "tier"),
        ("dossier_inputs", "tier"),
        ("plan_tasks", "unit_codes"),
    }
)
_FLAGS = frozenset({"deleted", "removed"})


def parse_choice(
    db: Database,
    spec: tables.SyncTable,
    field: str,
    row: Mapping[str, Any],
    text: str,
    values: Sequence[Any],
) -> Any:
    """The value to store for `text` in a conflicted field whose heads hold `values`.

    One of the shown values (as the exchange dialog offers them) is taken as that value, still
    checked by the field's reader; anything else is read as the ordinary edit reads it."""
    raw: Any = text
    for value in values:
        if text == _shown(value):
            if value is None:
                return None
            raw = value
            break
    if _is_identity(spec, field):
        return _one_of(field, raw, values)
    reader = _READERS.get((spec.name, field))
    if reader is not None:
        return _scalar(reader(db, row, raw), text)
    return _plain(field, raw, values)


def _is_identity(spec: tables.SyncTable, field: str) -> bool:
    return (
        field in _IDENTITY_FIELDS
        or (spec.name, field) in _IDENTITY_PAIRS
        or field in spec.blob_fields
        or field == spec.role_field
        or field.endswith(("_code", "_id"))
    )


def _one_of(field: str, raw: Any, values: Sequence[Any]) -> Any:
    if not isinstance(raw, str):
        return raw  # one of the shown values, matched above
    for value in values:
        if value is not None and nfc(raw) == nfc(_shown(value)):
            return value
    raise InvalidInput(
        f"Trường {field} chỉ chọn được một trong các giá trị đang xung đột: {_listed(values)}."
    )


def _plain(field: str, raw: Any, values: Sequence[Any]) -> Any:
    """A field without a reader of its own: text, a whole number, a number or a date, as the
    values in conflict are."""
    if not isinstance(raw, str):
        return raw
    present = [value for value in values if value is not None]
    text = nfc(raw)
    if field in _FLAGS:
        return _flag(field, text)
    if not text:
        if "" in present:
            return ""
        if len(present) < len(values):
            return None
        raise InvalidInput(
            f"Trường {field} không được để trống; chọn một trong: {_listed(values)}."
        )
    if any(isinstance(value, str) for value in present):
        if all(isinstance(value, str) and _ISO_DATE.match(value) for value in present):
            return _date(field, text).isoformat()
        return text
    number = indicator_values.parse_number(text)
    if any(isinstance(value, float) for value in present):
        return float(number)
    if isinstance(number, float) and not number.is_integer():
        raise InvalidInput(
            f"Trường {field} cần một số nguyên (đã nhập '{raw}'), ví dụ 12 hoặc 1.274.790."
        )
    return int(number)


def _flag(field: str, text: str) -> int:
    answer = fold(text)
    if answer in ("1", "co", "x"):
        return 1
    if answer in ("0", "khong"):
        return 0
    raise InvalidInput(f"Trường {field} chỉ nhận 1 (có) hoặc 0 (không); đã nhập '{text}'.")


def _date(field: str, text: str) -> date:
    return parse_date(text, f"Ngày ở trường {field}")


def _scalar(value: Any, text: str) -> Any:
    """What a reader returns must be storable as one cell (never a list or an object)."""
    if value is None or isinstance(value, str | int | float):
        return value
    raise InvalidInput(f"Giá trị '{text}' không hợp lệ cho trường này.")


def _shown(value: Any) -> str:
    """A head's value as the conflict list and the exchange dialog show it."""
    return "" if value is None else str(value)


def _listed(values: Sequence[Any]) -> str:
    return " | ".join(_shown(value) or "(trống)" for value in values)


# -- the fields' ordinary readers -------------------------------------------------------------
def _indicator_value(db: Database, row: Mapping[str, Any], raw: Any) -> Any:
    catalog = catalogs.get(db, str(row["catalog_key"]))
    for indicator in catalog.indicators:
        if indicator.code == row["indicator_code"]:
            return indicator_values.parse(indicator, raw)
    raise NotFound(f"Bộ tiêu chí {catalog.info.id} không có chỉ tiêu {row['indicator_code']}.")


def _choice(choices: Mapping[str, str] | Sequence[str], what: str) -> Reader:
    def read(db: Database, row: Mapping[str, Any], raw: Any) -> str:
        text = str(raw).strip()
        if text not in choices:
            raise InvalidInput(
                f"{what} '{raw}' không hợp lệ; chọn một trong: {', '.join(choices)}."
            )
        return text

    return read


def _optional_text(db: Database, row: Mapping[str, Any], raw: Any) -> str | None:
    """A note: blank clears it (as 'ntm checklist set --note')."""
    return nfc(str(raw)) or None


def _text(db: Database, row: Mapping[str, Any], raw: Any) -> str:
    """Text kept even when blank (a review's note or reviewer)."""
    return nfc(str(raw))


def _name(what: str) -> Reader:
    def read(db: Database, row: Mapping[str, Any], raw: Any) -> str:
        return required_name(str(raw), what)

    return read


def _review_date(db: Database, row: Mapping[str, Any], raw: Any) -> str | None:
    text = str(raw).strip()
    if not text:
        return None
    day = _date("review_date", text)
    reviews.check_review_date(str(row["stage"]), day)
    return day.isoformat()


def _remarks(db: Database, row: Mapping[str, Any], raw: Any) -> str:
    """Remarks per criterion, written as JSON: {"3": "thiếu biên bản"} (blank: none)."""
    text = str(raw).strip() or "{}"
    try:
        found = json.loads(text)
    except json.JSONDecodeError:
        found = None
    if not isinstance(found, dict):
        raise InvalidInput(
            f"Nhận xét theo tiêu chí '{raw}' không hợp lệ; ghi dạng JSON, ví dụ "
            '{"3": "nội dung"}.'
        )
    return json.dumps(reviews.clean_remarks(found), ensure_ascii=False, sort_keys=True)


def _target(measure: str) -> Reader:
    def read(db: Database, row: Mapping[str, Any], raw: Any) -> int | float | None:
        return targets.parse_value(measure, raw)

    return read


def _dossier(name: str) -> Reader:
    def read(db: Database, row: Mapping[str, Any], raw: Any) -> Any:
        return dossier_inputs.normalise(name, raw)

    return read


def _dong(label: str) -> Reader:
    def read(db: Database, row: Mapping[str, Any], raw: Any) -> int:
        return village_plans.parse_dong(raw, label)

    return read


def _quantity(label: str, *, optional: bool = False) -> Reader:
    def read(db: Database, row: Mapping[str, Any], raw: Any) -> float | None:
        if optional and str(raw).strip() == "":
            return None
        return village_plans.parse_quantity(raw, label)

    return read


def _producer_kind(db: Database, row: Mapping[str, Any], raw: Any) -> str:
    return ocop.producer_kind(str(raw))


def _stars(db: Database, row: Mapping[str, Any], raw: Any) -> int:
    return ocop.check_stars(raw)


_READERS: dict[tuple[str, str], Reader] = {
    ("indicator_values", "value"): _indicator_value,
    ("indicator_values", "officer_met"): _choice(assessments.MET_CHOICES, "Kết quả đánh giá"),
    ("indicator_values", "note"): _optional_text,
    ("indicator_values", "agency"): _optional_text,
    ("criterion_judgments", "officer_met"): _choice(assessments.MET_CHOICES, "Kết quả đánh giá"),
    ("criterion_judgments", "note"): _optional_text,
    ("units", "name"): _name("Tên đơn vị"),
    ("checklist_reviews", "status"): _choice(reviews.STATUSES, "Kết quả"),
    ("checklist_reviews", "note"): _text,
    ("checklist_reviews", "reviewer"): _text,
    ("checklist_reviews", "review_date"): _review_date,
    ("checklist_reviews", "remarks"): _remarks,
    ("recognitions", "tier"): _choice(TIERS, "Hạng"),
    ("commune_groups", "group_no"): lambda db, row, raw: groups.parse_group(raw),
    ("commune_groups", "note"): _text,
    ("village_plans", "status"): _choice(village_plans.STATUS_NAMES, "Trạng thái"),
    ("village_plan_items", "work"): _name("Nội dung công việc của hạng mục"),
    ("village_plan_items", "lead"): _optional_text,
    ("village_plan_items", "unit"): _optional_text,
    ("village_plan_items", "status"): _choice(village_plans.ITEM_STATUS_NAMES, "Tình trạng"),
    ("village_plan_items", "percent_done"): lambda db, row, raw: village_plans.parse_percent_done(
        raw
    ),
    ("village_plan_items", "quantity"): _quantity("Khối lượng", optional=True),
    ("plan_tasks", "status"): _choice(tasks.STATUSES, "Trạng thái"),
    ("ocop_producers", "name"): _name("Tên chủ thể"),
    ("ocop_producers", "kind"): _producer_kind,
    ("ocop_products", "name"): _name("Tên sản phẩm"),
    ("ocop_ratings", "stars"): _stars,
    **{("targets", measure): _target(measure) for measure in targets.MEASURES},
    **{("dossier_inputs", name): _dossier(name) for name in dossier_inputs.LABELS},
    **{
        ("village_plan_items", source): _dong(label)
        for source, label in village_plans.FUNDING_SOURCES.items()
    },
    **{
        ("village_plan_items", kind): _quantity(label)
        for kind, label in village_plans.IN_KIND.items()
    },
}
