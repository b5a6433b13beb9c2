"""`ntm plan`: register a model village, move its plan along, add costed items, show the plan."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ntm_desktop.cli.common import on_data_file, open_db, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option, add_group
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.village_plans import plan_data, village_plan_export
from ntm_desktop.village_plans import village_plans as vp

ITEM_COLUMNS = (
    "no",
    "id",
    "work",
    "criterion",
    "lead",
    "start",
    "end",
    "quantity",
    "unit",
    "status",
    "percent_done",
    *vp.FUNDING_SOURCES,
    "cash_total",
    *vp.IN_KIND,
    "overdue",
)

# CLI option -> key of the item's amounts.
AMOUNT_OPTIONS = {
    "state_support": ("--state-support", "ngân sách nhà nước hỗ trợ (đồng)"),
    "local_budget": ("--budget", "ngân sách xã, huyện (đồng)"),
    "enterprise": ("--enterprise", "doanh nghiệp, nhà hảo tâm (đồng)"),
    "residents_cash": ("--residents", "nhân dân đóng góp bằng tiền (đồng)"),
    "land_m2": ("--land-m2", "diện tích đất hiến (m²)"),
    "workdays": ("--workdays", "số ngày công lao động"),
    "walls_m2": ("--walls-m2", "tường rào phá dỡ (m²)"),
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    actions = add_group(commands, "plan")

    parser = add_command(actions, "register", "đăng ký thôn NTM kiểu mẫu cho một năm")
    _village_and_year(parser)
    parser.set_defaults(handler=run_register)

    parser = add_command(actions, "status", "chuyển trạng thái phương án")
    _village_and_year(parser)
    parser.add_argument(
        "--to", required=True, metavar="TRẠNG_THÁI", help=", ".join(vp.STATUS_NAMES)
    )
    parser.add_argument("--decision", metavar="SỐ", help="số quyết định (phê duyệt, công nhận)")
    parser.add_argument("--date", metavar="DD/MM/YYYY", help="ngày quyết định")
    parser.set_defaults(handler=run_status)

    parser = add_command(actions, "add-item", "thêm một hạng mục vào phương án")
    _village_and_year(parser)
    parser.add_argument("--work", required=True, metavar="NỘI_DUNG", help="công việc, hoạt động")
    parser.add_argument("--criterion", metavar="SỐ", help="số tiêu chí thôn kiểu mẫu")
    parser.add_argument("--lead", metavar="ĐƠN_VỊ", help="đơn vị chủ trì")
    parser.add_argument("--start", metavar="MM|QN", help="tháng (1-12) hoặc quý (Q1-Q4) bắt đầu")
    parser.add_argument("--end", metavar="MM|QN", help="tháng hoặc quý kết thúc")
    parser.add_argument("--quantity", metavar="SỐ", help="khối lượng")
    parser.add_argument("--unit", metavar="ĐƠN_VỊ_TÍNH", help="đơn vị tính (m, hộ, công trình…)")
    parser.add_argument("--percent", default="0", metavar="0-100", help="tỷ lệ hoàn thành (%%)")
    for key, (option, help_text) in AMOUNT_OPTIONS.items():
        parser.add_argument(option, dest=key, metavar="SỐ", help=help_text)
    parser.set_defaults(handler=run_add_item)

    parser = add_command(actions, "set-item", "sửa một hạng mục (tiến độ, kinh phí, nội dung)")
    parser.add_argument("--id", required=True, metavar="MÃ_HẠNG_MỤC")
    parser.add_argument("--work", metavar="NỘI_DUNG")
    parser.add_argument("--criterion", metavar="SỐ")
    parser.add_argument("--lead", metavar="ĐƠN_VỊ")
    parser.add_argument("--quantity", metavar="SỐ")
    parser.add_argument("--unit", metavar="ĐƠN_VỊ_TÍNH")
    parser.add_argument("--percent", metavar="0-100", help="tỷ lệ hoàn thành (%%)")
    for key, (option, help_text) in AMOUNT_OPTIONS.items():
        parser.add_argument(option, dest=key, metavar="SỐ", help=help_text)
    parser.set_defaults(handler=run_set_item)

    parser = add_command(actions, "remove-item", "xóa một hạng mục (đánh dấu đã xóa)")
    parser.add_argument("--id", required=True, metavar="MÃ_HẠNG_MỤC")
    parser.set_defaults(handler=run_remove_item)

    parser = add_command(actions, "show", "xem phương án: từng hạng mục và dòng tổng cộng")
    _village_and_year(parser)
    parser.add_argument(
        "--on", metavar="DD/MM/YYYY", help="ngày xét hạng mục quá hạn (mặc định: hôm nay)"
    )
    add_format_option(parser)
    parser.set_defaults(handler=run_show)

    parser = add_command(
        actions, "export", "xuất phương án (PDF theo Nghị định 30) hoặc dự toán kinh phí (xlsx)"
    )
    _village_and_year(parser)
    parser.add_argument(
        "--format", required=True, metavar="pdf|xlsx", help="pdf: phương án; xlsx: dự toán"
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="TỆP")
    parser.set_defaults(handler=run_export)


def _village_and_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--village", required=True, metavar="MÃ_THÔN", help="ví dụ 07354.001")
    parser.add_argument("--year", required=True, type=int, metavar="YYYY")


@on_data_file
def run_register(args: argparse.Namespace, db: Database) -> str:
    plan = vp.register(db, args.village, args.year)
    return f"Đã đăng ký thôn {plan.village_code} năm {plan.year}: {plan.status_name}."


@on_data_file
def run_status(args: argparse.Namespace, db: Database) -> str:
    plan = vp.set_status(
        db,
        args.village,
        args.year,
        args.to,
        decision=args.decision,
        decided_on=parse_date(args.date) if args.date else None,
    )
    return f"Phương án thôn {plan.village_code} năm {plan.year}: {plan.status_name}."


@on_data_file
def run_add_item(args: argparse.Namespace, db: Database) -> str:
    plan = vp.get(db, args.village, args.year)
    amounts = {key: getattr(args, key) for key in AMOUNT_OPTIONS}
    item = vp.add_item(
        db,
        plan,
        work=args.work,
        criterion_no=args.criterion,
        lead=args.lead,
        start=args.start,
        end=args.end,
        quantity=args.quantity,
        unit=args.unit,
        percent_done=args.percent,
        amounts={key: value for key, value in amounts.items() if value is not None},
    )
    return f"Đã thêm hạng mục {item.ord}: {item.work} ({item.id})."


SET_ITEM_OPTIONS = {
    "work": "work",
    "criterion": "criterion_no",
    "lead": "lead",
    "quantity": "quantity",
    "unit": "unit",
    "percent": "percent_done",
    **{key: key for key in AMOUNT_OPTIONS},
}


@on_data_file
def run_set_item(args: argparse.Namespace, db: Database) -> str:
    requested = {
        field: getattr(args, option)
        for option, field in SET_ITEM_OPTIONS.items()
        if getattr(args, option) is not None
    }
    item = vp.update_item(db, args.id, **requested)
    return f"Đã cập nhật hạng mục {item.ord}: {item.work} ({item.percent_done}%)."


@on_data_file
def run_remove_item(args: argparse.Namespace, db: Database) -> str:
    item = vp.get_item(db, args.id)
    vp.remove_item(db, item.id)
    return f"Đã xóa hạng mục {item.ord}: {item.work}."


def run_show(args: argparse.Namespace) -> int:
    day = parse_date(args.on) if args.on else date.today()
    with open_db(args) as db:
        plan = vp.get(db, args.village, args.year)
        items = vp.items(db, plan)
    totals = vp.totals(items)
    rows: list[tuple[Any, ...]] = [
        (
            item.ord,
            item.id,
            item.work,
            item.criterion_no,
            item.lead,
            _iso(item.start_date),
            _iso(item.end_date),
            item.quantity,
            item.unit,
            item.status,
            item.percent_done,
            *(getattr(item, source) for source in vp.FUNDING_SOURCES),
            item.cash_total,
            *(getattr(item, kind) for kind in vp.IN_KIND),
            item.overdue_on(day),
        )
        for item in items
    ]
    rows.append(
        (
            None,
            None,
            f"Tổng cộng ({totals.items} hạng mục, {totals.done} hoàn thành; "
            f"xét quá hạn ngày {format_date(day)})",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            round(totals.progress, 1),
            *totals.by_source.values(),
            totals.grand_total,
            *totals.in_kind.values(),
            len(vp.overdue(items, day)),
        )
    )
    write_rows(rows, ITEM_COLUMNS, args.format)
    return 0


def run_export(args: argparse.Namespace) -> int:
    file_format = village_plan_export.check_format(args.format)
    with open_db(args) as db:
        data = plan_data.gather(db, args.village, args.year)
    size = village_plan_export.export(data, args.output, file_format)
    what = "phương án" if file_format == "pdf" else "dự toán kinh phí"
    draft = " (DỰ THẢO: phương án chưa được phê duyệt)" if data.draft else ""
    print(f"Đã xuất {what} thôn {args.village} năm {args.year}: {args.output}{draft}, {size} byte.")
    return 0


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
