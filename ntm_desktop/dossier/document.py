"""The recognition dossier as one PDF, rendered from a `DossierData` in the ND30 layout.

Documents, each with its bookmark and its own page numbers: tờ trình; báo cáo kết quả thực hiện
tiêu chí with the full criteria-and-indicator table as a landscape appendix; báo cáo tổng hợp ý
kiến with the satisfaction result; biên bản họp; báo cáo nợ đọng xây dựng cơ bản; danh mục minh
chứng, followed by the evidence itself (images placed on pages, PDF pages appended).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from ntm_desktop.common import money
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.criteria.catalogs import code_cell, code_words, without_authoring_notes
from ntm_desktop.documents import nd30
from ntm_desktop.documents.nd30 import Column, Header, Part, Signature
from ntm_desktop.dossier import dossier_legal
from ntm_desktop.dossier.dossier_data import (
    NO_TARGET,
    NOT_ASSESSED,
    DossierData,
    EvidenceItem,
    IndicatorRow,
)

Progress = Callable[[int, str], None]
# Non-breaking, so the gap left for a number given at issue survives paragraph wrapping.
BLANK_NUMBER = "\u00a0" * 8
RESULT_WORDS = {True: "Đạt", False: "Chưa đạt", None: "Chưa đánh giá"}


def build(data: DossierData, *, draft: bool, progress: Progress | None = None) -> bytes:
    """The whole dossier as PDF bytes. Same data and flag, same bytes."""
    report = progress or (lambda percent, text: None)
    report(5, "Soạn tờ trình và các báo cáo")
    marks = nd30.PageMarks(data.fingerprint, draft, data.created)
    if not draft:
        # How a shipped catalog was put together is for the officer, not for a signed dossier.
        title = without_authoring_notes(data.criteria.catalog_title)
        data = replace(data, criteria=replace(data.criteria, catalog_title=title))
    images = [item for item in data.evidence if item.kind == "image"]
    pdfs = [item for item in data.evidence if item.kind == "pdf"]
    others = [item for item in data.evidence if item.kind == "other"]
    ordered = [*images, *pdfs, *others]
    parts = [
        Part("Tờ trình đề nghị công nhận", proposal(data)),
        Part("Báo cáo kết quả thực hiện tiêu chí", criteria_report(data, draft=draft)),
        Part("Phụ lục: Bảng kết quả các tiêu chí, chỉ tiêu", criteria_table(data), "landscape", 1),
        Part("Báo cáo tổng hợp ý kiến tham gia", opinions_report(data)),
        Part("Kết quả lấy ý kiến sự hài lòng (Mặt trận)", survey_report(data)),
        Part("Biên bản họp", minutes(data)),
        Part("Báo cáo nợ đọng xây dựng cơ bản", debt_report(data)),
        Part("Danh mục minh chứng", evidence_index(data, ordered), "landscape"),
    ]
    for number, item in enumerate(images, 1):
        parts.append(Part(f"Minh chứng {number}: {item.name}", _image_story(number, item)))
    report(30, "Dàn trang")
    try:
        rendered = nd30.render(parts, marks, title=_title(data))
    except OSError as exc:
        raise InvalidInput(
            f"Không đọc được một tệp ảnh minh chứng ({exc}). Hãy kiểm tra kho minh chứng."
        ) from exc
    pdf = rendered.pdf
    if pdfs:
        report(80, "Ghép minh chứng PDF")
        attachments = [
            (f"Minh chứng {len(images) + number}: {item.name}", item.path)
            for number, item in enumerate(pdfs, 1)
        ]
        try:
            pdf = nd30.append_pdf_pages(pdf, attachments, marks)
        except ValueError as exc:
            raise InvalidInput(
                f"Tệp minh chứng {exc} không phải PDF đọc được. Hãy thay tệp đó rồi in lại."
            ) from exc
    report(100, "Xong")
    return pdf


def write(data: DossierData, target: Path, *, draft: bool, progress: Progress | None = None) -> int:
    """Build and write atomically; returns the number of bytes written."""
    pdf = build(data, draft=draft, progress=progress)
    nd30.write(target, pdf)
    return len(pdf)


# -- shared pieces ------------------------------------------------------------------------------
def _title(data: DossierData) -> str:
    return f"Hồ sơ đề nghị công nhận {data.subject_unit} {data.tier_words} năm {data.year}"


def _header(data: DossierData, kind: str) -> list[Flowable]:
    if kind == "TTr" and data.inputs.proposal_number:
        number = data.inputs.proposal_number
    else:
        number = f"{' ' * 8}/{kind}-UBND"
    day = data.inputs.meeting_date if kind == "BB" else data.inputs.proposal_date
    return nd30.header_block(
        Header(data.issuing_agency, number, data.place, day, parent_agency=data.parent_agency)
    )


def _opening(data: DossierData, kind: str, subject: str) -> list[Flowable]:
    """Header block, title with its subject, recipients: how the commune's proposal (`TTr`)
    and reports (`BC`) open."""
    return [
        *_header(data, kind),
        *nd30.title_block({"TTr": "Tờ trình", "BC": "Báo cáo"}[kind], subject),
        *nd30.recipients_block(data.addressees),
    ]


def _signature(data: DossierData, closing: Flowable) -> list[Flowable]:
    signer = Signature(data.authority, data.signer_title, data.signer_name)
    return nd30.signature_block([signer], data.distribution, keep_with=[closing])


def _bases(data: DossierData) -> list[Flowable]:
    """The texts in force on the proposal date for the set's period (see `dossier_legal`)."""
    return nd30.legal_bases(dossier_legal.bases(data))


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def results_sentence(data: DossierData) -> str:
    criteria = data.criteria
    if not criteria.assessed:
        return f"Kết quả thực hiện các tiêu chí: {NOT_ASSESSED}."
    return (
        f"Kết quả thực hiện các tiêu chí: đạt {criteria.met_count}/{len(criteria.criteria)} "
        f"tiêu chí theo {lower_first(criteria.catalog_title)}."
    )


