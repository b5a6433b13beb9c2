"""`ntm report …`: the province's tables as CSV (the main table) or xlsx (every table).

One function per report; a new report adds its parser with `add_report` and writes its tables
with `emit`. PDF output belongs to the shared ND30 document module.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ntm_desktop.cli.common import open_db
from ntm_desktop.cli.parsing import add_command, add_group
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.files import atomic_output
from ntm_desktop.funding import funding_report
from ntm_desktop.ocop import ocop_report
from ntm_desktop.reports import bieu_01, by_criterion, by_district, output
from ntm_desktop.tables import table_csv, xlsx_tables
from ntm_desktop.tasks import tasks, tasks_report


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    reports = add_group(commands, "report", "BÁO_CÁO")

    parser = add_report(
        reports, "funding", "nguồn vốn huy động và giải ngân theo đơn vị", formats=output.FORMATS
    )
    parser.add_argument(
        "--as-of", type=_date, metavar="NGÀY", help="ngày tính giải ngân (mặc định 31/12 của năm)"
    )
    parser.set_defaults(handler=run_funding)

    parser = add_report(
        reports, "tasks", "tiến độ các nhiệm vụ của kế hoạch", formats=output.FORMATS
    )
    parser.add_argument(
        "--at",
        type=_date,
        metavar="NGÀY",
        help="xét quá hạn tại ngày này (mặc định hôm nay; 31/12 với năm đã qua)",
    )
    parser.set_defaults(handler=run_tasks)

    parser = add_report(
        reports,
        "ocop",
        "sản phẩm OCOP theo hạng sao, đơn vị và loại chủ thể",
        formats=output.FORMATS,
    )
    parser.set_defaults(handler=run_ocop)

    parser = add_report(
        reports,
        "by-district",
        "kết quả theo huyện so với kế hoạch (xã đạt chuẩn, nâng cao, kiểu mẫu, thôn, tiêu chí)",
        formats=output.FORMATS,
    )
    parser.add_argument(
        "--layout",
        choices=("table", "bieu-01"),
        default="table",
        help="bảng tổng hợp (mặc định) hoặc Biểu 01 theo mẫu của tỉnh",
    )
    parser.add_argument(
        "--attached-to",
        metavar="VĂN_BẢN",
        help='Biểu 01: dòng "(Kèm theo …)", ví dụ "Kế hoạch số …"',
    )
    parser.add_argument("--signer", metavar="HỌ_TÊN", help="Biểu 01: họ tên người ký")
    parser.set_defaults(handler=run_by_district)

    parser = add_report(reports, "by-criterion", "số xã đạt từng tiêu chí", formats=output.FORMATS)
    parser.add_argument(
        "--base-year",
        type=int,
        action="append",
        metavar="NĂM",
        help="năm gốc để so sánh (lặp lại cho nhiều năm; so sánh tăng, giảm với năm sớm nhất)",
    )
    parser.set_defaults(handler=run_by_criterion)


def add_report(
    reports: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
    formats: tuple[str, ...] = ("csv", "xlsx"),
) -> argparse.ArgumentParser:
    """A report's parser with the options every report takes."""
    parser = add_command(reports, name, help_text)
    parser.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm báo cáo")
    parser.add_argument("--under", metavar="MÃ", help="đơn vị (mặc định cả tỉnh)")
    parser.add_argument("--format", choices=formats, default=formats[0], help="định dạng")
    parser.add_argument("-o", "--output", type=Path, metavar="TỆP", help="tệp ghi ra")
    return parser


def emit(args: argparse.Namespace, tables: list[xlsx_tables.Table]) -> int:
    """CSV: the first table, to the file or stdout. xlsx: every table, one sheet each; PDF:
    every table, one bookmarked part each."""
    if args.format in ("xlsx", "pdf"):
        if args.output is None:
            raise InvalidInput(f"Hãy chỉ định tệp ghi ra bằng -o TỆP.{args.format}.")
        if args.format == "xlsx":
            xlsx_tables.write(args.output, tables)
        else:
            output.write_tables_pdf(args.output, tables)
        print(f"Đã ghi {args.output}.")
        return 0
    if args.output is None:
        table_csv.write_csv(tables[0], sys.stdout)
        return 0
    with atomic_output(args.output) as temp, temp.open("w", encoding="utf-8-sig") as out:
        table_csv.write_csv(tables[0], out)
    print(f"Đã ghi {args.output}.")
    return 0


def run_funding(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        return emit(args, funding_report.tables(db, args.year, args.under, args.as_of))


def run_tasks(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        at = args.at or tasks.view_date(args.year)
        return emit(args, tasks_report.tables(db, args.year, args.under, at))


def run_ocop(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        return emit(args, ocop_report.tables(db, args.year, args.under))


def run_by_district(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        if args.layout == "bieu-01":
            report: output.Report = bieu_01.build(
                db,
                args.year,
                args.under,
                attached_to=args.attached_to or "",
                signer=args.signer or "",
            )
        else:
            report = by_district.build(db, args.year, args.under)
        return _emit_report(args, report)


def run_by_criterion(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        return _emit_report(args, by_criterion.build(db, args.year, args.under, args.base_year))


def _emit_report(args: argparse.Namespace, report: output.Report) -> int:
    """CSV with machine column names (stdout without -o); xlsx and PDF need -o."""
    if args.output is None:
        if args.format != "csv":
            raise InvalidInput(f"Hãy chỉ định tệp ghi ra bằng -o TỆP.{args.format}.")
        output.write_csv(report, sys.stdout)
        return 0
    output.write(report, args.format, args.output)
    print(f"Đã ghi {args.output}.")
    return 0


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(error.message) from None
