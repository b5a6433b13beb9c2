"""`ntm recognition add|withdraw|list`: decisions recognising a unit, and their withdrawal."""

from __future__ import annotations

import argparse
from datetime import date

from ntm_desktop.checklist import recognitions
from ntm_desktop.cli.common import on_data_file, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option, add_group
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.storage import Database

COLUMNS = ("id", "unit_code", "tier", "decision_no", "decision_date", "withdrawn_on", "reason")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    actions = add_group(commands, "recognition")
    parser = add_command(actions, "add", "ghi một quyết định công nhận")
    parser.add_argument("--unit", required=True, metavar="MÃ")
    parser.add_argument(
        "--tier",
        required=True,
        choices=TIERS,
        help="xã, huyện phải đang giữ hạng dưới vào ngày quyết định (nâng cao cần đạt chuẩn, "
        "kiểu mẫu cần nâng cao)",
    )
    parser.add_argument(
        "--date",
        required=True,
        type=_date,
        metavar="DD/MM/YYYY",
        help="ngày ký quyết định (không sau hôm nay)",
    )
    parser.add_argument("--decision", metavar="SỐ", help="số quyết định, ví dụ 1234/QĐ-UBND")
    parser.set_defaults(handler=run_add)

    parser = add_command(actions, "withdraw", "thu hồi một quyết định công nhận")
    parser.add_argument("--id", required=True, metavar="MÃ_QUYẾT_ĐỊNH")
    parser.add_argument("--date", required=True, type=_date, metavar="DD/MM/YYYY")
    parser.add_argument("--reason", required=True, metavar="LÝ_DO")
    parser.set_defaults(handler=run_withdraw)

    parser = add_command(actions, "list", "các quyết định công nhận của một đơn vị")
    parser.add_argument("--unit", required=True, metavar="MÃ")
    add_format_option(parser)
    parser.set_defaults(handler=run_list)


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(error.message) from None


@on_data_file
def run_add(args: argparse.Namespace, db: Database) -> str:
    found = recognitions.add(db, args.unit, args.tier, args.date, args.decision)
    return f"Đã ghi quyết định công nhận {recognitions.tier_label(found.tier)}: {found.id}."


@on_data_file
def run_withdraw(args: argparse.Namespace, db: Database) -> str:
    found = recognitions.withdraw(db, args.id, args.date, args.reason)
    label = recognitions.tier_label(found.tier)
    return f"Đã thu hồi quyết định công nhận {label} của {found.unit_code}."


@on_data_file
def run_list(args: argparse.Namespace, db: Database) -> None:
    found = recognitions.of_unit(db, args.unit)
    write_rows(
        (
            (
                r.id,
                r.unit_code,
                r.tier,
                r.decision_no,
                r.decision_date.isoformat(),
                r.withdrawn_on.isoformat() if r.withdrawn_on else None,
                r.withdrawal_reason,
            )
            for r in found
        ),
        COLUMNS,
        args.format,
    )
