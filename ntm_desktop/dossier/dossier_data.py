"""Everything a recognition dossier is made from, gathered into plain dataclasses in one place.

`assemble` reads the data file once; readiness (`dossier_readiness`) and the PDF
(`documents.dossier`) work only from the result, so they can be tested on hand-made data and
the document always matches the checklist printed next to it.

Three functions read what other areas keep: `criteria_rows` (the checklist's result per
indicator), `evidence_items` (the files attached to those indicators) and `recognition_below`
(the unit's recognition at the tier below).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ntm_desktop.checklist import assessments, recognitions, reviews
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import format_date
from ntm_desktop.criteria import catalogs, indicator_values, tiers
from ntm_desktop.dossier import dossier_inputs
from ntm_desktop.dossier.dossier_inputs import DossierInputs
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import INDICATOR_VALUES
from ntm_desktop.funding import funding
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ntm_desktop.units.units import Unit

TIER_BELOW = {"advanced": "standard", "model": "advanced"}
TIER_WORDS = {
    "standard": "đạt chuẩn nông thôn mới",
    "advanced": "đạt chuẩn nông thôn mới nâng cao",
    "model": "đạt chuẩn nông thôn mới kiểu mẫu",
}
NOT_ASSESSED = "chưa có dữ liệu đánh giá"
NO_TARGET = "chưa có chỉ tiêu"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class IndicatorRow:
    code: str
    text: str
    target: str
    value: str
    met: bool | None  # None: not assessed
    evidence_required: bool
    note: str = ""  # what the officer recorded as done for it


@dataclass(frozen=True)
class CriterionRow:
    no: int
    name: str
    group: str | None
    indicators: tuple[IndicatorRow, ...]

    @property
    def met(self) -> bool | None:
        results = [indicator.met for indicator in self.indicators]
        if any(result is False for result in results):
            return False
        if all(result is True for result in results):
            return True
        return None


@dataclass(frozen=True)
class CriteriaResults:
    catalog_key: str
    catalog_title: str
    legal_basis: str
    verified: bool
    period: tuple[int, int]  # first and last year of the set (which texts the dossier cites)
    criteria: tuple[CriterionRow, ...]
    assessed: bool  # False while no assessment exists for the unit and year

    @property
    def met_count(self) -> int:
        return sum(1 for criterion in self.criteria if criterion.met is True)

    @property
    def indicators(self) -> tuple[IndicatorRow, ...]:
        return tuple(ind for criterion in self.criteria for ind in criterion.indicators)


@dataclass(frozen=True)
class EvidenceItem:
    indicator_code: str
    name: str
    added_on: date | None
    sha256: str
    path: Path

    @property
    def kind(self) -> str:
        suffix = Path(self.name).suffix.lower()
        if suffix == ".pdf":
            return "pdf"
        return "image" if suffix in IMAGE_SUFFIXES else "other"


@dataclass(frozen=True)
class Recognition:
    tier: str
    year: int
    decision: str  # e.g. "Quyết định số 123/QĐ-UBND ngày 20/12/2022 của UBND tỉnh Bắc Giang"


@dataclass(frozen=True)
class DossierData:
    unit: Unit
    unit_short_name: str  # "Việt Lập"
    superior_name: str  # "huyện Tân Yên": who the dossier is addressed to
    year: int
    tier: str
    inputs: DossierInputs
    criteria: CriteriaResults
    evidence: tuple[EvidenceItem, ...]
    recognition_below: Recognition | None
    required_satisfaction: float
    # Presentation values: the stored input, or the default for this unit.
    parent_agency: str
    issuing_agency: str
    place: str
    authority: str
    signer_title: str
    signer_name: str
    addressees: tuple[str, ...]
    distribution: tuple[str, ...]
    fingerprint: str
    created: date
    # Where a commune's dossier goes first: its district, which verifies it and proposes it to
    # the province, or (since 1/7/2025, no district) the province itself; None for other levels.
    proposed_to: str | None = None
    province_name: str = ""  # "tỉnh Bắc Giang": who recognises a commune
    # Funds mobilised in the year by source (label, đồng), the unit's and its villages', from
    # the funding records; empty when none were entered.
    funds: tuple[tuple[str, int], ...] = ()

    @property
    def tier_words(self) -> str:
        return TIER_WORDS[self.tier]

    @property
    def subject_unit(self) -> str:
        """ "xã Việt Lập" as it reads inside a sentence."""
        return f"{self.unit.kind} {self.unit_short_name}"

    @property
    def needs_tier_below(self) -> bool:
        return self.tier in TIER_BELOW and self.unit.level != "village"


# -- what the checklist, the evidence store and the recognitions contribute ---------------------
def _checklist_for(db: Database, unit: Unit, year: int, key: str) -> assessments.Checklist | None:
    """The unit's checklist for the year, when it was kept under the dossier's criteria set."""
    try:
        sheet = assessments.checklist(db, unit.code, year)
    except NotFound:
        return None
    return sheet if sheet.choice.catalog.key == key else None


def criteria_rows(db: Database, unit: Unit, year: int, tier: str) -> CriteriaResults:
    """The applicable criteria set with the unit's result per indicator from its checklist.

    A checklist kept under another set (another tier or version) does not count: the dossier
    then reports every indicator as not assessed.
    """
    info = applicable_catalog(db, unit, year, tier)
    catalog = catalogs.get(db, info.key)
    required = _evidence_required(catalogs.document(db, info.key))
    sheet = _checklist_for(db, unit, year, info.key)
    results = {row.indicator.code: row for row in sheet.rows} if sheet else {}
    criteria = tuple(
        CriterionRow(
            criterion.no,
            criterion.name,
            criterion.group,
            tuple(
                _indicator_row(indicator, results.get(indicator.code), indicator.code in required)
                for indicator in criterion.indicators
            ),
        )
        for criterion in catalog.criteria
    )
    # Entered by the officer: a rule answering from the OCOP register alone is not an assessment.
    assessed = any(
        row.officer_met != "unknown" or row.value is not None for row in results.values()
    )
    return CriteriaResults(
        info.key,
        info.title,
        info.legal_basis,
        info.verified,
        (info.period_from, info.period_to),
        criteria,
        assessed=assessed,
    )


def _indicator_row(
    indicator: catalogs.Indicator, result: assessments.IndicatorRow | None, required: bool
) -> IndicatorRow:
    met = None if result is None or result.met == "unknown" else result.met == "yes"
    value = with_unit(result.value, indicator.unit) if result else ""
    note = (result.note or "") if result else ""
    target = indicator.target if result is None else result.target
    return IndicatorRow(
        indicator.code, indicator.text, _target_text(indicator, target), value, met, required, note
    )


def with_unit(value: indicator_values.Value, unit: str | None) -> str:
    """A result as a table prints it, with its unit of measure: "85,5%", "41,5 triệu
    đồng/người/năm"; a text answer ("Đạt") as written."""
    shown = indicator_values.format_value(value)
    if not unit or isinstance(value, str) or value is None:
        return shown
    return f"{shown}%" if unit == "%" else f"{shown} {unit}"


