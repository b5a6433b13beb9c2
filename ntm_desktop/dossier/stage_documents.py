"""The district's and the province's files as one PDF each, in the ND30 layout.

District (until 1/7/2025): the Tờ trình of the district People's Committee proposing its verified
communes to the province (one Tờ trình, several communes), the Báo cáo thẩm tra on each commune's
dossier and on each criterion with its appendix table, and the minutes of the verification team's
meeting. Province: the Báo cáo thẩm định with its appendix, the minutes of the appraisal council,
and the Quyết định công nhận ready for the chairman's signature, with the list of communes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from ntm_desktop.checklist import reviews
from ntm_desktop.common.text import format_number
from ntm_desktop.documents import nd30
from ntm_desktop.documents.nd30 import Column, Header, Part, Signature
from ntm_desktop.dossier import dossier_legal
from ntm_desktop.dossier.document import (
    BLANK_NUMBER,
    RESULT_WORDS,
    debt_sentence,
    lower_first,
    minutes_signatures,
    results_sentence,
    satisfaction_sentence,
    upper_first,
)
from ntm_desktop.dossier.stage_data import STAGE_ACTS, Proposed, StageFile

COORDINATION_OFFICE = "Văn phòng Điều phối nông thôn mới tỉnh"
COUNCIL = "Hội đồng thẩm định"
TEAM = "Đoàn thẩm tra"


def build(file: StageFile, *, draft: bool) -> bytes:
    """The stage's file as PDF bytes. Same data and flag, same bytes."""
    marks = nd30.PageMarks(file.fingerprint, draft, file.created)
    if file.stage == "district":
        parts = [
            Part("Tờ trình của Ủy ban nhân dân huyện", district_proposal(file)),
            Part("Báo cáo thẩm tra", review_report(file)),
            Part(
                "Phụ lục: Kết quả thẩm tra từng tiêu chí", criteria_appendix(file), "landscape", 1
            ),
            Part("Biên bản họp đoàn thẩm tra", meeting_minutes(file)),
        ]
    else:
        parts = [
            Part("Báo cáo thẩm định", review_report(file)),
            Part(
                "Phụ lục: Kết quả thẩm định từng tiêu chí", criteria_appendix(file), "landscape", 1
            ),
            Part("Biên bản họp Hội đồng thẩm định", meeting_minutes(file)),
            Part("Dự thảo Quyết định công nhận", decision(file)),
            Part("Danh sách kèm theo Quyết định", decision_list(file), bookmark_level=1),
        ]
    return nd30.render(parts, marks, title=_title(file)).pdf


def write(file: StageFile, target: Path, *, draft: bool) -> int:
    pdf = build(file, draft=draft)
    nd30.write(target, pdf)
    return len(pdf)


# -- shared pieces --------------------------------------------------------------------------------
def _title(file: StageFile) -> str:
    office = "Hồ sơ thẩm tra" if file.stage == "district" else "Hồ sơ thẩm định"
    return f"{office} đề nghị công nhận xã {file.tier_words} năm {file.year}"


def _names(file: StageFile) -> str:
    """ "xã Việt Lập, xã Liên Chung và xã Phúc Hòa" """
    names = [commune.name for commune in file.communes]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} và {names[-1]}"


def _count(file: StageFile) -> str:
    return f"{len(file.communes)} xã"


def _people(office_name: str) -> str:
    return f"Ủy ban nhân dân {office_name}"


def _agency(office_name: str) -> str:
    """The issuing agency as the header block sets it: "ỦY BAN NHÂN DÂN" over "HUYỆN TÂN YÊN"."""
    return f"Ủy ban nhân dân\n{office_name}"


def _parent(office_name: str) -> str:
    return f"UBND {office_name}"


def _header(
    agency: str, parent: str, kind: str, suffix: str, file: StageFile, day: date | None
) -> list[Flowable]:
    number = file.signing.number if kind == "TTr" and file.signing.number else ""
    number = number or f"{BLANK_NUMBER}/{kind}-{suffix}"
    place = file.office_name.split(" ", 1)[1]
    return nd30.header_block(Header(agency, number, place, day, parent_agency=parent))


def _bases(file: StageFile) -> list[str]:
    first = file.communes[0].dossier
    return dossier_legal.bases_on(file.day or dossier_legal.proposal_day(first), first.criteria)


