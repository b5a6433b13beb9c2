"""Funds mobilised for the programme per unit and year, and capital allocated vs disbursed.

Amounts are entered in million VND and kept as integer đồng (see `money`). A total is never
stored or accepted as typed: it is always the sum of its parts, so a table can never show a
total that differs from its rows (the 2020 report's own total is 1 million VND short).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.money import (
    dong_to_million,
    format_million,
    million_to_dong,
    share,
)
from ntm_desktop.common.numbers import parse_whole
from ntm_desktop.common.text import fold, format_date, nfc
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import funding as rows
from ntm_desktop.units import units
from ntm_desktop.units.records import owner_of, stable_id

# Source key -> label, in the order of the province's reporting table.
SOURCES: dict[str, str] = {
    "central": "Ngân sách Trung ương",
    "province": "Ngân sách tỉnh",
    "district": "Ngân sách huyện",
    "commune": "Ngân sách xã",
    "integrated": "Vốn lồng ghép từ các Chương trình, dự án khác",
    "enterprise": "Doanh nghiệp, HTX",
    "community": "Người dân và cộng đồng (tiền mặt)",
}
LOCAL_SOURCES = ("province", "district", "commune")
# The groups the reports show shares for: local budget is one line there.
GROUPS: dict[str, str] = {
    "central": "Ngân sách Trung ương",
    "local": "Ngân sách địa phương (tỉnh, huyện, xã)",
    "integrated": "Vốn lồng ghép từ các Chương trình, dự án khác",
    "enterprise": "Doanh nghiệp, HTX",
    "community": "Người dân và cộng đồng",
}
IN_KIND: dict[str, tuple[str, str]] = {
    "land_m2": ("Hiến đất", "m²"),
    "workdays": ("Ngày công lao động", "ngày công"),
    "walls_m2": ("Phá dỡ tường rào", "m²"),
}
KINDS: dict[str, str] = {"investment": "Vốn đầu tư", "recurrent": "Vốn sự nghiệp"}


@dataclass(frozen=True)
class Funding:
    """Funds of one unit (or a roll-up of a subtree) for one year; amounts in đồng."""

    unit_code: str
    year: int
    amounts: dict[str, int]
    in_kind: dict[str, int]
    note: str | None = None

    @property
    def total(self) -> int:
        return sum(self.amounts.values())

    @property
    def groups(self) -> dict[str, int]:
        return {
            "central": self.amounts["central"],
            "local": sum(self.amounts[key] for key in LOCAL_SOURCES),
            "integrated": self.amounts["integrated"],
            "enterprise": self.amounts["enterprise"],
            "community": self.amounts["community"],
        }

    def shares(self, decimals: int = 1) -> dict[str, Decimal | None]:
        """Each group's share of the computed total, in percent."""
        return {key: share(value, self.total, decimals) for key, value in self.groups.items()}


@dataclass(frozen=True)
class KindDisbursement:
    allocated: int
    disbursed: int
    units_reporting: int = 0
    latest: str | None = None

    @property
    def rate(self) -> Decimal | None:
        return share(self.disbursed, self.allocated)


@dataclass(frozen=True)
class Disbursement:
    unit_code: str
    year: int
    as_of: date
    kinds: dict[str, KindDisbursement] = field(default_factory=dict)

    @property
    def total(self) -> KindDisbursement:
        return KindDisbursement(
            sum(k.allocated for k in self.kinds.values()),
            sum(k.disbursed for k in self.kinds.values()),
        )


def unit_for_funding(db: Database, unit_code: str) -> units.Unit:
    unit = units.get(db, unit_code)
    if unit.level == "village":
        raise InvalidInput(
            f"{unit.name} là thôn: nguồn vốn được ghi cho xã, huyện hoặc tỉnh. Hãy chọn xã "
            "của thôn."
        )
    return unit


def get(db: Database, unit_code: str, year: int) -> Funding:
    """What was entered for the unit itself (zeros when nothing was)."""
    unit_for_funding(db, unit_code)
    row = rows.year_row(db, unit_code, year)
    fields = row._asdict() if row else {}
    values = tuple(fields.get(column, 0) for column in rows.AMOUNT_COLUMNS)
    return _funding(unit_code, year, values, row.note if row else None)


