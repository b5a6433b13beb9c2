"""The import reader's two ways through a sheet's XML read alike.

Each case is a real .xlsx whose sheet XML is written out by hand, in the shapes Excel, LibreOffice,
openpyxl and this app write, and in the shapes a broken or odd tool writes. `sheets.read` runs
twice: with the plain scan, and with it turned off so lxml's streaming parser reads everything.
Both must give the same sheets, or the same refusal word for word. The plain scan must also take
the shapes real spreadsheet programs write; that is where its speed comes from.
"""

from __future__ import annotations

import random
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.tables import sheet_xml, sheets, xlsx_tables
from tests.attacks.test_sheets import SHEET_XML, rewrite_sheet

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
EXCEL_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f'<worksheet xmlns="{MAIN}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="x14ac" '
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
    '<dimension ref="A1:D4"/><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
)
TAIL = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'


def sheet(rows: str, head: str = EXCEL_HEAD, tail: str = TAIL + "</worksheet>") -> str:
    return f"{head}<sheetData>{rows}</sheetData>{tail}"


def row(number: int, cells: str, attributes: str = ' spans="1:4" x14ac:dyDescent="0.25"') -> str:
    return f'<row r="{number}"{attributes}>{cells}</row>'


def text(ref: str, value: str, style: str = "") -> str:
    return f'<c r="{ref}"{style} t="inlineStr"><is><t>{value}</t></is></c>'


def number(ref: str, value: str, style: str = "") -> str:
    return f'<c r="{ref}"{style}><v>{value}</v></c>'


