"""The recognition procedure as it runs: the commune proposes, the district verifies and
proposes several communes at once, the province appraises and drafts the decision; after
1/7/2025 the commune goes straight to the province. Real data files, PDFs read back."""

from __future__ import annotations

import io
import shutil
from datetime import date, datetime, timedelta

import pypdf
import pytest
from PIL import Image

from ntm_desktop.checklist import assessments, reviews
from ntm_desktop.cli import main
from ntm_desktop.dossier import (
    document,
    dossier_data,
    dossier_inputs,
    dossier_readiness,
    stage_data,
    stage_documents,
    stage_readiness,
)
from ntm_desktop.session.data_file import open_data_file
from tests.conftest import file_digest
from tests.core.dossier_seeds import COMPLETE_INPUTS
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    DISTRICT,
    imp,
    network,
)
from tests.pdf_checks import (
    assert_contains,
    assert_fonts_embedded,
    outline_pages,
    outline_titles,
    render_png,
)

TAN_YEN = ("07303", "07309", "07312")  # Lan Giới, Tân Trung, Đại Hóa (huyện Tân Yên)
OTHER_DISTRICT = "07222"  # Xã Song Mai, thành phố Bắc Giang
TODAY = date(2026, 1, 10)
TEAM = [
    "--chair",
    "Trần Thị Bình",
    "--secretary",
    "Lê Văn Nam",
    "--members-present",
    "9",
    "--votes-for",
    "9",
    "--signer",
    "Hoàng Văn Tú",
]
COUNCIL = [
    "--chair",
    "Nguyễn Văn Lạc",
    "--secretary",
    "Đỗ Thị Mai",
    "--members-present",
    "15",
    "--votes-for",
    "14",
    "--signer",
    "Phạm Văn Hùng",
]


def _propose(db, code: str, year: int, number: int, proposal_date: str, meeting: str) -> None:
    """What the commune does on its own: every criterion met, its dossier inputs entered."""
    sheet = assessments.checklist(db, code, year)
    for criterion in sheet.criteria:
        assessments.set_criterion(db, code, year, criterion.criterion.no, "yes")
    held = datetime.strptime(meeting, "%d/%m/%Y").date()
    values = {
        **COMPLETE_INPUTS,
        "proposal_number": f"{number}/TTr-UBND",
        "proposal_date": proposal_date,
        "meeting_date": meeting,
        # Posted for comment for the 15 days that end the day before the meeting.
        "posted_from": held - timedelta(days=15),
        "posted_to": held - timedelta(days=1),
    }
    dossier_inputs.save(db, code, year, "standard", values, today=TODAY)


@pytest.fixture
def proposed(db):
    """Three Tân Yên communes that have done their part for 2020, and nothing more."""
    for number, code in enumerate(TAN_YEN, 11):
        _propose(db, code, 2020, number, f"0{number - 9}/09/2020", "25/08/2020")
    return db


def _text(reader: pypdf.PdfReader, start: int = 0, end: int | None = None) -> str:
    pages = reader.pages[start:end]
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def _parts(reader: pypdf.PdfReader) -> dict[str, str]:
    """Each bookmarked document's text, by its bookmark."""
    starts = [*outline_pages(reader), len(reader.pages)]
    return {
        title: _text(reader, starts[i], starts[i + 1])
        for i, title in enumerate(outline_titles(reader))
    }


def _review(db, code: str, stage: str, day: date, year: int = 2020, **extra) -> None:
    """`stage` passes the commune on `day`."""
    reviews.record(db, code, year, stage, "passed", review_date=day, today=TODAY, **extra)