def evidence_items(
    db: Database, unit: Unit, year: int, catalog_key: str
) -> tuple[EvidenceItem, ...]:
    """The files attached to the unit's indicators for the year (removed ones left out)."""
    sheet = _checklist_for(db, unit, year, catalog_key)
    if sheet is None:
        return ()
    return tuple(
        EvidenceItem(
            row.indicator.code,
            item.file_name,
            date.fromisoformat(item.added_at[:10]),
            item.sha256,
            attachments.stored_path(db, item.sha256),
        )
        for row in sheet.rows
        if row.evidence_count
        for item in attachments.of_parent(db, INDICATOR_VALUES, row.value_id)
        if not item.removed
    )


def recognition_below(db: Database, unit: Unit, year: int, tier: str) -> Recognition | None:
    """The unit's recognition at the tier below `tier` in force at the end of `year`."""
    below = TIER_BELOW[tier]
    end_of_year = date(year, 12, 31)
    held = [
        found
        for found in recognitions.of_unit(db, unit.code)
        if found.tier == below and found.in_force_on(end_of_year)
    ]
    if not held:
        return None
    latest = max(held, key=lambda found: found.decision_date)
    number = f" số {latest.decision_no}" if latest.decision_no else ""
    return Recognition(
        below,
        latest.decision_date.year,
        f"Quyết định{number} ngày {format_date(latest.decision_date)}",
    )


# -- assembly -------------------------------------------------------------------------------------
def applicable_catalog(db: Database, unit: Unit, year: int, tier: str) -> catalogs.CatalogInfo:
    info = catalogs.applicable(db, unit.level, tier, year)
    if info is None:
        raise InvalidInput(
            f"Chưa có bộ tiêu chí {tiers.TIER_NAMES.get(tier, tier)} cho cấp "
            f"{units.LEVEL_NAMES.get(unit.level, unit.level)} áp dụng năm {year}. Hãy nạp bộ "
            "tiêu chí phù hợp (ntm catalogs) hoặc chọn năm, mức khác."
        )
    return info


