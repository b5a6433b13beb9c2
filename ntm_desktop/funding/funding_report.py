"""The funding report of a year: funds mobilised by source and disbursement, per unit below the
chosen one, with the chosen unit's own funds on a line of their own and the totals computed.

The disbursement columns are labelled with the date of the figures themselves (the latest report
counted), not with the day asked for; reports of different dates are said so in a note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ntm_desktop.common.money import dong_to_million, format_million
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.funding import funding
from ntm_desktop.storage import Database
from ntm_desktop.tables.xlsx_tables import Column, Table
from ntm_desktop.units import units

MONEY_GROUP = "Nguồn vốn huy động"
IN_KIND_GROUP = "Đóng góp của người dân (ngoài tiền mặt)"
SHORT_SOURCES = {
    "central": "Ngân sách Trung ương",
    "province": "Ngân sách tỉnh",
    "district": "Ngân sách huyện",
    "commune": "Ngân sách xã",
    "integrated": "Vốn lồng ghép",
    "enterprise": "Doanh nghiệp, HTX",
    "community": "Người dân, cộng đồng (tiền mặt)",
}
LEVEL_OWN = {"province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã"}
# Units named in the note on reports older than the latest one; the rest are counted.
LISTED_OLDER = 10


def _rate(disbursed: int, allocated: int) -> Decimal | None:
    if allocated == 0:
        return None
    return Decimal(disbursed) / Decimal(allocated)


def money_kind(values: list[Decimal]) -> str:
    """Whole millions show without decimals; any fraction shows two."""
    return "dec2" if any(value != value.to_integral_value() for value in values) else "int"


def tables(db: Database, year: int, under: str | None, as_of: date | None) -> list[Table]:
    """[by unit, structure by source] for `year`, disbursement at `as_of` (default 31/12)."""
    root = units.get(db, under) if under else units.children(db, None)[0]
    funding.unit_for_funding(db, root.code)
    as_of = as_of or date(year, 12, 31)
    lines: list[tuple[str, str, funding.Funding, funding.Disbursement]] = []
    for child in units.children(db, root.code):
        if child.level == "village":
            continue
        lines.append(
            (
                child.code,
                child.name,
                funding.rollup(db, child.code, year),
                funding.disbursement(db, child.code, year, as_of),
            )
        )
    own_disbursement = funding.disbursement(db, root.code, year, as_of, own_only=True)
    own_all = funding.disbursement(db, root.code, year, as_of)
    own = funding.get(db, root.code, year)
    lines.insert(0, (root.code, f"{LEVEL_OWN[root.level]} ({root.name})", own, own_disbursement))
    total = funding.rollup(db, root.code, year)

    def cells(
        number: int | str, code: str, name: str, f: funding.Funding, d: funding.Disbursement
    ) -> tuple[object, ...]:
        investment = d.kinds.get("investment", funding.KindDisbursement(0, 0))
        recurrent = d.kinds.get("recurrent", funding.KindDisbursement(0, 0))
        both = d.total
        return (
            number,
            code,
            name,
            *(dong_to_million(f.amounts[key]) for key in funding.SOURCES),
            dong_to_million(f.total),
            *(f.in_kind[key] for key in funding.IN_KIND),
            *(
                value
                for kind in (investment, recurrent, both)
                for value in (
                    dong_to_million(kind.allocated),
                    dong_to_million(kind.disbursed),
                    _rate(kind.disbursed, kind.allocated),
                )
            ),
        )

    rows = [cells(n, *line) for n, line in enumerate(lines, start=1)]
    totals = cells("", root.code, "Tổng cộng", total, own_all)
    money_columns = [*range(3, 11), 14, 15, 17, 18, 20, 21]
    kinds = {index: money_kind([row[index] for row in [*rows, totals]]) for index in money_columns}
    data_day, date_notes = disbursement_as_of(
        funding.disbursement_dates(db, root.code, year, as_of), as_of
    )
    spent_group = f"Giải ngân đến {format_date(data_day)}"
    columns = [
        Column("STT", "int", 5),
        Column("Mã", "text", 7),
        Column("Đơn vị", "text", 26),
        *(
            Column(label, kinds[3 + i], 13, MONEY_GROUP, "triệu đồng")
            for i, label in enumerate(SHORT_SOURCES.values())
        ),
        Column("Tổng cộng", kinds[10], 14, MONEY_GROUP, "triệu đồng"),
        Column("Hiến đất", "int", 11, IN_KIND_GROUP, "m²"),
        Column("Ngày công", "int", 11, IN_KIND_GROUP, "ngày công"),
        Column("Phá dỡ tường rào", "int", 11, IN_KIND_GROUP, "m²"),
    ]
    for offset, label in ((14, "Vốn đầu tư"), (17, "Vốn sự nghiệp"), (20, "Tổng")):
        columns += [
            Column(f"{label}: được giao", kinds[offset], 13, spent_group, "triệu đồng"),
            Column(f"{label}: đã giải ngân", kinds[offset + 1], 13, spent_group, "triệu đồng"),
            Column(f"{label}: tỷ lệ", "percent", 9, spent_group, "%"),
        ]
    by_unit = Table(
        title=f"KẾT QUẢ HUY ĐỘNG VÀ GIẢI NGÂN NGUỒN VỐN NĂM {year}",
        subtitle=[f"{root.name} — số liệu giải ngân đến {format_date(data_day)}"],
        columns=columns,
        rows=rows,
        totals=totals,
        notes=[
            "Tổng cộng được tính từ các nguồn, không nhập tay. Mỗi đơn vị gồm số liệu của chính "
            "đơn vị và các đơn vị trực thuộc; giải ngân lấy báo cáo gần nhất của từng đơn vị "
            f"đến {format_date(as_of)}.",
            *date_notes,
        ],
        sheet_name="Theo đơn vị",
        frozen_columns=3,
    )
    return [by_unit, structure(total, root.name)]


def disbursement_as_of(reports: list[funding.ReportDate], asked: date) -> tuple[date, list[str]]:
    """The date the disbursement figures are as of (the latest report counted; the day asked
    for when there is none) and the notes that say what the label alone cannot."""
    if not reports:
        return asked, [f"Chưa có số liệu giải ngân nào đến ngày {format_date(asked)}."]
    latest = max(report.as_of for report in reports)
    earliest = min(report.as_of for report in reports)
    notes: list[str] = []
    if earliest != latest:
        older: dict[str, tuple[str, date]] = {}
        for report in reports:
            if report.as_of < latest:
                name, day = older.get(report.unit.code, (report.unit.name, report.as_of))
                older[report.unit.code] = (name, min(day, report.as_of))
        shown = list(older.values())[:LISTED_OLDER]
        listed = [f"{name} ({format_date(day)})" for name, day in shown]
        if len(older) > LISTED_OLDER:
            listed.append(f"và {len(older) - LISTED_OLDER} đơn vị khác")
        notes.append(
            f"Số liệu giải ngân không cùng ngày: báo cáo của các đơn vị từ {format_date(earliest)} "
            f"đến {format_date(latest)}; số liệu cũ hơn ngày {format_date(latest)}: "
            f"{', '.join(listed)}. Hãy nhập báo cáo mới của các đơn vị này để số liệu cùng ngày."
        )
    elif latest != asked:
        notes.append(
            f"Số liệu giải ngân mới nhất đã nhập là đến ngày {format_date(latest)} (báo cáo lập "
            f"đến ngày {format_date(asked)})."
        )
    return latest, notes


def structure(total: funding.Funding, unit_name: str) -> Table:
    """The report's own table: each source group, its amount and its share of the total."""
    rows = [
        (
            number,
            label,
            dong_to_million(total.groups[key]),
            Decimal(total.groups[key]) / total.total if total.total else None,
        )
        for number, (key, label) in enumerate(funding.GROUPS.items(), start=1)
    ]
    amounts = [row[2] for row in rows] + [dong_to_million(total.total)]
    in_kind = ", ".join(
        f"{label.lower()} {format_number(total.in_kind[key])} {unit}"
        for key, (label, unit) in funding.IN_KIND.items()
    )
    return Table(
        title=f"CƠ CẤU NGUỒN VỐN HUY ĐỘNG NĂM {total.year}",
        subtitle=[unit_name],
        columns=[
            Column("STT", "int", 5),
            Column("Nguồn vốn", "text", 48),
            Column("Số tiền", money_kind(amounts), 16, unit="triệu đồng"),
            Column("Tỷ lệ", "percent", 10, unit="%"),
        ],
        rows=rows,
        totals=("", "Tổng cộng", dong_to_million(total.total), Decimal(1) if total.total else None),
        notes=[
            f"Tổng {format_million(dong_to_million(total.total))} triệu đồng là tổng các nguồn.",
            f"Ngoài ra người dân đóng góp: {in_kind}.",
        ],
        sheet_name="Cơ cấu nguồn vốn",
    )
