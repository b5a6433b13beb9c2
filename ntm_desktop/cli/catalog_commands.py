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
    parser.set_defaults(handler=run_import)


@on_data_file
def run_export(args: argparse.Namespace, db: Database) -> str:
    info = catalog_workbook.export(db, args.id, args.output)
    return f"Đã xuất {info.id} phiên bản {info.version} ra {args.output}."


@on_data_file
def run_import(args: argparse.Namespace, db: Database) -> str:
    info, outcome = catalog_workbook.import_file(db, args.file)
    return f"{OUTCOMES[outcome]}: {info.id} phiên bản {info.version} ({info.legal_basis})."
