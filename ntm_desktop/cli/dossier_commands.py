"""`ntm dossier`: readiness of a recognition dossier, its inputs, and the dossier PDF.

`--stage commune` (the default) is the proposing unit's own dossier; `--stage district` and
`--stage province` are the files of the office that verifies or appraises several communes at
once (`--unit` repeated), signed with the details given on the command line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ntm_desktop.cli.common import open_db
from ntm_desktop.cli.parsing import VietnameseArgumentParser, add_command, add_db_option
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.dossier import (
    dossier_data,
    dossier_inputs,
    dossier_readiness,
    stage_data,
    stage_readiness,
)
from ntm_desktop.dossier.dossier_readiness import Readiness

STAGES = ("commune", *stage_data.STAGES)
# The details a district's or province's file is signed with: option, field, help.
SIGNING_OPTIONS = (
    ("--number", "number", "số tờ trình của huyện (để trống: cấp số khi ban hành)"),
    ("--date", "day", "ngày tờ trình (huyện) hoặc báo cáo thẩm định (tỉnh), dd/mm/yyyy"),
    ("--signer", "signer", "họ tên người ký"),
    ("--chair", "chair", "trưởng đoàn thẩm tra / chủ tịch hội đồng thẩm định"),
    ("--secretary", "secretary", "thư ký cuộc họp"),
    ("--members-present", "members_present", "số thành viên dự họp"),
    ("--votes-for", "votes_for", "số thành viên nhất trí"),
)


def _unit_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--unit", metavar="MÃ", required=required, help="mã đơn vị đề nghị")
    _year_tier(parser, required=required)


def _year_tier(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--year", type=int, metavar="NĂM", required=required, help="năm xét")
    parser.add_argument(
        "--tier", choices=TIERS, default="standard", help="mức công nhận (mặc định: standard)"
    )


def _stage_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--unit",
        metavar="MÃ",
        action="append",
        required=required,
        help="mã đơn vị; hồ sơ huyện, tỉnh: lặp lại cho từng xã",
    )
    _year_tier(parser, required=required)
    parser.add_argument(
        "--stage",
        choices=STAGES,
        default="commune",
        help="hồ sơ của xã (mặc định), huyện thẩm tra (district) hoặc tỉnh thẩm định (province)",
    )
    for option, name, label in SIGNING_OPTIONS:
        parser.add_argument(
            option, dest=name, metavar="GIÁ_TRỊ", help=f"{label} (hồ sơ huyện, tỉnh)"
        )


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = add_command(commands, "dossier")
    # The PDF is the bare command; `check` and `set` are sub-commands. Options of the bare
    # command are checked in the handler because argparse cannot require them only then.
    _stage_options(parser, required=False)
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
    _stage_options(check, required=True)
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


def _signing(args: argparse.Namespace) -> stage_data.Signing:
    values: dict[str, Any] = {}
    for _option, name, _label in SIGNING_OPTIONS:
        value = getattr(args, name)
        if value is None:
            continue
        if name == "day":
            try:
                value = parse_date(value)
            except ValueError as exc:
                raise InvalidInput(f"Ngày '{value}' không hợp lệ: nhập dạng dd/mm/yyyy.") from exc
        elif name in ("members_present", "votes_for"):
            value = dossier_inputs.normalise(name, value)
        values[name] = value
    return stage_data.Signing(**values)


def _readiness(args: argparse.Namespace) -> tuple[str, Readiness, Any]:
    """The unit's name (or the office's), the stage's readiness and what its PDF is built from."""
    codes: list[str] = args.unit
    with open_db(args) as db:
        if args.stage == "commune":
            if len(codes) > 1:
                raise InvalidInput(
                    "Hồ sơ của xã chỉ gồm một đơn vị: bỏ bớt --unit, hoặc dùng --stage district"
                    "|province để lập hồ sơ huyện, tỉnh cho nhiều xã."
                )
            given = [
                option for option, name, _ in SIGNING_OPTIONS if getattr(args, name) is not None
            ]
            if given:
                raise InvalidInput(
                    f"{', '.join(given)} chỉ dùng cho hồ sơ huyện, tỉnh (--stage district|"
                    "province); thông tin hồ sơ của xã nhập bằng: ntm dossier set."
                )
            data = dossier_data.assemble(db, codes[0], args.year, args.tier)
            return data.unit.name, dossier_readiness.check(data), data
        file = stage_data.assemble(db, args.stage, codes, args.year, args.tier, _signing(args))
    return f"Hồ sơ {file.office_name}", stage_readiness.check(file), file


def run_check(args: argparse.Namespace) -> int:
    _name, readiness, _data = _readiness(args)
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
    # reportlab is heavy: loaded only when a PDF is made.
    from ntm_desktop.dossier import document, stage_documents

    name, readiness, data = _readiness(args)
    if not readiness.ready and not args.draft:
        raise InvalidInput(
            f"{name} chưa đủ điều kiện nên không in hồ sơ chính thức. Hãy hoàn thiện các mục "
            "dưới đây, hoặc dùng --draft để in bản dự thảo.",
            details=readiness.problems,
        )
    if args.stage == "commune":
        size = document.write(data, args.output, draft=args.draft)
    else:
        size = stage_documents.write(data, args.output, draft=args.draft)
    print(f"Đã ghi {args.output} ({size // 1024} KB).", file=sys.stdout)
    return 0
