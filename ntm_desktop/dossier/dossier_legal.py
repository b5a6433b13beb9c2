"""The legal bases ("Căn cứ …;") a recognition dossier cites, chosen for its date and its set.

The criteria set is cited from its own catalog (`legal_basis`, e.g. "Quyết định 1980/QĐ-TTg ngày
17/10/2016"). The programme and the recognition procedure come from the two small tables below;
each text belongs to a programme period and is cited only by a dossier whose criteria set is of
that period, and only from the day it can be known to exist: its day of issue where a source
gives it, otherwise (only the number and year are known) from 1 January of the following year.
A dossier therefore never cites a text issued after its proposal date, nor a later period's.

Sources: the programme decisions and the 2017 amendment are cited with their dates in the
province's plans (shared/seeds 001, Kế hoạch 552/KH-BCĐ năm 2020, and 004, kế hoạch năm 2022);
the criteria decisions are in the catalogs. The recognition-procedure decisions are known by
number and year only: QĐ 18/2022/QĐ-TTg amended by QĐ 03/2024/QĐ-TTg (shared/domain/
regulations.md) and, for 2016-2020, QĐ 2540/QĐ-TTg of 2016 (not yet in regulations.md); their
subjects are described, not quoted. Add a day of issue here once it is read in the text: until
then a dossier proposed in the year of issue does not cite the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ntm_desktop.criteria import catalogs
from ntm_desktop.documents import nd30
from ntm_desktop.dossier.dossier_data import CriteriaResults, DossierData

# Where the national texts apply: a model village is recognised under the province's own rules.
NATIONAL_LEVELS = ("commune", "district")
ISSUERS = (
    ("QĐ-TTg", "Thủ tướng Chính phủ"),
    ("NĐ-CP", "Chính phủ"),
    ("/QH", "Quốc hội"),
    ("QĐ-UBND", "Ủy ban nhân dân tỉnh"),
)
# Words that mark a catalog's legal basis (or part of it) as not checked against the text.
UNVERIFIED_MARKS = ("unverified", "recall", "chưa xác minh", "chưa được xác minh", "chưa rõ")
_BASIS = re.compile(
    r"^\s*(?P<kind>Quyết định|Nghị quyết|Nghị định|Thông tư)\s+(?:số\s+)?(?P<number>[^\s,;()]+)"
    r"(?:\s+ngày\s+(?P<day>\d{1,2}/\d{1,2}/\d{4}))?(?P<rest>.*)$",
    re.IGNORECASE,
)
_IN_FORCE = re.compile(r"hiệu lực(?: từ| kể từ)?(?: ngày)?\s+(?P<day>\d{1,2}/\d{1,2}/\d{4})", re.I)


@dataclass(frozen=True)
class LegalText:
    number: str  # "1600/QĐ-TTg"
    subject: str  # what it does, as it reads after the issuer ("được … bởi" for an amendment)
    period: tuple[int, int]  # the programme period whose dossiers cite it
    issued_on: date | None = None  # the day of issue, where a source states it
    issued_year: int = 0  # otherwise the year of issue
    kind: str = "Quyết định"
    amended_by: tuple[LegalText, ...] = ()

    @property
    def citable_from(self) -> date:
        """The first day the text is certain to exist."""
        if self.issued_on is not None:
            return self.issued_on
        return date(self.issued_year + 1, 1, 1)

    @property
    def reference(self) -> str:
        """ "Quyết định số 1600/QĐ-TTg ngày 16/8/2016" (the year alone when the day is unknown
        and the number does not carry it)."""
        text = f"{self.kind} số {self.number}"
        if self.issued_on is not None:
            return f"{text} ngày {nd30.short_date(self.issued_on)}"
        if f"/{self.issued_year}/" in self.number:
            return text
        return f"{text} năm {self.issued_year}"

    def applies(self, period_from: int, day: date) -> bool:
        return self.period[0] <= period_from <= self.period[1] and self.citable_from <= day


PROGRAMMES = (
    LegalText(
        "1600/QĐ-TTg",
        "về phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020",
        (2016, 2020),
        issued_on=date(2016, 8, 16),
        amended_by=(
            LegalText(
                "1760/QĐ-TTg",
                "điều chỉnh, bổ sung",
                (2016, 2020),
                issued_on=date(2017, 11, 10),
            ),
        ),
    ),
    LegalText(
        "263/QĐ-TTg",
        "về phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025",
        (2021, 2025),
        issued_on=date(2022, 2, 22),
    ),
)
RECOGNITION_PROCEDURES = (
    LegalText(
        "2540/QĐ-TTg",
        "về điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận và công bố địa phương đạt chuẩn "
        "nông thôn mới giai đoạn 2016-2020",
        (2016, 2020),
        issued_year=2016,
    ),
    LegalText(
        "18/2022/QĐ-TTg",
        "ban hành Quy định điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận, công bố và thu "
        "hồi quyết định công nhận địa phương đạt chuẩn nông thôn mới, đạt chuẩn nông thôn mới "
        "nâng cao, đạt chuẩn nông thôn mới kiểu mẫu",
        (2021, 2025),
        issued_year=2022,
        amended_by=(
            LegalText("03/2024/QĐ-TTg", "sửa đổi, bổ sung", (2021, 2025), issued_year=2024),
        ),
    ),
)


@dataclass(frozen=True)
class CriteriaBasis:
    """The criteria set's legal basis as a citation: "Quyết định số 1980/QĐ-TTg ngày 17/10/2016"
    and its day of issue (None when not stated or marked unverified). A basis that names no
    decision (a province's set not yet identified) is kept as written, `parsed` False."""

    reference: str
    issuer: str | None
    issued_on: date | None
    parsed: bool = True
    in_force_from: date | None = None  # a later day of entry into force the catalog states

    @property
    def citable_from(self) -> date | None:
        """The first day a dossier may rely on the set (None when no date is known)."""
        return self.in_force_from or self.issued_on


def criteria_basis(criteria: CriteriaResults) -> CriteriaBasis:
    text = " ".join(criteria.legal_basis.split())
    match = _BASIS.match(text)
    if match is None:
        # A province's set not yet identified: cited as written, less any note on how it was
        # put together.
        return CriteriaBasis(catalogs.without_authoring_notes(text), None, None, parsed=False)
    number = match["number"]
    rest = match["rest"].strip()
    unverified = any(mark in rest.casefold() for mark in UNVERIFIED_MARKS)
    force = _IN_FORCE.search(rest)
    in_force_from = _parse_day(force["day"]) if force and not unverified else None
    # A note in brackets ("(hiệu lực …)", "(date from recall, unverified)") is not cited.
    if rest.startswith("(") and rest.endswith(")"):
        rest = ""
    kind = match["kind"][:1].upper() + match["kind"][1:].lower()
    reference = f"{kind} số {number}"
    issued_on = None
    if match["day"] and not unverified:
        reference += f" ngày {match['day']}"
        issued_on = _parse_day(match["day"])
    if rest:
        reference += f" {rest}"
    return CriteriaBasis(reference, _issuer(number), issued_on, in_force_from=in_force_from)


def _parse_day(text: str) -> date | None:
    day, month, year = (int(part) for part in text.split("/"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _issuer(number: str) -> str | None:
    return next((name for mark, name in ISSUERS if mark in number), None)


def proposal_day(data: DossierData) -> date:
    """The day the dossier speaks for: its proposal date, else the end of its year."""
    return data.inputs.proposal_date or date(data.year, 12, 31)


def bases(data: DossierData) -> list[str]:
    """The "Căn cứ …;" lines of the proposal, in the order the texts were issued: programme,
    criteria set, recognition procedure."""
    return bases_on(proposal_day(data), data.criteria, national=data.unit.level in NATIONAL_LEVELS)


def bases_on(day: date, criteria: CriteriaResults, *, national: bool = True) -> list[str]:
    """The "Căn cứ …;" lines of a document dated `day` on units assessed under `criteria`."""
    lines = [_cite(text, day) for text in PROGRAMMES if national and _applies(text, criteria, day)]
    basis = criteria_basis(criteria)
    if not basis.parsed:
        lines.append(f"Căn cứ {basis.reference};")
    else:
        issuer = f" của {basis.issuer}" if basis.issuer else ""
        lines.append(f"Căn cứ {basis.reference}{issuer} ban hành {_set_name(criteria)};")
    lines += [
        _cite(text, day)
        for text in RECOGNITION_PROCEDURES
        if national and _applies(text, criteria, day)
    ]
    return lines


def _applies(text: LegalText, criteria: CriteriaResults, day: date) -> bool:
    return text.applies(criteria.period[0], day)


def _cite(text: LegalText, day: date) -> str:
    issuer = _issuer(text.number)
    line = f"Căn cứ {text.reference}{f' của {issuer}' if issuer else ''} {text.subject}"
    amendments = [
        f"được {amendment.subject} bởi {amendment.reference}"
        for amendment in text.amended_by
        if amendment.citable_from <= day
    ]
    if amendments:
        line += f" ({'; '.join(amendments)})"
    return line + ";"


def _set_name(criteria: CriteriaResults) -> str:
    """ "bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025", without a trailing
    "(Phụ lục I)"."""
    title = re.sub(r"\s*\((?:Phụ lục|phụ lục)[^)]*\)\s*$", "", criteria.catalog_title)
    return title[:1].lower() + title[1:]
