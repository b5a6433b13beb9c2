import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ntm_desktop.cli import main
from ntm_desktop.funding import funding
from ntm_desktop.session.data_file import open_data_file
from tests.conftest import file_digest
from tests.core.test_ocop import enter_bac_giang_2020

DATA = Path(__file__).parent / "data"


def run(capsys, db_path, *args):
    code = main(["--db", str(db_path), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_funding_report_reproduces_the_2020_shares(capsys, db_path, tmp_path):
    code, out, _ = run(
        capsys, db_path, "import", "funding", DATA / "bac-giang-2020-funding.csv", "--year", 2020
    )
    assert code == 0 and "1 mới" in out
    with open_data_file(db_path) as db:
        as_of = date(2020, 11, 30)
        funding.record_disbursement(db, "24", 2020, "recurrent", as_of, "118.600", "108.360")
        funding.record_disbursement(db, "24", 2020, "investment", as_of, "562.460", "323.710")
    target = tmp_path / "von.xlsx"
    code, out, _ = run(
        capsys,
        db_path,
        "report",
        "funding",
        "--year",
        2020,
        "--as-of",
        "30/11/2020",
        "--format",
        "xlsx",
        "-o",
        target,
    )
    assert code == 0
    book = openpyxl.load_workbook(target)
    structure = book["Cơ cấu nguồn vốn"]
    rows = {r[1]: r for r in structure.iter_rows(min_row=5, values_only=True) if r[1]}
    shares = {label: round(row[3] * 100, 1) for label, row in rows.items() if row[3]}
    assert shares == {
        "Ngân sách Trung ương": 48.7,
        "Ngân sách địa phương (tỉnh, huyện, xã)": 21.5,
        "Vốn lồng ghép từ các Chương trình, dự án khác": 15.1,
        "Doanh nghiệp, HTX": 3.7,
        "Người dân và cộng đồng": 11.0,
        "Tổng cộng": 100.0,
    }
    assert rows["Tổng cộng"][2] == 1274791
    assert structure["D6"].number_format == "0.0%"
    by_unit = book["Theo đơn vị"]
    header_row = [c.value for c in by_unit[5]]
    total_row = next(r for r in by_unit.iter_rows(values_only=True) if r[2] == "Tổng cộng")
    assert total_row[header_row.index("Tổng cộng")] == 1274791
    assert total_row[-1] == pytest.approx(432_070 / 681_060)
    assert round(total_row[16] * 100, 1) == 57.6  # investment
    assert round(total_row[19] * 100, 1) == 91.4  # recurrent
    data_rows = [r for r in by_unit.iter_rows(min_row=7, values_only=True) if isinstance(r[0], int)]
    assert len(data_rows) == 11  # the province's own line + 10 districts
    for column in range(3, 14):
        assert sum(r[column] for r in data_rows) == total_row[column]


def test_funding_report_is_labelled_with_the_date_of_its_figures(capsys, db_path, tmp_path):
    """Figures as of 30/11/2020 are not labelled "to 31/12/2020" (the default cut-off)."""
    with open_data_file(db_path) as db:
        as_of = date(2020, 11, 30)
        funding.record_disbursement(db, "24", 2020, "recurrent", as_of, "118.600", "108.360")
        funding.record_disbursement(db, "24", 2020, "investment", as_of, "562.460", "323.710")
    code, out, _ = run(capsys, db_path, "report", "funding", "--year", 2020)
    assert code == 0
    header = next(csv.reader(io.StringIO(out)))
    spent = [title for title in header if title.startswith("Giải ngân")]
    assert len(spent) == 9
    assert all(title.startswith("Giải ngân đến 30/11/2020 - ") for title in spent)
    assert "31/12/2020" not in ",".join(header)

    target = tmp_path / "von.xlsx"
    code, _, _ = run(
        capsys, db_path, "report", "funding", "--year", 2020, "--format", "xlsx", "-o", target
    )
    assert code == 0
    cells = [c for row in openpyxl.load_workbook(target)["Theo đơn vị"].values for c in row if c]
    assert "Tỉnh Bắc Giang — số liệu giải ngân đến 30/11/2020" in cells
    assert "Giải ngân đến 30/11/2020" in cells
    assert (
        "Số liệu giải ngân mới nhất đã nhập là đến ngày 30/11/2020 (báo cáo lập đến ngày "
        "31/12/2020)." in cells
    )


def test_funding_csv_rolls_up_districts(capsys, db_path):
    with open_data_file(db_path) as db:
        funding.record(db, "07354", 2020, {"central": "1.000,5"})
        funding.record(db, "216", 2020, {"district": 200})
    code, out, _ = run(capsys, db_path, "report", "funding", "--year", 2020, "--under", "216")
    assert code == 0
    table = list(csv.reader(io.StringIO(out)))
    by_code = {row[1]: row for row in table[1:]}
    assert by_code["216"][2] == "Tổng cộng"
    assert Decimal(by_code["216"][10]) == Decimal("1200.5")
    assert by_code["07354"][3] == "1000.5"
    assert table[1][2] == "Cấp huyện (Huyện Tân Yên)" and table[1][5] == "200"


def test_tasks_report_and_import_errors(capsys, db_path, tmp_path):
    tasks_csv = DATA / "bac-giang-2020-tasks.csv"
    code, out, _ = run(capsys, db_path, "import", "tasks", tasks_csv, "--year", 2020, "--dry-run")
    assert (code, out.splitlines()[0]) == (0, "Sẽ nhập nhiệm vụ: 36 mới, 0 thay đổi, 0 không đổi.")
    assert run(capsys, db_path, "import", "tasks", tasks_csv, "--year", 2020)[0] == 0
    before = file_digest(db_path)
    code, out, _ = run(capsys, db_path, "import", "tasks", tasks_csv, "--year", 2020)
    assert "0 mới, 0 thay đổi, 36 không đổi" in out
    assert file_digest(db_path) == before

    bad = tmp_path / "bad.csv"
    bad.write_text("period,no,task,lead,cooperating,deadline\nQ1,1,Việc,VPĐP,,sớm\n", "utf-8")
    code, _, err = run(capsys, db_path, "import", "tasks", bad, "--year", 2020)
    assert code == 3
    assert "Dòng 2, cột 'deadline': Không hiểu thời hạn 'sớm'" in err
    assert file_digest(db_path) == before

    target = tmp_path / "nhiem-vu.xlsx"
    code, _, _ = run(
        capsys,
        db_path,
        "report",
        "tasks",
        "--year",
        2020,
        "--at",
        "20/03/2020",
        "--format",
        "xlsx",
        "-o",
        target,
    )
    sheet = openpyxl.load_workbook(target).active
    first = [c.value for c in sheet[6]]
    assert first[5:9] == ["Tháng 01/2020", first[6], "Quá hạn", 49]
    assert first[6].date() == date(2020, 1, 31)
    assert sheet["G6"].number_format == "dd/mm/yyyy"
    assert "8 quá hạn, 4 sắp đến hạn" in [c.value for c in sheet["A"] if c.value][-1]


def test_ocop_report_counts(capsys, db_path, tmp_path):
    with open_data_file(db_path) as db:
        enter_bac_giang_2020(db)
    target = tmp_path / "ocop.xlsx"
    code, _, _ = run(
        capsys, db_path, "report", "ocop", "--year", 2020, "--format", "xlsx", "-o", target
    )
    assert code == 0
    book = openpyxl.load_workbook(target)
    by_unit = book["Theo đơn vị"]
    total = next(r for r in by_unit.iter_rows(values_only=True) if r[2] == "Tổng cộng")
    assert total[3:] == (71, 24, 0, 95)
    kinds = {r[0]: r[1:] for r in book["Theo loại chủ thể"].iter_rows(min_row=6, values_only=True)}
    assert kinds["Hợp tác xã"][0] == 49 and round(kinds["Hợp tác xã"][1] * 100, 1) == 87.5
    assert kinds["Tổng cộng"][0] == 56
    assert book["Danh sách sản phẩm"].max_row >= 95
    code, out, _ = run(capsys, db_path, "report", "ocop", "--year", 2019)
    assert list(csv.reader(io.StringIO(out)))[-1][3:] == ["46", "0", "0", "46"]


def test_xlsx_needs_an_output_file(capsys, db_path):
    code, _, err = run(capsys, db_path, "report", "ocop", "--year", 2020, "--format", "xlsx")
    assert code == 3 and "-o" in err


def test_a_real_import_is_preceded_by_a_backup_and_a_dry_run_is_not(capsys, db_path):
    tasks_csv = DATA / "bac-giang-2020-tasks.csv"
    from ntm_desktop.backups import backups

    run(capsys, db_path, "import", "tasks", tasks_csv, "--year", 2020, "--dry-run")
    assert backups.list_backups(db_path) == []
    run(capsys, db_path, "import", "tasks", tasks_csv, "--year", 2020)
    assert [entry.manifest.reason for entry in backups.list_backups(db_path)] == [
        backups.BEFORE_IMPORT
    ]


def test_funding_tasks_and_ocop_reports_as_pdf(capsys, db_path, tmp_path):
    import pypdf

    run(
        capsys,
        db_path,
        "import",
        "funding",
        DATA / "bac-giang-2020-funding.csv",
        "--year",
        2020,
        "--unit",
        "24",
    )
    run(capsys, db_path, "import", "tasks", DATA / "bac-giang-2020-tasks.csv", "--year", 2020)
    for name, expected in (("funding", "Ngân sách Trung ương"), ("tasks", "Phân bổ nguồn vốn")):
        target = tmp_path / f"{name}.pdf"
        code, _, _ = run(
            capsys, db_path, "report", name, "--year", 2020, "--format", "pdf", "-o", target
        )
        assert code == 0
        reader = pypdf.PdfReader(target)
        text = " ".join(page.extract_text() for page in reader.pages)
        assert expected in text
        assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)
        assert reader.outline, "each table is a bookmarked part"
    code, _, err = run(capsys, db_path, "report", "ocop", "--year", 2020, "--format", "pdf")
    assert code == 3 and "-o" in err
