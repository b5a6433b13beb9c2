"""Is a unit ready to be proposed for recognition? Each condition green or red, with the reason.

Worked out from a `DossierData` only, so the checklist shown, the CLI's exit code and the refusal
to print a final (non-draft) dossier always agree. Only the proposing unit's own conditions are
listed: the district's verification and the province's appraisal come after the proposal and are
the conditions of their own files (`stage_readiness`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.criteria import catalogs, tiers
from ntm_desktop.dossier import dossier_legal
from ntm_desktop.dossier.dossier_data import NOT_ASSESSED, TIER_BELOW, DossierData
from ntm_desktop.dossier.dossier_inputs import POSTING_DAYS


@dataclass(frozen=True)
class Item:
    key: str
    title: str
    ok: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Readiness:
    items: tuple[Item, ...]

    @property
    def ready(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def problems(self) -> list[str]:
        return [f"{item.title}: {'; '.join(item.reasons)}" for item in self.items if not item.ok]


def check(data: DossierData) -> Readiness:
    items = [
        _criteria(data),
        _debt(data),
        _satisfaction(data),
        _posting(data),
        _meeting(data),
        _evidence(data),
        _proposal(data),
    ]
    if data.needs_tier_below:
        items.append(_tier_below(data))
    return Readiness(tuple(items))


def _criteria(data: DossierData) -> Item:
    results = data.criteria
    title = f"Đạt đầy đủ {len(results.criteria)} tiêu chí ({results.catalog_title})"
    if not results.assessed:
        return Item("criteria", title, False, (f"{NOT_ASSESSED} cho năm {data.year}",))
    reasons: list[str] = []
    for criterion in results.criteria:
        for indicator in criterion.indicators:
            named = f"chỉ tiêu {catalogs.code_words(indicator.code)} ({criterion.name})"
            if indicator.met is False:
                reasons.append(f"{named} chưa đạt")
            elif indicator.met is None:
                reasons.append(f"{named} chưa đánh giá")
    if reasons:
        return Item("criteria", title, False, tuple(reasons))
    count = len(results.criteria)
    return Item("criteria", title, True, (f"đạt {results.met_count}/{count} tiêu chí",))


def _debt(data: DossierData) -> Item:
    title = "Không còn nợ đọng xây dựng cơ bản"
    debt = data.inputs.construction_debt
    if debt is None:
        return Item("debt", title, False, ("chưa nhập số nợ đọng xây dựng cơ bản",))
    if debt > 0:
        return Item("debt", title, False, (f"còn nợ {format_number(debt)} đồng",))
    return Item("debt", title, True, ("nợ đọng: 0 đồng",))


def _satisfaction(data: DossierData) -> Item:
    required = data.required_satisfaction
    title = f"Tỷ lệ người dân hài lòng từ {format_number(required, 0)}% trở lên"
    inputs = data.inputs
    rate = inputs.satisfaction_rate
    if rate is None:
        return Item("satisfaction", title, False, ("chưa nhập kết quả lấy ý kiến hài lòng",))
    reason = (
        f"{format_number(rate, 1)}% ({format_number(inputs.survey_satisfied)}/"
        f"{format_number(inputs.survey_returned)} phiếu thu về hài lòng)"
    )
    if rate < required:
        return Item("satisfaction", title, False, (f"{reason}, dưới mức yêu cầu",))
    return Item("satisfaction", title, True, (reason,))


def _unfilled(*fields: tuple[str, object]) -> list[str]:
    """The labels of the fields left empty (a count of 0 is filled in)."""
    return [label for label, value in fields if not value and value != 0]


def _meeting(data: DossierData) -> Item:
    title = "Đã họp xét và biểu quyết đề nghị công nhận"
    inputs = data.inputs
    missing = _unfilled(
        ("ngày họp", inputs.meeting_date),
        ("giờ bắt đầu", inputs.meeting_start),
        ("giờ kết thúc", inputs.meeting_end),
        ("thành phần dự họp", inputs.attendees),
        ("đại diện Ủy ban MTTQ", inputs.front_representative),
        ("chủ trì", inputs.meeting_chair),
        ("thư ký", inputs.meeting_secretary),
        ("số thành viên dự họp", inputs.members_present),
        ("số thành viên nhất trí", inputs.votes_for),
    )
    if missing:
        return Item("meeting", title, False, ("chưa nhập " + ", ".join(missing),))
    rate = inputs.vote_rate
    held = f"họp ngày {format_date(inputs.meeting_date)}, {inputs.vote_text}"
    if rate is None or rate <= 50:
        return Item("meeting", title, False, (f"{held}: chưa được quá bán thành viên nhất trí",))
    return Item("meeting", title, True, (held,))


def _posting(data: DossierData) -> Item:
    title = f"Kết quả tự đánh giá đã công khai lấy ý kiến ít nhất {POSTING_DAYS} ngày"
    inputs = data.inputs
    days = inputs.posted_days
    if days is None:
        return Item("posting", title, False, ("chưa nhập ngày bắt đầu và kết thúc công khai",))
    held = (
        f"công khai từ {format_date(inputs.posted_from)} đến {format_date(inputs.posted_to)} "
        f"({days} ngày)"
    )
    if days < POSTING_DAYS:
        return Item("posting", title, False, (f"{held}, chưa đủ {POSTING_DAYS} ngày",))
    if (
        inputs.meeting_date is not None
        and inputs.posted_to is not None
        and (inputs.posted_to > inputs.meeting_date)
    ):
        return Item("posting", title, False, (f"{held}: chưa kết thúc trước ngày họp xét",))
    return Item("posting", title, True, (held,))


def _evidence(data: DossierData) -> Item:
    title = "Có minh chứng cho các chỉ tiêu bắt buộc"
    required = [ind for ind in data.criteria.indicators if ind.evidence_required]
    if not required:
        return Item("evidence", title, True, ("bộ tiêu chí không bắt buộc minh chứng",))
    present = {item.indicator_code for item in data.evidence}
    lacking = [catalogs.code_words(ind.code) for ind in required if ind.code not in present]
    if lacking:
        return Item("evidence", title, False, ("thiếu minh chứng chỉ tiêu " + ", ".join(lacking),))
    return Item("evidence", title, True, (f"đủ minh chứng cho {len(required)} chỉ tiêu",))


def _proposal(data: DossierData) -> Item:
    title = "Thông tin tờ trình (số, ngày, người ký)"
    inputs = data.inputs
    missing = _unfilled(
        ("số tờ trình", inputs.proposal_number),
        ("ngày tờ trình", inputs.proposal_date),
        ("họ tên người ký", data.signer_name),
    )
    if missing:
        return Item("proposal", title, False, ("chưa nhập " + ", ".join(missing),))
    basis = dossier_legal.criteria_basis(data.criteria)
    since = basis.citable_from
    if since and inputs.proposal_date and inputs.proposal_date < since:
        # A proposal cannot rest on a criteria set that was not yet issued (or in force).
        when = (
            f"ngày {format_date(since)} bộ tiêu chí áp dụng có hiệu lực"
            if since == basis.in_force_from
            else "ngày ban hành bộ tiêu chí áp dụng"
        )
        return Item(
            "proposal",
            title,
            False,
            (
                f"ngày tờ trình {format_date(inputs.proposal_date)} trước {when} "
                f"({basis.reference}): hãy kiểm tra lại ngày tờ trình hoặc năm đề nghị công nhận",
            ),
        )
    return Item(
        "proposal",
        title,
        True,
        (f"số {inputs.proposal_number} ngày {format_date(inputs.proposal_date)}",),
    )


def _tier_below(data: DossierData) -> Item:
    below = TIER_BELOW[data.tier]
    title = f"Đã được công nhận {tiers.TIER_NAMES[below]}"
    if data.recognition_below is None:
        return Item(
            "tier_below",
            title,
            False,
            (f"chưa có quyết định công nhận {data.subject_unit} {tiers.TIER_NAMES[below]}",),
        )
    return Item("tier_below", title, True, (data.recognition_below.decision,))
