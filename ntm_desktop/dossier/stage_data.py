"""The district's and the province's files on the communes proposed for recognition.

Until 1/7/2025 a commune sends its dossier to its district; the district verifies it (thẩm tra),
records the result (`checklist.reviews`) and proposes its verified communes to the province in one
Tờ trình. The province appraises (thẩm định) what it receives, its appraisal council meets, and
the chairman of the provincial People's Committee signs the decision. Where there is no district
(since 1/7/2025) a commune's dossier goes straight to the province.

Each stage reads what the one before produced: the communes' dossiers (`dossier_data`, which reach
the district's and the province's data files through sync bundles) and the reviews recorded so
far. What the office signs with (number, date, signer, the meeting's attendance and vote) is given
when the file is printed; `stage_readiness` says whether the file is complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ntm_desktop.checklist import reviews
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.dossier import dossier_data, dossier_inputs
from ntm_desktop.dossier.dossier_data import TIER_WORDS, DossierData, short_name
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ntm_desktop.units.units import Unit

STAGES = ("district", "province")
STAGE_ACTS = reviews.STAGE_ACTS
STAGE_OFFICES = {"district": "huyện", "province": "tỉnh"}


@dataclass(frozen=True)
class Signing:
    """What the office gives when it prints its file; a number left blank is given at issue."""

    number: str = ""
    day: date | None = None  # the date of the Tờ trình or report; default: the last review
    signer: str = ""
    chair: str = ""  # head of the district's team, chair of the province's council
    secretary: str = ""
    members_present: int | None = None
    votes_for: int | None = None

    @property
    def vote_rate(self) -> float | None:
        return dossier_inputs.vote_rate(self.members_present, self.votes_for)

    @property
    def vote_text(self) -> str:
        return dossier_inputs.vote_text(self.members_present, self.votes_for)


@dataclass(frozen=True)
class Proposed:
    """One commune in the file: its dossier and the reviews recorded on it so far."""

    dossier: DossierData
    district_name: str  # "huyện Tân Yên"; "" where there is no district
    district: reviews.Review | None
    province: reviews.Review | None

    def review(self, stage: str) -> reviews.Review | None:
        return self.district if stage == "district" else self.province

    @property
    def name(self) -> str:
        """ "xã Việt Lập" """
        return self.dossier.subject_unit


@dataclass(frozen=True)
class StageFile:
    stage: str  # "district" | "province"
    year: int
    tier: str
    office_name: str  # "huyện Tân Yên" (district stage) or "tỉnh Bắc Giang"
    province_name: str
    communes: tuple[Proposed, ...]
    signing: Signing
    meeting_day: date | None  # the last review of this stage: when the team or council met
    fingerprint: str

    @property
    def day(self) -> date | None:
        return self.signing.day or self.meeting_day

    @property
    def created(self) -> date:
        return self.day or date(self.year, 12, 31)

    @property
    def tier_words(self) -> str:
        return TIER_WORDS[self.tier]

    @property
    def act(self) -> str:
        """ "thẩm tra" or "thẩm định" """
        return STAGE_ACTS[self.stage]

    @property
    def has_districts(self) -> bool:
        return any(commune.district_name for commune in self.communes)

    @property
    def district_names(self) -> list[str]:
        """The districts the communes belong to, each once, in the communes' order."""
        return list(dict.fromkeys(c.district_name for c in self.communes if c.district_name))


def assemble(
    db: Database,
    stage: str,
    unit_codes: list[str],
    year: int,
    tier: str = "standard",
    signing: Signing | None = None,
) -> StageFile:
    """Read the communes' dossiers and reviews for one district's or the province's file."""
    if stage not in STAGES:
        raise InvalidInput(
            f"Bước '{stage}' không hợp lệ; chọn district (hồ sơ huyện thẩm tra) hoặc province "
            "(hồ sơ tỉnh thẩm định)."
        )
    codes = list(dict.fromkeys(unit_codes))
    if not codes:
        raise InvalidInput("Chưa chọn xã nào: hãy nêu các xã của hồ sơ bằng --unit MÃ (lặp lại).")
    communes = tuple(_proposed(db, stage, code, year, tier) for code in codes)
    offices = {commune.district_name if stage == "district" else "" for commune in communes}
    provinces = {commune.dossier.province_name for commune in communes}
    if len(offices) > 1 or len(provinces) > 1:
        where = ", ".join(sorted(offices if len(offices) > 1 else provinces))
        raise InvalidInput(
            f"Các xã đã chọn thuộc nhiều đơn vị ({where}): mỗi hồ sơ chỉ gồm các xã của một "
            f"{STAGE_OFFICES[stage]}. Hãy lập riêng hồ sơ cho từng đơn vị."
        )
    province_name = provinces.pop()
    office_name = offices.pop() or province_name
    signing = signing or Signing()
    days = [
        found.review_date
        for commune in communes
        if (found := commune.review(stage)) is not None and found.review_date is not None
    ]
    stamp = dossier_data.fingerprint(
        stage,
        year,
        tier,
        tuple((c.dossier.fingerprint, c.district, c.province) for c in communes),
        signing,
    )
    return StageFile(
        stage=stage,
        year=year,
        tier=tier,
        office_name=office_name,
        province_name=province_name,
        communes=communes,
        signing=signing,
        meeting_day=max(days) if days else None,
        fingerprint=stamp,
    )


def _proposed(db: Database, stage: str, code: str, year: int, tier: str) -> Proposed:
    unit = units.require_commune(
        db, code, "hồ sơ của huyện, tỉnh gồm các xã được đề nghị công nhận. Hãy nêu mã các xã."
    )
    district = _district(db, unit)
    if stage == "district" and district is None:
        raise InvalidInput(
            f"{unit.name} không có cấp huyện bên trên (từ 1/7/2025 không còn cấp huyện): hồ sơ "
            "của xã gửi thẳng tỉnh thẩm định, hãy dùng --stage province."
        )
    found = reviews.of_unit(db, code, year)
    return Proposed(
        dossier=dossier_data.assemble(db, code, year, tier),
        district_name=f"{district.kind} {short_name(district)}" if district else "",
        district=found.get("district"),
        province=found.get("province"),
    )


def _district(db: Database, unit: Unit) -> Unit | None:
    return next((found for found in units.path(db, unit.code) if found.level == "district"), None)
