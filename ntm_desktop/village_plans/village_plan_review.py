"""The village's self-review against the model-village criteria, set against its plan's items.

A plan exists to close the criteria the village does not meet yet, so each criterion not met on
the village's checklist for the plan year is listed with the items that serve it; a criterion
not met with no item is what a reviewer looks for first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ntm_desktop.checklist import assessments
from ntm_desktop.storage import Database
from ntm_desktop.village_plans import village_plans as vp

RESULT_WORDS = {True: "đạt", False: "chưa đạt", None: "chưa đánh giá"}


@dataclass(frozen=True)
class CriterionReview:
    no: int
    name: str
    met: bool | None  # None: not every indicator judged yet
    works: tuple[str, ...]  # the live plan items serving this criterion

    @property
    def open(self) -> bool:
        """The plan still has to close it (not met, or not yet shown to be met)."""
        return self.met is not True

    @property
    def text(self) -> str:
        """ "Tiêu chí 4 chưa đạt — chưa có hạng mục nào", or the items that address it."""
        head = f"Tiêu chí {self.no} {RESULT_WORDS[self.met]}"
        if not self.works:
            return f"{head} — chưa có hạng mục nào"
        return f"{head} — {len(self.works)} hạng mục: {'; '.join(self.works)}"


@dataclass(frozen=True)
class SelfReview:
    catalog_title: str
    legal_basis: str
    criteria: tuple[CriterionReview, ...]

    @property
    def met_count(self) -> int:
        return sum(criterion.met is True for criterion in self.criteria)

    @property
    def open(self) -> tuple[CriterionReview, ...]:
        return tuple(criterion for criterion in self.criteria if criterion.open)

    @property
    def uncovered(self) -> tuple[CriterionReview, ...]:
        """Criteria to close that no item addresses."""
        return tuple(criterion for criterion in self.open if not criterion.works)


def review(db: Database, village_code: str, year: int, items: list[vp.PlanItem]) -> SelfReview:
    """The village's checklist for `year` (model-village set by default) against `items`."""
    sheet = assessments.checklist(db, village_code, year)
    works: dict[int, list[str]] = {}
    for item in items:
        if not item.deleted and item.criterion_no is not None:
            works.setdefault(item.criterion_no, []).append(item.work)
    criteria = []
    for row in sheet.criteria:
        results = [indicator.met for indicator in row.indicators]
        met: bool | None
        if all(result == "yes" for result in results):
            met = True
        elif any(result == "no" for result in results):
            met = False
        else:
            met = None
        criteria.append(
            CriterionReview(
                row.criterion.no, row.criterion.name, met, tuple(works.get(row.criterion.no, ()))
            )
        )
    info = sheet.choice.catalog
    return SelfReview(info.title, info.legal_basis, tuple(criteria))
