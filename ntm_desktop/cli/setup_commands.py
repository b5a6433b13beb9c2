"""`ntm init`: create a data file with a unit tree and the shipped criteria sets, or the
demonstration file (`--demo`)."""

from __future__ import annotations

import argparse

from ntm_desktop.cli.common import open_db
from ntm_desktop.cli.parsing import add_command
from ntm_desktop.common.paths import demo_db_path
from ntm_desktop.demo import demo_data, marker
from ntm_desktop.units import datasets


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = add_command(commands, "init")
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--dataset",
        default=datasets.DEFAULT_DATASET,
        choices=datasets.available(),
        help=f"bộ đơn vị hành chính (mặc định {datasets.DEFAULT_DATASET})",
    )
    what.add_argument(
        "--demo",
        action="store_true",
        help="tạo tệp dữ liệu mẫu (mặc định trong thư mục dữ liệu mẫu, không phải tệp của "
        "người dùng)",
    )
    parser.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    if args.demo:
        path = args.db if args.db is not None else demo_db_path()
        built = demo_data.create(path)
        state = "Đã tạo" if built else "Đã có sẵn"
        print(f"{state} tệp dữ liệu mẫu: {path}. {marker.DEMO_TEXT}")
        return 0
    with open_db(args, create=True, full_check=True) as db:
        result = datasets.initialize(db, args.dataset)
        state = "Đã khởi tạo" if result.created else "Tệp dữ liệu đã được khởi tạo trước đó"
        print(
            f"{state}: {db.path} — bộ đơn vị '{result.dataset}', {result.units} đơn vị, "
            f"{result.catalogs} bộ tiêu chí."
        )
    return 0