def _commune_proposal(commune: Proposed, *, issuer: bool = True) -> str:
    """ "Tờ trình số 11/TTr-UBND ngày 02/9/2020 của Ủy ban nhân dân xã Lan Giới" """
    inputs = commune.dossier.inputs
    number = f" số {inputs.proposal_number}" if inputs.proposal_number else ""
    day = f" ngày {nd30.short_date(inputs.proposal_date)}" if inputs.proposal_date else ""
    by = f" của Ủy ban nhân dân {commune.name}" if issuer else ""
    return f"Tờ trình{number}{day}{by}"


def _verdict(commune: Proposed, stage: str) -> str:
    """ "đạt (Trần Thị Bình, 15/9/2020); đã bổ sung minh chứng" """
    review = commune.review(stage)
    if review is None:
        return f"chưa {STAGE_ACTS[stage]}"
    verdict = reviews.status_name(stage, review.status)
    who = f"{review.reviewer}, " if review.reviewer else ""
    when = nd30.short_date(review.review_date) if review.review_date else ""
    detail = f" ({who}{when})" if who or when else ""
    return verdict + detail + (f"; {lower_first(review.note)}" if review.note else "")


def _criterion_opinion(commune: Proposed, stage: str, number: int, met: bool | None) -> str:
    """The stage's word on one criterion: its remark, else its verdict on the commune's own
    result when it passed the commune."""
    review = commune.review(stage)
    if review is None or review.status == "pending":
        return f"Chưa {STAGE_ACTS[stage]}"
    remark = review.remarks.get(str(number))
    if remark:
        return remark
    if review.status == "passed":
        return RESULT_WORDS[met]
    return "—"


# -- the district's Tờ trình ----------------------------------------------------------------------
def district_proposal(file: StageFile) -> list[Flowable]:
    people = _people(file.office_name)
    subject = f"Về việc đề nghị thẩm định, xét công nhận xã {file.tier_words} năm {file.year}"
    rows = [
        [
            str(number),
            commune.dossier.unit.name,
            f"{commune.dossier.criteria.met_count}/{len(commune.dossier.criteria.criteria)}",
            _rate(commune),
            _commune_proposal(commune, issuer=False),
        ]
        for number, commune in enumerate(file.communes, 1)
    ]
    columns = [
        Column("TT", 0.07, "center"),
        Column("Tên xã", 0.23),
        Column("Số tiêu chí đạt (tiêu chí)", 0.18, "center"),
        Column("Tỷ lệ người dân hài lòng (%)", 0.18, "center"),
        Column("Tờ trình của xã", 0.34),
    ]
    story = [
        *_header(_agency(file.office_name), "", "TTr", "UBND", file, file.day),
        *nd30.title_block("Tờ trình", subject),
        *nd30.recipients_block([_people(file.province_name)]),
        *nd30.legal_bases(
            [
                *_bases(file),
                *(f"Căn cứ {_commune_proposal(commune)};" for commune in file.communes),
                f"Căn cứ kết quả thẩm tra của {TEAM.lower()} {file.office_name}"
                + (f" ngày {nd30.short_date(file.meeting_day)};" if file.meeting_day else ";"),
            ]
        ),
        nd30.paragraph(
            f"{people} đã thẩm tra hồ sơ và mức độ đạt từng tiêu chí nông thôn mới của "
            f"{_count(file)} đề nghị công nhận {file.tier_words} năm {file.year}. Kết quả: "
            f"{len(_passed(file))}/{len(file.communes)} xã đạt yêu cầu thẩm tra, cụ thể như sau:"
        ),
        nd30.data_table(columns, rows, width=nd30.usable_width()),
        Spacer(1, 6),
        nd30.paragraph(
            f"{people} kính trình {_people(file.province_name)} thẩm định, xét công nhận "
            f"{_names(file)} {file.tier_words} năm {file.year}."
        ),
    ]
    story += nd30.signature_block(
        [Signature("TM. Ủy ban nhân dân", "Chủ tịch", file.signing.signer)],
        (
            "Như trên",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Ủy ban nhân dân các xã có tên",
            "Lưu: VT",
        ),
        keep_with=[
            nd30.paragraph(
                "Hồ sơ kèm theo gồm: báo cáo thẩm tra và phụ lục kết quả thẩm tra từng tiêu chí; "
                "biên bản họp đoàn thẩm tra; hồ sơ đề nghị công nhận của "
                f"{_count(file)}./."
            )
        ],
    )
    return story


def _rate(commune: Proposed) -> str:
    rate = commune.dossier.inputs.satisfaction_rate
    return f"{format_number(rate, 1)}%" if rate is not None else "—"


