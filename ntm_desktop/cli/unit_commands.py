"""`ntm units` and `ntm catalogs`: list the unit tree and the stored criteria sets; add a
village to a commune (`ntm units add-village`), as the tree's context menu does; put a commune
in its group 1, 2 or 3 (`ntm units group`) and list the groups (`ntm units groups`)."""

from __future__ import annotations

import argparse
from datetime import date

from ntm_desktop.cli.common import on_data_file, write_rows
from ntm_desktop.cli.parsing import add_command, add_format_option
from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.text import format_date
from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import Database
from ntm_desktop.units import groups, units

UNIT_COLUMNS = ("code", "name", "kind", "level", "parent_code", "valid_from", "valid_to")
GROUP_COLUMNS = ("code", "name", "group", "valid_from", "valid_to", "note")
CATALOG_COLUMNS = (
    "id", "title", "level", "tier", "criteria", "indicators", "verified", "origin", "targets",
)  # fmt: skip


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
    group = add_command(
        actions, "group", "xếp một xã vào nhóm 1, 2 hoặc 3 từ một ngày (việc của tỉnh)"
    )
    group.add_argument("--unit", required=True, metavar="MÃ", help="mã xã")
    group.add_argument("--group", metavar="NHÓM", help="1, 2 hoặc 3")
    group.add_argument(
        "--from", dest="valid_from", required=True, metavar="NGÀY", help="dd/mm/yyyy"
    )
    group.add_argument("--note", default="", metavar="GHI_CHÚ", help="căn cứ, ví dụ số quyết định")
    group.add_argument(
        "--remove", action="store_true", help="bỏ mốc nhóm bắt đầu từ ngày này (nhập nhầm)"
    )
    group.set_defaults(handler=run_group)
    listing = add_command(actions, "groups", "liệt kê nhóm của các xã (hoặc các mốc của một xã)")
    listing.add_argument("--province", metavar="MÃ", help="mã tỉnh (mặc định: tỉnh của tệp)")
    listing.add_argument("--unit", metavar="MÃ", help="mọi mốc nhóm của một xã")
    listing.add_argument("--on", metavar="NGÀY", help="nhóm tại ngày này (mặc định: hôm nay)")
    add_format_option(listing)
    listing.set_defaults(handler=run_groups)

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
def run_group(args: argparse.Namespace, db: Database) -> str:
    # The checklist (the criteria and rules a group rescores) loads for this command only: the
    # other `units` commands start as fast as Python does.
    from ntm_desktop.checklist import group_scores

    day = parse_date(args.valid_from, "Ngày bắt đầu")
    unit = units.get(db, args.unit)
    if args.remove:
        group_scores.remove_group(db, unit.code, day)
        return f"Đã bỏ mốc nhóm từ {format_date(day)} của {unit.name} ({unit.code})."
    if args.group is None:
        raise InvalidInput("Hãy ghi nhóm của xã: --group 1, 2 hoặc 3.")
    changed = group_scores.set_group(db, unit.code, args.group, day, args.note)
    what = (
        f"{unit.name} ({unit.code}) ở nhóm {groups.parse_group(args.group)} từ {format_date(day)}"
    )
    return f"Đã ghi: {what}." if changed else f"{what}: không có gì thay đổi."


@on_data_file
def run_groups(args: argparse.Namespace, db: Database) -> None:
    if args.unit is not None:
        unit = groups.check_commune(db, args.unit)
        found: list[tuple[units.Unit, groups.GroupPeriod | None]] = [
            (unit, period) for period in groups.history(db, unit.code)
        ]
    else:
        province = args.province or units.children(db, None)[0].code
        day = parse_date(args.on, "Ngày") if args.on else date.today()
        found = [(item.unit, item.period) for item in groups.groups_for_province(db, province, day)]
    write_rows(
        (
            (
                unit.code,
                unit.name,
                period.group if period else None,
                period.valid_from.isoformat() if period else None,
                period.valid_to.isoformat() if period and period.valid_to else None,
                period.note if period else None,
            )
            for unit, period in found
        ),
        GROUP_COLUMNS,
        args.format,
    )


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
            "dựng lại" if info.reconstructed else "",
            "theo nhóm xã" if info.commune_groups else "chung",
        )
        for info, criteria, indicators in catalogs.list_all(db)
    ]
    write_rows(rows, CATALOG_COLUMNS, args.format)