def test_the_commune_proposes_to_its_district_with_no_district_action(proposed, db_path, tmp_path):
    """The commune's own conditions make its dossier official; the Tờ trình asks the district
    to verify and propose it to the province."""
    data = dossier_data.assemble(proposed, "07303", 2020)
    readiness = dossier_readiness.check(data)
    assert readiness.ready, readiness.problems
    assert reviews.of_unit(proposed, "07303", 2020) == {}
    proposed.close()
    target = tmp_path / "xa.pdf"
    args = ["--db", str(db_path), "dossier", "--unit", "07303", "--year", "2020"]
    assert main([*args, "-o", str(target)]) == 0
    reader = pypdf.PdfReader(target)
    proposal = _parts(reader)["Tờ trình đề nghị công nhận"]
    assert "DỰ THẢO" not in _text(reader)
    assert_contains(
        proposal,
        "Về việc đề nghị thẩm tra, xét công nhận xã Lan Giới đạt chuẩn nông thôn mới năm 2020",
        "Kính gửi: Ủy ban nhân dân huyện Tân Yên.",
        "Lan Giới, ngày 02 tháng 9 năm 2020",
        "kính trình Ủy ban nhân dân huyện Tân Yên thẩm tra, đề nghị Ủy ban nhân dân tỉnh "
        "Bắc Giang xét, công nhận xã Lan Giới đạt chuẩn nông thôn mới năm 2020.",
    )


def test_district_file_for_three_communes(proposed, db_path, tmp_path, capsys):
    base = ["--db", str(db_path), "dossier"]
    stage = ["--stage", "district", *(x for code in TAN_YEN for x in ("--unit", code))]
    stage += ["--year", "2020"]
    proposed.close()
    # Before the district records anything: only the district's own conditions are listed.
    assert main([*base, "check", *stage]) == 3
    out = capsys.readouterr().out
    assert out.count("huyện chưa thẩm tra kết quả năm 2020") == 3
    assert "Họp đoàn thẩm tra" in out and "Tờ trình của huyện" in out
    assert "nợ đọng" not in out and "hài lòng" not in out
    target = tmp_path / "huyen.pdf"
    before = file_digest(db_path)
    assert main([*base, *stage, *TEAM, "-o", str(target)]) == 3 and not target.exists()
    assert "--draft" in capsys.readouterr().err
    assert file_digest(db_path) == before

    with open_data_file(db_path) as db:
        _review(db, "07303", "district", date(2020, 9, 15), reviewer="Trần Thị Bình")
        _review(
            db,
            "07309",
            "district",
            date(2020, 9, 16),
            reviewer="Trần Thị Bình",
            note="Đã bổ sung minh chứng tiêu chí 17",
        )
        _review(
            db,
            "07312",
            "district",
            date(2020, 9, 15),
            reviewer="Trần Thị Bình",
            remarks={"17": "Đạt; đã kiểm tra thực tế điểm tập kết rác thải"},
        )
    assert main([*base, "check", *stage, *TEAM]) == 0
    capsys.readouterr()
    assert main([*base, *stage, *TEAM, "--number", "125/TTr-UBND", "-o", str(target)]) == 0
    reader = pypdf.PdfReader(target)
    assert_fonts_embedded(reader)
    parts = _parts(reader)
    assert list(parts) == [
        "Tờ trình của Ủy ban nhân dân huyện",
        "Báo cáo thẩm tra",
        "Phụ lục: Kết quả thẩm tra từng tiêu chí",
        "Biên bản họp đoàn thẩm tra",
    ]
    assert "DỰ THẢO" not in _text(reader)
    proposal = parts["Tờ trình của Ủy ban nhân dân huyện"]
    assert_contains(
        proposal,
        "ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN",
        "Số: 125/TTr-UBND",
        "Tân Yên, ngày 16 tháng 9 năm 2020",
        "TỜ TRÌNH",
        "Kính gửi: Ủy ban nhân dân tỉnh Bắc Giang.",
        "Căn cứ Tờ trình số 11/TTr-UBND ngày 02/9/2020 của Ủy ban nhân dân xã Lan Giới;",
        "Căn cứ Tờ trình số 13/TTr-UBND ngày 04/9/2020 của Ủy ban nhân dân xã Đại Hóa;",
        "3/3 xã đạt yêu cầu thẩm tra",
        "thẩm định, xét công nhận xã Lan Giới, xã Tân Trung và xã Đại Hóa đạt chuẩn nông thôn "
        "mới năm 2020.",
        "TM. ỦY BAN NHÂN DÂN",
        "Hoàng Văn Tú",
    )
    report = parts["Báo cáo thẩm tra"]
    assert_contains(
        report,
        "BÁO CÁO",
        "Kết quả thẩm tra hồ sơ và mức độ đạt từng tiêu chí",
        "đoàn thẩm tra huyện Tân Yên (Trần Thị Bình)",
        "2. Xã Tân Trung, huyện Tân Yên",
        "đạt 95,0%",
        "Kết quả thẩm tra: đạt (Trần Thị Bình, 16/9/2020); đã bổ sung minh chứng tiêu chí 17.",
    )
    appendix = parts["Phụ lục: Kết quả thẩm tra từng tiêu chí"]
    assert "Kèm theo Báo cáo số" in appendix and "ngày 16/9/2020" in appendix
    assert "đã kiểm tra thực tế điểm tập kết rác thải" in appendix
    assert appendix.count("19. Quốc phòng và An ninh") == 3
    minutes = parts["Biên bản họp đoàn thẩm tra"]
    for expected in ("BIÊN BẢN", "Chủ trì: Trần Thị Bình.", "nhất trí 9/9 thành viên, đạt 100,0%"):
        assert expected in minutes, expected
    assert "TRƯỞNG ĐOÀN" in minutes and "THƯ KÝ" in minutes

    png = render_png(target, 0, tmp_path / "huyen-1.png")
    with Image.open(png) as image:
        assert image.size[0] < image.size[1]
        assert sum(image.convert("L").histogram()[:100]) > 2000


