"""The plan's documents: the PA in the ND30 layout (PDF) and the budget workbook, read back."""

from __future__ import annotations

import openpyxl
import pypdf
import pytest
from PIL import Image

from ntm_desktop.checklist import assessments
from ntm_desktop.cli import main
from ntm_desktop.village_plans import document, plan_data, village_plan_export
from ntm_desktop.village_plans import village_plans as vp
from tests.conftest import file_digest
from tests.core.test_village_plans import VILLAGE, _items, approve
from tests.pdf_checks import MM, assert_contains, assert_fonts_embedded, render_png, text_runs

A4_PORTRAIT = (595.28, 841.89)


@pytest.fixture
def approved(db):
    plan = vp.register(db, VILLAGE, 2020)
    vp.set_status(db, VILLAGE, 2020, "drafted")
    _items(db, plan)
    assessments.set_criterion(db, VILLAGE, 2020, 1, "yes")
    assessments.set_criterion(db, VILLAGE, 2020, 4, "no")
    approve(db)
    return db


def _pdf(data) -> pypdf.PdfReader:
    import io

    return pypdf.PdfReader(io.BytesIO(document.build(data)))


def test_pdf_is_a_phuong_an_in_the_nd30_layout(approved):
    data = plan_data.gather(approved, VILLAGE, 2020)
    reader = _pdf(data)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert_contains(
        text,
        "UBND XÃ VIỆT LẬP",
        "BAN PHÁT TRIỂN THÔN",
        "/PA-BPT",
        "ngày 10 tháng 3 năm 2020",
        "PHƯƠNG ÁN",
        "Xây dựng thôn nông thôn mới kiểu mẫu năm 2020",
        "Quyết định số 12/QĐ-UBND ngày 10/3/2020",
        "I. THỰC TRẠNG",
        "Tiêu chí số 4",
        "II. MỤC TIÊU",
        "III. NỘI DUNG VÀ CÁC HẠNG MỤC",
        "IV. KINH PHÍ THỰC HIỆN",
        "V. TỔ CHỨC THỰC HIỆN",
        "Mở rộng, bê tông hóa đường trục thôn",
        "Nơi nhận:",
        "TRƯỞNG BAN",
        "Phụ lục",
    )
    # 30.000.000 + 150.000.000 + 245.500.000 + 12.000.000 + 8.500.000 + 7.000.000
    assert data.totals.grand_total == 453_000_000
    assert "453.000.000" in reader.pages[-1].extract_text()
    assert "DỰ THẢO" not in text
    # Every value in the tables has its unit; workdays are whole days.
    flat = " ".join(text.split())
    for title in ("Ngày công (ngày công)", "Hiến đất (m²)", "Nhân dân đóng góp (tiền) (đồng)"):
        assert title in flat, title
    assert "730,0" not in flat and "410,0" not in flat
    # The approved plan carries no note on how the catalog was put together.
    for note in ("dựng lại", "chưa xác minh"):
        assert note not in flat
    assert "Căn cứ Bộ tiêu chí thôn NTM kiểu mẫu do UBND tỉnh Bắc Giang ban hành;" in flat
    assert_fonts_embedded(reader)
    first = reader.pages[0]
    assert (float(first.mediabox.width), float(first.mediabox.height)) == pytest.approx(
        A4_PORTRAIT, abs=0.5
    )
    landscape = reader.pages[-1]
    assert float(landscape.mediabox.width) > float(landscape.mediabox.height)
    for page in reader.pages:
        left = min(x for x, _y, _text in text_runs(page))
        assert left >= 30 * MM - 0.5


def test_draft_marked_on_every_page_and_same_data_same_bytes(db):
    plan = vp.register(db, VILLAGE, 2020)
    _items(db, plan)
    data = plan_data.gather(db, VILLAGE, 2020)
    assert data.draft
    pdf = document.build(data)
    assert pdf == document.build(data)
    reader = _pdf(data)
    assert all("DỰ THẢO" in page.extract_text() for page in reader.pages)
    # A draft still shows the officer that the catalog is unverified.
    assert "chưa xác minh" in " ".join(reader.pages[0].extract_text().split())
    assert "ngày      tháng      năm" in reader.pages[0].extract_text()


