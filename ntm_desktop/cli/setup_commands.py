"""`ntm init`: create a data file with a unit tree and the shipped criteria sets."""

from __future__ import annotations

import argparse

from ntm_desktop.cli.common import add_command, open_db
from ntm_desktop.units import datasets


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = add_command(commands, "init", "khởi tạo tệp dữ liệu với một bộ đơn vị hành chính")
    parser.add_argument(
        "--dataset",
        default=datasets.DEFAULT_DATASET,
        choices=datasets.available(),
        help=f"bộ đơn vị hành chính (mặc định {datasets.DEFAULT_DATASET})",
    )
    parser.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    with open_db(args, create=True) as db:
        result = datasets.initialize(db, args.dataset)
        state = "Đã khởi tạo" if result.created else "Tệp dữ liệu đã được khởi tạo trước đó"
        print(
            f"{state}: {db.path} — bộ đơn vị '{result.dataset}', {result.units} đơn vị, "
            f"{result.catalogs} bộ tiêu chí."
        )
    return 0