def test_province_file_and_draft_decision(proposed, db_path, tmp_path, capsys):
    for code in TAN_YEN:
        _review(proposed, code, "district", date(2020, 9, 15), reviewer="Trần Thị Bình")
    file = stage_data.assemble(proposed, "province", list(TAN_YEN), 2020)
    readiness = stage_readiness.check(file)
    assert [item.ok for item in readiness.items[:3]] == [False] * 3
    assert readiness.items[0].reasons == ("tỉnh chưa thẩm định kết quả năm 2020",)
    # The province relies on the district's verification, not on the commune's paper alone.
    reviews.record(proposed, "07312", 2020, "district", "returned", note="Thiếu biên bản")
    for code in TAN_YEN:
        _review(proposed, code, "province", date(2020, 10, 20), reviewer="Lê Văn Cường")
    file = stage_data.assemble(proposed, "province", list(TAN_YEN), 2020)
    failing = [item for item in stage_readiness.check(file).items if not item.ok]
    assert [item.reasons for item in failing] == [
        ("huyện Tân Yên chưa thẩm tra đạt (cần bổ sung)",),
        ("chưa nhập chủ trì (--chair), thư ký (--secretary), số thành viên dự họp "
         "(--members-present), số thành viên nhất trí (--votes-for)",),
        ("chưa nhập người ký (--signer)",),
    ]  # fmt: skip
    _review(proposed, "07312", "district", date(2020, 9, 18), reviewer="Trần Thị Bình")
    proposed.close()

    target = tmp_path / "tinh.pdf"
    stage = ["--stage", "province", *(x for code in TAN_YEN for x in ("--unit", code))]
    args = ["--db", str(db_path), "dossier", *stage, "--year", "2020", *COUNCIL]
    assert main([*args, "-o", str(target)]) == 0
    reader = pypdf.PdfReader(target)
    parts = _parts(reader)
    assert list(parts) == [
        "Báo cáo thẩm định",
        "Phụ lục: Kết quả thẩm định từng tiêu chí",
        "Biên bản họp Hội đồng thẩm định",
        "Dự thảo Quyết định công nhận",
        "Danh sách kèm theo Quyết định",
    ]
    report = parts["Báo cáo thẩm định"]
    assert_contains(
        report,
        "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TỈNH",
        "Bắc Giang, ngày 20 tháng 10 năm 2020",
        "Kính gửi: Hội đồng thẩm định tỉnh Bắc Giang.",
        "kết quả thẩm tra của Ủy ban nhân dân huyện Tân Yên đối với xã Đại Hóa ngày 18/9/2020",
        "đ) Kết quả thẩm tra của huyện Tân Yên: đạt (Trần Thị Bình, 18/9/2020).",
        "e) Kết quả thẩm định: đạt (Lê Văn Cường, 20/10/2020).",
        "CHÁNH VĂN PHÒNG",
        "Phạm Văn Hùng",
    )
    appendix = parts["Phụ lục: Kết quả thẩm định từng tiêu chí"]
    assert "Kết quả thẩm tra" in appendix and "Kết quả thẩm định" in appendix
    minutes = parts["Biên bản họp Hội đồng thẩm định"]
    assert "HỘI ĐỒNG THẨM ĐỊNH" in minutes and "nhất trí 14/15 thành viên, đạt 93,3%" in minutes
    assert "CHỦ TỊCH HỘI ĐỒNG" in minutes
    decision = parts["Dự thảo Quyết định công nhận"]
    assert_contains(
        decision,
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
        "/QĐ-UBND",
        "Bắc Giang, ngày tháng năm",  # dated when signed
        "QUYẾT ĐỊNH",
        "Về việc công nhận xã đạt chuẩn nông thôn mới năm 2020",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
        "Căn cứ Quyết định số 2540/QĐ-TTg năm 2016",
        "Theo đề nghị của Ủy ban nhân dân huyện Tân Yên",
        "Điều 1. Công nhận 3 xã đạt chuẩn nông thôn mới năm 2020 (có danh sách kèm theo).",
        "Chủ tịch Ủy ban nhân dân huyện Tân Yên",
    )
    listed = parts["Danh sách kèm theo Quyết định"]
    for name in ("Xã Lan Giới", "Xã Tân Trung", "Xã Đại Hóa", "Huyện Tân Yên", "19/19"):
        assert name in listed, name
    for index in (0, outline_pages(reader)[3]):
        png = render_png(target, index, tmp_path / f"tinh-{index}.png")
        with Image.open(png) as image:
            assert sum(image.convert("L").histogram()[:100]) > 2000


