"""Province-style Excel tables: a title block, two-level merged headers, a units row, data, a
totals row and notes, set up to print on A4 landscape, one page wide.

Written in openpyxl's write-only mode with one named style per kind of cell (the fast path in
performance.md) and saved atomically. Numbers are written as numbers; their formats use Excel's
separators, which a Vietnamese Windows shows as 1.274.791 and 48,7%.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_desktop.common.files import atomic_output

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Column kind -> Excel number format. "percent" takes a fraction (0.487 shows as 48,7%);
# "date" takes a datetime.date.
NUMBER_FORMATS = {
    "int": "#,##0",
    "dec1": "#,##0.0",
    "dec2": "#,##0.00",
    "percent": "0.0%",
    "date": "dd/mm/yyyy",
}
KINDS = ("text", *NUMBER_FORMATS)
FONT = "Times New Roman"


@dataclass(frozen=True)
class Column:
    """One column: its header, how its values look, and optionally the group header above it
    (consecutive columns with the same group share one merged cell) and its unit."""

    title: str
    kind: str = "text"
    width: float = 12
    group: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Table:
    """One sheet. `totals` is a row like the others, shown in bold under the data."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    subtitle: Sequence[str] = ()
    totals: Sequence[Any] | None = None
    notes: Sequence[str] = ()
    sheet_name: str = "Bảng"
    frozen_columns: int = 0
    # An official form (Biểu) also has the issuing agency at the top left and its number at the
    # top right, rows under the totals (the comparison with the year before), and the signer.
    agency: Sequence[str] = ()
    form: str = ""
    after_totals: Sequence[Sequence[Any]] = ()
    signature: Sequence[str] = ()


def write(path: Path, tables: Sequence[Table]) -> None:
    """Write the tables, one per sheet, to `path` (a temporary file renamed into place)."""
    from openpyxl import Workbook

    for table in tables:
        for column in table.columns:
            if column.kind not in KINDS:
                raise ValueError(f"unknown column kind {column.kind!r}")
    book = Workbook(write_only=True)
    _add_styles(book)
    for table in tables:
        _write_sheet(book, table)
    with atomic_output(Path(path)) as temp, temp.open("wb") as handle:
        book.save(handle)


def _add_styles(book: Workbook) -> None:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    styles = [
        NamedStyle("ntm_title", font=Font(name=FONT, size=14, bold=True), alignment=center),
        NamedStyle("ntm_subtitle", font=Font(name=FONT, size=12, italic=True), alignment=center),
        NamedStyle(
            "ntm_header",
            font=Font(name=FONT, size=11, bold=True),
            alignment=center,
            border=box,
            fill=PatternFill("solid", fgColor="E7EEF7"),
        ),
        NamedStyle(
            "ntm_unit", font=Font(name=FONT, size=10, italic=True), alignment=center, border=box
        ),
        NamedStyle("ntm_note", font=Font(name=FONT, size=11, italic=True)),
        NamedStyle("ntm_agency", font=Font(name=FONT, size=12, bold=True), alignment=center),
        NamedStyle(
            "ntm_form",
            font=Font(name=FONT, size=12, bold=True),
            alignment=Alignment(horizontal="right", vertical="center"),
        ),
    ]
    for total in (False, True):
        font = Font(name=FONT, size=11, bold=total)
        suffix = "_total" if total else ""
        styles.append(
            NamedStyle(
                f"ntm_text{suffix}",
                font=font,
                border=box,
                alignment=Alignment(vertical="center", wrap_text=True),
            )
        )
        for kind, number_format in NUMBER_FORMATS.items():
            styles.append(
                NamedStyle(
                    f"ntm_{kind}{suffix}",
                    font=font,
                    border=box,
                    number_format=number_format,
                    alignment=Alignment(vertical="center"),
                )
            )
    for style in styles:
        book.add_named_style(style)


class _Cells:
    """Makes styled write-only cells for one sheet.

    Looking a named style up by name for every cell costs a fifth of the write time; copying
    the style array resolved for the first cell of each style costs almost nothing.
    """

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.resolved: dict[str, Any] = {}

    def __call__(self, value: Any, style: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=value)
        resolved = self.resolved.get(style)
        if resolved is None:
            cell.style = style
            self.resolved[style] = copy.copy(cell._style)
        else:
            cell._style = copy.copy(resolved)
        return cell