def satisfaction_sentence(data: DossierData) -> str:
    inputs = data.inputs
    rate = inputs.satisfaction_rate
    if rate is None:
        return "Kết quả lấy ý kiến sự hài lòng của người dân: chưa có số liệu."
    return (
        f"Kết quả lấy ý kiến sự hài lòng của người dân: phát ra "
        f"{format_number(inputs.survey_issued)} phiếu, thu về "
        f"{format_number(inputs.survey_returned)} phiếu, trong đó "
        f"{format_number(inputs.survey_satisfied)} phiếu hài lòng, đạt "
        f"{format_number(rate, 1)}% (yêu cầu từ {format_number(data.required_satisfaction)}% "
        "trở lên)."
    )


def debt_sentence(data: DossierData) -> str:
    debt = data.inputs.construction_debt
    if debt is None:
        return "Nợ đọng xây dựng cơ bản: chưa có số liệu."
    if debt == 0:
        return "Nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới: không còn."
    return f"Nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới: còn {format_number(debt)} đồng."


def meeting_sentence(data: DossierData) -> str:
    inputs = data.inputs
    if inputs.meeting_date is None or inputs.vote_rate is None:
        return "Cuộc họp xét, đề nghị công nhận: chưa tổ chức hoặc chưa nhập kết quả."
    return (
        f"Cuộc họp ngày {format_date(inputs.meeting_date)} xét, đề nghị công nhận đã biểu "
        f"quyết {inputs.vote_text}."
    )


# -- the documents --------------------------------------------------------------------------------
# What a commune asks of the office it sends its dossier to: the district verifies and proposes
# (until 1/7/2025), the province appraises and recognises (where there is no district).
TITLE_REQUESTS = {
    "district": "thẩm tra, xét công nhận",
    "province": "thẩm định, xét công nhận",
    None: "xét, công nhận",
}


def _request(data: DossierData) -> str:
    """The closing sentence of the Tờ trình, worded for the office it goes to."""
    unit = data.subject_unit
    asked = f"Ủy ban nhân dân {unit} kính trình {', '.join(data.addressees)}"
    recognition = f"{unit} {data.tier_words} năm {data.year}"
    if data.proposed_to == "district":
        return (
            f"{asked} thẩm tra, đề nghị Ủy ban nhân dân {data.province_name} xét, công nhận "
            f"{recognition}."
        )
    if data.proposed_to == "province":
        return f"{asked} thẩm định, xét công nhận {recognition}."
    return f"{asked} xem xét, thẩm tra, đề nghị công nhận {recognition}."