# -- the review reports ---------------------------------------------------------------------------
def review_report(file: StageFile) -> list[Flowable]:
    district = file.stage == "district"
    if district:
        agency, parent, suffix = _agency(file.office_name), "", "UBND"
        addressee = _people(file.province_name)
    else:
        agency, parent, suffix = COORDINATION_OFFICE, _parent(file.province_name), "VPĐP"
        addressee = f"{COUNCIL} {file.province_name}"
    subject = (
        f"Kết quả {file.act} hồ sơ và mức độ đạt từng tiêu chí đối với {_count(file)} đề nghị "
        f"công nhận {file.tier_words} năm {file.year}"
    )
    story = [
        *_header(agency, parent, "BC", suffix, file, file.day),
        *nd30.title_block("Báo cáo", subject),
        *nd30.recipients_block([addressee]),
        nd30.heading("I. KHÁI QUÁT"),
        nd30.paragraph(_overview(file)),
        nd30.heading(f"II. KẾT QUẢ {file.act.upper()}"),
    ]
    for number, commune in enumerate(file.communes, 1):
        story += _commune_section(file, number, commune)
    story += [
        nd30.heading("III. KẾT LUẬN VÀ KIẾN NGHỊ"),
        nd30.paragraph(_conclusion(file)),
    ]
    signer = (
        Signature("TM. Ủy ban nhân dân", "Chủ tịch", file.signing.signer)
        if district
        else Signature("", "Chánh Văn phòng", file.signing.signer)
    )
    story += nd30.signature_block(
        [signer],
        ("Như trên", "Lưu: VT"),
        keep_with=[
            nd30.paragraph(
                f"Chi tiết kết quả {file.act} từng tiêu chí của từng xã tại Phụ lục kèm theo "
                "báo cáo này./."
            )
        ],
    )
    return story


def _overview(file: StageFile) -> str:
    received = "; ".join(_received(file, commune) for commune in file.communes)
    office = file.office_name if file.stage == "district" else file.province_name
    reviewers = list(
        dict.fromkeys(
            found.reviewer
            for commune in file.communes
            if (found := commune.review(file.stage)) is not None and found.reviewer
        )
    )
    who = f"đoàn {file.act} {office}"
    chair = f" ({', '.join(reviewers)})" if reviewers else ""
    finished = f", hoàn thành ngày {nd30.short_date(file.meeting_day)}" if file.meeting_day else ""
    return (
        f"Căn cứ {received}, {who}{chair} đã {file.act} hồ sơ và mức độ đạt từng tiêu chí "
        f"nông thôn mới của {_count(file)}{finished}."
    )


def _received(file: StageFile, commune: Proposed) -> str:
    if file.stage == "province" and commune.district_name and commune.district is not None:
        when = commune.district.review_date
        return (
            f"kết quả thẩm tra của Ủy ban nhân dân {commune.district_name} đối với "
            f"{commune.name}" + (f" ngày {nd30.short_date(when)}" if when else "")
        )
    return _commune_proposal(commune)


def _commune_section(file: StageFile, number: int, commune: Proposed) -> list[Flowable]:
    data = commune.dossier
    inputs = data.inputs
    meeting = (
        f"biên bản họp ngày {nd30.short_date(inputs.meeting_date)} ({inputs.vote_text})"
        if inputs.meeting_date and inputs.vote_text
        else "biên bản họp: chưa có"
    )
    lines = [
        nd30.heading(
            f"{number}. {data.unit.name}"
            + (f", {commune.district_name}" if commune.district_name else "")
        ),
        nd30.paragraph(
            f"a) Hồ sơ: {_commune_proposal(commune)}; báo cáo kết quả thực hiện các tiêu chí; "
            f"báo cáo tổng hợp ý kiến tham gia ({len(inputs.comments)} ý kiến); {meeting}; "
            f"báo cáo nợ đọng xây dựng cơ bản; {len(data.evidence)} tệp minh chứng."
        ),
        nd30.paragraph(f"b) {satisfaction_sentence(data)}"),
        nd30.paragraph(f"c) {debt_sentence(data)}"),
        nd30.paragraph(f"d) {results_sentence(data)}"),
    ]
    if file.stage == "province" and commune.district_name:
        lines.append(
            nd30.paragraph(
                f"đ) Kết quả thẩm tra của {commune.district_name}: {_verdict(commune, 'district')}."
            )
        )
    lines.append(
        nd30.paragraph(
            f"{'e' if file.stage == 'province' and commune.district_name else 'đ'}) Kết quả "
            f"{file.act}: {_verdict(commune, file.stage)}."
        )
    )
    return lines


