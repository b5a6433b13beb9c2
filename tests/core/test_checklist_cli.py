import csv
import io
import json

from ntm_desktop.cli import main
from ntm_desktop.cli.checklist_commands import SHOW_COLUMNS
from tests.conftest import file_digest
from tests.core.checklist_catalog import install


def run(capsys, db_path, *args):
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_set_show_score_and_history(capsys, db, db_path):
    install(db)
    db.close()
    unit = ["--unit", "07354", "--year", "2020"]
    assert (
        run(capsys, db_path, "checklist", "set", *unit, "--indicator", "1.1", "--value", "100")[0]
        == 0
    )
    code, out, _ = run(
        capsys,
        db_path,
        "checklist",
        "set",
        *unit,
        "--indicator",
        "2.1",
        "--value",
        "40,5",
        "--met",
        "yes",
        "--note",
        "Theo báo cáo thống kê",
    )
    assert code == 0 and "40,5" in out
    run(capsys, db_path, "checklist", "set", *unit, "--indicator", "1.2", "--met", "yes")
    code, out, _ = run(capsys, db_path, "checklist", "show", *unit)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == SHOW_COLUMNS
    by_code = {row["indicator_code"]: row for row in rows}
    assert by_code["1.1"] == {
        "criterion_no": "1",
        "indicator_code": "1.1",
        "target": "≥ 100",
        "value": "100",
        "met": "yes",
        "decided_by": "rule",
        "evidence_count": "0",
    }
    assert (by_code["2.1"]["met"], by_code["2.1"]["decided_by"]) == ("yes", "officer")
    assert by_code["3"]["met"] == "unknown"
    code, out, _ = run(capsys, db_path, "checklist", "show", *unit, "--format", "json")
    assert json.loads(out)[2]["value"] == 40.5
    assert run(capsys, db_path, "checklist", "score", *unit)[1] == "2/4\n"
    code, out, _ = run(capsys, db_path, "history", "--unit", "07354", "--indicator", "2.1")
    logged = list(csv.DictReader(io.StringIO(out)))
    assert [(r["field"], r["new_value"]) for r in logged] == [
        ("value", "40.5"),
        ("officer_met", "yes"),
        ("note", "Theo báo cáo thống kê"),
    ]


def test_invalid_input_exits_3_and_changes_nothing(capsys, db, db_path, tmp_path):
    install(db)
    db.close()
    before = file_digest(db_path)
    unit = ["--unit", "07354", "--year", "2020"]
    for args, reason in [
        (["--indicator", "1.1", "--value", "150"], "từ 0 đến 100"),
        (["--indicator", "2.1", "--value", "-3"], "không được âm"),
        (["--indicator", "2.1", "--value", "bốn mươi"], "không phải là số"),
        (["--indicator", "99", "--value", "1"], "không có chỉ tiêu mã 99"),
    ]:
        code, _, err = run(capsys, db_path, "checklist", "set", *unit, *args)
        assert code == 3 and reason in err
    code, _, err = run(capsys, db_path, "checklist", "show", "--unit", "99999", "--year", "2020")
    assert code == 3 and "Không có đơn vị" in err
    code, _, err = run(
        capsys,
        db_path,
        "checklist",
        "attach",
        *unit,
        "--indicator",
        "1.1",
        str(tmp_path / "none.pdf"),
    )
    assert code == 3
    assert file_digest(db_path) == before


def test_attach_counts_in_show(capsys, db_path, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF scan")
    unit = ["--unit", "07354", "--year", "2020"]
    assert (
        run(capsys, db_path, "checklist", "attach", *unit, "--indicator", "2.1", str(scan))[0] == 0
    )
    _, out, _ = run(capsys, db_path, "checklist", "show", *unit)
    row = next(r for r in csv.DictReader(io.StringIO(out)) if r["indicator_code"] == "2.1")
    assert row["evidence_count"] == "1"


def test_tier_override_from_the_command_line(capsys, db_path):
    unit = ["--unit", "07354", "--year", "2023"]
    code, out, _ = run(capsys, db_path, "checklist", "tier", *unit, "--tier", "advanced")
    assert code == 0 and "xa-ntm-nang-cao-2021-2025@1" in out
    _, out, _ = run(capsys, db_path, "checklist", "show", *unit)
    assert len(list(csv.DictReader(io.StringIO(out)))) == 19
    before = file_digest(db_path)
    code, _, err = run(
        capsys,
        db_path,
        "checklist",
        "tier",
        *unit,
        "--tier",
        "model",
        "--catalog",
        "huyen-ntm-2021-2025",
    )
    assert code == 3 and "không dùng được" in err
    assert file_digest(db_path) == before


def test_every_cli_change_says_who_made_it(capsys, db_path):
    import getpass

    unit = ["--unit", "07354", "--year", "2020"]
    run(capsys, db_path, "checklist", "set", *unit, "--indicator", "2.1", "--met", "yes")
    main(
        [
            "--db",
            str(db_path),
            "--user",
            "Lê Văn Bình",
            "checklist",
            "set",
            *unit,
            "--indicator",
            "2.1",
            "--met",
            "no",
        ]
    )
    capsys.readouterr()
    code, out, _ = run(capsys, db_path, "history", "--unit", "07354", "--indicator", "2.1")
    users = [row["user"] for row in csv.DictReader(io.StringIO(out))]
    assert code == 0 and users == [getpass.getuser(), "Lê Văn Bình"]
