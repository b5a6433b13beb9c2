"""`ntm review set|show`: the district's check and the province's appraisal of a commune."""

from __future__ import annotations

import argparse

from ntm_desktop.checklist import reviews
from ntm_desktop.cli.common import on_data_file, open_db, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option, add_group
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database

COLUMNS = ("unit_code", "year", "stage", "status", "status_name", "reviewer", "date", "note")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    actions = add_group(commands, "review")
    parser = add_command(actions, "set", "ghi kết quả thẩm tra hoặc thẩm định")
    parser.add_argument("--unit", required=True, metavar="MÃ")
    parser.add_argument("--year", required=True, type=int, metavar="YYYY")
    parser.add_argument(
        "--stage",
        required=True,
        metavar="district|province",
        help="huyện thẩm tra / tỉnh thẩm định",
    )
    parser.add_argument(
        "--status", required=True, metavar="passed|returned|failed|pending", help="kết quả"
    )
    parser.add_argument("--note", default="", metavar="GHI_CHÚ")
    parser.add_argument("--reviewer", default="", metavar="HỌ_TÊN")
    parser.add_argument("--date", metavar="DD/MM/YYYY", help="ngày thẩm tra, thẩm định")
    parser.set_defaults(handler=run_set)

    parser = add_command(actions, "show", "kết quả thẩm tra, thẩm định của một xã")
    parser.add_argument("--unit", required=True, metavar="MÃ")
    parser.add_argument("--year", required=True, type=int, metavar="YYYY")
    add_format_option(parser)
    parser.set_defaults(handler=run_show)


def run_set(args: argparse.Namespace) -> int:
    day = None
    if args.date:
        day = parse_date(args.date)
    with open_db(args) as db:
        found = reviews.record(
            db,
            args.unit,
            args.year,
            args.stage,
            args.status,
            note=args.note,
            reviewer=args.reviewer,
            review_date=day,
        )
    print(f"Đã ghi {reviews.STAGE_NAMES[found.stage].lower()} {found.unit_code}: {found.summary}.")
    return 0


@on_data_file
def run_show(args: argparse.Namespace, db: Database) -> None:
    stages = reviews.stages_for(db, args.unit)
    found = reviews.of_unit(db, args.unit, args.year)
    rows = []
    for stage in stages:
        review = found.get(stage)
        status = review.status if review else "pending"
        rows.append(
            (
                args.unit,
                args.year,
                stage,
                status,
                reviews.status_name(stage, status),
                review.reviewer if review else "",
                format_date(review.review_date) if review and review.review_date else "",
                review.note if review else "",
            )
        )
    write_rows(rows, COLUMNS, args.format)