def _passed(file: StageFile) -> list[Proposed]:
    """The communes this stage has passed."""
    return [c for c in file.communes if (r := c.review(file.stage)) and r.status == "passed"]


def _conclusion(file: StageFile) -> str:
    passed = _passed(file)
    names = ", ".join(commune.name for commune in passed) or "không có xã nào"
    if file.stage == "district":
        return (
            f"{len(passed)}/{len(file.communes)} xã đạt yêu cầu thẩm tra ({names}). Ủy ban nhân "
            f"dân {file.office_name} đề nghị Ủy ban nhân dân {file.province_name} thẩm định, xét "
            f"công nhận các xã trên {file.tier_words} năm {file.year}."
        )
    return (
        f"{len(passed)}/{len(file.communes)} xã đạt yêu cầu thẩm định ({names}). Đề nghị "
        f"{COUNCIL} {file.province_name} xem xét, đề nghị Chủ tịch Ủy ban nhân dân "
        f"{file.province_name} công nhận các xã trên {file.tier_words} năm {file.year}."
    )


def criteria_appendix(file: StageFile) -> list[Flowable]:
    district = file.stage == "district"
    attached = f"Báo cáo số {BLANK_NUMBER}/BC-{'UBND' if district else 'VPĐP'}"
    if file.day:
        attached += f" ngày {nd30.short_date(file.day)}"
    attached += f" của {_people(file.office_name) if district else COORDINATION_OFFICE}"
    # The province shows the district's verification next to its own appraisal.
    stages = ["district", "province"] if not district and file.has_districts else [file.stage]
    rows: list[list[str]] = []
    bold: list[int] = []
    for number, commune in enumerate(file.communes, 1):
        bold.append(len(rows))
        criteria = commune.dossier.criteria
        rows.append(
            [
                str(number),
                commune.dossier.unit.name,
                f"Đạt {criteria.met_count}/{len(criteria.criteria)} tiêu chí",
                *("" for _ in stages),
            ]
        )
        for criterion in criteria.criteria:
            rows.append(
                [
                    "",
                    f"{criterion.no}. {criterion.name}",
                    RESULT_WORDS[criterion.met],
                    *(
                        _criterion_opinion(commune, stage, criterion.no, criterion.met)
                        for stage in stages
                    ),
                ]
            )
    share = 0.56 / len(stages)
    columns = [
        Column("TT", 0.05, "center"),
        Column("Xã / tiêu chí", 0.25),
        Column("Xã tự đánh giá", 0.14, "center"),
        *(Column(f"Kết quả {STAGE_ACTS[stage]}", share, "center") for stage in stages),
    ]
    return [
        *nd30.appendix_heading("", f"Kết quả {file.act} mức độ đạt từng tiêu chí", attached),
        nd30.data_table(columns, rows, width=nd30.usable_width("landscape"), bold_rows=bold),
    ]


# -- the minutes ----------------------------------------------------------------------------------
def meeting_minutes(file: StageFile) -> list[Flowable]:
    signing = file.signing
    district = file.stage == "district"
    body = f"{TEAM} {file.office_name}" if district else f"{COUNCIL} {file.province_name}"
    agency, parent = (
        (_agency(file.office_name), "") if district else (body, _parent(file.province_name))
    )
    subject = (
        f"Họp {lower_first(body)} xét hồ sơ đề nghị công nhận xã {file.tier_words} năm {file.year}"
    )
    when = nd30.short_date(file.meeting_day) if file.meeting_day else "(chưa ghi ngày)"
    present = (
        f"{format_number(signing.members_present)} thành viên dự họp"
        if signing.members_present
        else "(chưa nhập)"
    )
    story = [
        *_header(agency, parent, "BB", "UBND" if district else "HĐTĐ", file, file.meeting_day),
        *nd30.title_block("Biên bản", subject),
        nd30.paragraph(f"Thời gian: ngày {when}."),
        nd30.paragraph(f"Chủ trì: {signing.chair or '(chưa nhập)'}."),
        nd30.paragraph(f"Thư ký: {signing.secretary or '(chưa nhập)'}."),
        nd30.paragraph(f"Thành phần: {present}."),
        nd30.heading("NỘI DUNG"),
        nd30.paragraph(
            f"{body} đã nghe báo cáo kết quả {file.act} hồ sơ và mức độ đạt từng tiêu chí "
            f"nông thôn mới của {_count(file)}: {_names(file)}. Kết quả từng xã:"
        ),
    ]
    for number, commune in enumerate(file.communes, 1):
        criteria = commune.dossier.criteria
        satisfaction = lower_first(satisfaction_sentence(commune.dossier))
        story.append(
            nd30.paragraph(
                f"{number}. {commune.dossier.unit.name}: đạt {criteria.met_count}/"
                f"{len(criteria.criteria)} tiêu chí; {satisfaction} "
                f"Kết quả {file.act}: {_verdict(commune, file.stage)}."
            )
        )
    next_step = (
        f"đề nghị Ủy ban nhân dân {file.office_name} trình Ủy ban nhân dân {file.province_name} "
        "thẩm định, xét công nhận"
        if district
        else f"đề nghị Chủ tịch Ủy ban nhân dân {file.province_name} công nhận"
    )
    story += [
        nd30.heading("KẾT QUẢ BIỂU QUYẾT"),
        nd30.paragraph(
            f"Số thành viên nhất trí {next_step} {_names(file)} {file.tier_words} năm "
            f"{file.year}: {signing.vote_text or '(chưa nhập)'}."
        ),
        *minutes_signatures(
            signing.secretary,
            "Trưởng đoàn" if district else "Chủ tịch Hội đồng",
            signing.chair,
            "cuộc họp",
        ),
    ]
    return story


