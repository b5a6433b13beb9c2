"""`ntm targets set|show`; `ntm import targets` runs `run_import` here."""

from __future__ import annotations

import argparse

from ntm_desktop.cli.common import on_data_file, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option, add_group
from ntm_desktop.common.text import format_number
from ntm_desktop.storage import Database
from ntm_desktop.targets import targets, targets_import

OPTIONS = {
    "standard": "xã đạt chuẩn NTM (lũy kế cuối năm)",
    "advanced": "xã NTM nâng cao (gồm cả kiểu mẫu)",
    "model": "xã NTM kiểu mẫu",
    "ntm_villages": "thôn đạt chuẩn NTM",
    "model_villages": "thôn NTM kiểu mẫu",
    "avg_criteria": "bình quân tiêu chí/xã (ví dụ 16,2)",
    "below10": "số xã dưới 10 tiêu chí",
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    actions = add_group(commands, "targets")
    parser = add_command(actions, "set", "ghi chỉ tiêu của một đơn vị (để trống = bỏ chỉ tiêu)")
    parser.add_argument("--unit", required=True, metavar="MÃ")
    parser.add_argument("--year", required=True, type=int, metavar="YYYY")
    for measure, help_text in OPTIONS.items():
        parser.add_argument(f"--{measure.replace('_', '-')}", dest=measure, help=help_text)
    parser.set_defaults(handler=run_set)

    parser = add_command(actions, "show", "xem chỉ tiêu của mọi đơn vị trong một năm")
    parser.add_argument("--year", required=True, type=int, metavar="YYYY")
    add_format_option(parser)
    parser.set_defaults(handler=run_show)


@on_data_file
def run_set(args: argparse.Namespace, db: Database) -> str:
    values = {m: getattr(args, m) for m in OPTIONS if getattr(args, m) is not None}
    changed = targets.set_targets(db, args.unit, args.year, values)
    return f"Đã ghi chỉ tiêu năm {args.year} của {args.unit}: {len(changed)} chỉ tiêu thay đổi."


@on_data_file
def run_show(args: argparse.Namespace, db: Database) -> None:
    found = targets.of_year(db, args.year)
    write_rows(
        ((code, *(t.values[m] for m in targets.MEASURES)) for code, t in found.items()),
        ("code", *targets.MEASURES),
        args.format,
    )


def _shown(value: object) -> str:
    if value is None:
        return "(trống)"
    if isinstance(value, float):
        return format_number(value, 1)
    return str(value)


@on_data_file
def run_import(args: argparse.Namespace, db: Database) -> str:
    result = targets_import.import_file(db, args.file, args.year, dry_run=args.dry_run)
    for change in result.changes:
        print(
            f"{change.unit.name}: {targets.MEASURE_NAMES[change.measure]} "
            f"{_shown(change.old)} -> {_shown(change.new)}"
        )
    verb = "Sẽ thay đổi" if result.dry_run else "Đã nhập"
    return f"{verb} {len(result.changes)} chỉ tiêu của {result.units} đơn vị năm {args.year}" + (
        " (chạy thử, chưa ghi gì)." if result.dry_run else "."
    )
