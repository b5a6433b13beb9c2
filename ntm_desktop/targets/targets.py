"""Yearly targets of a unit (Biểu 01 of a province's plan), cumulative to the end of the year.

Measures: communes recognised standard, advanced and model (counted cumulatively: a model commune
also counts as advanced and standard, as the plans count them), NTM villages and model villages,
average criteria met per commune and communes meeting fewer than 10 criteria. A measure may be
left without a target. Targets are province reference data: owned by the province.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.numbers import parse_decimal, parse_whole
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import targets as rows
from ntm_desktop.units import units

MEASURES = rows.MEASURES
MEASURE_NAMES = {
    "standard": "Xã đạt chuẩn NTM",
    "advanced": "Xã đạt chuẩn NTM nâng cao",
    "model": "Xã đạt chuẩn NTM kiểu mẫu",
    "ntm_villages": "Thôn đạt chuẩn NTM",
    "model_villages": "Thôn NTM kiểu mẫu",
    "avg_criteria": "Bình quân số tiêu chí đạt/xã",
    "below10": "Số xã đạt dưới 10 tiêu chí",
}
MEASURE_UNITS = {measure: "xã" for measure in MEASURES} | {
    "ntm_villages": "thôn",
    "model_villages": "thôn",
    "avg_criteria": "tiêu chí/xã",
}
MAX_CRITERIA = 19
# Fixed forever: the ids derived from it must agree on every laptop.
ID_NAMESPACE = uuid.UUID("0b7c5e1e-8a43-5d2f-b1a6-6f3d2c9e4a10")


@dataclass(frozen=True)
class Target:
    unit_code: str
    year: int
    values: dict[str, int | float | None]

    def get(self, measure: str) -> int | float | None:
        return self.values.get(measure)


def target_id(unit_code: str, year: int) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{unit_code}/{year}"))


def get(db: Database, unit_code: str, year: int) -> Target | None:
    row = rows.get(db, unit_code, year)
    if row is None:
        return None
    fields = row._asdict()
    return Target(row.unit_code, row.year, {measure: fields[measure] for measure in MEASURES})


def of_year(db: Database, year: int) -> dict[str, Target]:
    return {code: Target(code, year, values) for code, values in values_of_year(db, year).items()}


def values_of_year(db: Database, year: int) -> dict[str, dict[str, int | float | None]]:
    """Each unit's targets of `year` by measure, in unit order (a national report reads 705)."""
    return {
        code: dict(zip(MEASURES, values, strict=True))
        for code, *values in rows.measures_of_year(db, year)
    }


def parse_value(measure: str, value: Any) -> int | float | None:
    """A target by common.numbers' rule ("16,2", "124") or a sheet's number; blank means none."""
    if measure not in MEASURES:
        raise InvalidInput(f"Chỉ tiêu '{measure}' không có; chọn một trong: {', '.join(MEASURES)}.")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    name = MEASURE_NAMES[measure]
    if measure != "avg_criteria":
        return parse_whole(value, name)
    number = parse_decimal(value, name)
    if number > MAX_CRITERIA:
        raise InvalidInput(f"{name}: {value} lớn hơn số tiêu chí của bộ tiêu chí ({MAX_CRITERIA}).")
    return round(float(number), 2)


def check_unit(db: Database, unit_code: str) -> units.Unit:
    unit = units.get(db, unit_code)
    if unit.level not in ("province", "district"):
        raise InvalidInput(
            f"{unit.name} là cấp {units.LEVEL_NAMES[unit.level]}: chỉ tiêu kế hoạch được giao "
            "cho tỉnh và huyện."
        )
    return unit


def set_targets(
    db: Database, unit_code: str, year: int, values: Mapping[str, Any]
) -> dict[str, tuple[Any, Any]]:
    """Record the given measures of a unit's targets for a year; returns what changed.

    Measures not named are left as they are; a blank value clears that target.
    """
    check_year(year)
    unit = check_unit(db, unit_code)
    parsed = {measure: parse_value(measure, value) for measure, value in values.items()}
    owner = units.province_of(db, unit.code).code
    row_id = target_id(unit_code, year)
    with db.transaction():
        if rows.TARGETS.deleted(db, row_id) is not None:
            return changes.update_tracked(
                db, "targets", row_id, {**parsed, "deleted": 0}, owner=owner
            )
        if all(value is None for value in parsed.values()):
            return {}
        changes.insert_tracked(
            db,
            "targets",
            {"id": row_id, "unit_code": unit_code, "year": year, **parsed, "owner_code": owner},
            owner=owner,
        )
    return {measure: (None, value) for measure, value in parsed.items() if value is not None}


def percent_of_target(
    actual: float | None, target: float | None, *, fewer_is_better: bool = False
) -> float | None:
    """How far the plan was attained (%), None where no share can be given ("—" in a table).

    For a measure the plan wants to bring down (communes below 10 criteria) attainment is the
    other way round: 4 such communes against a plan of 5 is 125 %. A plan of 0 (and, for a
    measure to bring down, a result of 0) gives no share: 0 of a plan of 0 is not "100 %".
    """
    if actual is None or target is None:
        return None
    if fewer_is_better:
        return target / actual * 100 if actual and target else None
    return actual / target * 100 if target else None
