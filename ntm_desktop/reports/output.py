"""Writing a report: CSV with machine column names, xlsx as the province's tables, ND30 PDF.

Each report gives its rows (for CSV) and an `xlsx_tables.Table` (Vietnamese headers, groups,
units, totals); the PDF lays out the same table through the one ND30 layout module.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TextIO

from ntm_desktop.common.files import atomic_output
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.tables import xlsx_tables

FORMATS = ("csv", "xlsx", "pdf")


class Report(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def columns(self) -> tuple[str, ...]: ...
    @property
    def rows(self) -> list[tuple[Any, ...]]: ...
    def table(self) -> xlsx_tables.Table: ...


def write_csv(report: Report, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(report.columns)
    writer.writerows(["" if value is None else value for value in row] for row in report.rows)


def write(report: Report, fmt: str, target: Path) -> None:
    if fmt == "csv":
        with atomic_output(target) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
            write_csv(report, out)
    elif fmt == "xlsx":
        xlsx_tables.write(target, [report.table()])
    else:
        from ntm_desktop.documents import nd30

        nd30.write(target, pdf_bytes([report.table()], report.rows))


def write_tables_pdf(target: Path, tables: Sequence[xlsx_tables.Table]) -> None:
    """Several tables of one report (funding, tasks, OCOP) as one PDF."""
    from ntm_desktop.documents import nd30

    nd30.write(target, pdf_bytes(tables, [row for table in tables for row in table.rows]))


def cell_text(kind: str, value: Any) -> str:
    """A value as the Vietnamese read it: 1.274; 16,3; 102,4 (a share, in %); 05/01/2026.

    A text in a number column (a dash, a remark) is printed as it is, as Excel shows it.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind == "date":
        return format_date(value)
    if kind == "int":
        return format_number(value)
    if kind == "dec1":
        return format_number(value, 1)
    if kind == "dec2":
        return format_number(value, 2)
    if kind == "percent":  # the header says "%"
        return format_number(value * 100, 1)
    return str(value)


def _unit_suffix(column: xlsx_tables.Column) -> str:
    """The unit under a title; under a group heading only "%" (the group names the rest)."""
    if not column.unit or (column.group and column.unit != "%"):
        return ""
    return f" ({column.unit})"


def _table_story(table: xlsx_tables.Table) -> list[Any]:
    """One table for A4 landscape pages: title, the two-level header, rows, totals, notes."""
    from ntm_desktop.documents import nd30

    columns = list(table.columns)
    body = [list(row) for row in table.rows]
    if table.totals is not None:
        body.append(list(table.totals))
    texts = [
        [cell_text(column.kind, value) for column, value in zip(columns, row, strict=True)]
        for row in body
    ]
    # Wide enough for the longest figure and header word, so a number never breaks mid-way.
    weights = [
        max(
            5,
            max((len(row[index]) for row in texts), default=0) + 1,
            # Bold header letters are wider than body digits.
            round(1.3 * max((len(word) for word in column.title.split()), default=0)),
        )
        for index, column in enumerate(columns)
    ]
    shares = [weight / sum(weights) for weight in weights]
    layout = [
        nd30.Column(
            column.title + _unit_suffix(column),
            share,
            "left" if column.kind == "text" else "right",
        )
        for column, share in zip(columns, shares, strict=True)
    ]
    width = nd30.usable_width("landscape")
    return [
        nd30.paragraph(table.title.upper(), style="title"),
        *(nd30.paragraph(line, style="center_italic") for line in table.subtitle),
        nd30.data_table(
            layout,
            texts,
            width=width,
            bold_rows=[len(texts) - 1] if table.totals is not None else [],
            groups=[column.group for column in columns],
            size=7 if len(columns) > 18 else 8 if len(columns) > 12 else 10,
        ),
        *(nd30.paragraph(note, style="basis") for note in table.notes),
    ]


def pdf_bytes(tables: Sequence[xlsx_tables.Table], data: Sequence[Sequence[Any]]) -> bytes:
    """The tables as one PDF, each its own bookmarked part; `data` makes the page fingerprint."""
    from ntm_desktop.documents import nd30

    digest = hashlib.sha256(
        json.dumps([list(map(str, row)) for row in data], ensure_ascii=False).encode()
    ).hexdigest()[:12]
    marks = nd30.PageMarks(digest, False, date.today())
    parts = [
        nd30.Part(table.title, _table_story(table), orientation="landscape") for table in tables
    ]
    return nd30.render(parts, marks, title=tables[0].title).pdf
