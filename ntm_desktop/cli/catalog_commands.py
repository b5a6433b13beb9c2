"""`ntm catalog export|import`: complete a criteria set in Excel and load it as a new version."""

from __future__ import annotations

import argparse
from pathlib import Path

from ntm_desktop.cli.common import on_data_file
from ntm_desktop.cli.parsing import add_command, add_group
from ntm_desktop.criteria import catalog_workbook
from ntm_desktop.storage import Database

OUTCOMES = {
    "new": "Đã nạp bộ tiêu chí mới",
    "new-version": "Đã nạp phiên bản mới",
    "unchanged": "Nội dung không đổi, không tạo phiên bản mới",
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    actions = add_group(commands, "catalog")
    parser = add_command(actions, "export", "xuất bộ tiêu chí ra tệp Excel để hoàn thiện")
    parser.add_argument("id", metavar="MÃ_BỘ", help="ví dụ xa-ntm-2021-2025 (hoặc mã@phiên bản)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.xlsx")
    parser.set_defaults(handler=run_export)
    parser = add_command(actions, "import", "nạp bộ tiêu chí từ tệp Excel (phiên bản mới)")
    parser.add_argument("file", type=Path, metavar="TỆP.xlsx")
    parser.add_argument(
        "--dry-run", action="store_true", help="chỉ liệt kê thay đổi so với phiên bản hiện có"
    )
    parser.set_defaults(handler=run_import)


@on_data_file
def run_export(args: argparse.Namespace, db: Database) -> str:
    info = catalog_workbook.export(db, args.id, args.output)
    return f"Đã xuất {info.id} phiên bản {info.version} ra {args.output}."


@on_data_file
def run_import(args: argparse.Namespace, db: Database) -> str:
    info, outcome, found = catalog_workbook.import_file(db, args.file, dry_run=args.dry_run)
    if args.dry_run and outcome != "unchanged":
        current = "chưa có" if info is None else f"phiên bản {info.version} đang dùng"
        lines = [f"Thử nhập, chưa ghi gì. So với bộ tiêu chí trong tệp dữ liệu ({current}):"]
        return "\n".join(lines + [f"  {line}" for line in found])
    assert info is not None
    done = f"{OUTCOMES[outcome]}: {info.id} phiên bản {info.version} ({info.legal_basis})."
    return "\n".join([done, *(f"  {line}" for line in found)])
