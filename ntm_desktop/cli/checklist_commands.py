"""`ntm checklist` (show, set, score, tier, move-version, attach) and `ntm history`: checklists
headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ntm_desktop.checklist import assessments, version_move
from ntm_desktop.cli.common import on_data_file, open_db, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option
from ntm_desktop.criteria import indicator_values
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.storage import Database

SHOW_COLUMNS = (
    "criterion_no",
    "indicator_code",
    "target",
    "value",
    "met",
    "decided_by",
    "evidence_count",
)
HISTORY_COLUMNS = (
    "time",
    "user",
    "office",
    "year",
    "indicator_code",
    "field",
    "old_value",
    "new_value",
)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    checklist = add_command(commands, "checklist")
    actions = checklist.add_subparsers(dest="action", metavar="VIỆC", required=True)

    parser = _unit_year(add_command(actions, "show", "xem từng chỉ tiêu"))
    add_format_option(parser)
    parser.set_defaults(handler=run_show)

    parser = _unit_year(add_command(actions, "set", "ghi giá trị, kết quả, ghi chú một chỉ tiêu"))
    parser.add_argument("--indicator", required=True, metavar="MÃ", help="mã chỉ tiêu")
    parser.add_argument("--value", help="giá trị đạt được (16,3 · 1.274.790 · chữ); rỗng = xóa")
    parser.add_argument("--met", choices=assessments.MET_CHOICES, help="đánh giá của cán bộ")
    parser.add_argument("--note", help="ghi chú")
    parser.add_argument("--agency", help="cơ quan phụ trách")
    parser.set_defaults(handler=run_set)

    parser = _unit_year(add_command(actions, "score", "số tiêu chí đạt / tổng số"))
    parser.set_defaults(handler=run_score)

    parser = _unit_year(add_command(actions, "tier", "chọn hạng hướng tới (bộ tiêu chí) cho năm"))
    parser.add_argument("--tier", required=True, choices=TIERS, help="hạng hướng tới")
    parser.add_argument(
        "--catalog", metavar="KHÓA", help="bộ tiêu chí cụ thể (id hoặc id@phiên bản)"
    )
    parser.set_defaults(handler=run_tier)

    parser = _unit_year(
        add_command(
            actions, "move-version", "chuyển bảng tiêu chí sang phiên bản mới của bộ tiêu chí"
        )
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="chỉ xem trước: chỉ tiêu nào giữ, mới, bỏ"
    )
    parser.set_defaults(handler=run_move_version)

    parser = _unit_year(add_command(actions, "attach", "đính kèm tệp minh chứng cho một chỉ tiêu"))
    parser.add_argument("--indicator", required=True, metavar="MÃ", help="mã chỉ tiêu")
    parser.add_argument("file", type=Path, metavar="TỆP")
    parser.set_defaults(handler=run_attach)

    parser = add_command(commands, "history")
    parser.add_argument("--unit", required=True, metavar="MÃ", help="mã đơn vị")
    parser.add_argument("--indicator", metavar="MÃ", help="chỉ một chỉ tiêu")
    parser.set_defaults(handler=run_history)


def _unit_year(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--unit", required=True, metavar="MÃ", help="mã đơn vị")
    parser.add_argument("--year", required=True, type=int, metavar="NĂM", help="năm đánh giá")
    return parser


@on_data_file
def run_show(args: argparse.Namespace, db: Database) -> None:
    sheet = assessments.checklist(db, args.unit, args.year)
    write_rows(
        (
            (
                row.indicator.criterion_no,
                row.indicator.code,
                indicator_values.format_target(row.target),
                row.value,
                row.met,
                row.decided_by,
                row.evidence_count,
            )
            for row in sheet.rows
        ),
        SHOW_COLUMNS,
        args.format,
    )


def run_set(args: argparse.Namespace) -> int:
    fields: dict[str, Any] = {"met": args.met, "note": args.note, "agency": args.agency}
    if args.value is not None:
        fields["value"] = args.value
    with open_db(args) as db:
        changed = assessments.set_indicator(db, args.unit, args.year, args.indicator, **fields)
        met, total = assessments.score(db, args.unit, args.year)
    if not changed:
        print(f"Chỉ tiêu {args.indicator}: không có gì thay đổi.")
    for field, (old, new) in changed.items():
        print(f"Chỉ tiêu {args.indicator} · {field}: {_shown(old)} → {_shown(new)}")
    print(f"Số tiêu chí đạt: {met}/{total}")
    return 0


@on_data_file
def run_score(args: argparse.Namespace, db: Database) -> str:
    met, total = assessments.score(db, args.unit, args.year)
    return f"{met}/{total}"


@on_data_file
def run_tier(args: argparse.Namespace, db: Database) -> str:
    chosen = assessments.choose(db, args.unit, args.year, tier=args.tier, catalog_key=args.catalog)
    met, total = assessments.score(db, args.unit, args.year)
    return (
        f"Năm {args.year} đánh giá theo: {chosen.catalog.title} ({chosen.catalog.key}).\n"
        f"Số tiêu chí đạt: {met}/{total}"
    )


@on_data_file
def run_move_version(args: argparse.Namespace, db: Database) -> str:
    if args.dry_run:
        found = version_move.preview(db, args.unit, args.year)
        done = "Chưa chuyển (--dry-run): chạy lại không có --dry-run để chuyển."
    else:
        found = version_move.move(db, args.unit, args.year)
        met, total = assessments.score(db, args.unit, args.year)
        done = f"Đã chuyển sang {found.target.key}. Số tiêu chí đạt: {met}/{total}"
    return "\n".join([*found.lines(), done])


@on_data_file
def run_attach(args: argparse.Namespace, db: Database) -> str:
    item = assessments.attach_evidence(db, args.unit, args.year, args.indicator, args.file)
    return f"Đã đính kèm {item.file_name} ({item.sha256[:12]}…) vào chỉ tiêu {args.indicator}."


@on_data_file
def run_history(args: argparse.Namespace, db: Database) -> None:
    found = assessments.history(db, args.unit, args.indicator)
    write_rows(
        (
            (
                change.wall_time,
                change.user_name,
                change.office_code,
                year,
                code,
                change.field,
                change.old_value,
                change.new_value,
            )
            for year, code, change in found
        ),
        HISTORY_COLUMNS,
        "csv",
    )


def _shown(value: Any) -> str:
    return "(trống)" if value is None else indicator_values.format_value(value)