def rollup(db: Database, unit_code: str, year: int) -> Funding:
    """The unit's own funds plus those of every unit under it (a district = its communes +
    its own)."""
    unit_for_funding(db, unit_code)
    return _funding(unit_code, year, rows.subtree_sums(db, unit_code, year), None)


def _funding(unit_code: str, year: int, values: tuple[int, ...], note: str | None) -> Funding:
    named = dict(zip(rows.AMOUNT_COLUMNS, values, strict=True))
    return Funding(
        unit_code,
        year,
        {key: int(named[f"{key}_dong"]) for key in SOURCES},
        {key: int(named[key]) for key in IN_KIND},
        note,
    )


def record(
    db: Database,
    unit_code: str,
    year: int,
    amounts: Mapping[str, object] | None = None,
    in_kind: Mapping[str, object] | None = None,
    note: str | None = None,
) -> Funding:
    """Set the given sources (million VND) and in-kind contributions of a unit's year.

    Sources not given keep their value. Every problem is reported at once and nothing is
    written unless all values are valid.
    """
    unit = unit_for_funding(db, unit_code)
    check_year(year)
    values, problems = validate(amounts or {}, in_kind or {})
    if problems:
        raise InvalidInput(
            f"Không ghi được nguồn vốn năm {year} của {unit.name}: dữ liệu không hợp lệ, "
            "chưa có gì thay đổi.",
            details=problems,
        )
    if note is not None:
        values["note"] = nfc(note) or None
    write_year(db, unit, year, values)
    return get(db, unit.code, year)


def write_year(db: Database, unit: units.Unit, year: int, values: dict[str, Any]) -> str:
    """Write checked column values; returns "new", "changed" or "unchanged"."""
    row_id = stable_id("funding", unit.code, year)
    with db.transaction():
        deleted = rows.YEARS.deleted(db, row_id)
        if deleted is None:
            base = {column: 0 for column in rows.AMOUNT_COLUMNS}
            changes.insert_tracked(
                db,
                "funding_years",
                {
                    "id": row_id,
                    "unit_code": unit.code,
                    "year": year,
                    **base,
                    **values,
                    "owner_code": owner_of(unit),
                },
                owner=owner_of(unit),
            )
            return "new"
        if deleted:
            values = {**values, "deleted": 0}
        changed = changes.update_tracked(db, "funding_years", row_id, values, owner=owner_of(unit))
        return "changed" if changed else "unchanged"


def validate(
    amounts: Mapping[str, object], in_kind: Mapping[str, object]
) -> tuple[dict[str, Any], list[str]]:
    """Column values for the given inputs and the list of problems (Vietnamese)."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, raw in amounts.items():
        if key not in SOURCES:
            raise ValueError(f"unknown funding source {key!r}")
        try:
            values[f"{key}_dong"] = million_to_dong(raw, SOURCES[key])
        except InvalidInput as error:
            problems.append(error.message)
    for key, raw in in_kind.items():
        label, unit_name = IN_KIND[key]
        try:
            values[key] = parse_whole(raw, f"{label} ({unit_name})")
        except InvalidInput as error:
            problems.append(error.message)
    return values, problems


def delete(db: Database, unit_code: str, year: int) -> None:
    unit = unit_for_funding(db, unit_code)
    row_id = stable_id("funding", unit.code, year)
    if rows.YEARS.deleted(db, row_id) is not None:
        changes.update_tracked(db, "funding_years", row_id, {"deleted": 1}, owner=owner_of(unit))


def record_disbursement(
    db: Database,
    unit_code: str,
    year: int,
    kind: str,
    as_of: date,
    allocated: object,
    disbursed: object,
    reason: str | None = None,
) -> None:
    """Capital of one kind allocated to a unit and disbursed by `as_of` (million VND)."""
    unit = unit_for_funding(db, unit_code)
    check_year(year)
    values, problems = check_disbursement(kind, allocated, disbursed, reason)
    if problems:
        raise InvalidInput(
            f"Không ghi được số liệu giải ngân đến {format_date(as_of)} của {unit.name}; "
            "chưa có gì thay đổi.",
            details=[message for _, message in problems],
        )
    write_disbursement(db, unit, year, kind, as_of, values)


def kind_of(text: str) -> str:
    """'investment' / 'recurrent' from the key or how reports write it ("Vốn đầu tư")."""
    folded = fold(text)
    for key, label in KINDS.items():
        if folded in (key, fold(label), fold(label).removeprefix("von ")):
            return key
    raise InvalidInput(
        f"Loại vốn '{text}' không hợp lệ: ghi 'Vốn đầu tư' (investment) hoặc 'Vốn sự nghiệp' "
        "(recurrent)."
    )


def check_disbursement(
    kind: str, allocated: object, disbursed: object, reason: str | None
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Column values and problems as (field, Vietnamese message).

    Disbursing more than was allocated happens (an advance, a transfer from last year) but must
    be explained: without a reason it is refused.
    """
    problems: list[tuple[str, str]] = []
    if kind not in KINDS:
        try:
            kind = kind_of(kind)
        except InvalidInput as error:
            return {}, [("kind", error.message)]
    label = KINDS[kind]
    allocated_dong = disbursed_dong = 0
    try:
        allocated_dong = million_to_dong(allocated, f"{label} được giao")
    except InvalidInput as error:
        problems.append(("allocated", error.message))
    try:
        disbursed_dong = million_to_dong(disbursed, f"{label} đã giải ngân")
    except InvalidInput as error:
        problems.append(("disbursed", error.message))
    reason = nfc(reason or "") or None
    if not problems and disbursed_dong > allocated_dong and reason is None:
        problems.append(
            (
                "disbursed",
                f"{label} đã giải ngân ({format_million(dong_to_million(disbursed_dong))} triệu "
                f"đồng) lớn hơn vốn được giao ({format_million(dong_to_million(allocated_dong))} "
                "triệu đồng). Hãy kiểm tra lại số liệu, hoặc ghi rõ lý do (ví dụ vốn ứng trước, "
                "vốn năm trước chuyển sang).",
            )
        )
    values = {
        "allocated_dong": allocated_dong,
        "disbursed_dong": disbursed_dong,
        "over_reason": reason,
    }
    return values, problems


