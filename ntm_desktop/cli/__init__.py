"""The `ntm` command line: a headless client of the same core services the GUI uses.

Exit codes: 0 success, 2 usage error, 3 invalid input or data (nothing changed), 4 refused for
integrity or permission (nothing changed). Messages for people are in Vietnamese.

May use: every core package; it opens data files through `session`.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ntm_desktop import __version__
from ntm_desktop.common.errors import DamagedDataFile, NtmError
from ntm_desktop.common.paths import default_db_path, user_log_dir


def build_parser() -> argparse.ArgumentParser:
    # The command modules, and the session they open data files with, import the whole core
    # (a few hundred ms): `ntm --version` never builds this parser, so it starts as Python does.
    from ntm_desktop.cli import (
        backup_commands,
        catalog_commands,
        checklist_commands,
        dossier_commands,
        import_commands,
        plan_commands,
        recognition_commands,
        report_commands,
        review_commands,
        setup_commands,
        sync_commands,
        target_commands,
        unit_commands,
    )
    from ntm_desktop.cli.common import VietnameseArgumentParser, add_db_option, add_user_option

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
    for module in (
        setup_commands,
        unit_commands,
        checklist_commands,
        plan_commands,
        dossier_commands,
        report_commands,
        target_commands,
        recognition_commands,
        catalog_commands,
        import_commands,
        backup_commands,
        sync_commands,
        review_commands,
    ):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(f"ntm {__version__}")
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
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
