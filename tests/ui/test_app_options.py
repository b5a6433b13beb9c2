"""`ntm-desktop` start-up options: `--smoke-test` (used on the frozen build in CI), `--demo`,
and the positional bundle file the installer's file association passes."""

import subprocess
import sys
from pathlib import Path

from ntm_desktop.demo import marker
from ntm_desktop.session.data_file import open_data_file
from ui.app import parse_arguments

ROOT = Path(__file__).resolve().parents[2]


def smoke_test(*options: str) -> None:
    """Start the app in a fresh process with `options`; it must paint a window and quit."""
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", *options, "--smoke-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_smoke_test_paints_then_quits(tmp_path):
    data_file = tmp_path / "ntm.db"
    smoke_test("--db", str(data_file))
    with open_data_file(data_file) as db:
        assert db.get_meta("dataset") == "bac-giang-2020"


def test_demo_builds_and_opens_the_demonstration_file(tmp_path):
    path = tmp_path / "mau" / "ntm-mau.db"
    smoke_test("--demo", "--db", str(path))
    with open_data_file(path) as db:
        assert marker.is_demo(db)


def test_bundle_argument_is_kept_for_the_import_and_qt_options_pass_through():
    args, qt_args = parse_arguments(["--db", "a.db", "C:\\Nhận\\gói xã.vnsb", "-style=fusion"])
    assert args.file == Path("C:\\Nhận\\gói xã.vnsb")
    assert args.db == Path("a.db")
    assert not args.smoke_test
    assert qt_args == ["-style=fusion"]
