"""Results by district against the year's targets ("% kế hoạch"), as the province reports them.

Communes are rural communes (xã); wards and towns are outside the programme. Tiers are counted
as held at the end of the year, cumulatively: a model commune is also counted as advanced and
as standard, as the plans count them. NTM villages and model villages are counted apart (a
model village is not counted again as an NTM village), as Biểu 01 counts them. The average
criteria is taken over the communes that have a stored result for the year, never as a mean
of district means. In a tree without a district
level (since 01/7/2025) every commune hangs under its province, so the table has one row per
province: predecessor districts are not used, because a new commune often merges communes of
two former districts and those districts are not in the new tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from ntm_desktop.reports import versions
from ntm_desktop.reports.scope import Scope, resolve
from ntm_desktop.storage import Database
from ntm_desktop.storage import reports as rows
from ntm_desktop.tables import xlsx_tables
from ntm_desktop.targets import targets
from ntm_desktop.units import units

BASE_COLUMNS = (
    "code",
    "name",
    "communes",
    "avg_criteria",
    "below10",
    "standard",
    "advanced",
    "model",
    "ntm_villages",
    "model_villages",
)
TARGETED = BASE_COLUMNS[3:]
# Measures the plan wants to bring down: attainment is the plan over the result.
FEWER_IS_BETTER = frozenset({"below10"})
NO_SHARE = "—"
TOTAL_CODE = "TOTAL"
LABELS = {
    "avg_criteria": ("Bình quân tiêu chí đạt/xã", "tiêu chí"),
    "below10": ("Số xã đạt dưới 10 tiêu chí", "xã"),
    "standard": ("Xã đạt chuẩn NTM (kể cả nâng cao, kiểu mẫu)", "xã"),
    "advanced": ("Xã NTM nâng cao (kể cả kiểu mẫu)", "xã"),
    "model": ("Xã NTM kiểu mẫu", "xã"),
    "ntm_villages": ("Thôn đạt chuẩn NTM (không kể thôn kiểu mẫu)", "thôn"),
    "model_villages": ("Thôn NTM kiểu mẫu", "thôn"),
}
TIER_NOTE = (
    "Số xã đạt chuẩn, nâng cao, kiểu mẫu tính lũy kế đến 31/12: xã kiểu mẫu đồng thời được tính "
    "là xã nâng cao và xã đạt chuẩn. Thôn đạt chuẩn NTM và thôn NTM kiểu mẫu tính riêng, như "
    "Biểu 01 của kế hoạch tỉnh."
)


@dataclass
class Line:
    code: str
    name: str
    communes: int = 0
    assessed: int = 0
    criteria_sum: int = 0
    below10: int = 0
    standard: int = 0
    advanced: int = 0
    model: int = 0
    ntm_villages: int = 0
    model_villages: int = 0
    targets: dict[str, Any] = field(default_factory=dict)

    @property
    def avg_criteria(self) -> float | None:
        return self.criteria_sum / self.assessed if self.assessed else None

    def value(self, column: str) -> Any:
        if column in ("avg_criteria", "below10") and not self.assessed:
            return None  # nothing assessed: unknown, not zero
        return getattr(self, column)

    def share(self, column: str) -> float | str | None:
        """The "% kế hoạch" cell: a fraction, "—" where a plan exists but no share can be
        given (0 of a plan of 0), None where there is no plan."""
        pct = self.percent(column)
        if pct is not None:
            return pct / 100
        planned = self.targets.get(column)
        return NO_SHARE if planned is not None and self.value(column) is not None else None

    def percent(self, column: str) -> float | None:
        return targets.percent_of_target(
            self.value(column),
            self.targets.get(column),
            fewer_is_better=column in FEWER_IS_BETTER,
        )


@dataclass(frozen=True)
class ByDistrict:
    scope: Scope
    lines: list[Line]
    total: Line
    targeted: tuple[str, ...]  # measures with a target in some line
    notes: list[str]
    # The versions of one set the results were stored under, when several (also in `notes`).
    versions_note: str | None = None

    @property
    def title(self) -> str:
        return (
            f"Kết quả xây dựng nông thôn mới theo huyện đến 31/12/{self.scope.year} — "
            f"{self.scope.name}"
        )

    @property
    def columns(self) -> tuple[str, ...]:
        extra = [f"{m}_{suffix}" for m in self.targeted for suffix in ("target", "pct_of_target")]
        return (*BASE_COLUMNS, *extra)

    def row(self, line: Line) -> tuple[Any, ...]:
        avg = line.avg_criteria
        out: list[Any] = [
            line.code,
            line.name,
            line.communes,
            None if avg is None else round(avg, 2),
            *(line.value(column) for column in BASE_COLUMNS[4:]),
        ]
        for measure in self.targeted:
            pct = line.percent(measure)
            out += [line.targets.get(measure), None if pct is None else round(pct, 1)]
        return tuple(out)

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        return [self.row(line) for line in [*self.lines, self.total]]

    def table(self) -> xlsx_tables.Table:
        """As the province prints it: each measure with a target shows the result, the
        target and the share of the target under one merged header."""
        year = self.scope.year
        columns = [
            xlsx_tables.Column("Mã", width=7),
            xlsx_tables.Column("Đơn vị", width=20),
            xlsx_tables.Column("Số xã", "int", 7, unit="xã"),
        ]
        for measure in TARGETED:
            name, unit = LABELS[measure]
            kind = "dec1" if measure == "avg_criteria" else "int"
            if measure in self.targeted:
                columns += [
                    xlsx_tables.Column("Thực hiện", kind, 9, name, unit),
                    xlsx_tables.Column("Kế hoạch", kind, 9, name, unit),
                    xlsx_tables.Column("% kế hoạch", "percent", 9, name, "%"),
                ]
            else:
                columns.append(xlsx_tables.Column(name, kind, 11, unit=unit))

        def cells(line: Line) -> list[Any]:
            out: list[Any] = [line.code, line.name, line.communes]
            for measure in TARGETED:
                value = line.avg_criteria if measure == "avg_criteria" else line.value(measure)
                out.append(value)
                if measure in self.targeted:
                    out += [line.targets.get(measure), line.share(measure)]
            return out

        return xlsx_tables.Table(
            title=self.title.upper(),
            columns=columns,
            rows=[cells(line) for line in self.lines],
            subtitle=[
                f"Địa bàn: {self.scope.name}; thực hiện lũy kế đến 31/12/{year}, kế hoạch năm "
                f"{year}"
            ],
            totals=["", "Tổng cộng", *cells(self.total)[2:]],
            notes=self.notes,
            sheet_name=f"Theo huyện {year}",
            frozen_columns=2,
        )


def build(db: Database, year: int, under: str | None = None) -> ByDistrict:
    scope = resolve(db, year, under)
    day = scope.day.isoformat()
    kind = units.RURAL_COMMUNE_KIND
    lines: dict[str, Line] = {}
    levels: dict[str, str] = {}
    for code, name, level, communes, assessed, criteria, below10 in rows.commune_groups(
        db, scope.code, year, day, kind
    ):
        # The group is the district, or the province where there is no district level.
        lines[code] = Line(code, name, communes, assessed, criteria, below10)
        levels[code] = level
    for code, standard, advanced, model, ntm_villages, model_villages in rows.recognised_groups(
        db, scope.code, day, kind
    ):
        line = lines[code]
        line.standard += standard
        line.advanced += advanced
        line.model += model
        line.ntm_villages += ntm_villages
        line.model_villages += model_villages
    ordered = [lines[code] for code in sorted(lines)]
    planned = targets.values_of_year(db, year)
    summed: dict[str, Any] = {}  # each measure's targets added up over the lines that have one
    for line in ordered:
        line.targets = planned.get(line.code, {})
        for measure, value in line.targets.items():
            if value is not None:
                summed[measure] = summed.get(measure, 0) + value
    total = _total(ordered, scope, planned, summed)
    targeted = tuple(m for m in TARGETED if m in summed or total.targets.get(m) is not None)
    notes = [TIER_NOTE]
    unassessed = total.communes - total.assessed
    if unassessed:
        notes.append(
            f"{unassessed}/{total.communes} xã chưa có kết quả đánh giá năm {year}: bình quân "
            "tiêu chí và số xã dưới 10 tiêu chí chỉ tính trên các xã đã có kết quả."
        )
    mixed = versions.of_results(db, scope.code, year, day, kind)
    if mixed:
        notes.append(mixed)
    if levels and "district" not in levels.values():
        notes.append(
            "Địa bàn không có cấp huyện (từ 01/7/2025): mỗi tỉnh là một dòng; không gộp theo "
            "huyện cũ vì nhiều xã mới được nhập từ xã của hai huyện cũ."
        )
    return ByDistrict(scope, ordered, total, targeted, notes, mixed)


def _total(
    lines: list[Line], scope: Scope, planned: dict[str, dict[str, Any]], summed: dict[str, Any]
) -> Line:
    total = Line(TOTAL_CODE, "Tổng cộng")
    for name in ("communes", "assessed", "criteria_sum", *BASE_COLUMNS[4:]):
        setattr(total, name, sum(map(attrgetter(name), lines)))
    own = planned.get(scope.code) if scope.code else None
    if own is not None:
        total.targets = dict(own)
    else:
        # Without the scope's own targets, counts add up; an average does not.
        total.targets = {m: summed[m] for m in TARGETED if m in summed and m != "avg_criteria"}
    return total
