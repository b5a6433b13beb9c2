"""`ntm keys`, `ntm bundle` and `ntm conflicts`: office keys, sync bundles and conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntm_desktop.cli.common import on_data_file, open_db, write_rows
from ntm_desktop.cli.parsing import (
    VietnameseArgumentParser,
    add_command,
    add_format_option,
    add_group,
)
from ntm_desktop.criteria import indicator_values
from ntm_desktop.storage import Database
from ntm_desktop.sync import board, conflicts, identity, importer, keys, writer
from ntm_desktop.sync.summary import FAILED, REFUSED

BOARD_COLUMNS = (
    "office_code",
    "office_name",
    "level",
    "bundles",
    "last_seq",
    "last_created",
    "last_imported",
    "gaps",
    "status",
)

SHOWN_LOCAL = 20
CONFLICT_COLUMNS = ("id", "table", "row_id", "field", "shown_value", "values", "who", "when")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    key_commands = add_group(commands, "keys")
    parser = add_command(
        key_commands,
        "init-root",
        "tạo khóa gốc của tỉnh (làm một lần, máy riêng, không cần tệp dữ liệu)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="ROOT.key")
    parser.set_defaults(handler=run_init_root)
    parser = add_command(key_commands, "issue", "cấp chứng thư cho một đơn vị")
    parser.add_argument("--root", type=Path, required=True, metavar="ROOT.key")
    parser.add_argument("--office", required=True, metavar="MÃ")
    parser.add_argument("--role", required=True, choices=("commune", "district", "province"))
    parser.add_argument("--device", action="append", default=[], metavar="MÃ_MÁY")
    parser.add_argument("--years", default="5", metavar="SỐ_NĂM", help="thời hạn, 1 đến 10 năm")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="ĐƠN_VỊ.cert")
    parser.set_defaults(handler=run_issue)
    parser = add_command(key_commands, "install", "cài chứng thư đơn vị vào tệp dữ liệu này")
    parser.add_argument("certificate", type=Path, metavar="ĐƠN_VỊ.cert")
    parser.set_defaults(handler=run_install)
    parser = add_command(key_commands, "revoke", "thu hồi chứng thư của một đơn vị")
    parser.add_argument("--root", type=Path, required=True, metavar="ROOT.key")
    parser.add_argument("--office", required=True, metavar="MÃ")
    parser.set_defaults(handler=run_revoke)

    bundle_commands = add_group(commands, "bundle")
    parser = add_command(bundle_commands, "export", "xuất gói dữ liệu")
    parser.add_argument("--to", metavar="MÃ", help="đơn vị nhận (mặc định: tỉnh)")
    parser.add_argument("--full", action="store_true", help="xuất toàn bộ dữ liệu")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="TỆP",
        help="tệp .vnsb, hoặc một thư mục có sẵn (USB): gói được đặt tên ntm-MÃ-NGÀYGIỜ.vnsb",
    )
    parser.set_defaults(handler=run_export)
    parser = add_command(bundle_commands, "import", "nhập một hay nhiều gói (hoặc thư mục)")
    parser.add_argument("files", type=Path, nargs="+", metavar="TỆP")
    parser.set_defaults(handler=run_import)
    parser = add_command(bundle_commands, "status", "bảng theo dõi gói đã nhận từ các đơn vị")
    parser.set_defaults(handler=run_status)

    parser = add_command(commands, "conflicts")
    add_format_option(parser)
    parser.set_defaults(handler=run_conflicts)
    conflict_commands = parser.add_subparsers(
        dest="conflicts_command", metavar="VIỆC", parser_class=VietnameseArgumentParser
    )
    resolve = add_command(conflict_commands, "resolve", "chọn giá trị cho một xung đột")
    resolve.add_argument("id", metavar="MÃ_XUNG_ĐỘT")
    resolve.add_argument("--value", required=True, metavar="GIÁ_TRỊ")
    resolve.set_defaults(handler=run_resolve)


def run_init_root(args: argparse.Namespace) -> int:
    """No data file is opened: the root key is made on the province's offline PC, which need
    not hold one; a data file trusts the root when `keys issue` or `keys install` runs."""
    key_id = keys.create_root_file(args.output)
    print(
        f"Đã tạo khóa gốc {args.output} (mã khóa {key_id}). Hãy cất 2 bản sao trong két, "
        "không để trên máy nối mạng."
    )
    return 0


def run_issue(args: argparse.Namespace) -> int:
    years = keys.check_years(args.years)
    with open_db(args) as db:
        cert = identity.issue(
            db,
            args.root,
            args.office,
            args.role,
            args.output,
            devices=args.device,
            years=years,
        )
    print(
        f"Đã cấp chứng thư số {cert.serial} cho đơn vị {cert.office_code} "
        f"(cấp {keys.ROLE_NAMES[cert.role]}), hiệu lực đến {_vn(cert.valid_until)}: "
        f"{args.output}. Tệp chứa khóa bí mật của đơn vị: chỉ trao tận tay qua USB."
    )
    return 0


@on_data_file
def run_install(args: argparse.Namespace, db: Database) -> str:
    cert = identity.install(db, args.certificate)
    return (
        f"Đã cài chứng thư: tệp dữ liệu này thuộc đơn vị {cert.office_code} "
        f"(cấp {keys.ROLE_NAMES[cert.role]})."
    )


@on_data_file
def run_revoke(args: argparse.Namespace, db: Database) -> str:
    version, serials = identity.revoke(db, args.root, args.office)
    return (
        f"Đã thu hồi {len(serials)} chứng thư của đơn vị {args.office} (danh sách thu hồi số "
        f"{version}); danh sách đi kèm các gói tỉnh gửi đi."
    )


def run_export(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        parts = writer.export(db, args.output, to=args.to, full=args.full)
        local = identity.local_changes(db)
    for part in parts:
        print(
            f"Đã ghi {part.path} (gói số {part.device_seq}): {part.ops} thay đổi, "
            f"{part.blobs} tệp minh chứng."
        )
    print("Đã đọc lại từng tệp, khớp với nội dung đã ghi: an toàn để rút USB.")
    _print_local(local)
    return 0


def _print_local(local: list[str]) -> None:
    """Edits that never travel are named wherever the outbox is shown (on stderr, so the
    status table on stdout stays a table)."""
    if not local:
        return
    print(
        f"{len(local)} thay đổi chỉ giữ trên máy này, không gửi đi: làm trước khi cài chứng thư "
        "và ngoài phạm vi của đơn vị (đơn vị quản lý bản ghi cần tự nhập lại):",
        file=sys.stderr,
    )
    for line in local[:SHOWN_LOCAL]:
        print(f"  {line}", file=sys.stderr)
    if len(local) > SHOWN_LOCAL:
        print(f"  … và {len(local) - SHOWN_LOCAL} thay đổi khác.", file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        summaries = importer.import_files(db, args.files)
    for summary in summaries:
        for line in summary.lines():
            print(line)
    refused = sum(summary.status == REFUSED for summary in summaries)
    failed = sum(summary.status == FAILED for summary in summaries)
    if failed:
        print(f"{failed}/{len(summaries)} tệp chưa nhập được do lỗi ở máy này.", file=sys.stderr)
    if refused:
        print(f"{refused}/{len(summaries)} tệp bị từ chối.", file=sys.stderr)
        return 4
    return 1 if failed else 0


@on_data_file
def run_status(args: argparse.Namespace, db: Database) -> None:
    rows = board.board(db)
    local = identity.local_changes(db)
    write_rows(
        (
            (
                row.office_code,
                row.office_name,
                row.level,
                row.bundles,
                row.last_seq,
                row.last_created,
                row.last_imported,
                row.gaps,
                row.status,
            )
            for row in rows
        ),
        BOARD_COLUMNS,
        "csv",
    )
    _print_local(local)


@on_data_file
def run_conflicts(args: argparse.Namespace, db: Database) -> None:
    found = conflicts.list_conflicts(db)
    write_rows(
        (
            (
                conflict.id,
                conflict.table,
                conflict.row_id,
                conflict.field,
                _text(conflict.heads[0]["value"]),
                " | ".join(_text(head["value"]) for head in conflict.heads),
                " | ".join(f"{head['user']} ({head['office']})" for head in conflict.heads),
                " | ".join(head["wall"] for head in conflict.heads),
            )
            for conflict in found
        ),
        CONFLICT_COLUMNS,
        args.format,
    )


@on_data_file
def run_resolve(args: argparse.Namespace, db: Database) -> str:
    conflict = conflicts.resolve(db, args.id, args.value)
    return (
        f"Đã chọn giá trị '{_chosen(conflict.chosen)}' cho trường {conflict.field} của bản ghi "
        f"{conflict.row_id}; quyết định này sẽ đi kèm gói gửi tiếp theo."
    )


def _chosen(value: object) -> str:
    """The stored value as typed Vietnamese style: 80,5 (not 80.5)."""
    if value is None:
        return "(trống)"
    if isinstance(value, float):
        return indicator_values.format_value(value)
    return str(value)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _vn(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
