"""The ND30 layout module: fonts, header block, numbering, marks, determinism."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pypdf
import pytest

from ntm_desktop.documents import fonts, nd30
from tests import pdf_checks


def _parts() -> list[nd30.Part]:
    header = nd30.Header(
        "Ủy ban nhân dân\nxã Việt Lập",
        "15/TTr-UBND",
        "Việt Lập",
        date(2026, 1, 5),
        parent_agency="UBND huyện Tân Yên",
    )
    first = [
        *nd30.header_block(header),
        *nd30.title_block("Tờ trình", "Về việc thử nghiệm bố cục văn bản"),
        *nd30.recipients_block(["Ủy ban nhân dân huyện Tân Yên"]),
        *nd30.legal_bases(["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;"]),
        *[nd30.paragraph("Nội dung trình bày đầy đủ dấu tiếng Việt: ỹ ự ở ặ đ. " * 12)] * 12,
        *nd30.signature_block(
            [nd30.Signature("TM. Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn Bình")],
            ["Như trên", "Lưu: VT"],
        ),
    ]
    second = [nd30.paragraph("Văn bản thứ hai. " * 40)] * 10
    return [nd30.Part("Văn bản một", first), nd30.Part("Văn bản hai", second, "landscape")]


def _render(draft: bool = False) -> bytes:
    marks = nd30.PageMarks("0123456789ab", draft, date(2026, 1, 5))
    return nd30.render(_parts(), marks, title="Thử").pdf


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2021, 1, 5), "ngày 05 tháng 01 năm 2021"),
        (date(2021, 2, 20), "ngày 20 tháng 02 năm 2021"),
        (date(2020, 3, 10), "ngày 10 tháng 3 năm 2020"),
        (date(2020, 4, 1), "ngày 01 tháng 4 năm 2020"),
        (date(2020, 5, 15), "ngày 15 tháng 5 năm 2020"),
        (date(2020, 6, 9), "ngày 09 tháng 6 năm 2020"),
        (date(2020, 7, 31), "ngày 31 tháng 7 năm 2020"),
        (date(2020, 8, 16), "ngày 16 tháng 8 năm 2020"),
        (date(2020, 9, 5), "ngày 05 tháng 9 năm 2020"),
        (date(2020, 10, 10), "ngày 10 tháng 10 năm 2020"),
        (date(2020, 11, 3), "ngày 03 tháng 11 năm 2020"),
        (date(2025, 12, 25), "ngày 25 tháng 12 năm 2025"),
    ],
)
def test_place_and_date_follow_the_decree_for_every_month(day, expected):
    """A day below 10 and the months 1 and 2 take a leading zero, other months do not."""
    assert nd30.place_and_date("Tân Yên", day) == f"Tân Yên, {expected}"
    numeric = expected.removeprefix("ngày ").replace(" tháng ", "/").replace(" năm ", "/")
    assert nd30.short_date(day) == numeric


def test_layout_read_back():
    reader = pypdf.PdfReader(io.BytesIO(_render()))
    pdf_checks.assert_fonts_embedded(reader)
    first_text = reader.pages[0].extract_text()
    for line in (
        "UBND HUYỆN TÂN YÊN",
        "ỦY BAN NHÂN DÂN",
        "XÃ VIỆT LẬP",
        nd30.NATIONAL_NAME,
        nd30.MOTTO,
        "Số: 15/TTr-UBND",
        "Việt Lập, ngày 05 tháng 01 năm 2026",
        "TỜ TRÌNH",
        "Kính gửi: Ủy ban nhân dân huyện Tân Yên.",
        "ỹ ự ở ặ đ",
    ):
        assert line in first_text
    assert "DỰ THẢO" not in first_text
    assert pdf_checks.outline_titles(reader) == ["Văn bản một", "Văn bản hai"]
    starts = pdf_checks.outline_pages(reader)
    assert starts[0] == 0 and reader.pages[starts[1]].mediabox.width > 600
    for index, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert {round(width), round(height)} == {595, 842}
        runs = pdf_checks.text_runs(page)
        body = [run for run in runs if "mã dữ liệu" not in run[2]]
        assert min(x for x, _, _ in body) >= 30 * pdf_checks.MM - 0.5
        top_numbers = [text for x, y, text in runs if y > height - 20 * pdf_checks.MM]
        if index in starts:
            assert top_numbers == [], f"page {index + 1} has a number"
        else:
            assert len(top_numbers) == 1 and top_numbers[0].strip().isdigit()
        assert any("mã dữ liệu 0123456789ab" in text for _, _, text in runs)


def test_draft_mark_on_every_page():
    reader = pypdf.PdfReader(io.BytesIO(_render(draft=True)))
    assert all("DỰ THẢO" in page.extract_text() for page in reader.pages)


def test_same_inputs_same_bytes():
    assert _render() == _render()


def test_times_new_roman_preferred_when_installed(tmp_path: Path):
    assert fonts.system_times(str(tmp_path)) is None
    (tmp_path / "Fonts").mkdir()
    for style, name in fonts._WINDOWS_FILES.items():
        shutil.copy(fonts.shipped().files[style], tmp_path / "Fonts" / name)
    chosen = fonts.choose(str(tmp_path))
    assert chosen.family_name == "Times New Roman"
    assert chosen.files["bold"].name == "timesbd.ttf"
    assert fonts.choose(str(tmp_path / "nowhere")).family_name == "Liberation Serif"


def test_shipped_fonts_are_static_and_cover_vietnamese():
    from reportlab.pdfbase.ttfonts import TTFontFile

    letters = "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐƠƯđơư"
    names = set()
    for style, path in fonts.shipped().files.items():
        face = TTFontFile(str(path))
        missing = [ch for ch in letters + letters.lower() if ord(ch) not in face.charToGlyph]
        assert missing == [], f"{style} lacks {missing}"
        names.add(face.name)
    assert len(names) == 4


@pytest.mark.parametrize("page_index", [0])
def test_renders(tmp_path: Path, page_index: int):
    path = tmp_path / "doc.pdf"
    nd30.write(path, _render(draft=True))
    png = pdf_checks.render_png(path, page_index, tmp_path / "page.png", scale=0.5)
    assert png.stat().st_size > 5000
