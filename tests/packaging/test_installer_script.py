"""The installer completeness check, on the real Inno Setup script and on broken copies.

A fake one-folder build (the Linux layout: `ntm`, `ntm-desktop`, `_internal/...`) stands in for
the PyInstaller output, so these tests need neither a build nor Inno Setup.
"""

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "ntm-desktop.iss"


def _load_checker():
    spec = importlib.util.spec_from_file_location(
        "check_installer", ROOT / "packaging" / "check_installer.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_installer"] = module
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


@pytest.fixture
def build(tmp_path: Path) -> Path:
    folder = tmp_path / "dist" / "ntm-desktop"
    for relative in (
        "ntm",
        "ntm-desktop",
        "_internal/base_library.zip",
        "_internal/resources/units/bac-giang-2020.json",
        "_internal/ntm_desktop/storage/migrations/0001_foundation.sql",
    ):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return folder


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = ISS.read_text("utf-8-sig")
    assert old in text
    path = tmp_path / "broken.iss"
    path.write_text(text.replace(old, new), "utf-8-sig")
    return path


def test_real_script_matches_a_complete_build(build):
    assert checker.check(ISS, build, windows_build=False) == []


def test_windows_build_keeps_the_exe_names(build):
    for name in ("ntm", "ntm-desktop"):
        (build / name).rename(build / f"{name}.exe")
    assert checker.check(ISS, build, windows_build=True) == []
    assert checker.check(ISS, build, windows_build=False) != []


def test_file_missing_from_the_build_is_reported(build):
    (build / "ntm").unlink()
    problems = checker.check(ISS, build, windows_build=False)
    assert any("bản đóng gói thiếu" in p and "ntm.exe" in p for p in problems), problems


def test_library_folder_missing_from_the_build_is_reported(build):
    shutil.rmtree(build / "_internal")
    problems = checker.check(ISS, build, windows_build=False)
    assert any("bản đóng gói thiếu" in p and "_internal" in p for p in problems), problems


def test_build_file_the_script_does_not_install_is_reported(build):
    (build / "ntm-admin").write_bytes(b"x")
    problems = checker.check(ISS, build, windows_build=False)
    assert problems == ["[Files] không cài tệp của bản đóng gói: ntm-admin"]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            'Name: "{autodesktop}\\NTM Desktop"; Filename: "{app}\\ntm-desktop.exe"',
            'Name: "{autodesktop}\\NTM Desktop"; Filename: "{app}\\ntm-dektop.exe"',
            "[Icons] trỏ tới tệp không được cài: {app}\\ntm-dektop.exe",
        ),
        (
            "[Run]",
            '[UninstallDelete]\nType: filesandordirs; Name: "{localappdata}\\NTMDesktop"\n\n[Run]',
            "[uninstalldelete] không được xoá dữ liệu người dùng: {localappdata}\\NTMDesktop",
        ),
    ],
)
def test_a_single_fault_is_reported_exactly(tmp_path, build, old, new, problem):
    """A shortcut to a file not installed; an uninstall section deleting the user's data."""
    problems = checker.check(broken_copy(tmp_path, old, new), build, windows_build=False)
    assert problems == [problem]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("AppId={{74062363", "AppId={{74062364", "AppId phải giữ nguyên"),
        ("PrivilegesRequired=lowest", "PrivilegesRequired=admin", "PrivilegesRequired phải"),
        ("OverridesAllowed=dialog commandline", "OverridesAllowed=commandline", "dialog"),
        ("AppVersion={#AppVersion}", "AppVersion=0.1.0", "AppVersion phải lấy từ"),
        ('Name: "{autodesktop}', 'Name: "{userdocs}', "thiếu lối tắt trên màn hình nền"),
        ('""%1""', "", "mở gói .vnsb phải chạy"),
        ('ValueData: "NTMDesktop.Bundle"', 'ValueData: "NTM.Bundle"', "thiếu liên kết kiểu tệp"),
        (
            'Name: "{app}\\_internal"',
            'Name: "{localappdata}\\NTMDesktop"',
            "không được xoá dữ liệu người dùng",
        ),
    ],
)
def test_broken_script_is_reported(tmp_path, build, old, new, expected):
    problems = checker.check(broken_copy(tmp_path, old, new), build, windows_build=False)
    assert any(expected in problem for problem in problems), problems


def test_quoted_parameters_keep_semicolons_and_doubled_quotes():
    line = 'Root: HKA; Subkey: "a;b"; ValueData: """{app}\\x.exe"" ""%1"""; Flags: f'
    assert checker.split_parameters(line) == {
        "root": "HKA",
        "subkey": "a;b",
        "valuedata": '"{app}\\x.exe" "%1"',
        "flags": "f",
    }


def test_command_line_reports_problems_with_exit_1(build, capsys):
    assert checker.main([str(build), "--iss", str(ISS)]) == 0
    (build / "ntm-desktop").unlink()
    assert checker.main([str(build), "--iss", str(ISS)]) == 1
    assert "ntm-desktop.exe" in capsys.readouterr().err