def proposal(data: DossierData) -> list[Flowable]:
    unit = data.subject_unit
    story = [
        *_opening(
            data,
            "TTr",
            f"Về việc đề nghị {TITLE_REQUESTS[data.proposed_to]} {unit} {data.tier_words} năm "
            f"{data.year}",
        ),
        *_bases(data),
        nd30.paragraph(
            f"Ủy ban nhân dân {unit} đã tổ chức tự đánh giá kết quả thực hiện các tiêu chí, "
            "lấy ý kiến tham gia của Nhân dân và các tổ chức, lấy ý kiến sự hài lòng của người "
            "dân và họp xét đề nghị công nhận. Kết quả như sau:"
        ),
        nd30.paragraph("1. " + results_sentence(data)),
        nd30.paragraph("2. " + satisfaction_sentence(data)),
        nd30.paragraph("3. " + debt_sentence(data)),
        nd30.paragraph("4. " + meeting_sentence(data)),
    ]
    if data.needs_tier_below and data.recognition_below is not None:
        story.append(nd30.paragraph(f"5. Đã được công nhận: {data.recognition_below.decision}."))
    story += [
        nd30.paragraph(_request(data)),
        *_signature(
            data,
            nd30.paragraph(
                "Hồ sơ kèm theo gồm: báo cáo kết quả thực hiện các tiêu chí; báo cáo tổng hợp ý "
                "kiến tham gia; báo cáo kết quả lấy ý kiến sự hài lòng của người dân của "
                f"{_front(data)[0]}; biên bản họp; "
                f"báo cáo nợ đọng xây dựng cơ bản; danh mục minh chứng ({len(data.evidence)} "
                "tệp)./."
            ),
        ),
    ]
    return story


def criteria_report(data: DossierData, *, draft: bool) -> list[Flowable]:
    unit = data.subject_unit
    criteria = data.criteria
    story = [
        *_opening(
            data,
            "BC",
            f"Kết quả thực hiện các tiêu chí {unit} {data.tier_words} năm {data.year}",
        ),
        nd30.heading("I. KẾT QUẢ CHUNG"),
        nd30.paragraph(
            f"Bộ tiêu chí áp dụng: {criteria.catalog_title} "
            f"({dossier_legal.criteria_basis(criteria).reference}), gồm "
            f"{len(criteria.criteria)} tiêu chí, {len(criteria.indicators)} chỉ tiêu."
        ),
        nd30.paragraph(results_sentence(data)),
        *funds_paragraphs(data),
    ]
    if not criteria.verified and draft:
        # For the officer preparing the dossier; a signed report does not carry it.
        story.append(
            nd30.paragraph(
                "Ghi chú: nội dung bộ tiêu chí trong phần mềm chưa được đối chiếu đầy đủ với văn "
                "bản gốc; mức cần đạt của từng chỉ tiêu theo văn bản ban hành."
            )
        )
    story.append(nd30.heading("II. KẾT QUẢ TỪNG TIÊU CHÍ"))
    for criterion in criteria.criteria:
        story.append(
            nd30.paragraph(
                f"{criterion.no}. Tiêu chí số {criterion.no} về {criterion.name}: "
                f"{RESULT_WORDS[criterion.met].lower()}."
            )
        )
        story += [nd30.paragraph(_indicator_line(ind)) for ind in criterion.indicators]
    story.append(nd30.heading("III. NỘI DUNG CÒN PHẢI THỰC HIỆN"))
    open_items = [ind for ind in criteria.indicators if ind.met is not True]
    if not open_items:
        story.append(
            nd30.paragraph(
                f"{upper_first(unit)} đã đạt đủ các tiêu chí; tiếp tục duy trì và nâng cao chất "
                "lượng các tiêu chí đã đạt."
            )
        )
    for ind in open_items:
        story.append(
            nd30.paragraph(
                f"- Chỉ tiêu {code_words(ind.code)} ({lower_first(ind.text)}): "
                f"{RESULT_WORDS[ind.met].lower()}"
                + (f", kết quả {ind.value}" if ind.value else "")
                + (f", yêu cầu {ind.target}" if ind.target != NO_TARGET else "")
                + "."
            )
        )
    story += _signature(
        data, nd30.paragraph("Chi tiết kết quả từng chỉ tiêu tại Phụ lục kèm theo báo cáo này./.")
    )
    return story


def funds_paragraphs(data: DossierData) -> list[Flowable]:
    """What was raised in the year, by source, in million đồng with each source's share."""
    if data.unit.level == "village":
        return []
    total = sum(amount for _, amount in data.funds)
    if not total:
        return [
            nd30.paragraph(
                f"Huy động nguồn lực năm {data.year}: chưa có số liệu (nhập ở trang Nguồn vốn)."
            )
        ]
    return [
        nd30.paragraph(
            f"Huy động nguồn lực năm {data.year}: tổng cộng "
            f"{money.format_million(money.dong_to_million(total))} triệu đồng, gồm:"
        ),
        *nd30.dash_list(
            [
                f"{label}: {money.format_million(money.dong_to_million(amount))} triệu đồng "
                f"({format_number(float(money.share(amount, total) or 0), 1)}%)"
                for label, amount in data.funds
            ]
        ),
    ]


