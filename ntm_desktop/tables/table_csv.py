"""A report table (`xlsx_tables.Table`) as CSV: one header line, data, then the totals row.

Group, title and unit of each column are joined into one header cell ("Kế hoạch năm 2020 -
Vốn (triệu đồng)"); percentages are written as percent numbers (48.7), dates as dd/mm/yyyy.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TextIO

from ntm_desktop.common.text import format_date
from ntm_desktop.tables.xlsx_tables import Column, Table


def header(column: Column) -> str:
    text = f"{column.group} - {column.title}" if column.group else column.title
    return f"{text} ({column.unit})" if column.unit else text


def _value(column: Column, value: Any) -> Any:
    if value is None:
        return ""
    if column.kind == "percent":
        return (Decimal(value) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if isinstance(value, date):
        return format_date(value)
    return value


def write_csv(table: Table, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    columns: Sequence[Column] = table.columns
    writer.writerow(header(column) for column in columns)
    rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
    for row in rows:
        writer.writerow(_value(column, value) for column, value in zip(columns, row, strict=True))