def test_pdf_rendered(approved, tmp_path):
    data = plan_data.gather(approved, VILLAGE, 2020)
    target = tmp_path / "phuong-an.pdf"
    size = village_plan_export.export(data, target, "pdf")
    assert target.stat().st_size == size
    pages = len(pypdf.PdfReader(target).pages)
    for index in range(pages):
        png = render_png(target, index, tmp_path / f"trang-{index + 1}.png", scale=0.6)
        with Image.open(png) as image:
            assert sum(image.convert("L").histogram()[:100]) > 500


def test_budget_workbook_reads_back_with_numbers_and_totals(approved, tmp_path):
    data = plan_data.gather(approved, VILLAGE, 2020)
    target = tmp_path / "du-toan.xlsx"
    village_plan_export.export(data, target, "xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Dự toán", "Theo tiêu chí"]
    sheet = book["Dự toán"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][0].startswith("DỰ TOÁN KINH PHÍ XÂY DỰNG THÔN NÔNG THÔN MỚI KIỂU MẪU")
    header = values[4]
    total_col = next(i for i, v in enumerate(values[5]) if v == "Tổng cộng")
    assert header[total_col - 4] == "Kinh phí bằng tiền (đồng)"
    items = [row for row in values if isinstance(row[0], int)]
    assert items[0][1] == "Mở rộng, bê tông hóa đường trục thôn"
    assert items[0][total_col] == 425_500_000
    assert all(isinstance(row[total_col], int) for row in items)
    totals = next(row for row in values if str(row[1]).startswith("Tổng cộng ("))
    assert totals[total_col] == 453_000_000 == sum(row[total_col] for row in items)
    for source_col in range(total_col - 4, total_col):
        assert totals[source_col] == sum(row[source_col] for row in items)
    assert totals[total_col + 2] == pytest.approx(410 + 120.5 + 200)  # workdays
    criteria = [list(row) for row in book["Theo tiêu chí"].iter_rows(values_only=True)]
    by_criterion = {row[0]: row for row in criteria if isinstance(row[0], int)}
    assert by_criterion[2][6] == 446_000_000
    assert by_criterion[5][6] == 7_000_000
    last = next(row for row in criteria if row[1] == "Tổng cộng")
    assert last[6] == 453_000_000


def test_cli_export_both_formats(approved, db_path, tmp_path, capsys):
    approved.close()
    pdf = tmp_path / "pa.pdf"
    assert main(["--db", str(db_path), "plan", "export", "--village", VILLAGE, "--year", "2020",
                 "--format", "pdf", "-o", str(pdf)]) == 0  # fmt: skip
    assert pypdf.PdfReader(pdf).pages[0].extract_text().count("PHƯƠNG ÁN") == 1
    xlsx = tmp_path / "du-toan.xlsx"
    assert main(["--db", str(db_path), "plan", "export", "--village", VILLAGE, "--year", "2020",
                 "--format", "xlsx", "-o", str(xlsx)]) == 0  # fmt: skip
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Dự toán"
    assert "Đã xuất dự toán kinh phí" in capsys.readouterr().out


def test_cli_export_refuses_bad_format_and_unregistered_village(db_path, tmp_path, capsys):
    before = file_digest(db_path)
    target = tmp_path / "x.docx"
    code = main(["--db", str(db_path), "plan", "export", "--village", VILLAGE, "--year", "2020",
                 "--format", "docx", "-o", str(target)])  # fmt: skip
    assert code == 3
    assert "chọn pdf (phương án) hoặc xlsx" in capsys.readouterr().err
    code = main(["--db", str(db_path), "plan", "export", "--village", VILLAGE, "--year", "2020",
                 "--format", "pdf", "-o", str(target)])  # fmt: skip
    assert code == 3
    assert "chưa đăng ký thôn NTM kiểu mẫu năm 2020" in capsys.readouterr().err
    assert not target.exists()
    assert file_digest(db_path) == before
