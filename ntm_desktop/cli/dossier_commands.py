"""`ntm dossier`: readiness of a recognition dossier, its inputs, and the dossier PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ntm_desktop.cli.common import VietnameseArgumentParser, add_command, add_db_option, open_db
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria.catalogs import TIERS
from ntm_desktop.dossier import dossier_data, dossier_inputs, dossier_readiness


def _unit_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--unit", metavar="MÃ", required=required, help="mã đơn vị đề nghị")
    parser.add_argument("--year", type=int, metavar="NĂM", required=required, help="năm xét")
    parser.add_argument(
        "--tier", choices=TIERS, default="standard", help="mức công nhận (mặc định: standard)"
    )


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = add_command(commands, "dossier", "hồ sơ đề nghị công nhận (PDF theo Nghị định 30)")
    # The PDF is the bare command; `check` and `set` are sub-commands. Options of the bare
    # command are checked in the handler because argparse cannot require them only then.
    _unit_options(parser, required=False)
    parser.add_argument(
        "--draft", action="store_true", help='in bản "DỰ THẢO" dù chưa đủ điều kiện'
    )
    parser.add_argument("-o", "--output", type=Path, metavar="TỆP.pdf", help="tệp PDF ghi ra")
    parser.set_defaults(handler=run_pdf, parser=parser)
    actions = parser.add_subparsers(
        dest="dossier_action", metavar="VIỆC", parser_class=VietnameseArgumentParser
    )

    check = actions.add_parser("check", help="kiểm tra điều kiện đề nghị công nhận")
    add_db_option(check)
    _unit_options(check, required=True)
    check.set_defaults(handler=run_check)

    setter = actions.add_parser("set", help="nhập thông tin hồ sơ (tờ trình, khảo sát, họp, nợ)")
    add_db_option(setter)
    _unit_options(setter, required=True)
    for name, label in dossier_inputs.LABELS.items():
        option = "--" + name.replace("_", "-")
        if name in dossier_inputs.LIST_FIELDS:
            setter.add_argument(option, action="append", metavar="DÒNG", help=f"{label} (lặp lại)")
        else:
            setter.add_argument(option, metavar="GIÁ_TRỊ", help=label)
    setter.set_defaults(handler=run_set)

    comment = actions.add_parser("comment", help="ghi một ý kiến nhận được khi niêm yết công khai")
    add_db_option(comment)
    _unit_options(comment, required=True)
    comment.add_argument("--source", required=True, metavar="NƠI_GÓP_Ý", help="tổ chức, cá nhân")
    comment.add_argument("--content", required=True, metavar="NỘI_DUNG", help="nội dung ý kiến")
    comment.add_argument("--response", metavar="TIẾP_THU", help="việc tiếp thu, giải trình")
    comment.add_argument("--received", metavar="dd/mm/yyyy", help="ngày nhận ý kiến")
    comment.set_defaults(handler=run_comment)


def run_check(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        data = dossier_data.assemble(db, args.unit, args.year, args.tier)
        readiness = dossier_readiness.check(data)
    for item in readiness.items:
        mark = "ĐẠT " if item.ok else "CHƯA"
        print(f"[{mark}] {item.title}: {'; '.join(item.reasons)}")
    print("Đủ điều kiện đề nghị công nhận." if readiness.ready else "Chưa đủ điều kiện.")
    return 0 if readiness.ready else 3


def run_set(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {
        name: getattr(args, name)
        for name in dossier_inputs.LABELS
        if getattr(args, name) is not None
    }
    if not values:
        raise InvalidInput("Chưa có thông tin nào để nhập: hãy dùng ít nhất một tùy chọn.")
    with open_db(args) as db:
        dossier_inputs.save(db, args.unit, args.year, args.tier, values)
    print(f"Đã lưu {len(values)} thông tin hồ sơ.")
    return 0


def run_comment(args: argparse.Namespace) -> int:
    received = None
    if args.received:
        received = parse_date(args.received, "Ngày nhận")
    with open_db(args) as db:
        dossier_inputs.add_comment(
            db,
            args.unit,
            args.year,
            args.tier,
            source=args.source,
            content=args.content,
            response=args.response,
            received_on=received,
        )
    print("Đã ghi ý kiến.")
    return 0


def run_pdf(args: argparse.Namespace) -> int:
    missing = [
        option
        for option, value in (("--unit", args.unit), ("--year", args.year), ("-o", args.output))
        if value is None
    ]
    if missing:
        args.parser.error("thiếu tham số bắt buộc: " + ", ".join(missing))
    from ntm_desktop.dossier import document

    with open_db(args) as db:
        data = dossier_data.assemble(db, args.unit, args.year, args.tier)
    readiness = dossier_readiness.check(data)
    if not readiness.ready and not args.draft:
        raise InvalidInput(
            f"{data.unit.name} chưa đủ điều kiện đề nghị công nhận nên không in hồ sơ chính "
            "thức. Hãy hoàn thiện các mục dưới đây, hoặc dùng --draft để in bản dự thảo.",
            details=readiness.problems,
        )
    size = document.write(data, args.output, draft=args.draft)
    print(f"Đã ghi {args.output} ({size // 1024} KB).", file=sys.stdout)
    return 0
