"""`ntm-desktop` start-up options: `--smoke-test` (used on the frozen build in CI) and the
positional bundle file the installer's file association passes."""

import subprocess
import sys
from pathlib import Path

from ntm_desktop.session.data_file import open_data_file
from ui.app import parse_arguments

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_paints_then_quits(tmp_path):
    data_file = tmp_path / "ntm.db"
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--db", str(data_file), "--smoke-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    with open_data_file(data_file) as db:
        assert db.get_meta("dataset") == "bac-giang-2020"


def test_bundle_argument_is_kept_for_the_import_and_qt_options_pass_through():
    args, qt_args = parse_arguments(["--db", "a.db", "C:\\Nhận\\gói xã.vnsb", "-style=fusion"])
    assert args.file == Path("C:\\Nhận\\gói xã.vnsb")
    assert args.db == Path("a.db")
    assert not args.smoke_test
    assert qt_args == ["-style=fusion"]
