"""Communes meeting each criterion in a year (and in base years), from stored results.

The share is over every rural commune (xã) of the scope valid at the end of the year, whether
or not it has been assessed: an unassessed commune has not been shown to meet anything. The base
year is counted on the tree as it was then, so mergers change the denominator as in the
province's own tables (Bắc Kạn: 112 communes in 2011, 110 in 2020).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria import catalogs
from ntm_desktop.reports import versions
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
    earlier: tuple[tuple[int | None, float | None], ...] = ()  # per base year, oldest first

    @property
    def base_met(self) -> int | None:
        return self.earlier[0][0] if self.earlier else None

    @property
    def base_percent(self) -> float | None:
        return self.earlier[0][1] if self.earlier else None

    @property
    def change(self) -> int | None:
        if self.base_met is None or self.met is None:
            return None
        return self.met - self.base_met


@dataclass(frozen=True)
class ByCriterion:
    scope: Scope
    base_years: tuple[int, ...]  # oldest first; the change is counted against the first
    communes: int
    earlier_communes: tuple[int, ...]
    lines: list[Line]
    notes: list[str]

    @property
    def base_year(self) -> int | None:
        return self.base_years[0] if self.base_years else None

    @property
    def base_communes(self) -> int | None:
        return self.earlier_communes[0] if self.earlier_communes else None

    @property
    def title(self) -> str:
        since = f" so với năm {self.base_year}" if self.base_year else ""
        return f"Số xã đạt từng tiêu chí đến 31/12/{self.scope.year}{since} — {self.scope.name}"

    @property
    def columns(self) -> tuple[str, ...]:
        if not self.base_years:
            return COLUMNS
        more = [f"{name}_{year}" for year in self.base_years[1:] for name in BASE_COLUMNS[:2]]
        return (*COLUMNS, *BASE_COLUMNS, *more)

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        out = []
        for line in self.lines:
            row: tuple[Any, ...] = (line.no, line.name, line.met, _round(line.percent))
            if self.base_years:
                row += (line.base_met, _round(line.base_percent), line.change)
                for met, percent in line.earlier[1:]:
                    row += (met, _round(percent))
            out.append(row)
        return out

    def table(self, *, unit_column: bool = True) -> xlsx_tables.Table:
        """As Phụ lục 2 of a ten-year report prints it: the unit of each figure ("ĐVT"; a
        screen that names its units in the headers leaves it out), then each period (base
        years first), then the change since the first."""
        year = self.scope.year
        columns = [
            xlsx_tables.Column("TT", "int", 5),
            xlsx_tables.Column("Tiêu chí", width=34),
            *([xlsx_tables.Column("ĐVT", width=6)] if unit_column else []),
        ]
        periods = [*zip(self.base_years, self.earlier_communes, strict=True)]
        periods.append((year, self.communes))
        for period, total in periods:
            group = f"Năm {period} ({total} xã)"
            columns += [
                xlsx_tables.Column("Số xã đạt", "int", 10, group, "xã"),
                xlsx_tables.Column("Tỷ lệ", "percent", 9, group, "%"),
            ]
        if self.base_years:
            columns.append(xlsx_tables.Column("Tăng (+), giảm (-)", "int", 11, unit="xã"))
        body = []
        for line in self.lines:
            row: list[Any] = [line.no, line.name, *(["Xã"] if unit_column else [])]
            for met, percent in line.earlier:
                row += [met, _fraction(percent)]
            row += [line.met, _fraction(line.percent)]
            if self.base_years:
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


def _count(found: dict[int, int], no: int) -> int | None:
    """Communes meeting criterion `no`; a year without any stored result has no figures,
    not zeros."""
    return found.get(no, 0) if found else None


def _share(met: int | None, total: int | None) -> float | None:
    return met / total * 100 if met is not None and total else None


def build(
    db: Database,
    year: int,
    under: str | None = None,
    base_year: int | Sequence[int] | None = None,
) -> ByCriterion:
    """The year's counts, and those of each base year (one or several) to compare with."""
    scope = resolve(db, year, under)
    if base_year is None:
        bases: tuple[int, ...] = ()
    else:
        bases = tuple(sorted(set([base_year] if isinstance(base_year, int) else base_year)))
    for base in bases:
        if base >= year:
            raise InvalidInput(
                f"Năm gốc {base} phải trước năm báo cáo {year} (ví dụ --year 2020 "
                "--base-year 2011)."
            )
    total, counts = rows.criterion_counts(
        db, scope.code, year, scope.day.isoformat(), units.RURAL_COMMUNE_KIND
    )
    standard = catalogs.applicable(db, "commune", "standard", year)
    names = (
        {c.no: c.name for c in catalogs.get(db, standard.key).criteria} if standard else {}
    ) | _names(db, counts)
    earlier: list[tuple[int, dict[int, int]]] = []
    for base in bases:
        # Counted on the tree as it was then.
        base_total, found = rows.criterion_counts(
            db, scope.code, base, Scope(scope.root, base).day.isoformat(), units.RURAL_COMMUNE_KIND
        )
        earlier.append((base_total, {no: met for no, _key, met in found}))
        names = _names(db, found) | names
    current = {no: met for no, _key, met in counts}
    lines = []
    for no in sorted(names):
        met = _count(current, no)
        before = tuple(
            (_count(found, no), _share(_count(found, no), base_total))
            for base_total, found in earlier
        )
        lines.append(Line(no, names[no], met, _share(met, total), before))
    then = [f"năm {base}: {count} xã" for base, (count, _) in zip(bases, earlier, strict=True)]
    notes = [
        f"Tỷ lệ tính trên {total} xã (không tính phường, thị trấn) có đến 31/12/{year}"
        + (f"; {'; '.join(then)}." if then else ".")
    ]
    periods = [
        (year, current),
        *((base, found) for base, (_, found) in zip(bases, earlier, strict=True)),
    ]
    for when, found_any in periods:
        if not found_any:
            notes.append(f"Năm {when} chưa có kết quả đánh giá nào được lưu trong địa bàn này.")
    mixed = versions.of_results(
        db, scope.code, year, scope.day.isoformat(), units.RURAL_COMMUNE_KIND
    )
    if mixed:
        notes.append(mixed)
    return ByCriterion(scope, bases, total, tuple(count for count, _ in earlier), lines, notes)


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