def test_after_the_reform_the_commune_goes_to_the_province(bac_ninh_template, tmp_path):
    path = tmp_path / "bac-ninh.db"
    shutil.copyfile(bac_ninh_template, path)
    with open_data_file(path) as db:
        communes = ["07246", "07264"]  # Xã Xuân Lương, Xã Tam Tiến
        for number, code in enumerate(communes, 21):
            _propose(db, code, 2025, number, "05/01/2026", "20/12/2025")
        data = dossier_data.assemble(db, communes[0], 2025)
        assert data.proposed_to == "province" and dossier_readiness.check(data).ready
        proposal = _parts(pypdf.PdfReader(io.BytesIO(document.build(data, draft=False))))
        text = proposal["Tờ trình đề nghị công nhận"]
        assert "Về việc đề nghị thẩm định, xét công nhận xã Xuân Lương" in text
        assert "Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh." in text
        assert (
            "kính trình Ủy ban nhân dân tỉnh Bắc Ninh thẩm định, xét công nhận xã Xuân Lương"
            in text
        )
        assert "huyện" not in text
        with pytest.raises(Exception, match="không có cấp huyện"):
            stage_data.assemble(db, "district", communes, 2025)
        for code in communes:
            _review(db, code, "province", date(2026, 1, 8), 2025, reviewer="Lê Văn Cường")
        file = stage_data.assemble(
            db,
            "province",
            communes,
            2025,
            signing=stage_data.Signing(
                signer="Phạm Văn Hùng", chair="Nguyễn Văn Lạc", secretary="Đỗ Thị Mai",
                members_present=15, votes_for=15,
            ),
        )  # fmt: skip
        assert stage_readiness.check(file).ready, stage_readiness.check(file).problems
    reader = pypdf.PdfReader(io.BytesIO(stage_documents.build(file, draft=False)))
    parts = _parts(reader)
    assert (
        "Căn cứ Tờ trình số 21/TTr-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Xuân Lương"
        in (parts["Báo cáo thẩm định"])
    )
    decision = parts["Dự thảo Quyết định công nhận"]
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH" in decision
    assert "Theo đề nghị của Ủy ban nhân dân xã Xuân Lương; Ủy ban nhân dân xã Tam Tiến" in decision
    assert "huyện" not in decision + parts["Danh sách kèm theo Quyết định"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--stage", "district", "--unit", "07303", "--unit", OTHER_DISTRICT], "nhiều đơn vị"),
        (["--stage", "district", "--unit", "216"], "không phải đơn vị cấp xã"),
        (["--unit", "07303", "--unit", "07309"], "chỉ gồm một đơn vị"),
        (["--unit", "07303", "--signer", "Hoàng Văn Tú"], "--signer chỉ dùng cho hồ sơ huyện"),
        (
            ["--stage", "district", "--unit", "07303", "--date", "31/02/2020"],
            "không phải ngày hợp lệ",
        ),
    ],
)
def test_stage_files_refuse_what_does_not_fit(db_path, capsys, args, words):
    code = main(["--db", str(db_path), "dossier", "check", *args, "--year", "2020"])
    assert code == 3
    assert words in capsys.readouterr().err


