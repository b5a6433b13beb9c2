"""Reading PDFs back for tests: fonts, text positions, bookmarks, rendering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf

MM = 72 / 25.4
STANDARD_14 = {
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Symbol",
    "ZapfDingbats",
}


def assert_contains(text: str, *expected: str) -> None:
    """Every expected piece appears in `text`; a failure lists all that are missing."""
    missing = [piece for piece in expected if piece not in text]
    assert not missing, missing


def page_fonts(page: pypdf.PageObject) -> list[dict]:
    resources = page.get("/Resources") or {}
    fonts = resources.get_object().get("/Font") or {}
    return [fonts[name].get_object() for name in fonts]


def assert_fonts_embedded(reader: pypdf.PdfReader) -> None:
    for number, page in enumerate(reader.pages, 1):
        for font in page_fonts(page):
            base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            assert base not in STANDARD_14, f"page {number}: standard-14 font {base}"
            descendants = font.get("/DescendantFonts")
            descriptor_owner = descendants[0].get_object() if descendants else font
            descriptor = descriptor_owner["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), (
                f"page {number}: font {base} not embedded"
            )


def text_runs(page: pypdf.PageObject) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run drawn on the page, in page coordinates."""
    runs: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return runs


def _bookmarks(items: list) -> Iterator[pypdf.generic.Destination]:
    """Every bookmark of a (nested) outline, in outline order."""
    for item in items:
        if isinstance(item, list):
            yield from _bookmarks(item)
        else:
            yield item


def outline_titles(reader: pypdf.PdfReader) -> list[str]:
    return [item.title for item in _bookmarks(reader.outline)]


def outline_pages(reader: pypdf.PdfReader) -> list[int]:
    """0-based page index of every bookmark, in outline order."""
    return [reader.get_destination_page_number(item) for item in _bookmarks(reader.outline)]


def render_png(path: Path, page_index: int, out: Path, scale: float = 1.0) -> Path:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        image = pdf[page_index].render(scale=scale).to_pil()
        image.save(out)
        return out
    finally:
        pdf.close()
