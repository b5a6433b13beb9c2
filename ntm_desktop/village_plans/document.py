"""The model-village plan (Phương án, PA) as a PDF in the ND30 layout, from a `PlanDocument`.

The plan is the village's: drawn up by its development board (under the commune People's
Committee, whose name heads the block) and approved by the commune People's Committee, so the
board signs it and the commune is its first recipient. Parts: the plan itself (portrait), then
the appendix of items and costs (landscape, paginated on its own). Before approval every page
carries "DỰ THẢO".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from ntm_desktop.common.text import format_number
from ntm_desktop.criteria.catalogs import without_authoring_notes
from ntm_desktop.documents import nd30
from ntm_desktop.documents.nd30 import Column, Header, Part, Signature
from ntm_desktop.village_plans import village_plans as vp
from ntm_desktop.village_plans.plan_data import PlanDocument
from ntm_desktop.village_plans.village_plan_review import RESULT_WORDS

Progress = Callable[[int, str], None]
BLANK_NUMBER = "\u00a0" * 8
BOARD = "Ban phát triển thôn"
NUMBER_SUFFIX = "/PA-BPT"


def build(data: PlanDocument, *, progress: Progress | None = None) -> bytes:
    report = progress or (lambda percent, text: None)
    report(10, "Soạn phương án")
    marks = nd30.PageMarks(data.fingerprint, data.draft, data.created)
    parts = [
        Part("Phương án", plan_text(data)),
        Part("Phụ lục: Các hạng mục và kinh phí", appendix(data), "landscape", 1),
    ]
    report(40, "Dàn trang")
    pdf = nd30.render(parts, marks, title=_subject(data)).pdf
    report(100, "Xong")
    return pdf


def write(data: PlanDocument, target: Path, *, progress: Progress | None = None) -> int:
    pdf = build(data, progress=progress)
    nd30.write(target, pdf)
    return len(pdf)


def _subject(data: PlanDocument) -> str:
    return f"Xây dựng thôn nông thôn mới kiểu mẫu năm {data.plan.year}"


def _board(data: PlanDocument) -> str:
    return f"{BOARD} {data.village_short}"


def _number_words(data: PlanDocument) -> str:
    return f"Phương án số {BLANK_NUMBER}{NUMBER_SUFFIX} của {_board(data)}"


def _sources(data: PlanDocument) -> list[str]:
    totals = data.totals
    lines = []
    for key, label in vp.FUNDING_SOURCES.items():
        amount = totals.by_source[key]
        share = f" ({format_number(100 * amount / totals.grand_total, 1)}%)" if amount else ""
        lines.append(f"{label}: {format_number(amount)} đồng{share}")
    return lines


def plan_text(data: PlanDocument) -> list[Flowable]:
    plan, totals, self_review = data.plan, data.totals, data.review
    village = f"thôn {data.village_short}"
    # How the shipped catalog was put together is for the officer (screen, draft), not for the
    # plan the commune approved.
    catalog_title, legal_basis = self_review.catalog_title, self_review.legal_basis
    if not data.draft:
        catalog_title = without_authoring_notes(catalog_title)
        legal_basis = without_authoring_notes(legal_basis)
    story: list[Flowable] = [
        *nd30.header_block(
            Header(
                issuing_agency=_board(data),
                number=f"{BLANK_NUMBER}{NUMBER_SUFFIX}",
                place=data.commune_short,
                date=plan.approval_date,
                parent_agency=f"UBND {data.commune_words}",
            )
        ),
        *nd30.title_block("Phương án", _subject(data)),
        nd30.paragraph(
            f"{data.village_name}, {data.commune_words}, {data.district_words}",
            style="center_italic",
        ),
    ]
    if plan.approval_decision and plan.approval_date:
        story.append(
            nd30.paragraph(
                f"(Được phê duyệt tại Quyết định số {plan.approval_decision} ngày "
                f"{nd30.short_date(plan.approval_date)} của Ủy ban nhân dân "
                f"{data.commune_words})",
                style="center_italic",
            )
        )
    story += [
        Spacer(1, 6),
        *nd30.legal_bases(
            [
                f"Căn cứ {legal_basis};",
                f"Căn cứ kết quả tự rà soát, đánh giá các tiêu chí thôn nông thôn mới kiểu mẫu "
                f"của {village} năm {plan.year};",
            ]
        ),
        nd30.paragraph(
            f"{_board(data)} xây dựng Phương án xây dựng {village} đạt chuẩn nông thôn mới kiểu "
            f"mẫu năm {plan.year}, trình Ủy ban nhân dân {data.commune_words} phê duyệt, "
            "với các nội dung sau:"
        ),
        nd30.heading("I. THỰC TRẠNG"),
        nd30.paragraph(
            f"Theo {_lower_first(catalog_title)}, {village} tự đánh giá đạt "
            f"{self_review.met_count}/{len(self_review.criteria)} tiêu chí, cụ thể:"
        ),
    ]
    for criterion in self_review.criteria:
        story.append(
            nd30.paragraph(
                f"- Tiêu chí số {criterion.no} ({criterion.name}): {RESULT_WORDS[criterion.met]}."
            )
        )
    open_numbers = ", ".join(str(criterion.no) for criterion in self_review.open)
    story += [
        nd30.heading("II. MỤC TIÊU"),
        nd30.paragraph(
            f"Phấn đấu đến hết năm {plan.year}, {village} đạt đủ {len(self_review.criteria)} "
            "tiêu chí thôn nông thôn mới kiểu mẫu"
            + (f", tập trung hoàn thành các tiêu chí số {open_numbers}." if open_numbers else ".")
        ),
        nd30.heading("III. NỘI DUNG VÀ CÁC HẠNG MỤC"),
    ]
    story += _contents(data)
    story += [
        nd30.heading("IV. KINH PHÍ THỰC HIỆN"),
        nd30.paragraph(
            f"Tổng kinh phí bằng tiền: {format_number(totals.grand_total)} đồng, trong đó:"
        ),
        *nd30.dash_list(_sources(data)),
        nd30.paragraph(
            "Đóng góp bằng hiện vật và ngày công của Nhân dân (tính riêng, không quy thành "
            f"tiền): hiến {format_number(totals.in_kind['land_m2'], 1)} m² đất; "
            f"{format_number(totals.in_kind['workdays'], 0)} ngày công lao động; phá dỡ "
            f"{format_number(totals.in_kind['walls_m2'], 1)} m² tường rào."
        ),
        _criterion_table(data),
        Spacer(1, 6),
        nd30.heading("V. TỔ CHỨC THỰC HIỆN"),
        *_organisation(data),
    ]
    story += nd30.signature_block(
        [Signature(f"TM. {BOARD}", "Trưởng ban", "")],
        (
            f"UBND {data.commune_words} (để phê duyệt)",
            f"Chi bộ {village}",
            "Các tổ chức đoàn thể thôn",
            f"Lưu: {BOARD}",
        ),
        keep_with=[
            nd30.paragraph(
                "Chi tiết các hạng mục, thời gian thực hiện và kinh phí tại Phụ lục kèm theo "
                "Phương án này./."
            )
        ],
    )
    return story


def _contents(data: PlanDocument) -> list[Flowable]:
    if not data.items:
        return [nd30.paragraph("Phương án chưa có hạng mục nào.")]
    names = {criterion.no: criterion.name for criterion in data.review.criteria}
    groups: dict[int | None, list[vp.PlanItem]] = {}
    for item in data.items:
        groups.setdefault(item.criterion_no, []).append(item)
    story: list[Flowable] = []
    ordered = sorted(groups.items(), key=lambda pair: (pair[0] is None, pair[0] or 0))
    for number, (criterion, items) in enumerate(ordered, 1):
        title = (
            f"Tiêu chí số {criterion} ({names.get(criterion, '')})"
            if criterion is not None
            else vp.NO_CRITERION
        )
        story.append(nd30.paragraph(f"{number}. {title}:"))
        for item in items:
            quantity = (
                f", khối lượng {format_number(item.quantity, _decimals(item.quantity))}"
                f"{' ' + item.unit if item.unit else ''}"
                if item.quantity
                else ""
            )
            lead = f"; chủ trì: {item.lead}" if item.lead else ""
            story.append(nd30.paragraph(f"- {item.work}{quantity}{lead}."))
    return story


def _organisation(data: PlanDocument) -> list[Flowable]:
    leads: dict[str, int] = {}
    for item in data.items:
        if item.lead:
            leads[item.lead] = leads.get(item.lead, 0) + 1
    lines = [
        f"1. {_board(data)} chủ trì tổ chức thực hiện Phương án; tuyên truyền, vận động Nhân "
        "dân đóng góp, theo dõi tiến độ từng hạng mục và báo cáo Ủy ban nhân dân "
        f"{data.commune_words}.",
    ]
    if leads:
        lines.append(
            "2. Các đơn vị chủ trì hạng mục: "
            + "; ".join(f"{lead} ({count} hạng mục)" for lead, count in leads.items())
            + "."
        )
    lines.append(
        f"{len(lines) + 1}. Đề nghị Ủy ban nhân dân {data.commune_words} phê duyệt, hỗ "
        "trợ kinh phí và hướng dẫn thôn hoàn thiện hồ sơ đề nghị công nhận thôn nông thôn mới "
        "kiểu mẫu."
    )
    return [nd30.paragraph(line) for line in lines]


def _criterion_table(data: PlanDocument) -> Flowable:
    totals = data.totals
    names = {criterion.no: criterion.name for criterion in data.review.criteria}
    rows = [
        [
            str(criterion) if criterion is not None else "",
            names.get(criterion, "") if criterion is not None else vp.NO_CRITERION,
            format_number(amount),
        ]
        for criterion, amount in totals.criterion_totals.items()
    ]
    rows.append(["", "Tổng cộng", format_number(totals.grand_total)])
    columns = [
        Column("Tiêu chí", 0.14, "center"),
        Column("Tên tiêu chí", 0.56),
        Column("Kinh phí bằng tiền (đồng)", 0.30, "right"),
    ]
    return nd30.data_table(columns, rows, width=nd30.usable_width(), bold_rows=[len(rows) - 1])


def appendix(data: PlanDocument) -> list[Flowable]:
    attached = _number_words(data)
    story = nd30.appendix_heading("", "Các hạng mục và kinh phí thực hiện", attached)
    totals = data.totals
    rows = [
        [
            str(item.ord),
            item.work,
            str(item.criterion_no or ""),
            item.lead or "",
            _period(item),
            format_number(item.quantity, _decimals(item.quantity)) + f" {item.unit or ''}"
            if item.quantity
            else "",
            *(format_number(getattr(item, source)) for source in vp.FUNDING_SOURCES),
            format_number(item.cash_total),
        ]
        for item in data.items
    ]
    rows.append(
        [
            "",
            f"Tổng cộng ({totals.items} hạng mục)",
            "",
            "",
            "",
            "",
            *(format_number(amount) for amount in totals.by_source.values()),
            format_number(totals.grand_total),
        ]
    )
    columns = [
        Column("TT", 0.04, "center"),
        Column("Nội dung công việc", 0.19),
        Column("TC", 0.045, "center"),
        Column("Chủ trì", 0.10),
        Column("Thời gian", 0.07, "center"),
        Column("Khối lượng", 0.075, "center"),
        *(Column(f"{label} (đồng)", 0.095, "right") for label in vp.FUNDING_SOURCES.values()),
        Column("Tổng cộng (đồng)", 0.10, "right"),
    ]
    width = nd30.usable_width("landscape")
    story.append(nd30.data_table(columns, rows, width=width, bold_rows=[len(rows) - 1]))
    with_kind = [item for item in data.items if any(getattr(item, k) for k in vp.IN_KIND)]
    if with_kind:
        kind_rows = [
            [
                str(item.ord),
                item.work,
                *(_in_kind(kind, getattr(item, kind)) for kind in vp.IN_KIND),
            ]
            for item in with_kind
        ]
        kind_rows.append(
            ["", "Tổng cộng", *(_in_kind(kind, value) for kind, value in totals.in_kind.items())]
        )
        kind_columns = [
            Column("TT", 0.05, "center"),
            Column("Hạng mục", 0.50),
            *(
                Column(f"{vp.IN_KIND_TITLES[kind]} ({vp.IN_KIND_UNITS[kind]})", 0.15, "right")
                for kind in vp.IN_KIND
            ),
        ]
        story += [
            Spacer(1, 10),
            nd30.paragraph(
                "Đóng góp bằng hiện vật và ngày công (tính riêng, không quy thành tiền):"
            ),
            nd30.data_table(kind_columns, kind_rows, width=width, bold_rows=[len(kind_rows) - 1]),
        ]
    return story


def _in_kind(kind: str, value: float) -> str:
    """Workdays are counted whole; areas keep one decimal (320,5 m²)."""
    return format_number(value, 0 if kind == "workdays" else _decimals(value))


def _period(item: vp.PlanItem) -> str:
    if item.start_date is None and item.end_date is None:
        return ""
    start = f"T{item.start_date.month}" if item.start_date else ""
    end = f"T{item.end_date.month}" if item.end_date else ""
    return f"{start}–{end}" if start and end and start != end else start or end


def _decimals(value: float | None) -> int:
    return 0 if value is None or float(value).is_integer() else 1


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
