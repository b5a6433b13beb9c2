"""OCOP figures of a year: products by district and star, producers by type, the list."""

from __future__ import annotations

from decimal import Decimal

from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.ocop import ocop
from ntm_desktop.storage import Database
from ntm_desktop.tables.xlsx_tables import Column, Table
from ntm_desktop.units import units

STAR_GROUP = "Số sản phẩm theo hạng sao"


def tables(db: Database, year: int, under: str | None) -> list[Table]:
    root = units.get(db, under) if under else units.children(db, None)[0]
    counts = ocop.counts(db, year, root.code)
    names = {unit.code: unit.name for unit in units.subtree(db, root.code)}
    star_columns = [
        Column(f"{stars} sao", "int", 9, STAR_GROUP, "sản phẩm") for stars in ocop.STARS
    ]
    by_district = Table(
        title=f"SẢN PHẨM OCOP ĐẠT 3 SAO TRỞ LÊN ĐẾN 31/12/{year}",
        subtitle=[root.name],
        columns=[
            Column("STT", "int", 5),
            Column("Mã", "text", 7),
            Column("Đơn vị", "text", 26),
            *star_columns,
            Column("Tổng", "int", 9, STAR_GROUP, "sản phẩm"),
        ],
        rows=[
            (number, code, names.get(code, code), *by_star.values(), sum(by_star.values()))
            for number, (code, by_star) in enumerate(counts.by_district.items(), start=1)
        ],
        totals=("", root.code, "Tổng cộng", *counts.by_star.values(), counts.total),
        notes=[
            f"Trong năm {year} có thêm {format_number(counts.rated_in_year)} sản phẩm được "
            "công nhận lần đầu. Mỗi sản phẩm tính theo quyết định xếp hạng gần nhất đến "
            f"31/12/{year}.",
        ],
        sheet_name="Theo đơn vị",
        frozen_columns=3,
    )
    by_kind = Table(
        title=f"CHỦ THỂ CÓ SẢN PHẨM OCOP ĐẾN 31/12/{year}",
        subtitle=[root.name],
        columns=[
            Column("Loại chủ thể", "text", 24),
            Column("Số chủ thể", "int", 12, unit="chủ thể"),
            Column("Tỷ lệ", "percent", 10, unit="%"),
        ],
        rows=[
            (
                label,
                counts.producers_by_kind[kind],
                Decimal(counts.producers_by_kind[kind]) / counts.producers
                if counts.producers
                else None,
            )
            for kind, label in ocop.PRODUCER_KINDS.items()
        ],
        totals=("Tổng cộng", counts.producers, Decimal(1) if counts.producers else None),
        sheet_name="Theo loại chủ thể",
    )
    products = Table(
        title=f"DANH SÁCH SẢN PHẨM OCOP ĐẾN 31/12/{year}",
        subtitle=[root.name],
        columns=[
            Column("STT", "int", 5),
            Column("Sản phẩm", "text", 30),
            Column("Chủ thể", "text", 30),
            Column("Loại chủ thể", "text", 14),
            Column("Xã", "text", 20),
            Column("Hạng sao", "int", 8),
            Column("Quyết định", "text", 18),
            Column("Ngày", "date", 11),
        ],
        rows=[
            (
                number,
                item.product,
                item.producer,
                ocop.PRODUCER_KINDS[item.producer_kind],
                names.get(item.commune_code, item.commune_code),
                item.stars,
                item.decision,
                item.decided_on,
            )
            for number, item in enumerate(counts.products, start=1)
        ],
        notes=[f"Số liệu đến ngày {format_date(counts.as_of)}."],
        sheet_name="Danh sách sản phẩm",
        frozen_columns=2,
    )
    return [by_district, by_kind, products]
