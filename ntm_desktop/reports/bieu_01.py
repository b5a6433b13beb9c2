"""Biểu 01 as the province prints it: the results by district against the year's plan, laid
out like the form attached to the province's plans and reports (shared/seeds 001).

The agency at the top left and "Biểu 01" at the top right, the title and its "(Kèm theo …)"
line, a TT column, the districts in the province's own order (`units.datasets.listing_order`),
and for each measure last year's result, this year's plan, this year's result and "% kế hoạch";
under the totals a "So sánh năm/năm trước" row; the signer at the bottom. The figures are those
of `by_district` for the year and the year before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ntm_desktop.common.text import format_number
from ntm_desktop.reports import by_district
from ntm_desktop.reports.by_district import LABELS, ByDistrict, Line
from ntm_desktop.storage import Database
from ntm_desktop.tables import xlsx_tables
from ntm_desktop.units import datasets

FORM = "Biểu 01"
# The measures in the order of the province's form; the model communes only where there are any.
MEASURES = (
    "ntm_villages",
    "model_villages",
    "avg_criteria",
    "below10",
    "standard",
    "advanced",
    "model",
)
# Non-breaking, so the gap left for a number given at issue survives line wrapping.
BLANK_NUMBER = "\u00a0" * 8


@dataclass(frozen=True)
class Bieu01:
    current: ByDistrict
    previous: ByDistrict
    lines: list[Line]  # the current year's lines, in the province's order
    measures: tuple[str, ...]
    attached_to: str
    signer: str

    @property
    def year(self) -> int:
        return self.current.scope.year

    @property
    def title(self) -> str:
        return f"Kết quả thực hiện các chỉ tiêu xây dựng nông thôn mới năm {self.year}"

    @property
    def columns(self) -> tuple[str, ...]:
        year = self.year
        parts = [
            f"{m}_{suffix}"
            for m in self.measures
            for suffix in (str(year - 1), f"plan_{year}", str(year), "pct_of_plan")
        ]
        return ("no", "code", "name", *parts)

    def _before(self, line: Line) -> Line | None:
        found = {old.code: old for old in [*self.previous.lines, self.previous.total]}
        return found.get(line.code)

    def _cells(self, line: Line, *, printed: bool) -> list[Any]:
        """Per measure: last year, plan, this year, attainment ("% kế hoạch" as a fraction or
        "—" when `printed`, in percent for CSV)."""
        before = self._before(line)
        out: list[Any] = []
        for measure in self.measures:
            pct = line.percent(measure)
            out += [
                None if before is None else before.value(measure),
                line.targets.get(measure),
                line.value(measure),
                line.share(measure) if printed else None if pct is None else round(pct, 1),
            ]
        return out

    def _lines(self, *, printed: bool) -> list[list[Any]]:
        total = self.current.total
        return [
            *(
                [str(number), line.code, line.name, *self._cells(line, printed=printed)]
                for number, line in enumerate(self.lines, 1)
            ),
            ["", total.code, total.name, *self._cells(total, printed=printed)],
        ]

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._lines(printed=False)]

    def comparison(self) -> list[Any]:
        """ "Tăng 22 thôn", "Giảm 9 xã", "Tăng 0,4 tiêu chí" under this year's results."""
        total, before = self.current.total, self._before(self.current.total)
        out: list[Any] = []
        for measure in self.measures:
            now = total.value(measure)
            then = None if before is None else before.value(measure)
            out += [None, None, _change(measure, now, then), None]
        return out

    def table(self) -> xlsx_tables.Table:
        year = self.year
        columns = [
            xlsx_tables.Column("TT", width=5),
            xlsx_tables.Column("Huyện, thành phố", width=20),
        ]
        for measure in self.measures:
            name, unit = LABELS[measure]
            kind = "dec1" if measure == "avg_criteria" else "int"
            columns += [
                xlsx_tables.Column(f"Thực hiện đến năm {year - 1}", kind, 9, name, unit),
                xlsx_tables.Column(f"Kế hoạch năm {year}", kind, 9, name, unit),
                xlsx_tables.Column(f"Thực hiện năm {year}", kind, 9, name, unit),
                xlsx_tables.Column("% kế hoạch", "percent", 8, name, "%"),
            ]
        rows = [[number, name, *cells] for number, _code, name, *cells in self._lines(printed=True)]
        root = self.current.scope.root
        return xlsx_tables.Table(
            title=self.title.upper(),
            columns=columns,
            rows=rows[:-1],
            subtitle=[f"(Kèm theo {self.attached_to})"],
            totals=rows[-1],
            after_totals=[["", f"So sánh {year}/{year - 1}", *self.comparison()]],
            notes=self.current.notes,
            sheet_name=f"{FORM} năm {year}",
            frozen_columns=2,
            agency=["ỦY BAN NHÂN DÂN", root.name.upper()] if root is not None else [],
            form=FORM,
            signature=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", self.signer],
        )


def _change(measure: str, now: Any, then: Any) -> str | None:
    if now is None or then is None:
        return None
    unit = LABELS[measure][1]
    difference = now - then
    decimals = 1 if measure == "avg_criteria" else 0
    if round(difference, decimals) == 0:
        return "Không đổi"
    word = "Tăng" if difference > 0 else "Giảm"
    return f"{word} {format_number(abs(difference), decimals)} {unit}"


def build(
    db: Database,
    year: int,
    under: str | None = None,
    *,
    attached_to: str = "",
    signer: str = "",
) -> Bieu01:
    current = by_district.build(db, year, under)
    previous = by_district.build(db, year - 1, under)
    rank = {
        code: index
        for index, code in enumerate(datasets.listing_order(db).get(current.scope.code or "", []))
    }
    lines = sorted(current.lines, key=lambda line: (rank.get(line.code, len(rank)), line.code))
    measures = tuple(
        measure
        for measure in MEASURES
        if measure != "model"
        or any(line.value("model") or line.targets.get("model") for line in current.lines)
    )
    root = current.scope.root
    attached = attached_to or (
        f"Báo cáo số {BLANK_NUMBER}/BC-UBND"
        + (f" của Ủy ban nhân dân {root.name[:1].lower()}{root.name[1:]}" if root else "")
    )
    return Bieu01(current, previous, lines, measures, attached, signer)
