"""`ntm import KIND FILE [--year YYYY]`: load the province's sheets (CSV or xlsx).

A sheet with any bad cell imports nothing and lists every bad cell; importing it again changes
nothing; `--dry-run` says what would change without writing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ntm_desktop.checklist import criteria_status_import, group_scores
from ntm_desktop.cli import target_commands
from ntm_desktop.cli.common import open_db
from ntm_desktop.cli.parsing import add_db_option, add_group, add_user_option
from ntm_desktop.common.dates import parse_date
from ntm_desktop.funding import funding_import
from ntm_desktop.ocop import ocop_import
from ntm_desktop.tables import sheets
from ntm_desktop.tasks import tasks_import
from ntm_desktop.units import units, villages_import


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kinds = add_group(commands, "import", "LOẠI")
    funding = _add_kind(kinds, "funding", "nguồn vốn huy động (bảng như báo cáo năm)")
    funding.add_argument(
        "--unit", metavar="MÃ", help="đơn vị của các dòng không ghi cột unit (mặc định: tỉnh)"
    )
    funding.set_defaults(handler=run_funding)
    _add_kind(kinds, "tasks", "nhiệm vụ của kế hoạch (bảng phụ lục kế hoạch)").set_defaults(
        handler=run_tasks
    )
    _add_kind(kinds, "ocop", "sản phẩm OCOP và quyết định xếp hạng sao").set_defaults(
        handler=run_ocop
    )
    _add_kind(
        kinds, "targets", "chỉ tiêu kế hoạch năm theo huyện (bảng kiểu Biểu 01)"
    ).set_defaults(handler=target_commands.run_import)
    _add_kind(
        kinds, "criteria-status", "bảng tình hình đạt tiêu chí của các xã (mỗi xã một dòng)"
    ).set_defaults(handler=run_criteria_status)
    groups = _add_kind(
        kinds, "commune-groups", "nhóm 1, 2, 3 của các xã trong tỉnh (mỗi xã một dòng)", year=False
    )
    groups.add_argument(
        "--from", dest="valid_from", metavar="NGÀY", help="ngày bắt đầu cho các dòng để trống"
    )
    groups.set_defaults(handler=run_commune_groups)
    villages = _add_kind(
        kinds, "villages", "thôn, bản, tổ dân phố của một xã hoặc nhiều xã", year=False
    )
    villages.add_argument(
        "--under",
        metavar="MÃ",
        help="xã, huyện hoặc tỉnh có các thôn (mặc định: tỉnh); tệp của một xã không cần cột Xã",
    )
    villages.set_defaults(handler=run_villages)


def _add_kind(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
    *,
    year: bool = True,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = kinds.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    parser.add_argument("file", type=Path, metavar="TỆP", help="tệp .csv hoặc .xlsx")
    if year:
        parser.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm số liệu")
    parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    add_user_option(parser)
    return parser


def _print(report: sheets.ImportReport) -> int:
    print(report.summary())
    for note in report.notes:
        print(f"  Lưu ý: {note}")
    return 0


def run_funding(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        return _print(
            funding_import.import_sheet(
                db, args.file, args.year, unit=args.unit, dry_run=args.dry_run
            )
        )


def run_tasks(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        return _print(tasks_import.import_sheet(db, args.file, args.year, dry_run=args.dry_run))


def run_ocop(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        return _print(ocop_import.import_sheet(db, args.file, args.year, dry_run=args.dry_run))


def run_commune_groups(args: argparse.Namespace) -> int:
    start = parse_date(args.valid_from, "Ngày bắt đầu") if args.valid_from else None
    with open_db(args) as db:
        return _print(
            group_scores.import_file(db, args.file, default_start=start, dry_run=args.dry_run)
        )


def run_villages(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        under = args.under or units.children(db, None)[0].code
        return _print(villages_import.import_file(db, args.file, under, dry_run=args.dry_run))


def run_criteria_status(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        result = criteria_status_import.import_file(db, args.file, args.year, dry_run=args.dry_run)
    for line in [*result.changes, *result.recognitions]:
        print(line)
    for note in result.notes:
        print(f"  Lưu ý: {note}")
    verb = "Sẽ thay đổi" if result.dry_run else "Đã nhập"
    print(
        f"{verb} {len(result.changes)} kết quả tiêu chí và {len(result.recognitions)} quyết "
        f"định công nhận của {result.communes} xã năm {args.year}"
        + (" (chạy thử, chưa ghi gì)." if result.dry_run else ".")
    )
    return 0
