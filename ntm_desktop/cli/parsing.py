"""The command line's grammar, kept free of the core: the table of commands with the module
that declares each one's arguments, the Vietnamese argparse, and the options commands share.

`ntm` reads argv[1] against the table first and imports only the chosen command's module: each
module imports the part of the core it drives, and importing them all costs more than the work
of a small command (`ntm units`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple, NoReturn


class Command(NamedTuple):
    module: str  # in ntm_desktop.cli; its register() declares the command's arguments
    help: str


# In the order `ntm --help` lists them. A module declares every command that names it.
COMMANDS: dict[str, Command] = {
    "init": Command("setup_commands", "khởi tạo tệp dữ liệu với một bộ đơn vị hành chính"),
    "units": Command("unit_commands", "liệt kê đơn vị hành chính; thêm thôn; nhóm xã (1, 2, 3)"),
    "catalogs": Command("unit_commands", "liệt kê các bộ tiêu chí đã nạp"),
    "checklist": Command("checklist_commands", "bảng tiêu chí của một đơn vị trong một năm"),
    "history": Command("checklist_commands", "nhật ký thay đổi các chỉ tiêu của một đơn vị"),
    "plan": Command("plan_commands", "phương án thôn NTM kiểu mẫu"),
    "dossier": Command("dossier_commands", "hồ sơ đề nghị công nhận (PDF theo Nghị định 30)"),
    "report": Command("report_commands", "lập báo cáo tổng hợp (CSV, Excel hoặc PDF)"),
    "targets": Command("target_commands", "chỉ tiêu kế hoạch năm của tỉnh, huyện"),
    "recognition": Command("recognition_commands", "quyết định công nhận đạt chuẩn và thu hồi"),
    "catalog": Command("catalog_commands", "xuất, nhập một bộ tiêu chí qua Excel"),
    "import": Command("import_commands", "nhập số liệu từ bảng tính (CSV hoặc Excel)"),
    "backup": Command("backup_commands", "sao lưu tệp dữ liệu và tệp minh chứng"),
    "backups": Command("backup_commands", "liệt kê các bản sao lưu tự động"),
    "restore": Command("backup_commands", "khôi phục tệp dữ liệu từ một bản sao lưu"),
    "keys": Command("sync_commands", "khóa gốc của tỉnh và chứng thư đơn vị"),
    "bundle": Command("sync_commands", "gói dữ liệu trao đổi qua USB, thư điện tử"),
    "conflicts": Command("sync_commands", "xung đột dữ liệu giữa các máy"),
    "review": Command("review_commands", "thẩm tra (huyện), thẩm định (tỉnh) kết quả của xã"),
}

_USAGE_WORDS = {
    "usage: ": "cách dùng: ",
    "the following arguments are required": "thiếu tham số bắt buộc",
    "invalid choice": "lựa chọn không hợp lệ",
    "unrecognized arguments": "tham số không nhận ra",
    "expected one argument": "cần một giá trị",
    "argument ": "tham số ",
    "choose from": "chọn một trong",
}


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse with its usage errors worded in Vietnamese (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        for english, vietnamese in _USAGE_WORDS.items():
            message = message.replace(english, vietnamese)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi: {message}\n")


def add_db_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="ĐƯỜNG_DẪN",
        help="tệp dữ liệu (mặc định: thư mục dữ liệu của người dùng)",
    )


def add_user_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--user",
        default=default,
        metavar="TÊN",
        help="người thực hiện (ghi vào lịch sử thay đổi; mặc định: tên đăng nhập máy)",
    )


def add_command(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str | None = None,
) -> argparse.ArgumentParser:
    """A command with the --db option; a top-level one (no `help_text`) is described by its
    line in COMMANDS."""
    help_text = COMMANDS[name].help if help_text is None else help_text
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=help_text
    )
    add_db_option(parser)
    return parser


def add_group(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    metavar: str = "VIỆC",
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """A top-level command whose first argument names one of its own (`ntm plan register`):
    where its subcommands are added."""
    actions = add_command(commands, name).add_subparsers(
        dest=f"{name}_command", metavar=metavar, parser_class=VietnameseArgumentParser
    )
    actions.required = True
    return actions


def add_format_option(
    parser: argparse.ArgumentParser, choices: Sequence[str] = ("csv", "json")
) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0], help="định dạng đầu ra")
