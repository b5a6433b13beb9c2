"""What the plan's documents are made from, read once: both renderers (the PDF in `document`,
the budget workbook in `village_plan_export`) work only from it, so the GUI can gather on its
own thread and hand the result to a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ntm_desktop.dossier.dossier_data import fingerprint, short_name
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ntm_desktop.village_plans import village_plans as vp
from ntm_desktop.village_plans.village_plan_review import SelfReview, review

# Before approval the plan is a proposal to the commune People's Committee, printed as a draft.
DRAFT_STATUSES = ("registered", "drafted")


@dataclass(frozen=True)
class PlanDocument:
    village_name: str  # "Thôn Đồng Sen"
    village_short: str  # "Đồng Sen"
    commune_name: str  # "Xã Việt Lập"
    commune_short: str
    commune_words: str  # "xã Việt Lập", as it stands inside a sentence
    district_words: str
    plan: vp.Plan
    items: tuple[vp.PlanItem, ...]
    totals: vp.PlanTotals
    review: SelfReview
    fingerprint: str

    @property
    def draft(self) -> bool:
        return self.plan.status in DRAFT_STATUSES

    @property
    def created(self) -> date:
        return self.plan.approval_date or date(self.plan.year, 1, 1)


def gather(db: Database, village_code: str, year: int) -> PlanDocument:
    plan = vp.get(db, village_code, year)
    items = tuple(vp.items(db, plan))
    chain = units.path(db, village_code)
    village = chain[-1]
    commune = chain[-2] if len(chain) >= 2 else village
    district = chain[-3] if len(chain) >= 3 else commune
    self_review = review(db, village_code, year, list(items))
    return PlanDocument(
        village_name=village.name,
        village_short=short_name(village),
        commune_name=commune.name,
        commune_short=short_name(commune),
        commune_words=f"{commune.kind.lower()} {short_name(commune)}",
        district_words=f"{district.kind.lower()} {short_name(district)}",
        plan=plan,
        items=items,
        totals=vp.totals(items),
        review=self_review,
        fingerprint=fingerprint(village, commune, district, plan, items, self_review),
    )
