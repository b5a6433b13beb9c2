"""Communes meeting each criterion in a year (and against a base year), from stored results.

The share is over every rural commune (xã) of the scope valid at the end of the year, whether
or not it has been assessed: an unassessed commune has not been shown to meet anything. The base
year is counted on the tree as it was then, so mergers change the denominator as in the
province's own tables (Bắc Kạn: 112 communes in 2011, 110 in 2020).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria import catalogs
from ntm_desktop.reports.scope import Scope, resolve
from ntm_desktop.storage import Database
from ntm_desktop.storage import reports as rows
from ntm_desktop.tables import xlsx_tables
from ntm_desktop.units import units

COLUMNS = ("criterion_no", "criterion", "communes_met", "percent")
BASE_COLUMNS = ("base_met", "base_percent", "change")


@dataclass(frozen=True)
class Line:
    no: int
    name: str
    met: int | None
    percent: float | None
    base_met: int | None = None
    base_percent: float | None = None

    @property
    def change(self) -> int | None:
        if self.base_met is None or self.met is None:
            return None
        return self.met - self.base_met


@dataclass(frozen=True)
class ByCriterion:
    scope: Scope
    base_year: int | None
    communes: int
    base_communes: int | None
    lines: list[Line]
    notes: list[str]

    @property
    def title(self) -> str:
        since = f" so với năm {self.base_year}" if self.base_year else ""
        return f"Số xã đạt từng tiêu chí đến 31/12/{self.scope.year}{since} — {self.scope.name}"

    @property
    def columns(self) -> tuple[str, ...]:
        return (*COLUMNS, *BASE_COLUMNS) if self.base_year else COLUMNS

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        out = []
        for line in self.lines:
            row: tuple[Any, ...] = (line.no, line.name, line.met, _round(line.percent))
            if self.base_year:
                row += (line.base_met, _round(line.base_percent), line.change)
            out.append(row)
        return out

    def table(self) -> xlsx_tables.Table:
        year = self.scope.year
        columns = [
            xlsx_tables.Column("TT", "int", 5),
            xlsx_tables.Column("Tiêu chí", width=34),
        ]
        periods = [(self.base_year, self.base_communes)] if self.base_year else []
        periods.append((year, self.communes))
        for period, total in periods:
            group = f"Năm {period} ({total} xã)"
            columns += [
                xlsx_tables.Column("Số xã đạt", "int", 10, group, "xã"),
                xlsx_tables.Column("Tỷ lệ", "percent", 9, group, "%"),
            ]
        if self.base_year:
            columns.append(xlsx_tables.Column("Tăng (+), giảm (-)", "int", 11, unit="xã"))
        body = []
        for line in self.lines:
            row: list[Any] = [line.no, line.name]
            if self.base_year:
                row += [line.base_met, _fraction(line.base_percent)]
            row += [line.met, _fraction(line.percent)]
            if self.base_year:
                row.append(line.change)
            body.append(row)
        return xlsx_tables.Table(
            title=self.title.upper(),
            columns=columns,
            rows=body,
            subtitle=[f"Địa bàn: {self.scope.name}"],
            notes=self.notes,
            sheet_name=f"Theo tiêu chí {year}",
            frozen_columns=2,
        )


def _fraction(percent: float | None) -> float | None:
    return None if percent is None else percent / 100


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _share(met: int | None, total: int | None) -> float | None:
    return met / total * 100 if met is not None and total else None


def build(
    db: Database, year: int, under: str | None = None, base_year: int | None = None
) -> ByCriterion:
    scope = resolve(db, year, under)
    if base_year is not None and base_year >= year:
        raise InvalidInput(
            f"Năm gốc {base_year} phải trước năm báo cáo {year} (ví dụ --year 2020 "
            "--base-year 2011)."
        )
    total, counts = rows.criterion_counts(
        db, scope.code, year, scope.day.isoformat(), units.RURAL_COMMUNE_KIND
    )
    base_total: int | None = None
    base_counts: dict[int, int] = {}
    standard = catalogs.applicable(db, "commune", "standard", year)
    names = (
        {c.no: c.name for c in catalogs.get(db, standard.key).criteria} if standard else {}
    ) | _names(db, counts)
    if base_year is not None:
        base_scope = Scope(scope.root, base_year)
        base_total, found = rows.criterion_counts(
            db, scope.code, base_year, base_scope.day.isoformat(), units.RURAL_COMMUNE_KIND
        )
        base_counts = {no: met for no, _key, met in found}
        names = _names(db, found) | names
    current = {no: met for no, _key, met in counts}
    lines = []
    for no in sorted(names):
        # A year without any stored result has no figures, not zeros.
        met = current.get(no, 0) if counts else None
        line = Line(no, names[no], met, _share(met, total))
        if base_year is not None:
            base_met = base_counts.get(no, 0) if base_counts else None
            line = Line(no, names[no], met, line.percent, base_met, _share(base_met, base_total))
        lines.append(line)
    notes = [
        f"Tỷ lệ tính trên {total} xã (không tính phường, thị trấn) có đến 31/12/{year}"
        + (f"; năm {base_year}: {base_total} xã." if base_year is not None else ".")
    ]
    for when, found_any in ((year, counts), (base_year, base_counts)):
        if when is not None and not found_any:
            notes.append(f"Năm {when} chưa có kết quả đánh giá nào được lưu trong địa bàn này.")
    return ByCriterion(scope, base_year, total, base_total, lines, notes)


def _names(db: Database, counts: list[tuple[int, str, int]]) -> dict[int, str]:
    names: dict[int, str] = {}
    loaded: dict[str, catalogs.Catalog] = {}
    for no, key, _met in counts:
        if key not in loaded:
            loaded[key] = catalogs.get(db, key)
        for criterion in loaded[key].criteria:
            if criterion.no == no:
                names[no] = criterion.name
    return names
