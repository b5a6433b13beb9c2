"""`ntm import …`: bring tables people keep in Excel into the data file."""

from __future__ import annotations

import argparse

from ntm_desktop.cli import target_commands
from ntm_desktop.cli.common import VietnameseArgumentParser, add_command


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = add_command(commands, "import", "nhập bảng từ Excel/CSV (chạy thử với --dry-run)")
    actions = group.add_subparsers(
        dest="import_command", metavar="BẢNG", parser_class=VietnameseArgumentParser
    )
    actions.required = True
    target_commands.register_import(actions)
