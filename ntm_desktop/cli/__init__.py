"""The `ntm` command line: a headless client of the same core services the GUI uses.

Exit codes: 0 success, 2 usage error, 3 invalid input or data (nothing changed), 4 refused for
integrity or permission (nothing changed). Messages for people are in Vietnamese.

`parsing` names every command and the module declaring it; a run imports only that module (the
rest of the core stays unloaded, so a small command starts about as fast as Python itself).

May use: every core package; it opens data files through `session`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ntm_desktop import __version__
from ntm_desktop.cli.parsing import (
    COMMANDS,
    VietnameseArgumentParser,
    add_db_option,
    add_user_option,
)
from ntm_desktop.common.errors import DamagedDataFile, NtmError
from ntm_desktop.common.paths import default_db_path, user_log_dir


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The `ntm` parser: every command listed with its help line, and the arguments of the
    commands declared by the module of `command` (the only command module imported: each imports
    the part of the core it drives, together the whole core)."""
    parser = VietnameseArgumentParser(
        prog="ntm", description="NTM Desktop — dòng lệnh (quản lý xây dựng nông thôn mới)."
    )
    parser.add_argument("--version", action="version", version=f"ntm {__version__}")
    add_db_option(parser, default=None)
    add_user_option(parser, default=None)
    commands = parser.add_subparsers(
        dest="command", metavar="LỆNH", parser_class=VietnameseArgumentParser
    )
    commands.required = True
    chosen = COMMANDS[command].module if command in COMMANDS else None
    for name, (module, help_text) in COMMANDS.items():
        if module != chosen:
            # Only named: the first parse, which finds the command, passes its arguments on.
            commands.add_parser(name, help=help_text, add_help=False)
        elif name not in commands.choices:
            importlib.import_module(f"ntm_desktop.cli.{module}").register(commands)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse twice: once with every command only named, to learn which one argv chooses as
    argparse itself reads it (after --db, --user, abbreviations), then with that one declared."""
    command, _rest = build_parser().parse_known_args(argv)
    return build_parser(command.command).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(f"ntm {__version__}")
        return 0
    args = parse(argv)
    try:
        result: int = args.handler(args)
    except NtmError as error:
        print(f"Lỗi: {error.message}", file=sys.stderr)
        for line in error.details:
            print(f"  - {line}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        return 0
    except Exception as error:  # a person never sees a traceback; the log keeps it
        damage = _damage(error, args)
        if damage is not None:
            print(f"Lỗi: {damage.message}", file=sys.stderr)
            return damage.exit_code
        log_file = _log_unexpected(argv)
        print(
            "Lỗi: lệnh gặp một lỗi chưa lường trước và đã dừng; dữ liệu đã lưu trước đó không bị "
            f"ảnh hưởng. Chi tiết được ghi vào {log_file}; hãy gửi tệp này cho cán bộ hỗ trợ.",
            file=sys.stderr,
        )
        return 1
    return result


def _damage(error: Exception, args: argparse.Namespace) -> DamagedDataFile | None:
    """A command that only reads met a damaged page, one the cheap checks at open do not read."""
    # Imported here as the command modules are (see build_parser): not a cost of `--version`.
    from ntm_desktop.storage.database import damage_found

    return damage_found(error, getattr(args, "db", None) or default_db_path())


def _log_unexpected(argv: Sequence[str] | None) -> Path:
    """Append the traceback to the CLI's log in the user's log folder; returns its path."""
    log_file = user_log_dir() / "ntm-cli.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(
                f"--- {datetime.now().isoformat(timespec='seconds')} ntm {__version__} "
                f"{list(sys.argv[1:] if argv is None else argv)}\n{traceback.format_exc()}\n"
            )
    except OSError:
        # No writable log folder: the details still reach whoever supports the office.
        traceback.print_exc()
    return log_file


if __name__ == "__main__":
    sys.exit(main())
