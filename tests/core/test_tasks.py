import csv
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.storage import changes
from ntm_desktop.tasks import deadlines, tasks, tasks_import
from tests.conftest import file_digest, refused

SEED = Path("/work/shared/domain/seed-tables/bac-giang-2020-tasks.csv")
SEED_COPY = Path(__file__).parent / "data" / "bac-giang-2020-tasks.csv"


@pytest.fixture
def seed_sheet(tmp_path) -> Path:
    target = tmp_path / "tasks.csv"
    shutil.copyfile(SEED_COPY, target)
    return target


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("28/02/2020", date(2020, 2, 28)),
        ("Trước 28/02/2020", date(2020, 2, 28)),
        ("Trước 30/6/2020", date(2020, 6, 30)),
        ("Tháng 02/2020", date(2020, 2, 29)),
        ("Tháng 7/2020", date(2020, 7, 31)),
        ("tháng 12", date(2020, 12, 31)),
        ("Quý I/2020", date(2020, 3, 31)),
        ("Quý I", date(2020, 3, 31)),
        ("Quý II-III/2020", date(2020, 9, 30)),
        ("Quý IV/2020", date(2020, 12, 31)),
        ("Trong năm 2020", date(2020, 12, 31)),
        ("trong năm", date(2020, 12, 31)),
    ],
)
def test_deadlines_as_plans_write_them(text, due):
    assert deadlines.due_date(text, 2020) == due


@pytest.mark.parametrize("text", ["sớm", "Tháng 13/2020", "31/02/2020", "Quý V/2020", ""])
def test_unreadable_deadlines_are_explained(text):
    with pytest.raises(InvalidInput, match=r"(?i)thời hạn"):
        deadlines.due_date(text, 2020)


def test_seed_copy_matches_the_shared_seed():
    if SEED.exists():
        assert SEED_COPY.read_bytes() == SEED.read_bytes()


def test_import_the_plans_schedule_twice_changes_nothing(db, db_path, seed_sheet):
    report = tasks_import.import_sheet(db, seed_sheet, 2020)
    assert (report.new, report.changed, report.unchanged) == (36, 0, 0)
    found = tasks.of_year(db, 2020)
    assert len(found) == 36
    first = found[0]
    assert (first.title, first.deadline_text, first.due_date) == (
        "Phân bổ nguồn vốn thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2020",
        "Tháng 01/2020",
        date(2020, 1, 31),
    )
    assert first.lead == "Sở NN&PTNT, VPĐP tỉnh"
    assert first.owner_code == "24"
    before = file_digest(db_path)
    again = tasks_import.import_sheet(db, seed_sheet, 2020)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 36)
    assert file_digest(db_path) == before


def test_overdue_and_due_soon_at_a_date(db, seed_sheet):
    tasks_import.import_sheet(db, seed_sheet, 2020)
    at = date(2020, 3, 20)
    states = {(t.period, t.no): t.state(at) for t in tasks.of_year(db, 2020)}
    assert states[("Q1", 1)] == "overdue"  # Tháng 01/2020
    assert states[("Q1", 3)] == "overdue"  # Trước 28/02/2020
    assert states[("Q1", 6)] == "due_soon"  # Quý I/2020 -> 31/03
    assert states[("Q2-Q3", 1)] == "open"  # Trước 30/6/2020
    overdue = [t for t in tasks.of_year(db, 2020) if t.state(at) == "overdue"]
    assert len(overdue) == 8  # 1 in January, 3 in February, 4 before 28/02
    assert [t.state(at) for t in tasks.of_year(db, 2020)].count("due_soon") == 4  # Quý I
    first = tasks.needing_attention(db, 2020, at)[0]
    assert (first.period, first.no, first.days_late(at)) == ("Q1", 1, 49)

    closed = tasks.close(db, first.id, "Quyết định 15/QĐ-UBND ngày 20/01/2020", date(2020, 1, 20))
    assert closed.state(at) == "done"
    assert closed.days_late(at) == 0
    log = changes.history(db, table="plan_tasks", row_prefix=first.id, field="status")
    assert [(c.old_value, c.new_value) for c in log] == [(None, "open"), ("open", "done")]
    with pytest.raises(InvalidInput, match="báo cáo"):
        tasks.close(db, first.id, "  ", date(2020, 1, 20))
    reopened = tasks.set_status(db, first.id, "open")
    assert reopened.closing_report is None


def test_units_concerned_select_the_tasks_of_a_district(db):
    tan_yen, _ = tasks.save(
        db,
        tasks.TaskInput(
            2020,
            "Q1",
            4,
            "Kế hoạch đạt chuẩn huyện NTM",
            "UBND huyện Tân Yên",
            "",
            "Tháng 02/2020",
            ("216",),
        ),
    )
    tasks.save(db, tasks.TaskInput(2020, "Q1", 5, "Việc của tỉnh", "VPĐP tỉnh", "", "Quý I"))
    assert [t.id for t in tasks.of_year(db, 2020, under="216")] == [tan_yen.id]
    assert len(tasks.of_year(db, 2020, under="24")) == 2


def test_a_bad_sheet_is_refused_cell_by_cell_and_nothing_changes(db, db_path, tmp_path):
    rows = list(csv.reader(SEED_COPY.read_text("utf-8").splitlines()))
    header_at = next(i for i, row in enumerate(rows) if row and row[0] == "period")
    rows[header_at + 2][5] = "sớm nhất có thể"
    rows[header_at + 5][3] = ""
    rows[header_at + 6][1] = "năm"
    path = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    with refused(db_path, match="chưa nhập gì") as caught:
        tasks_import.import_sheet(db, path, 2020)
    details = caught.value.details
    line = header_at + 1  # 1-based line of the header row
    assert details[0].startswith(f"Dòng {line + 2}, cột 'deadline': Không hiểu thời hạn")
    assert details[1] == f"Dòng {line + 5}, cột 'lead': không được để trống."
    assert details[2].startswith(f"Dòng {line + 6}, cột 'no'")
    assert tasks.of_year(db, 2020) == []


def test_a_dry_run_counts_and_writes_nothing(db, db_path, seed_sheet):
    before = file_digest(db_path)
    report = tasks_import.import_sheet(db, seed_sheet, 2020, dry_run=True)
    assert report.new == 36
    assert file_digest(db_path) == before
    assert tasks.of_year(db, 2020) == []


def test_districts_named_in_the_plan_see_their_tasks(db, seed_sheet):
    tasks_import.import_sheet(db, seed_sheet, 2020)
    by_key = {(t.period, t.no): t.unit_codes for t in tasks.of_year(db, 2020)}
    assert by_key[("Q1", 3)] == ("217", "222")  # "UBND huyện Việt Yên, Lạng Giang"
    assert by_key[("Q1", 4)] == ("216",)
    assert by_key[("Q1", 7)] == ("215", "218", "219", "220")
    assert by_key[("Q4", 9)] == ()  # "tỉnh Bắc Giang" is not the city
    assert tasks_import.districts_named(db, "UBND TP Bắc Giang") == ("213",)
    tan_yen = tasks.of_year(db, 2020, under="216")
    assert [(t.period, t.no) for t in tan_yen] == [("Q1", 4), ("Q1", 6), ("Q2-Q3", 6), ("Q2-Q3", 7)]
