"""The `ntm` parser declares only the chosen command's module, and still helps completely."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ntm_desktop.cli import build_parser, main
from ntm_desktop.cli.parsing import COMMANDS

ROOT = Path(__file__).resolve().parents[2]


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 0
    return capsys.readouterr().out


def test_ntm_help_lists_every_command_without_importing_one(capsys):
    out = _help(capsys, "--help")
    for name, command in COMMANDS.items():
        assert name in out and command.help in out


def test_every_command_and_subcommand_has_its_help(capsys):
    for name, command in COMMANDS.items():
        out = _help(capsys, name, "--help")
        assert out.startswith(f"usage: ntm {name}") and command.help in out
        declared = _subcommands(build_parser(name))[name]
        for action, parser in _subcommands(declared).items():
            out = _help(capsys, name, action, "--help")
            assert out.startswith(f"usage: ntm {name} {action}")
            assert "--db" in out, parser.prog


def test_each_module_declares_exactly_the_commands_that_name_it():
    for name, command in COMMANDS.items():
        parsers = _subcommands(build_parser(name))
        assert list(parsers) == list(COMMANDS)
        declared = {other for other, parser in parsers.items() if parser.description}
        assert declared == {other for other, c in COMMANDS.items() if c.module == command.module}


def test_the_command_is_found_as_argparse_reads_argv(db_path, capsys):
    for argv in (
        ["--db", str(db_path), "units", "--under", "216", "--format", "json"],
        ["units", "--format", "json", "--db", str(db_path), "--under", "216"],
        [f"--db={db_path}", "--user", "units", "units", "--under=216", "--format=json"],
    ):
        assert main(argv) == 0
        listed = json.loads(capsys.readouterr().out)
        assert listed[0]["code"] == "216" and len(listed) > 20
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(db_path), "unit"])
    assert usage.value.code == 2
    assert "lựa chọn không hợp lệ" in capsys.readouterr().err


def test_listing_units_imports_no_more_of_the_core_than_it_needs(db_path):
    heavy = (
        "reportlab",
        "openpyxl",
        "cryptography",
        "jsonschema",
        "ntm_desktop.dossier",
        "ntm_desktop.checklist",
        "ntm_desktop.reports",
        "ntm_desktop.sync.tables",
    )
    script = (
        "import contextlib, io, sys\n"
        "from ntm_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    assert main(['--db', {str(db_path)!r}, 'units']) == 0\n"
        "assert 'Xã Việt Lập' in out.getvalue()\n"
        f"print(sorted(m for m in sys.modules if m.startswith({heavy!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
