"""The layout of official documents under Nghị định 30/2020/NĐ-CP (Phụ lục I), and nothing else.

Every document the product prints (recognition dossiers, village plans, reports) is composed
here, so the decree's rules live in one place: A4 with the prescribed margins, the two-column
header block with its rules, number and italic place-and-date, title and subject, "Kính gửi:",
italic legal bases, justified indented body, the signature block and "Nơi nhận:", page numbers
centred in the top margin and absent from the first page of each document.

A PDF is a sequence of `Part`s (a document, or an appendix paginated on its own). Each part gets
a bookmark. Every page carries a short fingerprint of the data it was made from and, for drafts,
"DỰ THẢO". Output is deterministic: the creation date comes from the data and reportlab runs in
invariant mode, so the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Image as ImageFlowable

from ntm_desktop.common.files import atomic_output
from ntm_desktop.documents import fonts

# Margins within the decree's ranges: top/bottom 20-25, left 30-35, right 15-20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PORTRAIT = A4
LANDSCAPE = landscape(A4)

BODY_SIZE = 14
TABLE_SIZE = 11
FIRST_LINE_INDENT = 1.27 * cm
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DRAFT_MARK = "DỰ THẢO"

REGULAR = fonts.FONT_NAMES["regular"]
BOLD = fonts.FONT_NAMES["bold"]
ITALIC = fonts.FONT_NAMES["italic"]
BOLD_ITALIC = fonts.FONT_NAMES["bolditalic"]


# -- what a document says -------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    """The header block: agencies on the left, national name on the right, number and date."""

    issuing_agency: str
    number: str  # e.g. "15/TTr-UBND", or "/BC-UBND" when the number is given at issue
    place: str
    date: date | None
    parent_agency: str = ""


@dataclass(frozen=True)
class Signature:
    authority: str  # "TM. ỦY BAN NHÂN DÂN" (may be empty when the signer signs in own name)
    title: str  # "CHỦ TỊCH"
    name: str


@dataclass
class Part:
    """One document (or appendix) of a PDF: its own bookmark and its own page numbers."""

    bookmark: str
    story: list[Flowable]
    orientation: str = "portrait"  # or "landscape" for wide tables
    bookmark_level: int = 0


@dataclass(frozen=True)
class PageMarks:
    """What goes on every page whatever the content: fingerprint, draft mark."""

    fingerprint: str
    draft: bool
    created: date


@dataclass
class Rendered:
    pdf: bytes
    part_first_pages: list[int] = field(default_factory=list)  # 1-based page of each part


# -- text helpers ---------------------------------------------------------------------------
def month_text(month: int) -> str:
    """The month as the decree writes it: a leading zero for January and February only, so
    that "tháng 01" and "tháng 02" cannot be altered into "tháng 11" and "tháng 12"."""
    return f"{month:02d}" if month < 3 else str(month)


def place_and_date(place: str, day: date | None) -> str:
    """ "Tân Yên, ngày 05 tháng 01 năm 2026", "… ngày 10 tháng 3 năm 2020": a day below 10 and
    the months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    if day is None:
        return f"{place}, ngày      tháng      năm"
    return f"{place}, ngày {day.day:02d} tháng {month_text(day.month)} năm {day.year}"


def short_date(day: date) -> str:
    """ "16/8/2016", "22/02/2022": the date of a cited text, by the same rule as the date line."""
    return f"{day.day:02d}/{month_text(day.month)}/{day.year}"