def _placed(cells: Sequence[Any], row: int) -> Iterator[Any]:
    """The cells of one appended row at their column and row (see _write_sheet)."""
    for column, cell in enumerate(cells, start=1):
        cell.column, cell.row = column, row
        yield cell


def _merge(sheet: WriteOnlyWorksheet, row: int, first: int, last_row: int, last: int) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.cell_range import CellRange

    if (row, first) != (last_row, last):
        sheet.merged_cells.add(
            CellRange(f"{get_column_letter(first)}{row}:{get_column_letter(last)}{last_row}")
        )


def _write_sheet(book: Workbook, table: Table) -> None:
    from openpyxl.utils import get_column_letter

    columns = list(table.columns)
    width = len(columns)
    rows = [tuple(values) for values in table.rows]
    totals = [table.totals] if table.totals is not None else []
    for values in [*rows, *totals, *table.after_totals]:
        if len(values) != width:
            raise ValueError(f"row has {len(values)} values for {width} columns")
    grouped = any(column.group for column in columns)
    with_units = any(column.unit for column in columns)
    block = max(len(table.agency), 1 if table.form else 0)
    lead = block + 1 if block else 0
    top = lead + len(table.subtitle) + 3
    last_header = top + grouped + with_units
    sheet = book.create_sheet(_sheet_title(table.sheet_name))
    cell = _Cells(sheet)
    # A write-only sheet writes its view settings before the first row: set them first.
    sheet.freeze_panes = f"{get_column_letter(table.frozen_columns + 1)}{last_header + 1}"
    sheet.print_title_rows = f"{top}:{last_header}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = "9"  # A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.5
    margins.top = margins.bottom = 0.6
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width

    # Every row appended here is made of styled cells. openpyxl first tries each appended item
    # as a plain value, and the failed try (an exception whose message prints the cell) costs
    # a third of the write; the cells are placed as they are instead.
    sheet._values_to_row = _placed

    line = 0

    def emit(cells: list[Any]) -> int:
        nonlocal line
        sheet.append(cells)
        line += 1
        return line

    half = max(width // 2, 1)
    for index in range(block):
        left = table.agency[index] if index < len(table.agency) else None
        right = table.form if index == 0 and table.form else None
        cells = [cell(left, "ntm_agency"), *(cell(None, "ntm_agency") for _ in range(width - 1))]
        if right:
            cells[-1] = cell(right, "ntm_form")
        row = emit(cells)
        _merge(sheet, row, 1, row, half)
    if block:
        emit([])
    row = emit([cell(table.title, "ntm_title")])
    _merge(sheet, row, 1, row, width)
    for text in table.subtitle:
        row = emit([cell(text, "ntm_subtitle")])
        _merge(sheet, row, 1, row, width)
    emit([])

    emit([cell(column.group or column.title, "ntm_header") for column in columns])
    if grouped:
        second = emit(
            [cell(column.title if column.group else None, "ntm_header") for column in columns]
        )
        start = 0
        while start < width:
            group = columns[start].group
            end = start
            while group and end + 1 < width and columns[end + 1].group == group:
                end += 1
            if group:
                _merge(sheet, top, start + 1, top, end + 1)
            else:
                _merge(sheet, top, start + 1, second, start + 1)
            start = end + 1
    if with_units:
        emit([cell(column.unit, "ntm_unit") for column in columns])

    for values in rows:
        emit(_data_cells(cell, columns, values, ""))
    if table.totals is not None:
        emit(_data_cells(cell, columns, table.totals, "_total"))
    for values in table.after_totals:
        emit(_data_cells(cell, columns, values, "_total"))
    if table.notes:
        emit([])
        for text in table.notes:
            row = emit([cell(text, "ntm_note")])
            _merge(sheet, row, 1, row, width)
    if table.signature:
        emit([])
        # The signer sits over the right half, as on the printed form.
        for text in table.signature:
            cells = [cell(None, "ntm_note") for _ in range(width)]
            cells[half] = cell(text or None, "ntm_agency")
            row = emit(cells)
            _merge(sheet, row, half + 1, row, width)


def _data_cells(
    cell: _Cells, columns: list[Column], values: Sequence[Any], suffix: str
) -> list[Any]:
    return [
        cell(value, f"ntm_{column.kind}{suffix}")
        for column, value in zip(columns, values, strict=True)
    ]


def _sheet_title(name: str) -> str:
    """Excel refuses some characters and more than 31 in a sheet's name."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()
    return (cleaned or "Bảng")[:31]