def write_disbursement(
    db: Database, unit: units.Unit, year: int, kind: str, as_of: date, values: dict[str, Any]
) -> str:
    """Write checked values; returns "new", "changed" or "unchanged"."""
    kind = kind if kind in KINDS else kind_of(kind)
    row_id = stable_id("disbursement", unit.code, year, kind, as_of.isoformat())
    with db.transaction():
        if not rows.disbursement_exists(db, row_id):
            changes.insert_tracked(
                db,
                "funding_disbursements",
                {
                    "id": row_id,
                    "unit_code": unit.code,
                    "year": year,
                    "kind": kind,
                    "as_of": as_of.isoformat(),
                    **values,
                    "owner_code": owner_of(unit),
                },
                owner=owner_of(unit),
            )
            return "new"
        changed = changes.update_tracked(
            db,
            "funding_disbursements",
            row_id,
            {**values, "deleted": 0},
            owner=owner_of(unit),
        )
        return "changed" if changed else "unchanged"


def disbursement(
    db: Database, unit_code: str, year: int, as_of: date, *, own_only: bool = False
) -> Disbursement:
    """Allocated and disbursed over the unit's subtree (or the unit alone), each unit at its
    latest report on or before `as_of`."""
    unit_for_funding(db, unit_code)
    found = rows.disbursement_sums(db, unit_code, year, as_of.isoformat(), own_only=own_only)
    return Disbursement(
        unit_code,
        year,
        as_of,
        {
            kind: KindDisbursement(
                int(sums.allocated), int(sums.disbursed), sums.units, sums.latest
            )
            for kind, sums in found.items()
        },
    )


@dataclass(frozen=True)
class ReportDate:
    """The report a disbursement figure comes from: whose, which kind of capital, as of when."""

    unit: units.Unit
    kind: str
    as_of: date


def disbursement_dates(db: Database, unit_code: str, year: int, as_of: date) -> list[ReportDate]:
    """For each unit of the subtree and kind of capital, the date of the report `disbursement`
    counts at `as_of` (its latest on or before that day), in unit order. A table must be labelled
    with these dates, not with the day asked for: figures as of 30/11 are not "to 31/12"."""
    unit_for_funding(db, unit_code)
    found: list[ReportDate] = []
    for unit in units.subtree(db, unit_code):
        if unit.level == "village":
            continue
        sums = rows.disbursement_sums(db, unit.code, year, as_of.isoformat(), own_only=True)
        found += [
            ReportDate(unit, kind, date.fromisoformat(found_sums.latest))
            for kind, found_sums in sorted(sums.items())
        ]
    return found