def _style(name: str, **kwargs: Any) -> ParagraphStyle:
    fonts.register()
    base: dict[str, Any] = {
        "fontName": REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.2,
        "textColor": colors.black,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


def styles() -> dict[str, ParagraphStyle]:
    return {
        "body": _style(
            "body", alignment=TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6
        ),
        "basis": _style(
            "basis",
            fontName=ITALIC,
            alignment=TA_JUSTIFY,
            firstLineIndent=FIRST_LINE_INDENT,
            spaceAfter=6,
        ),
        "heading": _style(
            "heading",
            fontName=BOLD,
            alignment=TA_LEFT,
            firstLineIndent=FIRST_LINE_INDENT,
            spaceBefore=6,
            spaceAfter=6,
        ),
        "title": _style("title", fontName=BOLD, alignment=TA_CENTER, fontSize=14, leading=17),
        "center": _style("center", alignment=TA_CENTER),
        "center_italic": _style("center_italic", fontName=ITALIC, alignment=TA_CENTER),
        "cell": _style("cell", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2),
        "cell_center": _style(
            "cell_center", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2, alignment=TA_CENTER
        ),
        "cell_head": _style(
            "cell_head",
            fontName=BOLD,
            fontSize=TABLE_SIZE,
            leading=TABLE_SIZE * 1.2,
            alignment=TA_CENTER,
        ),
        "cell_bold": _style(
            "cell_bold", fontName=BOLD, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2
        ),
        "recipients_head": _style(
            "recipients_head", fontName=BOLD_ITALIC, fontSize=12, leading=14, alignment=TA_LEFT
        ),
        "recipients": _style("recipients", fontSize=11, leading=13, alignment=TA_LEFT),
        "sign_bold": _style("sign_bold", fontName=BOLD, alignment=TA_CENTER, leading=17),
        "sign_italic": _style("sign_italic", fontName=ITALIC, alignment=TA_CENTER, fontSize=13),
    }


def _text(text: str) -> str:
    """Plain text for a reportlab paragraph: markup characters escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


# -- building blocks --------------------------------------------------------------------------
class HeaderBlock(Flowable):  # type: ignore[misc]
    """The two-column block at the top of page 1, drawn exactly (rules measured on the text)."""

    LEFT_SHARE = 0.40
    LINE = 15.0

    def __init__(self, header: Header) -> None:
        super().__init__()
        fonts.register()
        self.header = header
        self._left: list[tuple[str, str, float]] = []
        self._right: list[tuple[str, str, float]] = [
            (NATIONAL_NAME, BOLD, 12.5),
            (MOTTO, BOLD, 13.5),
        ]

    def _left_lines(self, width: float) -> list[tuple[str, str, float]]:
        column = width * self.LEFT_SHARE
        lines: list[tuple[str, str, float]] = []
        for text, font in (
            (self.header.parent_agency.upper(), REGULAR),
            (self.header.issuing_agency.upper(), BOLD),
        ):
            for line in _wrap(text, font, 12.5, column - 4):
                lines.append((line, font, 12.5))
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._left = self._left_lines(available_width)
        rows = max(len(self._left), len(self._right))
        self.height = rows * self.LINE + 8 + self.LINE + 6
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left_centre = self.width * self.LEFT_SHARE / 2
        right_centre = self.width * self.LEFT_SHARE + self.width * (1 - self.LEFT_SHARE) / 2
        y = self.height - 12
        for text, font, size in self._left:
            canvas.setFont(font, size)
            canvas.drawCentredString(left_centre, y, text)
            y -= self.LINE
        agency = [line for line in self._left if line[1] == BOLD]
        if agency:
            # The short rule under the issuing agency: a third of its longest line.
            widest = max(stringWidth(text, font, size) for text, font, size in agency)
            rule = widest / 3
            canvas.setLineWidth(0.6)
            canvas.line(left_centre - rule / 2, y + 9, left_centre + rule / 2, y + 9)
        left_bottom = y
        y = self.height - 12
        for text, font, size in self._right:
            canvas.setFont(font, size)
            canvas.drawCentredString(right_centre, y, text)
            y -= self.LINE
        motto = stringWidth(MOTTO, BOLD, 13.5)
        canvas.line(right_centre - motto / 2, y + 10, right_centre + motto / 2, y + 10)
        y = min(y, left_bottom) - 8
        canvas.setFont(REGULAR, 13)
        canvas.drawCentredString(left_centre, y, f"Số: {self.header.number}")
        canvas.setFont(ITALIC, 13)
        canvas.drawCentredString(
            right_centre, y, place_and_date(self.header.place, self.header.date)
        )


class _Rule(Flowable):  # type: ignore[misc]
    """A short centred rule, as under the subject line."""

    def __init__(self, length: float) -> None:
        super().__init__()
        self.length = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 10

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        middle = self.width / 2
        self.canv.line(middle - self.length / 2, 5, middle + self.length / 2, 5)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    if not text:
        return []
    from reportlab.lib.utils import simpleSplit

    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(simpleSplit(paragraph, font, size, width))
    return lines


def dash_list(items: Sequence[str]) -> list[Flowable]:
    """An enumeration as official texts write it: "- a;", "- b;", and "- c." to end it."""
    return [
        paragraph(f"- {item}{'.' if number == len(items) else ';'}")
        for number, item in enumerate(items, 1)
    ]


def header_block(header: Header) -> list[Flowable]:
    return [HeaderBlock(header), Spacer(1, 10)]


def title_block(kind: str, subject: str) -> list[Flowable]:
    """Document type in upper-case bold, the subject in bold, a short rule under it."""
    s = styles()
    subject_width = max(stringWidth(line, BOLD, 14) for line in _wrap(subject, BOLD, 14, 150 * mm))
    return [
        Spacer(1, 6),
        Paragraph(_text(kind.upper()), s["title"]),
        Paragraph(_text(subject), s["title"]),
        _Rule(min(subject_width / 3, 50 * mm)),
        Spacer(1, 4),
    ]


def recipients_block(recipients: Sequence[str]) -> list[Flowable]:
    """ "Kính gửi:" with one recipient on the same line, several as an indented list."""
    s = styles()
    if not recipients:
        return []
    if len(recipients) == 1:
        return [Paragraph(f"Kính gửi: {_text(recipients[0])}.", s["center"]), Spacer(1, 8)]
    rows = [
        [
            Paragraph("Kính gửi:", _style("kg", alignment=TA_LEFT)),
            Paragraph(
                "<br/>".join(
                    f"- {_text(name)}{'.' if i == len(recipients) - 1 else ';'}"
                    for i, name in enumerate(recipients)
                ),
                _style("kgl", alignment=TA_LEFT),
            ),
        ]
    ]
    table = _layout_table(rows, [28 * mm, 100 * mm], hAlign="CENTER")
    return [table, Spacer(1, 8)]


def legal_bases(bases: Sequence[str]) -> list[Flowable]:
    s = styles()
    return [Paragraph(_text(basis), s["basis"]) for basis in bases]


def paragraph(text: str, *, style: str = "body") -> Paragraph:
    return Paragraph(_text(text), styles()[style])


def heading(text: str) -> Paragraph:
    return Paragraph(_text(text), styles()["heading"])


def signature_block(
    signatures: Sequence[Signature],
    distribution: Sequence[str] = (),
    *,
    keep_with: Sequence[Flowable] = (),
) -> list[Flowable]:
    """ "Nơi nhận:" on the left and one signer on the right, or two signers side by side.

    The block is never split across pages, and `keep_with` (the closing paragraph) stays on
    its page, so a signature never stands alone on the last page.
    """
    s = styles()

    def signer(sig: Signature) -> list[Flowable]:
        items: list[Flowable] = []
        if sig.authority:
            items.append(Paragraph(_text(sig.authority.upper()), s["sign_bold"]))
        items.append(Paragraph(_text(sig.title.upper()), s["sign_bold"]))
        items.append(Spacer(1, 24 * mm))
        items.append(Paragraph(_text(sig.name), s["sign_bold"]))
        return items

    def places() -> list[Flowable]:
        if not distribution:
            return []
        lines = [
            f"- {_text(name)}{'.' if i == len(distribution) - 1 else ';'}"
            for i, name in enumerate(distribution)
        ]
        return [
            Paragraph("Nơi nhận:", s["recipients_head"]),
            Paragraph("<br/>".join(lines), s["recipients"]),
        ]

    if len(signatures) == 1:
        rows = [[places(), signer(signatures[0])]]
        widths = [0.45, 0.55]
    else:
        rows = [[signer(sig) for sig in signatures]]
        widths = [1 / len(signatures)] * len(signatures)
    usable = PORTRAIT[0] - MARGIN_LEFT - MARGIN_RIGHT
    table = _layout_table(rows, [usable * share for share in widths])
    block: list[Flowable] = [*keep_with, Spacer(1, 10), table]
    if len(signatures) > 1 and distribution:
        block += [Spacer(1, 10), *places()]
    return [KeepTogether(block)]


def appendix_heading(number: str, title: str, attached_to: str) -> list[Flowable]:
    """ "Phụ lục I" bold, title upper-case bold, "(Kèm theo …)" italic."""
    s = styles()
    return [
        Paragraph(_text(f"Phụ lục {number}".strip()), s["title"]),
        Paragraph(_text(title.upper()), s["title"]),
        Paragraph(_text(f"(Kèm theo {attached_to})"), s["center_italic"]),
        Spacer(1, 8),
    ]


class _CellParagraph(Paragraph):  # type: ignore[misc]
    """A table cell's text. reportlab wraps every cell to measure the table, again for each
    page the table is split over, and again to draw it, always at the column's width: the
    lines are broken once."""

    _wrapped: tuple[float, Any, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            self.width, self.blPara, self.height = self._wrapped
            return availWidth, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if getattr(self, "blPara", None) is not None and self.width == availWidth:
            self._wrapped = (availWidth, self.blPara, self.height)
        return size


@dataclass(frozen=True)
class Column:
    title: str
    share: float
    align: str = "left"  # left | center | right


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    width: float,
    bold_rows: Sequence[int] = (),
    groups: Sequence[str | None] | None = None,
    size: float = TABLE_SIZE,
) -> Table:
    """A ruled table with its header repeated on every page.

    `groups` gives a two-level header as the province's tables have: consecutive columns with
    the same group share one spanning cell above their titles; a column without a group spans
    both header rows. Wide tables may use a smaller `size` than the 11 pt default.
    """
    leading = size * 1.2
    head_style = _style(
        f"cell_head{size}", fontName=BOLD, fontSize=size, leading=leading, alignment=TA_CENTER
    )
    aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": 2}
    cell_styles = {
        (align, bold): _style(
            f"cell_{align}_{bold}_{size}",
            fontName=BOLD if bold else REGULAR,
            fontSize=size,
            leading=leading,
            alignment=aligns[align],
        )
        for align in aligns
        for bold in (False, True)
    }
    titles: list[Any] = [_CellParagraph(_text(column.title), head_style) for column in columns]
    header_rows: list[list[Any]] = [titles]
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    if groups is not None and any(groups):
        top: list[Any] = []
        index = 0
        while index < len(columns):
            group = groups[index]
            end = index
            while group and end + 1 < len(columns) and groups[end + 1] == group:
                end += 1
            if group:
                top.append(_CellParagraph(_text(group), head_style))
                top.extend("" for _ in range(end - index))
                spans.append(("SPAN", (index, 0), (end, 0)))
            else:
                top.append(titles[index])
                titles[index] = ""
                spans.append(("SPAN", (index, 0), (index, 1)))
            index = end + 1
        header_rows = [top, titles]
    bold = set(bold_rows)
    widths = [width * c.share for c in columns]
    padding = 12 if size >= TABLE_SIZE else 4

    def cell(value: str, column: Column, index: int, room: float) -> Any:
        # A value that fits on one line is drawn as a plain string: a paragraph per cell
        # costs a long table (a dossier's hundreds of comments) most of its build time.
        font = BOLD if index in bold else REGULAR
        if "\n" not in value and stringWidth(value, font, size) <= room - padding:
            return value
        return _CellParagraph(_text(value), cell_styles[(column.align, index in bold)])

    body = [
        [
            cell(value, column, index, room)
            for column, value, room in zip(columns, row, widths, strict=True)
        ]
        for index, row in enumerate(rows)
    ]
    header_count = len(header_rows)
    table = Table(
        [*header_rows, *body],
        colWidths=widths,
        repeatRows=header_count,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, len(header_rows) - 1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), leading),
                *(
                    ("ALIGN", (number, header_count), (number, -1), column.align.upper())
                    for number, column in enumerate(columns)
                ),
                *(
                    ("FONTNAME", (0, header_count + index), (-1, header_count + index), BOLD)
                    for index in bold
                ),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                # Narrow columns of a wide table need the room more than the white space.
                ("LEFTPADDING", (0, 0), (-1, -1), 6 if size >= TABLE_SIZE else 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 if size >= TABLE_SIZE else 2),
                *spans,
            ]
        )
    )
    return table


def image_page(path: Path, caption: str, *, width: float, height: float) -> list[Flowable]:
    """An evidence image scaled to fit the page under its caption."""
    s = styles()
    image = ImageFlowable(str(path))
    scale = min(width / image.imageWidth, (height - 30 * mm) / image.imageHeight)
    image.drawWidth = image.imageWidth * scale
    image.drawHeight = image.imageHeight * scale
    return [Paragraph(_text(caption), s["center_italic"]), Spacer(1, 6), image]


def usable_width(orientation: str = "portrait") -> float:
    page = LANDSCAPE if orientation == "landscape" else PORTRAIT
    return float(page[0] - MARGIN_LEFT - MARGIN_RIGHT)


def usable_height(orientation: str = "portrait") -> float:
    page = LANDSCAPE if orientation == "landscape" else PORTRAIT
    return float(page[1] - MARGIN_TOP - MARGIN_BOTTOM)


# -- composing the PDF ----------------------------------------------------------------------
class _PartStart(Flowable):  # type: ignore[misc]
    """Zero-size marker where a part begins: its bookmark and the restart of page numbers."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def _canvas_maker(created: date) -> Callable[..., Canvas]:
    class _DatedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            # Without this every page references Helvetica, a standard-14 font never embedded.
            kwargs["initialFontName"] = REGULAR
            kwargs["initialFontSize"] = BODY_SIZE
            super().__init__(*args, **kwargs)
            stamp = TimeStamp(invariant=1)
            stamp.YMDhms = (created.year, created.month, created.day, 0, 0, 0)
            self._doc._timeStamp = stamp

    return _DatedCanvas


class _Composer(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self, target: io.BytesIO, parts: Sequence[Part], marks: PageMarks, title: str
    ) -> None:
        fonts.register()
        self.parts = parts
        self.marks = marks
        self.part_start = 1
        self.part_first_pages: list[int] = []
        first = parts[0].orientation if parts else "portrait"
        templates = [self._template(name) for name in ("portrait", "landscape")]
        templates.sort(key=lambda template: template.id != first)
        super().__init__(
            target,
            pagesize=PORTRAIT,
            pageTemplates=templates,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="",
            creator="NTM Desktop",
            producer="NTM Desktop",
            subject="",
            invariant=1,
        )

    def _template(self, name: str) -> PageTemplate:
        page = LANDSCAPE if name == "landscape" else PORTRAIT
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            page[0] - MARGIN_LEFT - MARGIN_RIGHT,
            page[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )
        return PageTemplate(
            id=name,
            frames=[frame],
            pagesize=page,
            onPage=self._page_background,
            onPageEnd=self._page_number,
        )

    def _page_background(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_page_marks(canvas, canvas._pagesize, self.marks)

    def _page_number(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        if page == self.part_start:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 13)
        canvas.drawCentredString(
            width / 2, height - MARGIN_TOP / 2 - 4, str(page - self.part_start + 1)
        )
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _PartStart):
            part = self.parts[flowable.index]
            page = self.canv.getPageNumber()
            self.part_start = page
            self.part_first_pages.append(page)
            key = f"part{flowable.index}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(part.bookmark, key, level=part.bookmark_level)


def draw_page_marks(canvas: Canvas, pagesize: tuple[float, float], marks: PageMarks) -> None:
    """The fingerprint in the bottom margin and, for drafts, the diagonal "DỰ THẢO"."""
    width, height = pagesize
    canvas.saveState()
    if marks.draft:
        canvas.setFillColor(colors.Color(0.82, 0.82, 0.82))
        canvas.setFont(BOLD, 96)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, DRAFT_MARK)
        canvas.rotate(-45)
        canvas.translate(-width / 2, -height / 2)
    canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
    canvas.setFont(REGULAR, 7)
    canvas.drawString(
        MARGIN_LEFT, MARGIN_BOTTOM / 2 - 2, f"NTM Desktop · mã dữ liệu {marks.fingerprint}"
    )
    canvas.restoreState()


