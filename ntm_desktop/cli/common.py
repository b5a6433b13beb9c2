"""What every command shares: the --db option, opening the data file, writing CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ntm_desktop.common.paths import default_db_path
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database

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
    help_text: str,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=help_text
    )
    add_db_option(parser)
    return parser


def add_group(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
    metavar: str = "VIỆC",
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """A command whose first argument names one of its own (`ntm plan register`): where its
    subcommands are added."""
    actions = add_command(commands, name, help_text).add_subparsers(
        dest=f"{name}_command", metavar=metavar, parser_class=VietnameseArgumentParser
    )
    actions.required = True
    return actions


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path()


def open_db(
    args: argparse.Namespace, *, create: bool = False, full_check: bool = False
) -> Database:
    """The data file, checked cheaply; a command's first write reads every page before it
    writes (a damaged file is refused then, unchanged), so a command that only reads, such as
    `ntm units`, does not pay for reading a province's 600 MB. `full_check` reads them at open."""
    db = open_data_file(db_path(args), create=create, full_check=full_check)
    if getattr(args, "user", None):
        db.set_user(args.user)
    return db


def on_data_file(
    body: Callable[[argparse.Namespace, Database], str | None],
) -> Callable[[argparse.Namespace], int]:
    """The handler of a command that works on the data file: opens it (--db, --user), runs
    `body`, closes the file, then prints the confirmation `body` returns, if any (exit code 0)."""

    @functools.wraps(body)
    def handler(args: argparse.Namespace) -> int:
        with open_db(args) as db:
            message = body(args, db)
        if message is not None:
            print(message)
        return 0

    return handler


def write_rows(
    rows: Iterable[Sequence[Any]], columns: Sequence[str], fmt: str, out: Any = None
) -> None:
    """CSV (UTF-8, header row) or JSON (a list of objects) on stdout."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(
            [dict(zip(columns, row, strict=True)) for row in rows],
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if value is None else value for value in row] for row in rows)


def add_format_option(
    parser: argparse.ArgumentParser, choices: Sequence[str] = ("csv", "json")
) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0], help="định dạng đầu ra")
