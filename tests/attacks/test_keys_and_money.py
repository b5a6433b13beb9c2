"""Promises 10 and 11: a certificate lives 1 to 10 years; no amount past what the data file holds.

`keys issue --years` outside 1–10 and an amount SQLite's integer cannot hold (typed, or read from
a sheet) are exit 3 with a Vietnamese message, nothing written and no traceback.
"""

from __future__ import annotations

import pytest

from ntm_desktop.cli import main
from ntm_desktop.sync import identity
from tests.conftest import file_digest

TOO_MUCH = str(2**63)  # one past SQLite's largest integer


def _run(capsys, db_path, *args):
    capsys.readouterr()
    code = main(["--db", str(db_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("years", ["0", "11", "-1", "99999", "1,5", "abc", "1e3", TOO_MUCH])
def test_a_certificate_outside_one_to_ten_years_is_refused(db, capsys, tmp_path, years):
    root = tmp_path / "ROOT.key"
    identity.init_root(db, root)
    before = file_digest(db.path)

    code, _, err = _run(
        capsys, db.path, "keys", "issue", "--root", str(root), "--office", "07354",
        "--role", "commune", "--years", years, "-o", str(tmp_path / "xa.cert"),
    )  # fmt: skip

    assert code == 3, err
    assert "từ 1 đến 10" in err and "Traceback" not in err
    assert not (tmp_path / "xa.cert").exists()
    assert file_digest(db.path) == before


@pytest.mark.parametrize("years", ["1", "10"])
def test_one_to_ten_years_are_accepted(db, capsys, tmp_path, years):
    root = tmp_path / "ROOT.key"
    identity.init_root(db, root)
    code, _, err = _run(
        capsys, db.path, "keys", "issue", "--root", str(root), "--office", "07354",
        "--role", "commune", "--years", years, "-o", str(tmp_path / "xa.cert"),
    )  # fmt: skip
    assert code == 0, err
    assert (tmp_path / "xa.cert").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "add-item", "--state-support", TOO_MUCH], "quá lớn"),
        (["plan", "add-item", "--residents", "1.000.000.000.000.001"], "quá lớn"),
        (["plan", "add-item", "--land-m2", "9" * 400], "quá lớn"),
        (["targets", "set", "--unit", "216", "--year", "2020", "--standard", TOO_MUCH], "quá lớn"),
        (["dossier", "set", "--unit", "07354", "--year", "2025", "--survey-issued", TOO_MUCH],
         "quá lớn"),
    ],
    ids=["plan-state-support", "plan-residents", "plan-land", "targets", "dossier-survey"],
)  # fmt: skip
def test_an_amount_past_the_integer_limit_is_exit_3(db, capsys, args, message):
    village = ["--village", "07354.001", "--year", "2020"]
    assert _run(capsys, db.path, "plan", "register", *village)[0] == 0
    if args[0] == "plan":
        args = [*args[:2], *village, "--work", "Đường trục thôn", *args[2:]]
    before = file_digest(db.path)

    code, _, err = _run(capsys, db.path, *args)

    assert code == 3, err
    assert message in err and "Traceback" not in err
    assert file_digest(db.path) == before


@pytest.mark.parametrize(
    "row",
    [f"Ngân sách Trung ương,{TOO_MUCH},07354", f"Hiến đất (m²),{TOO_MUCH},07354"],
    ids=["money", "land"],
)
def test_a_funding_sheet_with_an_amount_past_the_limit_is_exit_3(db, capsys, tmp_path, row):
    sheet = tmp_path / "nguon-von.csv"
    sheet.write_text(f"source,amount_million_vnd,unit\n{row}\n", "utf-8")
    before = file_digest(db.path)

    code, _, err = _run(capsys, db.path, "import", "funding", str(sheet), "--year", "2020")

    assert code == 3, err
    assert "quá lớn" in err and "Traceback" not in err
    assert file_digest(db.path) == before
