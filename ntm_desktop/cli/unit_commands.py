"""`ntm units` and `ntm catalogs`: list the unit tree and the stored criteria sets; add a
village to a commune (`ntm units add-village`), as the tree's context menu does."""

from __future__ import annotations

import argparse

from ntm_desktop.cli.common import on_data_file, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option
from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import Database
from ntm_desktop.units import units

UNIT_COLUMNS = ("code", "name", "kind", "level", "parent_code", "valid_from", "valid_to")
CATALOG_COLUMNS = ("id", "title", "level", "tier", "criteria", "indicators", "verified")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = add_command(commands, "units")
    parser.add_argument("--under", metavar="MÃ", help="chỉ đơn vị này và các đơn vị trực thuộc")
    add_format_option(parser)
    parser.set_defaults(handler=run_units)
    actions = parser.add_subparsers(dest="action", metavar="VIỆC")
    village = add_command(actions, "add-village", "thêm một thôn (bản, tổ dân phố) vào một xã")
    village.add_argument("--commune", required=True, metavar="MÃ", help="mã xã")
    village.add_argument("--name", required=True, metavar="TÊN", help="ví dụ: Thôn Đồng Sen")
    village.add_argument(
        "--kind", default="thôn", choices=units.VILLAGE_KINDS, help="loại (mặc định: thôn)"
    )
    village.set_defaults(handler=run_add_village)

    parser = add_command(commands, "catalogs")
    add_format_option(parser)
    parser.set_defaults(handler=run_catalogs)


@on_data_file
def run_units(args: argparse.Namespace, db: Database) -> None:
    found = units.subtree(db, args.under)
    write_rows(
        ((u.code, u.name, u.kind, u.level, u.parent_code, u.valid_from, u.valid_to) for u in found),
        UNIT_COLUMNS,
        args.format,
    )


@on_data_file
def run_add_village(args: argparse.Namespace, db: Database) -> str:
    village = units.add_village(db, args.commune, args.name, args.kind)
    return f"Đã thêm {village.name} (mã {village.code}) vào {units.get(db, args.commune).name}."


@on_data_file
def run_catalogs(args: argparse.Namespace, db: Database) -> None:
    rows = [
        (
            info.key if info.version > 1 else info.id,
            info.title,
            info.level,
            info.tier,
            criteria,
            indicators,
            "yes" if info.verified else "no",
        )
        for info, criteria, indicators in catalogs.list_all(db)
    ]
    write_rows(rows, CATALOG_COLUMNS, args.format)