def render(parts: Sequence[Part], marks: PageMarks, *, title: str) -> Rendered:
    """Lay out the parts into one PDF (each part on fresh pages, with its own numbering)."""
    buffer = io.BytesIO()
    composer = _Composer(buffer, parts, marks, title)
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story += [NextPageTemplate(part.orientation), PageBreak()]
        story.append(_PartStart(index))
        story += part.story
    composer.build(story, canvasmaker=_canvas_maker(marks.created))
    return Rendered(buffer.getvalue(), composer.part_first_pages)


def append_pdf_pages(
    base: bytes, attachments: Sequence[tuple[str, Path]], marks: PageMarks
) -> bytes:
    """Append the pages of other PDFs (scanned evidence), each page stamped with the marks.

    Each attachment gets its own top-level bookmark. Raises ValueError naming the file that is
    not a readable PDF.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError
    from pypdf.generic import ArrayObject, ByteStringObject

    class _Writer(PdfWriter):
        def generate_file_identifiers(self) -> None:
            # pypdf draws a random id; the same inputs must give the same file.
            ident = ByteStringObject(hashlib.md5(marks.fingerprint.encode()).digest())
            self._ID = ArrayObject((ident, ident))

    writer = _Writer(clone_from=PdfReader(io.BytesIO(base)))
    overlays: dict[tuple[float, float], Any] = {}
    for title, path in attachments:
        try:
            reader = PdfReader(path)
            pages = list(reader.pages)
        except (OSError, PdfReadError, ValueError) as exc:
            raise ValueError(str(path)) from exc
        first = len(writer.pages)
        for page in pages:
            added = writer.add_page(page)
            size = (float(added.mediabox.width), float(added.mediabox.height))
            if size not in overlays:
                overlays[size] = _overlay(size, marks)
            added.merge_page(overlays[size])
        if pages:
            writer.add_outline_item(title=title, page_number=first)
    writer.add_metadata({"/Producer": "NTM Desktop"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _overlay(size: tuple[float, float], marks: PageMarks) -> Any:
    from pypdf import PdfReader

    buffer = io.BytesIO()
    canvas = _canvas_maker(marks.created)(buffer, pagesize=size)
    draw_page_marks(canvas, size, marks)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def write(target: Path, data: bytes) -> None:
    with atomic_output(target) as temp:
        temp.write_bytes(data)


__all__ = [
    "BODY_SIZE",
    "DRAFT_MARK",
    "MOTTO",
    "NATIONAL_NAME",
    "Column",
    "Header",
    "PageMarks",
    "Part",
    "Signature",
    "append_pdf_pages",
    "appendix_heading",
    "data_table",
    "header_block",
    "heading",
    "image_page",
    "legal_bases",
    "month_text",
    "paragraph",
    "place_and_date",
    "recipients_block",
    "render",
    "short_date",
    "signature_block",
    "title_block",
    "write",
]


def _layout_table(rows: list[list[Any]], widths: list[float], **options: Any) -> Table:
    """A table without lines that only sets blocks of text side by side (signatures, the
    recipients beside their label)."""
    table = Table(rows, colWidths=widths, **options)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