def _indicator_line(ind: IndicatorRow) -> str:
    """ "- Chỉ tiêu 2.1 (…): 85,5%, yêu cầu ≥ 70%; đạt. Đã nhựa hóa 12,5 km." (a met-or-not
    indicator has no figure: "- Chỉ tiêu 1.1 (…): đạt.")"""
    result = ind.value
    if result and ind.target != NO_TARGET:
        result += f", yêu cầu {ind.target}"
    note = f" {upper_first(ind.note.rstrip('.'))}." if ind.note else ""
    return (
        f"- Chỉ tiêu {code_words(ind.code)} ({lower_first(ind.text)}): "
        f"{f'{result}; ' if result else ''}{RESULT_WORDS[ind.met].lower()}.{note}"
    )


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def criteria_table(data: DossierData) -> list[Flowable]:
    criteria = data.criteria
    attached = f"Báo cáo số {BLANK_NUMBER}/BC-UBND"
    if data.inputs.proposal_date:
        attached += f" ngày {format_date(data.inputs.proposal_date)}"
    attached += f" của Ủy ban nhân dân {data.subject_unit}"
    evidence_count: dict[str, int] = {}
    for item in data.evidence:
        evidence_count[item.indicator_code] = evidence_count.get(item.indicator_code, 0) + 1
    rows: list[list[str]] = []
    bold_rows: list[int] = []
    for criterion in criteria.criteria:
        bold_rows.append(len(rows))
        rows.append(
            [str(criterion.no), criterion.name, "", "", "", RESULT_WORDS[criterion.met], ""]
        )
        for ind in criterion.indicators:
            rows.append(
                [
                    "",
                    code_cell(ind.code),
                    ind.text,
                    ind.target,
                    ind.value,
                    RESULT_WORDS[ind.met],
                    format_number(evidence_count.get(ind.code, 0)),
                ]
            )
    columns = [
        Column("TT", 0.04, "center"),
        Column("Tiêu chí / mã chỉ tiêu", 0.16),
        Column("Nội dung chỉ tiêu", 0.36),
        Column("Chỉ tiêu cần đạt", 0.14),
        Column("Kết quả thực hiện", 0.12),
        Column("Đánh giá", 0.11, "center"),
        Column("Số minh chứng (tệp)", 0.07, "center"),
    ]
    return [
        *nd30.appendix_heading("", "Kết quả thực hiện các tiêu chí, chỉ tiêu", attached),
        nd30.data_table(columns, rows, width=nd30.usable_width("landscape"), bold_rows=bold_rows),
    ]


def opinions_report(data: DossierData) -> list[Flowable]:
    unit = data.subject_unit
    inputs = data.inputs
    story = [
        *_opening(
            data,
            "BC",
            f"Tổng hợp ý kiến tham gia về kết quả xây dựng nông thôn mới {unit}",
        ),
        nd30.heading("I. Ý KIẾN THAM GIA TRONG THỜI GIAN NIÊM YẾT CÔNG KHAI"),
        nd30.paragraph(posting_sentence(data)),
    ]
    if not inputs.comments:
        story.append(
            nd30.paragraph("Trong thời gian niêm yết công khai không nhận được ý kiến nào.")
        )
    else:
        story.append(
            nd30.paragraph(
                f"Trong thời gian niêm yết công khai nhận được {len(inputs.comments)} ý kiến; "
                "nội dung và việc tiếp thu, giải trình như sau:"
            )
        )
        rows = [
            [
                str(number),
                comment.source,
                format_date(comment.received_on),
                comment.content,
                comment.response or "Chưa tiếp thu, giải trình",
            ]
            for number, comment in enumerate(inputs.comments, 1)
        ]
        columns = [
            Column("STT", 0.08, "center"),
            Column("Tổ chức, cá nhân góp ý", 0.2),
            Column("Ngày nhận", 0.15, "center"),
            Column("Nội dung ý kiến", 0.29),
            Column("Tiếp thu, giải trình", 0.28),
        ]
        story += [nd30.data_table(columns, rows, width=nd30.usable_width()), Spacer(1, 6)]
    story += [
        nd30.heading("II. KẾT QUẢ LẤY Ý KIẾN SỰ HÀI LÒNG CỦA NGƯỜI DÂN"),
        nd30.paragraph(
            f"Theo báo cáo của {_front(data)[0]}: {lower_first(satisfaction_sentence(data))}"
        ),
    ]
    story += _signature(
        data,
        nd30.paragraph(
            f"Ủy ban nhân dân {unit} báo cáo để cấp có thẩm quyền xem xét, quyết định./."
        ),
    )
    return story


