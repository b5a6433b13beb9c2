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
    first_bold = len(body)
    if table.totals is not None:
        body.append(list(table.totals))
    body += [list(row) for row in table.after_totals]
    texts = [
        [cell_text(column.kind, value) for column, value in zip(columns, row, strict=True)]
        for row in body
    ]
    # Wide enough for the longest figure and header word, so a number never breaks mid-way;
    # the words under the totals (a comparison with the year before) may wrap.
    measured = texts[: len(texts) - len(table.after_totals)]
    weights = [
        max(
            5,
            max((len(row[index]) for row in measured), default=0) + 1,
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
        *_form_head(table, width),
        nd30.paragraph(table.title.upper(), style="title"),
        *(nd30.paragraph(line, style="center_italic") for line in table.subtitle),
        nd30.data_table(
            layout,
            texts,
            width=width,
            bold_rows=list(range(first_bold, len(texts))),
            groups=[column.group for column in columns],
            size=7 if len(columns) > 18 else 8 if len(columns) > 12 else 10,
        ),
        *(nd30.paragraph(note, style="basis") for note in table.notes),
        *_form_signature(table, width),
    ]


def _side_by_side(left: list[Any], right: list[Any], width: float, share: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    block = Table([[left, right]], colWidths=[width * share, width * (1 - share)])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return block


def _form_head(table: xlsx_tables.Table, width: float) -> list[Any]:
    """An official form's agency (top left) and number (top right)."""
    from ntm_desktop.documents import nd30

    if not table.agency and not table.form:
        return []
    left = [nd30.paragraph(line, style="sign_bold") for line in table.agency]
    right = [nd30.paragraph(table.form, style="sign_bold")] if table.form else []
    return [_side_by_side(left, right, width, 0.4)]


def _form_signature(table: xlsx_tables.Table, width: float) -> list[Any]:
    """The signer of an official form, over the right half."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from ntm_desktop.documents import nd30

    if not table.signature:
        return []
    lines = [
        nd30.paragraph(line, style="sign_bold") if line else Spacer(1, 18 * mm)
        for line in table.signature
    ]
    return [KeepTogether([Spacer(1, 8), _side_by_side([], lines, width, 0.5)])]


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
