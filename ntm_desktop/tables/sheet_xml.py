"""A worksheet's XML as rows of raw cells, for the import reader to type and check.

Two readers give the same rows. `plain_rows` scans the sheet's text with regular expressions,
two to three times as fast as lxml on a national sheet; it reads only the plain shapes Excel,
LibreOffice, Google Sheets and this app write (`<c r="B7" s="3" t="s"><v>12</v></c>`, an inline
`<is><t>`, a formula before its value) and raises `NotPlain` at anything else. `streamed_rows`
is lxml's streaming parser: it reads every shape, holds one row at a time, and raises at the
first break, which the reader reports with its row. Both read no DTD and fetch nothing.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

RawCell = tuple[str, str, str, str, str, str, str, str]
"""A cell as written: (its markup, column letters, row digits, style, type, formula, value text,
inline text), each "" when the cell lacks it; the formula is any text when it has one. Texts are
XML-decoded."""

# Past this the sheet is read streaming: the plain scan holds the whole text (a national sheet of
# 10,600 communes is 11 MB), twice over while it is decoded.
PLAIN_BYTES = 32 * 1024 * 1024

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _VALUE, _FORMULA, _INLINE, _TEXT, _RUN = (
    _MAIN + tag for tag in ("row", "v", "f", "is", "t", "r")
)
_DIGITS = "0123456789"


class NotPlain(Exception):
    """The sheet uses a shape the plain scan does not read; lxml reads it instead."""


def sheet_bytes(archive: zipfile.ZipFile, part: str) -> bytes | None:
    """The sheet's XML whole, or None when it unpacks past PLAIN_BYTES (whatever its zip entry
    claims)."""
    with archive.open(part) as source:
        data = source.read(PLAIN_BYTES + 1)
    return data if len(data) <= PLAIN_BYTES else None


# -- the plain scan -----------------------------------------------------------------------------
_WHITESPACE = " \t\r\n"  # XML's: no other character separates markup
_SPACE = f"[{_WHITESPACE}]"
# An XML name, with at most one prefix: not starting with a digit, a dot or a hyphen.
_NAME = r"[^\W\d][\w.-]*(?::[^\W\d][\w.-]*)?"
_ATTRIBUTES = rf'((?:{_SPACE}+{_NAME}="[^"<&]*")*)'
_ROW_START = re.compile(rf'{_SPACE}*<row r="([0-9]+)"{_ATTRIBUTES}{_SPACE}*(/?)>')
_ATTRIBUTE_NAME = re.compile(rf'({_NAME})="')
_CELL = re.compile(
    rf"""(<c\ r="([A-Z]{{1,3}})([0-9]+)"(?:\ s="([0-9]+)")?(?:\ t="([a-zA-Z]+)")?
        (?: />
          | >(<f(?:{_SPACE}+{_NAME}="[^"<]*")*{_SPACE}*(?:/>|>[^<]*</f>))?
             (?:<v>([^<]*)</v>|<v/>)?</c>
          | ><is><t(?:\ xml:space="preserve")?>([^<]*)</t></is></c>
        ){_SPACE}*)""",
    re.VERBOSE,
)
# Markup the scan leaves to lxml: comments, CDATA, instructions and namespace declarations.
_LEFT_TO_LXML = (b"<!", b"<?", b"]]>", b"xmlns")
# The bytes of characters XML forbids: C0 controls but tab and line ends, U+FFFE and U+FFFF.
_CONTROLS = bytes(range(9)) + b"\x0b\x0c" + bytes(range(14, 32))
_NOT_CONTROLS = bytes(byte for byte in range(256) if byte not in _CONTROLS)
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")
_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_REFERENCE = re.compile(f"&(?:#([0-9]+)|#x([0-9a-fA-F]+)|({'|'.join(_NAMED)}));")
# An ampersand that starts neither a predefined entity nor a character reference.
_BARE_AMPERSAND = re.compile(f"&(?!{_REFERENCE.pattern[1:]})")
_OPEN, _CLOSE = b"<sheetData>", b"</sheetData>"


def plain_rows(data: bytes) -> Iterator[tuple[int, list[RawCell]]]:
    """The sheet's rows with their numbers; NotPlain, before the first row or at any later
    one, where the sheet is not plain."""
    start, end = data.find(_OPEN), data.rfind(_CLOSE)
    if data.count(b"<sheetData") != 1 or start < 0 or end < start:
        raise NotPlain
    prefixes = _skeleton_prefixes(data[:start] + b"<sheetData/>" + data[end + len(_CLOSE) :])
    text = data[start + len(_OPEN) : end]
    if any(markup in text for markup in _LEFT_TO_LXML + _NONCHARACTERS) or text.translate(
        None, _NOT_CONTROLS
    ):
        raise NotPlain
    try:
        rows = text.decode("utf-8")
    except UnicodeDecodeError:
        raise NotPlain from None
    if _BARE_AMPERSAND.search(rows):
        raise NotPlain
    start_of, cells_of, whole = _ROW_START.match, _CELL.findall, itemgetter(0)
    position = 0
    while (row := start_of(rows, position)) is not None:
        number, attributes, empty = row.groups()
        if attributes:
            _check_attributes(attributes, prefixes, ("r",))
        position = row.end()
        if empty:
            yield int(number), []
            continue
        close = rows.find("</row>", position)
        if close < 0:
            raise NotPlain
        inner = rows[position:close]
        position = close + len("</row>")
        cells: list[RawCell] = cells_of(inner)
        if sum(map(len, map(whole, cells))) != len(inner.lstrip(_WHITESPACE)):
            raise NotPlain  # something between the cells no pattern took
        if "<f " in inner:
            for cell in cells:
                if cell[5].startswith("<f "):
                    _check_attributes(cell[5], prefixes, ())
        if "&" in inner or "\r" in inner:
            cells = [
                _decoded(cell) if "&" in cell[0] or "\r" in cell[0] else cell for cell in cells
            ]
        yield int(number), cells
    if rows[position:].strip(_WHITESPACE):
        raise NotPlain


def _skeleton_prefixes(skeleton: bytes) -> set[str]:
    """The namespace prefixes the sheet declares, once lxml has read all of it but its rows as
    plain: UTF-8, no DTD, no row outside `sheetData`, which lies in the spreadsheet namespace."""
    from lxml import etree  # deferred with openpyxl: only when a sheet is really read

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(skeleton, parser)
    except etree.XMLSyntaxError:
        raise NotPlain from None
    tree = root.getroottree()
    if (
        tree.docinfo.doctype
        or (tree.docinfo.encoding or "").upper() != "UTF-8"
        or next(root.iter(_ROW), None) is not None
        or next(root.iter(_MAIN + "sheetData"), None) is None
    ):
        raise NotPlain
    return {prefix for prefix in root.nsmap if prefix}


def _check_attributes(attributes: str, prefixes: set[str], taken: tuple[str, ...]) -> None:
    """Attributes (a row's past its number, a formula's): each named once, none named as one of
    `taken`, every prefix declared (lxml refuses the rest)."""
    names = _ATTRIBUTE_NAME.findall(attributes)
    if len(set(names)) != len(names) or any(name in taken for name in names):
        raise NotPlain
    for name in names:
        if ":" in name and name.partition(":")[0] not in prefixes:
            raise NotPlain


def _decoded(cell: RawCell) -> RawCell:
    markup, letters, digits, style, kind, formula, value, inline = cell
    # The formula is decoded only for its references to be checked: lxml refuses a forbidden
    # one there too, and only whether the cell has a formula is used.
    return (markup, letters, digits, style, kind, _text(formula), _text(value), _text(inline))


def _text(raw: str) -> str:
    """Text as an XML parser reads it: line ends made \\n, then references replaced."""
    return _REFERENCE.sub(_character, raw.replace("\r\n", "\n").replace("\r", "\n"))


def _character(reference: re.Match[str]) -> str:
    decimal, hexadecimal, name = reference.groups()
    if name:
        return _NAMED[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    character = chr(code) if code <= 0x10FFFF else ""
    if not character or _FORBIDDEN.match(character):
        raise NotPlain  # a reference to a character XML forbids: lxml reports it
    return character


# -- the streaming parser -----------------------------------------------------------------------
def streamed_rows(source: Any) -> Iterator[tuple[int, list[RawCell]]]:
    """The sheet's rows with their numbers, each parsed then dropped, so memory stays bounded.

    Straight over the XML, not openpyxl's sheet reader: that one builds a dict per cell and costs
    ~15x the parse on a national sheet. Entities are left unexpanded and nothing is fetched,
    whatever the XML declares."""
    from lxml import etree  # deferred with openpyxl: only when a sheet is really read

    counter = 0
    for _, row in etree.iterparse(
        source,
        events=("end",),
        tag=_ROW,
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
    ):
        if not counter and row.getroottree().docinfo.doctype:
            # Excel never writes a DTD; its entities are left unexpanded, which would read
            # their cells as blank.
            raise ValueError("a sheet with a DTD")
        stated = row.get("r")
        counter = counter + 1 if stated is None else _row_number(stated)
        yield counter, [_raw(cell) for cell in row]
        row.clear(keep_tail=True)
        while row.getprevious() is not None:
            del row.getparent()[0]


def _row_number(stated: str) -> int:
    """A row's stated number, as openpyxl reads it ("7" or "7.0"); ValueError for anything else."""
    try:
        return int(stated)
    except ValueError:
        number = float(stated)
        if not number.is_integer():
            raise
        return int(number)


def _raw(cell: Any) -> RawCell:
    coordinate = cell.get("r") or ""
    letters = coordinate.rstrip(_DIGITS)
    value, formula, inline = "", "", ""
    seen_value = False
    for child in cell:
        tag = child.tag
        if tag == _VALUE:
            if not seen_value:
                value, seen_value = child.text or "", True
        elif tag == _FORMULA:
            formula = "f"
        elif tag == _INLINE:
            inline = _inline_text(child)
    return (
        "",
        letters,
        coordinate[len(letters) :],
        cell.get("s", ""),
        cell.get("t", ""),
        formula,
        value,
        inline,
    )


def _inline_text(element: Any) -> str:
    """An inline string's text: its plain part and its formatted runs, without phonetics."""
    parts = []
    for child in element:
        if child.tag == _TEXT:
            parts.append(child.text or "")
        elif child.tag == _RUN:
            parts.append(child.findtext(_TEXT) or "")
    return "".join(parts)