def _front(data: DossierData) -> tuple[str, Signature]:
    """Who leads the satisfaction survey and signs its result: the Fatherland Front committee
    (Ủy ban MTTQ) of the commune, or a village's Front working group."""
    if data.unit.level == "village":
        return (
            f"Ban công tác Mặt trận {data.subject_unit}",
            Signature("TM. Ban công tác Mặt trận", "Trưởng ban", ""),
        )
    return (
        f"Ủy ban Mặt trận Tổ quốc Việt Nam {data.subject_unit}",
        Signature("TM. Ban Thường trực", "Chủ tịch", ""),
    )


def survey_report(data: DossierData) -> list[Flowable]:
    """The satisfaction survey as the Front reports it to the People's Committee."""
    unit = data.subject_unit
    inputs = data.inputs
    agency, signer = _front(data)
    people = data.issuing_agency.replace("\n", " ")
    rate = inputs.satisfaction_rate
    columns = [
        Column("Số phiếu phát ra (phiếu)", 0.25, "center"),
        Column("Số phiếu thu về (phiếu)", 0.25, "center"),
        Column("Số phiếu hài lòng (phiếu)", 0.25, "center"),
        Column("Tỷ lệ hài lòng (%)", 0.25, "center"),
    ]
    row = [
        format_number(inputs.survey_issued),
        format_number(inputs.survey_returned),
        format_number(inputs.survey_satisfied),
        "" if rate is None else format_number(rate, 1),
    ]
    story = [
        *nd30.header_block(
            Header(agency, f"{BLANK_NUMBER}/BC-MTTQ", data.place, inputs.meeting_date)
        ),
        *nd30.title_block(
            "Báo cáo",
            "Kết quả lấy ý kiến sự hài lòng của người dân đối với kết quả xây dựng nông thôn "
            f"mới {unit} năm {data.year}",
        ),
        *nd30.recipients_block([people]),
        nd30.paragraph(
            f"{agency} chủ trì, phối hợp với các tổ chức chính trị - xã "
            "hội tổ chức lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới "
            f"{unit}. Kết quả như sau:"
        ),
        nd30.data_table(columns, [row], width=nd30.usable_width()),
        Spacer(1, 6),
        nd30.paragraph(satisfaction_sentence(data)),
    ]
    story += nd30.signature_block(
        [signer],
        (people, "Lưu: VT"),
        keep_with=[nd30.paragraph(f"Kính báo cáo {people} xem xét, tổng hợp./.")],
    )
    return story


def minutes(data: DossierData) -> list[Flowable]:
    unit = data.subject_unit
    inputs = data.inputs
    when = format_date(inputs.meeting_date) if inputs.meeting_date else "(chưa nhập)"
    story = [
        *_header(data, "BB"),
        *nd30.title_block(
            "Biên bản",
            f"Họp xét, đề nghị công nhận {unit} {data.tier_words} năm {data.year}",
        ),
        nd30.paragraph(f"Thời gian: bắt đầu lúc {_clock(inputs.meeting_start)}, ngày {when}."),
        nd30.paragraph(f"Địa điểm: {inputs.meeting_place or '(chưa nhập)'}."),
        nd30.paragraph(f"Chủ trì: {inputs.meeting_chair or '(chưa nhập)'}."),
        nd30.paragraph(f"Thư ký: {inputs.meeting_secretary or '(chưa nhập)'}."),
        nd30.paragraph(
            "Thành phần: "
            + (
                f"{format_number(inputs.members_present)} thành viên dự họp"
                if inputs.members_present
                else "(chưa nhập số thành viên dự họp)"
            )
            + (", gồm:" if inputs.attendees else ".")
        ),
        *nd30.dash_list(inputs.attendees),
        nd30.paragraph(
            "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam "
            f"{unit}: {inputs.front_representative or '(chưa nhập)'}."
        ),
        nd30.heading("NỘI DUNG"),
        nd30.paragraph(
            f"Hội nghị đã nghe báo cáo kết quả thực hiện các tiêu chí, tổng hợp ý kiến tham gia "
            f"và kết quả lấy ý kiến sự hài lòng của người dân về xây dựng nông thôn mới {unit}."
        ),
        nd30.paragraph(results_sentence(data)),
        nd30.paragraph(satisfaction_sentence(data)),
        nd30.paragraph(debt_sentence(data)),
        nd30.heading("KẾT QUẢ BIỂU QUYẾT"),
        nd30.paragraph(
            f"Số thành viên nhất trí đề nghị công nhận {unit} {data.tier_words} năm "
            f"{data.year}: {inputs.vote_text or '(chưa nhập)'}."
        ),
        nd30.paragraph(f"Hội nghị kết thúc lúc {_clock(inputs.meeting_end)} cùng ngày."),
        *minutes_signatures(
            inputs.meeting_secretary or "", "Chủ trì", inputs.meeting_chair or "", "hội nghị"
        ),
    ]
    return story