def test_the_same_file_gives_the_same_bytes_and_a_draft_is_marked(proposed):
    file = stage_data.assemble(proposed, "district", list(TAN_YEN), 2020)
    assert not stage_readiness.check(file).ready
    draft = stage_documents.build(file, draft=True)
    assert draft == stage_documents.build(file, draft=True)
    reader = pypdf.PdfReader(io.BytesIO(draft))
    assert all("DỰ THẢO" in page.extract_text() for page in reader.pages)
    assert "0/3 xã đạt yêu cầu thẩm tra" in _text(reader)


def test_each_stage_reads_what_the_one_before_sent(net, tmp_path):
    """Three offices, three data files: the commune's dossier reaches the district in a bundle,
    the district's verification reaches the province in another; each prints its own file."""
    commune = net.replica("xa", COMMUNE_A)
    district = net.replica("huyen", DISTRICT, role="district")
    _propose(commune, COMMUNE_A, 2020, 15, "02/09/2020", "25/08/2020")
    assert dossier_readiness.check(dossier_data.assemble(commune, COMMUNE_A, 2020)).ready
    for part in net.export(commune):
        assert imp(district, part).status == "applied"

    received = dossier_data.assemble(district, COMMUNE_A, 2020)
    assert received.inputs.proposal_number == "15/TTr-UBND"
    assert received.criteria.met_count == 19
    _review(district, COMMUNE_A, "district", date(2020, 9, 15), reviewer="Trần Thị Bình")
    signing = stage_data.Signing(
        signer="Hoàng Văn Tú", chair="Trần Thị Bình", secretary="Lê Văn Nam",
        members_present=9, votes_for=9,
    )  # fmt: skip
    file = stage_data.assemble(district, "district", [COMMUNE_A], 2020, signing=signing)
    assert stage_readiness.check(file).ready, stage_readiness.check(file).problems
    text = _text(pypdf.PdfReader(io.BytesIO(stage_documents.build(file, draft=False))))
    assert "Căn cứ Tờ trình số 15/TTr-UBND ngày 02/9/2020 của Ủy ban nhân dân xã Việt Lập;" in text

    for source in (commune, district):
        for part in net.export(source):
            assert imp(net.province, part).status in ("applied", "duplicate")
    _review(net.province, COMMUNE_A, "province", date(2020, 10, 20), reviewer="Lê Văn Cường")
    file = stage_data.assemble(net.province, "province", [COMMUNE_A], 2020, signing=signing)
    assert stage_readiness.check(file).ready, stage_readiness.check(file).problems
    decision = _parts(pypdf.PdfReader(io.BytesIO(stage_documents.build(file, draft=False))))
    assert "Xã Việt Lập" in decision["Danh sách kèm theo Quyết định"]
