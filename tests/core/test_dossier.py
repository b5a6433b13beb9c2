"""Recognition dossiers: readiness, the CLI, and the PDF read back."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from ntm_desktop.checklist import assessments, recognitions, reviews
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria import catalogs
from ntm_desktop.documents import fonts, nd30
from ntm_desktop.dossier import (
    document,
    dossier_data,
    dossier_inputs,
    dossier_legal,
    dossier_readiness,
)
from ntm_desktop.dossier.dossier_data import EvidenceItem, Recognition
from ntm_desktop.funding import funding
from ntm_desktop.session.data_file import open_data_file
from tests.conftest import file_digest
from tests.core.dossier_seeds import COMPLETE_INPUTS
from tests.pdf_checks import (
    MM,
    assert_contains,
    assert_fonts_embedded,
    outline_pages,
    outline_titles,
    render_png,
    text_runs,
)

TODAY = date(2026, 1, 10)
COMPLETE = {
    **COMPLETE_INPUTS,
    "distribution": ["Như trên", "Thường trực Đảng ủy xã", "Lưu: VT, VP"],
}


def _assessed(data: dossier_data.DossierData, *, met: bool = True, required: str = ""):
    """The dossier data as it will be once assessments exist: every indicator decided."""
    criteria = tuple(
        dataclasses.replace(
            criterion,
            indicators=tuple(
                dataclasses.replace(
                    ind, met=met, value="Đạt", evidence_required=ind.code == required
                )
                for ind in criterion.indicators
            ),
        )
        for criterion in data.criteria.criteria
    )
    return dataclasses.replace(
        data,
        criteria=dataclasses.replace(data.criteria, criteria=criteria, assessed=True),
    )


@pytest.fixture
def filled(db):
    dossier_inputs.save(db, "07354", 2025, "standard", COMPLETE, today=TODAY)
    dossier_inputs.add_comment(
        db,
        "07354",
        2025,
        "standard",
        source="Thôn Đồng Tâm",
        content="Đề nghị hoàn thiện rãnh thoát nước đường trục thôn",
        response="Đã tiếp thu, hoàn thành tháng 12/2025",
        received_on=date(2025, 12, 1),
        today=TODAY,
    )
    return dossier_data.assemble(db, "07354", 2025, "standard")


@pytest.fixture
def evidence(tmp_path: Path) -> tuple[EvidenceItem, ...]:
    photo = tmp_path / "anh-duong-truc-thon.png"
    Image.new("RGB", (400, 300), (40, 120, 60)).save(photo)
    scan = tmp_path / "bien-ban-nghiem-thu.pdf"
    fonts.register()
    canvas = Canvas(str(scan), pagesize=(595.28, 841.89), invariant=1, initialFontName=nd30.REGULAR)
    for page in (1, 2):
        canvas.setFont(nd30.REGULAR, 14)
        canvas.drawString(100, 700, f"Biên bản nghiệm thu đường giao thông — trang {page}")
        canvas.showPage()
    canvas.save()
    return tuple(
        EvidenceItem(code, path.name, date(2025, 11, 3), _sha(path), path)
        for code, path in (("2.1", photo), ("2.2", scan))
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_readiness_not_ready_without_assessments(filled):
    readiness = dossier_readiness.check(filled)
    assert not readiness.ready
    failing = {item.key: item.reasons for item in readiness.items if not item.ok}
    assert list(failing) == ["criteria"]
    assert "chưa có dữ liệu đánh giá" in failing["criteria"][0]


def test_the_commune_is_ready_before_the_district_has_verified(db, filled):
    """The Tờ trình is what asks the district to verify: only the commune's own conditions
    count, whatever the district has (or has not) recorded."""
    assessed = _assessed(filled)
    assert assessed.proposed_to == "district"
    assert dossier_readiness.check(assessed).ready
    keys = [item.key for item in dossier_readiness.check(assessed).items]
    assert keys == [
        "criteria",
        "debt",
        "satisfaction",
        "posting",
        "meeting",
        "evidence",
        "proposal",
    ]
    reviews.record(db, "07354", 2025, "district", "returned", note="Bổ sung minh chứng")
    again = _assessed(dossier_data.assemble(db, "07354", 2025, "standard"))
    assert [item.key for item in dossier_readiness.check(again).items] == keys


def test_readiness_ready_once_assessed(filled):
    readiness = dossier_readiness.check(_assessed(filled))
    assert readiness.ready, readiness.problems
    reasons = {item.key: item.reasons[0] for item in readiness.items}
    assert reasons["satisfaction"] == "95,0% (266/280 phiếu thu về hài lòng)"
    assert reasons["meeting"] == "họp ngày 20/12/2025, nhất trí 25/27 thành viên, đạt 92,6%"


def test_readiness_reasons_for_each_condition(db, filled):
    assessed = _assessed(filled, met=False, required="2.1")
    inputs = dataclasses.replace(
        assessed.inputs, construction_debt=1274790, survey_satisfied=230, votes_for=13
    )
    readiness = dossier_readiness.check(dataclasses.replace(assessed, inputs=inputs))
    reasons = {item.key: " ".join(item.reasons) for item in readiness.items if not item.ok}
    assert "chỉ tiêu 1.1 (Quy hoạch) chưa đạt" in reasons["criteria"]
    assert reasons["debt"] == "còn nợ 1.274.790 đồng"
    assert "82,1%" in reasons["satisfaction"] and "dưới mức" in reasons["satisfaction"]
    assert "quá bán" in reasons["meeting"]
    assert reasons["evidence"] == "thiếu minh chứng chỉ tiêu 2.1"

    dossier_inputs.set_required_satisfaction(db, 96)
    stricter = dossier_data.assemble(db, "07354", 2025, "standard")
    item = next(i for i in dossier_readiness.check(stricter).items if i.key == "satisfaction")
    assert not item.ok and "96%" in item.title


def test_higher_tier_needs_recognition_below(db):
    dossier_inputs.save(db, "07354", 2025, "advanced", COMPLETE, today=TODAY)
    data = _assessed(dossier_data.assemble(db, "07354", 2025, "advanced"))
    item = dossier_readiness.check(data).items[-1]
    assert (item.key, item.ok) == ("tier_below", False)
    recognised = dataclasses.replace(
        data, recognition_below=Recognition("standard", 2022, "Quyết định số 12/QĐ-UBND")
    )
    assert dossier_readiness.check(recognised).ready


def test_cli_check_and_refusal(db_path, filled, tmp_path, capsys):
    assert (
        main(["--db", str(db_path), "dossier", "check", "--unit", "07354", "--year", "2025"]) == 3
    )
    out = capsys.readouterr().out
    assert "[CHƯA] Đạt đầy đủ 19 tiêu chí" in out and "[ĐẠT ] Không còn nợ đọng" in out
    target = tmp_path / "ho-so.pdf"
    before = file_digest(db_path)
    code = main(
        ["--db", str(db_path), "dossier", "--unit", "07354", "--year", "2025", "-o", str(target)]
    )
    assert code == 3 and not target.exists()
    err = capsys.readouterr().err
    assert "--draft" in err and "chưa có dữ liệu đánh giá" in err
    assert file_digest(db_path) == before
    args = ["--db", str(db_path), "dossier", "--unit", "07354", "--year", "2025", "--draft"]
    assert main([*args, "-o", str(target)]) == 0
    assert pypdf.PdfReader(target).pages[0].extract_text().count("DỰ THẢO") == 1
    with pytest.raises(SystemExit) as usage:
        main(args)
    assert usage.value.code == 2


def test_cli_set_refuses_bad_input(db_path, capsys):
    base = ["--db", str(db_path), "dossier", "set", "--unit", "07354", "--year", "2025"]
    assert main([*base, "--members-present", "20", "--votes-for", "25"]) == 3
    assert "chỉ thành viên dự họp mới biểu quyết" in capsys.readouterr().err
    assert main([*base, "--members-present", "20", "--votes-for", "15"]) == 0
    comment = ["--db", str(db_path), "dossier", "comment", "--unit", "07354", "--year", "2025"]
    assert main([*comment, "--source", "Thôn Đồng Tâm", "--content", "Nhất trí"]) == 0
    assert (
        main([*comment, "--source", "Hội Phụ nữ", "--content", "x", "--received", "32/1/2025"]) == 3
    )
    capsys.readouterr()
    with open_data_file(db_path) as db:
        stored = dossier_inputs.get(db, "07354", 2025)
    assert (stored.members_present, stored.votes_for) == (20, 15)
    assert [c.source for c in stored.comments] == ["Thôn Đồng Tâm"]


def _read(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def _flat(reader: pypdf.PdfReader, start: int, end: int) -> str:
    """The text of pages start..end-1 with line breaks folded into spaces."""
    return " ".join(" ".join(reader.pages[i].extract_text().split()) for i in range(start, end))


def test_pdf_read_back(filled, evidence, tmp_path):
    data = dataclasses.replace(_assessed(filled), evidence=evidence)
    pdf = document.build(data, draft=False)
    reader = _read(pdf)
    assert_fonts_embedded(reader)
    assert reader.metadata["/CreationDate"].startswith("D:20260105")
    titles = outline_titles(reader)
    assert titles[:8] == [
        "Tờ trình đề nghị công nhận",
        "Báo cáo kết quả thực hiện tiêu chí",
        "Phụ lục: Bảng kết quả các tiêu chí, chỉ tiêu",
        "Báo cáo tổng hợp ý kiến tham gia",
        "Kết quả lấy ý kiến sự hài lòng (Mặt trận)",
        "Biên bản họp",
        "Báo cáo nợ đọng xây dựng cơ bản",
        "Danh mục minh chứng",
    ]
    assert titles[8:] == [
        "Minh chứng 1: anh-duong-truc-thon.png",
        "Minh chứng 2: bien-ban-nghiem-thu.pdf",
    ]
    starts = outline_pages(reader)
    first = _flat(reader, starts[0], starts[1])
    assert_contains(
        first,
        "ỦY BAN NHÂN DÂN",
        "XÃ VIỆT LẬP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/TTr-UBND",
        "Việt Lập, ngày 05 tháng 01 năm 2026",
        "TỜ TRÌNH",
        "Kính gửi: Ủy ban nhân dân huyện Tân Yên.",
        "Nơi nhận:",
        "- Lưu: VT, VP.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn Bình",
        "nhất trí 25/27 thành viên, đạt 92,6%",
    )
    assert "DỰ THẢO" not in first
    minutes = reader.pages[starts[5]].extract_text()
    assert "BIÊN BẢN" in minutes and "Việt Lập, ngày 20 tháng 12 năm 2025" in minutes
    assert "Số:" in minutes and "/BB-UBND" in minutes
    opinions = _flat(reader, starts[3], starts[4])
    assert "Đề nghị hoàn thiện rãnh thoát nước" in opinions and "95,0%" in opinions
    # The satisfaction survey is the Fatherland Front's own report, signed for it.
    survey = _flat(reader, starts[4], starts[5])
    assert_contains(
        survey,
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ VIỆT LẬP",
        "/BC-MTTQ",
        "Kính gửi: Ủy ban nhân dân xã Việt Lập.",
        "Số phiếu phát ra (phiếu)",
        "300 280 266 95,0",
        "TM. BAN THƯỜNG TRỰC",
    )

    appended = 2
    own_pages = len(reader.pages) - appended
    for index, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert sorted((round(width), round(height))) == [595, 842]
        runs = text_runs(page)
        assert any(data.fingerprint in text for _, _, text in runs), index
        if index >= own_pages:
            continue
        assert min(x for x, _, _ in runs) >= 30 * MM - 0.5, f"page {index + 1}"
        numbers = [text.strip() for _, y, text in runs if y > height - 20 * MM]
        if index in starts:
            assert numbers == [], f"page {index + 1} is a first page but numbered"
        else:
            previous = max(s for s in starts if s < index)
            assert numbers == [str(index - previous + 1)]

    # The appendix table is landscape and lists every indicator.
    table = reader.pages[starts[2]]
    assert float(table.mediabox.width) > float(table.mediabox.height)
    table_text = "".join(reader.pages[i].extract_text() for i in range(starts[2], starts[3]))
    for code in ("1.1", "2.4", "19.2"):
        assert code in table_text

    # Evidence: index hashes match the files; the scan's own pages are appended at the end.
    index_text = reader.pages[starts[7]].extract_text().replace("\n", "")
    for item in evidence:
        assert item.sha256 == _sha(item.path) and item.sha256 in index_text
    assert "trang 1" in reader.pages[own_pages].extract_text()
    assert "Biên bản nghiệm thu đường giao thông — trang 2" in reader.pages[-1].extract_text()
    assert starts[-1] == own_pages
    assert reader.pages[starts[8]].images  # the photo is placed on its page

    # Same data, same bytes; the draft is marked on every page, appended pages too.
    assert document.build(data, draft=False) == pdf
    draft = _read(document.build(data, draft=True))
    assert all("DỰ THẢO" in page.extract_text() for page in draft.pages)


def test_pdf_rendered_and_written_atomically(filled, tmp_path):
    target = tmp_path / "ho-so.pdf"
    size = document.write(filled, target, draft=True)
    assert target.stat().st_size == size
    assert not list(tmp_path.glob(".*.tmp"))
    png = render_png(target, 0, tmp_path / "trang-1.png", scale=0.6)
    with Image.open(png) as image:
        assert image.size[0] < image.size[1]
        # The draft mark is grey ink across the page, the text black.
        histogram = image.convert("L").histogram()
        assert sum(histogram[:100]) > 500
        assert sum(histogram[180:230]) > 1000


def test_broken_evidence_pdf_is_reported(filled, tmp_path):
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"not a pdf")
    item = EvidenceItem("2.1", "hong.pdf", None, _sha(broken), broken)
    with pytest.raises(Exception) as caught:
        document.build(dataclasses.replace(filled, evidence=(item,)), draft=True)
    assert "hong.pdf" in str(getattr(caught.value, "message", caught.value))


def test_dossier_reads_the_checklist_evidence_and_recognitions(
    db, db_path, filled, tmp_path, capsys
):
    """End to end through the real stores: the checklist kept in the app makes the unit ready."""
    catalog = catalogs.get(
        db, dossier_data.assemble(db, "07354", 2025, "standard").criteria.catalog_key
    )
    for criterion in catalog.criteria:
        assessments.set_criterion(db, "07354", 2025, criterion.no, "yes")
    scan = tmp_path / "bien-ban.png"
    Image.new("RGB", (200, 100), (10, 10, 10)).save(scan)
    attached = assessments.attach_evidence(db, "07354", 2025, catalog.indicators[0].code, scan)
    recognitions.add(db, "07354", "standard", date(2022, 12, 20), "123/QĐ-UBND")
    reviews.record(db, "07354", 2025, "district", "passed", reviewer="Trần Thị Bình")

    data = dossier_data.assemble(db, "07354", 2025, "standard")
    assert data.criteria.assessed and data.criteria.met_count == len(catalog.criteria)
    assert [(item.name, item.sha256) for item in data.evidence] == [
        ("bien-ban.png", attached.sha256)
    ]
    assert data.evidence[0].path.read_bytes() == scan.read_bytes()
    advanced = dossier_data.assemble(db, "07354", 2025, "advanced")
    assert advanced.recognition_below.decision == "Quyết định số 123/QĐ-UBND ngày 20/12/2022"

    base = ["--db", str(db_path), "dossier"]
    unit = ["--unit", "07354", "--year", "2025"]
    db.close()
    assert main([*base, "check", *unit]) == 0
    assert "Đủ điều kiện đề nghị công nhận." in capsys.readouterr().out
    target = tmp_path / "ho-so.pdf"
    assert main([*base, *unit, "-o", str(target)]) == 0
    reader = pypdf.PdfReader(target)
    assert not any("DỰ THẢO" in page.extract_text() for page in reader.pages)
    total = len(catalog.criteria)
    assert f"Kết quả thực hiện các tiêu chí: đạt {total}/{total} tiêu chí" in _flat(reader, 0, 1)
    assert attached.sha256 in _flat(reader, 0, len(reader.pages))


def test_a_withdrawn_recognition_does_not_count(db):
    found = recognitions.add(db, "07354", "standard", date(2021, 12, 20), "9/QĐ-UBND")
    recognitions.withdraw(db, found.id, date(2024, 6, 1), "Không duy trì tiêu chí môi trường")
    assert dossier_data.assemble(db, "07354", 2025, "advanced").recognition_below is None


def test_units_without_a_criteria_set_or_at_other_levels(db, capsys, db_path):
    code = main(
        [
            "--db",
            str(db_path),
            "dossier",
            "check",
            "--unit",
            "07354.001",
            "--year",
            "2025",
            "--tier",
            "standard",
        ]
    )
    assert code == 3 and "Chưa có bộ tiêu chí đạt chuẩn cho cấp thôn" in capsys.readouterr().err
    district = dossier_data.assemble(db, "216", 2025, "standard")
    assert district.issuing_agency == "Ủy ban nhân dân\nhuyện Tân Yên"
    assert district.addressees == ("Ủy ban nhân dân tỉnh Bắc Giang",)
    reader = _read(document.build(district, draft=True))
    assert "HUYỆN TÂN YÊN" in reader.pages[0].extract_text()


# "Quyết định số 1600/QĐ-TTg ngày 16/8/2016", "… số 2540/QĐ-TTg năm 2016", "… số 18/2022/QĐ-TTg"
CITATION = re.compile(
    r"Quyết định số (?P<number>[^\s;,()]+)(?: ngày (?P<day>\d{1,2}/\d{1,2}/\d{4})| năm "
    r"(?P<year>\d{4}))?"
)


def _citations(text: str) -> dict[str, date | int]:
    """Each decision cited: its date where printed, else the year of its number."""
    found: dict[str, date | int] = {}
    for match in CITATION.finditer(text):
        if match["day"]:
            day, month, year = (int(part) for part in match["day"].split("/"))
            found[match["number"]] = date(year, month, day)
        elif match["year"]:
            found[match["number"]] = int(match["year"])
        else:
            embedded = re.search(r"/(\d{4})/", match["number"])
            found[match["number"]] = int(embedded[1]) if embedded else 0
    return found


def _proposal_text(data: dossier_data.DossierData) -> str:
    reader = _read(document.build(data, draft=True))
    starts = outline_pages(reader)
    return _flat(reader, starts[0], starts[1])


def _dossier(db, year: int, proposal_date: str, unit: str = "07354", **extra):
    values = {**COMPLETE, "proposal_date": proposal_date, "meeting_date": proposal_date, **extra}
    dossier_inputs.save(db, unit, year, "standard", values, today=TODAY)
    return dossier_data.assemble(db, unit, year, "standard")


def test_a_2020_dossier_cites_only_texts_issued_by_its_proposal_date(db):
    data = _dossier(db, 2020, "05/01/2021")
    text = _proposal_text(data)
    cited = _citations(text)
    assert set(cited) == {"1600/QĐ-TTg", "1760/QĐ-TTg", "1980/QĐ-TTg", "2540/QĐ-TTg"}
    proposal = date(2021, 1, 5)
    for number, when in cited.items():
        assert when <= proposal if isinstance(when, date) else when < proposal.year, number
    assert "18/2022" not in text and "03/2024" not in text
    assert "Căn cứ Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban hành " \
        "bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020;" in text  # fmt: skip
    assert re.search(r"Quyết định (?!số )\d", text) is None  # every number follows "số"


def test_a_2023_dossier_cites_the_2021_2025_texts(db):
    bases = dossier_legal.bases(_dossier(db, 2023, "15/12/2023"))
    assert bases == [
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ về phê duyệt "
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;",
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành bộ tiêu "
        "chí quốc gia về xã nông thôn mới giai đoạn 2021-2025;",
        "Căn cứ Quyết định số 18/2022/QĐ-TTg của Thủ tướng Chính phủ ban hành Quy định điều "
        "kiện, trình tự, thủ tục, hồ sơ xét, công nhận, công bố và thu hồi quyết định công nhận "
        "địa phương đạt chuẩn nông thôn mới, đạt chuẩn nông thôn mới nâng cao, đạt chuẩn nông "
        "thôn mới kiểu mẫu;",
    ]
    # The 2024 amendment is cited once it exists; the 2016-2020 texts never are.
    later = dossier_legal.bases(_dossier(db, 2025, "05/01/2026"))
    assert later[-1].endswith("kiểu mẫu (được sửa đổi, bổ sung bởi Quyết định số 03/2024/QĐ-TTg);")
    assert not any(old in " ".join(later) for old in ("1600/", "1980/", "2540/"))


def test_unverified_basis_dates_and_early_proposals(db):
    """A catalog date marked as recalled is not printed; a proposal dated before its criteria
    set was issued is not ready (the final dossier is refused)."""
    district = _dossier(db, 2019, "20/12/2019", unit="216")
    bases = " ".join(dossier_legal.bases(district))
    assert "Quyết định số 558/QĐ-TTg của Thủ tướng Chính phủ ban hành tiêu chí huyện" in bases
    assert "05/4/2016" not in bases and "unverified" not in bases
    early = _assessed(_dossier(db, 2021, "20/12/2021"))
    item = next(i for i in dossier_readiness.check(early).items if i.key == "proposal")
    assert not item.ok
    assert item.reasons == (
        "ngày tờ trình 20/12/2021 trước ngày ban hành bộ tiêu chí áp dụng (Quyết định số "
        "318/QĐ-TTg ngày 08/3/2022): hãy kiểm tra lại ngày tờ trình hoặc năm đề nghị công nhận",
    )
    # Neither the 2021-2025 programme (22/02/2022) nor QĐ 18/2022 existed yet either.
    assert dossier_legal.bases(early) == [
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành bộ tiêu "
        "chí quốc gia về xã nông thôn mới giai đoạn 2021-2025;"
    ]


def test_results_carry_their_unit_and_a_final_report_no_authoring_note(db):
    """The appendix prints each result with its unit of measure; the note that the criteria
    set is not verified is for the draft only."""
    data = _dossier(db, 2020, "05/01/2021")
    assessments.set_indicator(db, "07354", 2020, "2.1", value="85,5", met="yes")
    assessments.set_indicator(db, "07354", 2020, "10", value="41,5", met="yes")
    data = dossier_data.assemble(db, "07354", 2020, "standard")
    values = {ind.code: ind.value for ind in data.criteria.indicators}
    assert values["2.1"] == "85,5%" and values["10"] == "41,5 triệu đồng/người/năm"
    final = _read(document.build(data, draft=False))
    starts = outline_pages(final)
    table = _flat(final, starts[2], starts[3])
    assert "85,5%" in table and "41,5 triệu đồng/người/năm" in table
    assert "Số minh chứng (tệp)" in table
    report = _flat(final, starts[1], starts[2])
    assert "chưa được đối chiếu" not in report
    # The report says per indicator what the result was, with its unit, and what remains.
    assert "- Chỉ tiêu 2.1 (đường xã" in report and "): 85,5%; đạt." in report
    assert "III. NỘI DUNG CÒN PHẢI THỰC HIỆN" in report
    assert "- Chỉ tiêu 1.1 (" in report.split("III. NỘI DUNG CÒN PHẢI THỰC HIỆN")[1]
    draft = _read(document.build(data, draft=True))
    assert "chưa được đối chiếu" in _flat(draft, starts[1], starts[2])


def test_a_final_village_dossier_carries_no_note_on_the_catalog(db):
    """The model-village set was put together from the province's plans: the officer sees it on
    the draft, a signed dossier does not say it."""
    data = dossier_data.assemble(db, "07354.001", 2020, "model")
    assert "dựng lại" in data.criteria.catalog_title
    final = _flat(_read(document.build(data, draft=False)), 0, 3)
    assert "dựng lại" not in final and "chưa xác minh" not in final
    assert "Căn cứ Bộ tiêu chí thôn NTM kiểu mẫu do UBND tỉnh Bắc Giang ban hành;" in final
    assert "dựng lại" in _flat(_read(document.build(data, draft=True)), 0, 3)


def test_the_commune_report_states_the_funds_raised_by_source(db):
    dossier_inputs.save(db, "07354", 2025, "standard", COMPLETE_INPUTS, today=TODAY)
    blank = dossier_data.assemble(db, "07354", 2025, "standard")
    funding.record(db, "07354", 2025, amounts={"central": "1.500", "commune": "500"})
    data = dossier_data.assemble(db, "07354", 2025, "standard")

    reader = _read(document.build(data, draft=True))
    starts = outline_pages(reader)
    report = _flat(reader, starts[1], starts[2])

    assert "Huy động nguồn lực năm 2025: tổng cộng 2.000 triệu đồng, gồm:" in report
    assert "- Ngân sách Trung ương: 1.500 triệu đồng (75,0%);" in report
    assert "- Ngân sách xã: 500 triệu đồng (25,0%)." in report
    assert data.fingerprint != blank.fingerprint
    blank_report = _flat(_read(document.build(blank, draft=True)), starts[1], starts[2])
    assert "Huy động nguồn lực năm 2025: chưa có số liệu" in blank_report


def test_the_minutes_and_the_comments_report_say_when_who_and_how_long(filled):
    reader = _read(document.build(_assessed(filled), draft=False))
    starts = outline_pages(reader)
    comments = _flat(reader, starts[3], starts[4])
    minutes = _flat(reader, starts[5], starts[6])

    assert "từ ngày 01/12/2025 đến ngày 15/12/2025 (15 ngày)" in comments
    assert_contains(
        minutes,
        "Thời gian: bắt đầu lúc 08 giờ, ngày 20/12/2025.",
        "27 thành viên dự họp, gồm:",
        "- Thường trực Đảng ủy xã: 3 người;",
        "- Trưởng thôn, Bí thư chi bộ thôn: 12 người.",
        "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam xã Việt Lập: Lê Văn Minh, Chủ tịch Ủy ban "
        "MTTQ xã.",
        "Hội nghị kết thúc lúc 10 giờ 30 cùng ngày.",
    )


@pytest.mark.parametrize(
    ("posted", "reason"),
    [
        (("10/12/2025", "15/12/2025"), "(6 ngày), chưa đủ 15 ngày"),
        (("10/12/2025", "30/12/2025"), "chưa kết thúc trước ngày họp xét"),
        ((None, None), "chưa nhập ngày bắt đầu và kết thúc công khai"),
    ],
)
def test_the_commune_is_not_ready_before_its_results_were_posted_long_enough(db, posted, reason):
    values = {**COMPLETE, "posted_from": posted[0], "posted_to": posted[1]}
    dossier_inputs.save(db, "07354", 2025, "standard", values, today=date(2026, 1, 10))
    data = _assessed(dossier_data.assemble(db, "07354", 2025, "standard"))

    [posting] = [item for item in dossier_readiness.check(data).items if item.key == "posting"]

    assert not posting.ok
    assert reason in posting.reasons[0]


@pytest.mark.parametrize("typed", ["25:00", "8:75", "sáng", "8.30"])
def test_a_meeting_time_that_is_no_time_is_refused(db, typed):
    with pytest.raises(InvalidInput, match="HH:MM"):
        dossier_inputs.save(
            db, "07354", 2025, "standard", {"meeting_start": typed}, today=date(2026, 1, 10)
        )


def test_no_unnumbered_code_is_printed(filled):
    """The 2021-2025 set's indicators whose number is not known ('13.x1') print as such."""
    unnumbered = [
        ind.code for ind in filled.criteria.indicators if catalogs.is_unnumbered(ind.code)
    ]
    assert unnumbered  # the shipped 2021-2025 set has them
    assessed = _assessed(filled, met=False, required=unnumbered[0])
    reasons = " ".join(
        " ".join(item.reasons) for item in dossier_readiness.check(assessed).items if not item.ok
    )
    assert "chỉ tiêu chưa nhập từ văn bản (Tổ chức sản xuất" in reasons
    assert "thiếu minh chứng chỉ tiêu chưa nhập từ văn bản" in reasons
    reader = _read(document.build(assessed, draft=True))
    text = _flat(reader, 0, len(reader.pages))
    assert not re.search(r"\d+\.x\d", text)
    assert "Chỉ tiêu chưa nhập từ văn bản (xã có hợp tác xã hoạt động hiệu quả" in text