def _clock(time: str | None) -> str:
    """ "08:30" -> "08 giờ 30" (as minutes write the hour); unknown -> "(chưa nhập)"."""
    if not time:
        return "(chưa nhập)"
    hour, minute = time.split(":")
    return f"{hour} giờ {minute}" if minute != "00" else f"{hour} giờ"


def posting_sentence(data: DossierData) -> str:
    inputs = data.inputs
    if inputs.posted_days is None:
        return "Thời gian niêm yết công khai: (chưa nhập)."
    return (
        f"Kết quả tự đánh giá được niêm yết công khai, lấy ý kiến của người dân và các tổ chức "
        f"từ ngày {format_date(inputs.posted_from)} đến ngày {format_date(inputs.posted_to)} "
        f"({inputs.posted_days} ngày)."
    )


def minutes_signatures(secretary: str, chair_title: str, chair: str, where: str) -> list[Flowable]:
    """The closing line of minutes and the secretary's and chair's signatures side by side."""
    return nd30.signature_block(
        [Signature("", "Thư ký", secretary), Signature("", chair_title, chair)],
        keep_with=[
            nd30.paragraph(
                f"Biên bản được thông qua tại {where} và được các thành viên dự họp nhất trí./."
            )
        ],
    )


def debt_report(data: DossierData) -> list[Flowable]:
    unit = data.subject_unit
    return [
        *_opening(
            data,
            "BC",
            f"Tình hình nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới {unit}",
        ),
        nd30.paragraph(
            f"Ủy ban nhân dân {unit} báo cáo tình hình nợ đọng xây dựng cơ bản trong thực hiện "
            f"Chương trình xây dựng nông thôn mới đến năm {data.year} như sau:"
        ),
        nd30.paragraph(debt_sentence(data)),
        *_signature(
            data,
            nd30.paragraph(
                f"Ủy ban nhân dân {unit} chịu trách nhiệm về tính chính xác của số liệu báo cáo./."
            ),
        ),
    ]


def evidence_index(data: DossierData, ordered: list[EvidenceItem]) -> list[Flowable]:
    attached = "Tờ trình số " + (data.inputs.proposal_number or f"{BLANK_NUMBER}/TTr-UBND")
    if data.inputs.proposal_date:
        attached += f" ngày {format_date(data.inputs.proposal_date)}"
    attached += f" của Ủy ban nhân dân {data.subject_unit}"
    story = nd30.appendix_heading("", "Danh mục minh chứng", attached)
    if not ordered:
        story.append(nd30.paragraph("Chưa có tệp minh chứng nào được đính kèm."))
        return story
    rows = [
        [
            str(number),
            code_cell(item.indicator_code),
            item.name + ("" if item.kind != "other" else " (không in được, xem tệp gốc)"),
            format_date(item.added_on),
            item.sha256,
        ]
        for number, item in enumerate(ordered, 1)
    ]
    columns = [
        Column("STT", 0.05, "center"),
        Column("Chỉ tiêu", 0.08, "center"),
        Column("Tên tệp", 0.25),
        Column("Ngày", 0.09, "center"),
        Column("Mã SHA-256", 0.53),
    ]
    story.append(nd30.data_table(columns, rows, width=nd30.usable_width("landscape")))
    return story


def _image_story(number: int, item: EvidenceItem) -> list[Flowable]:
    caption = f"Minh chứng {number} — chỉ tiêu {code_words(item.indicator_code)} — {item.name}"
    return nd30.image_page(
        item.path, caption, width=nd30.usable_width(), height=nd30.usable_height()
    )