HEADER = row(1, text("A1", "Mã xã") + text("B1", "Tên xã") + text("C1", "Số tiêu chí"))
# Shared strings 0-2 are "Ngân sách", "Xã Việt Lập", "Tân Yên & Lạng Giang"; style 1 is a date.
PLAIN = {
    "excel": sheet(
        HEADER
        + row(2, text("A2", "07354") + '<c r="B2" t="s"><v>1</v></c>' + number("C2", "19"))
        + row(3, '<c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>44000</v></c>')
        + row(4, '<c r="A4" t="b"><v>1</v></c><c r="B4" t="str"><v>văn bản</v></c>')
    ),
    "libreoffice, pretty-printed": sheet(
        "\n  "
        + row(1, '\n    <c r="A1" s="0" t="s"><v>0</v></c>\n  ', ' spans="1:1"')
        + "\n  "
        + row(2, '<c r="A2" s="0" t="n"><v>1.5</v></c><c r="B2" s="0" t="n"></c>', "")
        + "\n"
    ),
    "entities and line ends": sheet(
        HEADER
        + row(2, text("A2", "Ng&#226;n s&#xE1;ch &amp; &lt;v&#7889;n&gt; &quot;x&apos;"))
        + row(3, text("A3", "d\u00f2ng 1\r\nd\u00f2ng 2\rd\u00f2ng 3&#13;"))
    ),
    "formulas": sheet(
        HEADER
        + row(
            2,
            '<c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0"/>'
            "<v>3</v></c>" + '<c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
        )
        + row(3, '<c r="A3"><f>1+1</f></c><c r="B3"><f>2+2</f><v></v></c>')
    ),
    "gaps, blanks and a column written twice": sheet(
        HEADER
        + row(4, '<c r="A4" s="1"/><c r="D4"><v>7</v></c><c r="D4"><v>8</v></c>')
        + '<row r="6"/>'
        + row(9, number("B9", "12") + text("C9", "  ") + '<c r="A9"><v/></c>')
    ),
    "a number per broken kind": sheet(
        HEADER
        + row(2, number("A2", "NaN") + number("B2", "1e999") + number("C2", "1e308"))
        + row(3, '<c r="A3" t="s"><v>99</v></c>' + number("B3", "0", ' s="1"'))
        + row(
            4,
            text("A4", "x" * 40_000) + '<c r="B4" t="inlineStr"><v>5</v></c>'
            '<c r="C4" t="e"><v>#DIV/0!</v></c>',
        )
    ),
    "an attribute holding a greater-than sign": sheet(
        row(1, number("A1", "1"), ' spans="1:1" customFormat="a>b"')
    ),
    "a utf-8 byte order mark": "\ufeff" + sheet(HEADER),
    "xml:space preserved": sheet(
        row(1, '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c>')
    ),
}
NOT_PLAIN = {
    "a comment between cells": sheet(row(1, number("A1", "1") + "<!-- x -->" + number("B1", "2"))),
    "cdata": sheet(row(1, '<c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c>')),
    "rich text runs": sheet(
        row(
            1,
            '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>đậm</t></r><r><t> thường</t>'
            "</r></is></c>",
        )
    ),
    "prefixed elements": (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>4</x:v>'
        "</x:c></x:row></x:sheetData></x:worksheet>"
    ),
    "a cell without its reference": sheet(row(1, "<c><v>1</v></c><c><v>2</v></c>")),
    "a row without its number": sheet('<row><c r="A1"><v>1</v></c></row>' + HEADER),
    "a row number after its other attributes": sheet(
        '<row spans="1:1" r="2"><c r="A2"><v>1</v></c></row>'
    ),
    "whitespace inside a cell": sheet(row(1, '<c r="A1" t="s">\n  <v>0</v>\n</c>')),
    "single quotes": sheet(row(1, "<c r='A1'><v>3</v></c>")),
    "an undeclared prefix": sheet(row(1, number("A1", "1"), ' y:dy="1"')),
    "a row attribute twice": sheet(row(1, number("A1", "1"), ' ht="1" ht="2"')),
    "a row attribute's name starting with a digit": sheet(row(1, number("A1", "1"), ' 9a="1"')),
    "a formula attribute twice": sheet(row(1, '<c r="A1"><f t="shared" t="array"/><v>1</v></c>')),
    "a formula attribute's prefix undeclared": sheet(row(1, '<c r="A1"><f y:t="a"/><v>1</v></c>')),
    "a reference to a control character": sheet(row(1, text("A1", "a&#1;b"))),
    "a raw control character": sheet(row(1, text("A1", "a\x01b"))),
    "a reference to a control character in a formula": sheet(
        row(1, '<c r="A1"><f>1&#1;</f><v>2</v></c><c r="B1"><f t="s&#2;" si="0"/><v>3</v></c>')
    ),
    "a bare ampersand": sheet(row(1, text("A1", "a & b"))),
    "an undefined entity": sheet(row(1, text("A1", "a&nbsp;b"))),
    "a cdata end in text": sheet(row(1, text("A1", "a]]>b"))),
    "a namespace redeclared": sheet(row(1, '<c r="A1" xmlns="urn:x"><v>1</v></c>')),
    "a row outside the sheet data": sheet(HEADER, tail=row(5, number("A5", "1")) + "</worksheet>"),
    "cut off after the sheet data": sheet(HEADER, tail="<pageMargins left="),
    "cut off inside a row": sheet(HEADER + '<row r="2"><c r="A2"><v>1'),
    "lowercase column letters": sheet(row(1, number("a1", "1"))),
    "a reference without its row": sheet(row(1, number("A", "1") + number("7", "2"))),
    "latin-1": sheet(
        row(1, text("A1", "Ng\u00e2n")),
        head=(f'<?xml version="1.0" encoding="ISO-8859-1"?><worksheet xmlns="{MAIN}">'),
    ),
    "an empty sheet": sheet("").replace("<sheetData></sheetData>", "<sheetData/>"),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook with three shared strings and a date style (index 1) for the sheets above."""
    path = tmp_path_factory.mktemp("base") / "base.xlsx"
    book = Workbook()
    cells = book.active
    cells.append(["Ngân sách", "Xã Việt Lập", "Tân Yên & Lạng Giang"])
    cells["D1"] = datetime(2020, 6, 1)
    cells["D1"].number_format = "dd/mm/yyyy"
    book.save(path)
    # openpyxl writes its texts inline; Excel keeps them in a shared-strings part.
    _add_shared_strings(path, ["Ngân sách", "Xã Việt Lập", "Tân Yên & Lạng Giang"])
    return path


def _add_shared_strings(path: Path, strings: list[str]) -> None:
    from xml.sax.saxutils import escape

    items = "".join(f"<si><t>{escape(item)}</t></si>" for item in strings)
    part = f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    relation = (
        '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    )
    override = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", relation.encode())
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", override.encode())
            target.writestr(info, data)
        target.writestr("xl/sharedStrings.xml", part.encode())


def workbook_with(base: Path, folder: Path, xml: str, encoding: str = "utf-8") -> Path:
    path = folder / "bang.xlsx"
    path.write_bytes(base.read_bytes())
    return rewrite_sheet(path, lambda _: xml.encode(encoding))


def read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    """What `sheets.read` gives (sheets, or the refusal's text and details) with the plain scan
    and with lxml alone."""

    def outcome() -> object:
        try:
            return sheets.read(path)
        except InvalidInput as exc:
            return str(exc), exc.details

    scanned = outcome()
    with monkeypatch.context() as patch:
        patch.setattr(sheet_xml, "PLAIN_BYTES", 0)
        streamed = outcome()
    return scanned, streamed


def sheet_data(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(SHEET_XML)


@pytest.mark.parametrize("case", PLAIN)
def test_plain_shapes_are_scanned_and_read_as_lxml_reads_them(case, base, tmp_path, monkeypatch):
    path = workbook_with(base, tmp_path, PLAIN[case])
    rows = list(sheet_xml.plain_rows(sheet_data(path)))  # no NotPlain
    assert rows
    scanned, streamed = read_both(path, monkeypatch)
    assert scanned == streamed


@pytest.mark.parametrize("case", NOT_PLAIN)
def test_other_shapes_are_left_to_lxml(case, base, tmp_path, monkeypatch):
    encoding = "latin-1" if case == "latin-1" else "utf-8"
    path = workbook_with(base, tmp_path, NOT_PLAIN[case], encoding)
    with pytest.raises(sheet_xml.NotPlain):
        list(sheet_xml.plain_rows(sheet_data(path)))
    scanned, streamed = read_both(path, monkeypatch)
    assert scanned == streamed


def test_the_cases_read_what_a_person_sees(base, tmp_path):
    """The comparison above is only worth something if the readings are right: a few by eye."""
    read = sheets.read(workbook_with(base, tmp_path, PLAIN["excel"]))[0]
    assert read.rows[1].cells == ("07354", "Xã Việt Lập", 19)
    assert read.rows[2].cells[:2] == ("Tân Yên & Lạng Giang", datetime(2020, 6, 18))
    assert read.rows[3].cells[:2] == (True, "văn bản")
    entities = sheets.read(workbook_with(base, tmp_path, PLAIN["entities and line ends"]))[0]
    assert entities.rows[1].cells[0] == "Ngân sách & <vốn> \"x'"
    assert entities.rows[2].cells[0] == "dòng 1\ndòng 2\ndòng 3"
    with pytest.raises(InvalidInput) as refused:
        sheets.read(workbook_with(base, tmp_path, PLAIN["a number per broken kind"]))
    assert len(refused.value.details) == 7


@pytest.mark.parametrize("writer", ["openpyxl", "this app"])
def test_what_openpyxl_and_this_app_write_is_scanned(writer, tmp_path):
    path = tmp_path / "bang.xlsx"
    rows = [("07354", "Xã Việt Lập & Ngọc Thiện", 19, 2.5, None, True)]
    if writer == "openpyxl":
        book = Workbook()
        for values in [("Mã", "Tên", "Số", "Tỷ lệ", "Trống", "Đạt"), *rows]:
            book.active.append(values)
        book.save(path)
    else:
        kinds = {"Mã": "text", "Tên": "text", "Số": "int", "Tỷ lệ": "dec1", "Trống": "text"}
        columns = [xlsx_tables.Column(title, kind) for title, kind in kinds.items()]
        xlsx_tables.write(path, [xlsx_tables.Table("Bảng", columns, [row[:5] for row in rows])])
    assert list(sheet_xml.plain_rows(sheet_data(path)))


# What a careless edit or a broken tool might leave in a sheet: markup pieces, references, odd
# characters and numbers. Dropped, added or put in place of a character of a plain sheet's rows.
PIECES = (
    "<", ">", "&", '"', "'", " ", "\n", "\r", "/", "=", "7", ".", "e", "-", "Ấ", "x", ";",
    "]]>", "<!--", "&#1;", "&#65;", "&amp;", "&lt;", "&nbsp;", "<v>", "</v>", "</c>", "<f>1</f>",
    '<c r="B9">', ' s="1"', ' t="s"', ' t="e"', "NaN", "9" * 20, "\x01",
)  # fmt: skip


def test_mutated_sheets_read_alike(base, tmp_path, monkeypatch):
    """300 seeded mutations of the plain cases: whichever reader ends up reading, the outcome
    is lxml's. (A longer run of 3,600 found one difference, a reference to a control character
    inside a formula that only lxml refused; it is a case of NOT_PLAIN above.)"""
    rng = random.Random(2026)
    cases = list(PLAIN.values())
    scanned = 0
    for _ in range(300):
        xml = rng.choice(cases)
        start, end = xml.index("<sheetData>"), xml.rindex("</sheetData>")
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(start, end)
            cut = rng.choice((0, 1, rng.randint(1, 4)))
            xml = xml[:at] + ("" if cut > 1 else rng.choice(PIECES)) + xml[at + cut :]
        path = workbook_with(base, tmp_path, xml)
        try:
            list(sheet_xml.plain_rows(sheet_data(path)))
            scanned += 1
        except sheet_xml.NotPlain:
            pass
        scanned_outcome, streamed_outcome = read_both(path, monkeypatch)
        assert scanned_outcome == streamed_outcome, xml
    assert scanned >= 30  # the scan itself is exercised, not only lxml