def assemble(db: Database, unit_code: str, year: int, tier: str = "standard") -> DossierData:
    """Read everything the dossier and its readiness check need."""
    unit = units.get(db, unit_code)
    inputs = dossier_inputs.get(db, unit_code, year, tier)
    criteria = criteria_rows(db, unit, year, tier)
    evidence = evidence_items(db, unit, year, criteria.catalog_key)
    # Funds are recorded by commune (a village's within its commune's).
    raised = None if unit.level == "village" else funding.rollup(db, unit.code, year)
    funds = tuple(
        (label, raised.amounts[key])
        for key, label in funding.SOURCES.items()
        if raised is not None and raised.amounts[key]
    )
    below = recognition_below(db, unit, year, tier) if tier in TIER_BELOW else None
    lineage = units.path(db, unit_code)
    commune = next((u for u in reversed(lineage) if u.level in ("commune", "district")), unit)
    issuer = commune if unit.level == "village" else unit
    superior = _superior(lineage, issuer)
    short = short_name(issuer)
    defaults: dict[str, Any] = {
        "parent_agency": "",
        "issuing_agency": f"Ủy ban nhân dân\n{issuer.kind} {short}",
        "place": short,
        "authority": "TM. Ủy ban nhân dân",
        "signer_title": "Chủ tịch",
        "signer_name": "",
        "addressees": (f"Ủy ban nhân dân {superior}",),
        "distribution": ("Như trên",),
    }
    chosen = {
        name: getattr(inputs, name) if getattr(inputs, name) else default
        for name, default in defaults.items()
    }
    distribution = tuple(chosen["distribution"])
    if not distribution or not distribution[-1].startswith("Lưu"):
        distribution += ("Lưu: VT",)
    required = dossier_inputs.required_satisfaction(db)
    stamp = fingerprint(
        unit,
        year,
        tier,
        inputs,
        criteria,
        tuple((e.indicator_code, e.name, e.added_on, e.sha256) for e in evidence),
        below,
        required,
        chosen,
        funds,
    )
    return DossierData(
        unit=unit,
        unit_short_name=short_name(unit),
        superior_name=superior,
        year=year,
        tier=tier,
        inputs=inputs,
        criteria=criteria,
        evidence=evidence,
        recognition_below=below,
        required_satisfaction=required,
        parent_agency=chosen["parent_agency"],
        issuing_agency=chosen["issuing_agency"],
        place=chosen["place"],
        authority=chosen["authority"],
        signer_title=chosen["signer_title"],
        signer_name=chosen["signer_name"],
        addressees=tuple(chosen["addressees"]),
        distribution=distribution,
        fingerprint=stamp,
        created=inputs.proposal_date or date(year, 12, 31),
        proposed_to=reviews.stages_for(db, unit.code)[0] if unit.level == "commune" else None,
        province_name=f"{lineage[0].kind} {short_name(lineage[0])}",
        funds=funds,
    )


def fingerprint(*pieces: Any) -> str:
    """A short, stable digest of the data a document is made from (printed on every page)."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(repr(piece).encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:12]


def short_name(unit: Unit) -> str:
    """ "Việt Lập" from "Xã Việt Lập"."""
    prefix = unit.kind.casefold() + " "
    if unit.name.casefold().startswith(prefix):
        return unit.name[len(prefix) :]
    return unit.name


def _superior(lineage: list[Unit], issuer: Unit) -> str:
    """The unit above the issuer, in lower case as in "Ủy ban nhân dân huyện Tân Yên"."""
    index = [u.code for u in lineage].index(issuer.code)
    parent = lineage[index - 1] if index > 0 else issuer
    return f"{parent.kind} {short_name(parent)}"


def _target_text(indicator: catalogs.Indicator, target: Any) -> str:
    """The target that applies as a table prints it: "≥ 100%", "≥ 45 triệu đồng/người/năm",
    "Có"; every group's when the commune has none in a set by group."""
    if target is indicator_values.NO_GROUP:
        return indicator_values.format_group_targets(indicator)
    if target is None:
        return NO_TARGET
    shown = indicator_values.format_target(target)
    if isinstance(target, dict) and "value" in target and not target.get("text"):
        if indicator.unit == "%":
            return f"{shown}%"
        return f"{shown} {indicator.unit}" if indicator.unit else shown
    return shown


def _evidence_required(document: dict[str, Any]) -> set[str]:
    return {
        indicator["code"]
        for criterion in document.get("criteria", [])
        for indicator in criterion.get("indicators", [])
        if indicator.get("evidence_required")
    }
