"""`ntm backup`, `ntm backups` and `ntm restore`: the data file's backups without the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntm_desktop.backups import backups
from ntm_desktop.backups.backup_archive import Manifest
from ntm_desktop.cli.common import db_path, open_db, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option
from ntm_desktop.common.errors import DamagedDataFile, DataFileError
from ntm_desktop.common.instance_lock import InstanceLock
from ntm_desktop.common.text import format_number
from ntm_desktop.session.data_file import open_data_file

BACKUP_COLUMNS = (
    "file",
    "created_at",
    "reason",
    "app_version",
    "schema_version",
    "office_code",
    "units",
    "changes",
    "evidence_files",
    "size_bytes",
)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = add_command(commands, "backup")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="TỆP",
        help="tệp .zip hoặc thư mục (USB) để ghi bản sao lưu đầy đủ; mặc định: thư mục backups",
    )
    parser.set_defaults(handler=run_backup)

    parser = add_command(commands, "backups")
    add_format_option(parser)
    parser.set_defaults(handler=run_backups)

    parser = add_command(commands, "restore")
    parser.add_argument("file", type=Path, metavar="TỆP", help="bản sao lưu (.zip)")
    parser.add_argument(
        "--move-damaged-aside",
        action="store_true",
        help="nếu tệp dữ liệu bị hỏng: đổi tên giữ lại tệp hỏng rồi khôi phục",
    )
    parser.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        if args.output is None:
            entry = backups.create(db, backups.MANUAL)
            print(f"Đã sao lưu: {entry.path} ({format_number(entry.size)} byte).")
        else:
            entry = backups.backup_to(db, args.output)
            print(
                f"Đã sao lưu và đọc lại kiểm tra: {entry.path} ({format_number(entry.size)} "
                f"byte, {len(entry.manifest.evidence)} tệp minh chứng). Có thể rút USB an toàn."
            )
    return 0


def run_backups(args: argparse.Namespace) -> int:
    """The list, even for a damaged data file (it is what one restores from), then exit 4."""
    path = db_path(args)
    refusal: DataFileError | None = None
    try:
        open_data_file(path).close()
    except DataFileError as error:
        refusal = error
    entries = backups.list_backups(path)
    write_rows((_row(e.path, e.manifest, e.size) for e in entries), BACKUP_COLUMNS, args.format)
    if refusal is not None:
        print(f"Lỗi: {refusal.message}", file=sys.stderr)
        return refusal.exit_code
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    manifest = backups.preview(args.file)
    with InstanceLock.acquire(path):
        try:
            db = open_db(args, full_check=True)
        except DamagedDataFile as error:
            if not args.move_damaged_aside:
                error.details.append(
                    "Thêm --move-damaged-aside để đổi tên giữ lại tệp hỏng rồi khôi phục."
                )
                raise
            aside = backups.recover(path, args.file)
            open_data_file(path).close()
            print(f"Tệp dữ liệu hỏng được giữ lại: {aside}")
            print(f"Đã khôi phục {path} từ bản sao lưu {_when(manifest)}.")
            return 0
        with db:
            result = backups.restore(db, args.file)
            print(f"Đã khôi phục {path} từ bản sao lưu {_when(result.manifest)}.")
            if result.undo is not None:
                print(f"Dữ liệu trước khi khôi phục được sao lưu tại: {result.undo.path}")
    return 0


def _when(manifest: Manifest) -> str:
    return manifest.created_at.strftime("%H:%M %d/%m/%Y")


def _row(path: Path, manifest: Manifest, size: int) -> tuple[object, ...]:
    return (
        path.name,
        manifest.created_at.isoformat(timespec="seconds"),
        manifest.reason,
        manifest.app_version,
        manifest.schema_version,
        manifest.meta.get("office_code", ""),
        manifest.counts.get("units", 0),
        manifest.counts.get("change_log", 0),
        len(manifest.evidence),
        size,
    )