# -- the province's decision ----------------------------------------------------------------------
def decision(file: StageFile) -> list[Flowable]:
    province = file.province_name
    people = _people(province)
    subject = f"Về việc công nhận xã {file.tier_words} năm {file.year}"
    proposers = (
        "; ".join(f"Ủy ban nhân dân {name}" for name in file.district_names)
        if file.has_districts
        else "; ".join(f"Ủy ban nhân dân {commune.name}" for commune in file.communes)
    )
    districts = ", ".join(file.district_names)
    executors = (
        f"Chủ tịch Ủy ban nhân dân {districts}, " if districts else ""
    ) + "Chủ tịch Ủy ban nhân dân các xã có tên tại Điều 1"
    story = [
        # Dated and numbered when the chairman signs it.
        *_header(_agency(province), "", "QĐ", "UBND", file, None),
        *nd30.title_block("Quyết định", subject),
        nd30.paragraph(f"CHỦ TỊCH {people.upper()}", style="sign_bold"),
        Spacer(1, 6),
        *nd30.legal_bases(
            [
                *_bases(file),
                f"Theo đề nghị của {proposers}; kết quả thẩm định và đề nghị của {COUNCIL} "
                f"{province}.",
            ]
        ),
        nd30.paragraph("QUYẾT ĐỊNH:", style="sign_bold"),
        nd30.paragraph(
            f"Điều 1. Công nhận {_count(file)} {file.tier_words} năm {file.year} (có danh sách "
            "kèm theo)."
        ),
        nd30.paragraph(
            "Điều 2. Ủy ban nhân dân các xã có tên tại Điều 1 tiếp tục duy trì, nâng cao chất "
            "lượng các tiêu chí đã đạt."
        ),
    ]
    closing = nd30.paragraph(
        f"Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng {people}, Thủ "
        f"trưởng các sở, ngành có liên quan, {executors} chịu trách nhiệm thi hành Quyết định "
        "này./."
    )
    story += nd30.signature_block(
        [Signature("", "Chủ tịch", "")],
        ("Như Điều 3", "Văn phòng Điều phối nông thôn mới Trung ương", "Lưu: VT"),
        keep_with=[closing],
    )
    return story


def decision_list(file: StageFile) -> list[Flowable]:
    """The communes recognised, as the decision's attached list (dated when it is signed)."""
    with_district = file.has_districts
    rows = [
        [
            str(number),
            commune.dossier.unit.name,
            *([upper_first(commune.district_name)] if with_district else []),
            f"{commune.dossier.criteria.met_count}/{len(commune.dossier.criteria.criteria)}",
        ]
        for number, commune in enumerate(file.communes, 1)
    ]
    columns = [
        Column("TT", 0.1, "center"),
        Column("Tên xã", 0.4 if with_district else 0.6),
        *([Column("Thuộc", 0.2)] if with_district else []),
        Column("Số tiêu chí đạt (tiêu chí)", 0.3, "center"),
    ]
    attached = f"Quyết định số {BLANK_NUMBER}/QĐ-UBND của Chủ tịch {_people(file.province_name)}"
    return [
        *nd30.appendix_heading("", f"Danh sách xã {file.tier_words} năm {file.year}", attached),
        nd30.data_table(columns, rows, width=nd30.usable_width()),
    ]
