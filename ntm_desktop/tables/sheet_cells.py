"""Reading the tables people keep in Excel (or CSV): cells with their sheet, row and column.

Province and district sheets put title rows and merged cells above the header and a totals
row under the data; readers here only hand over the cells, each importer finds its header.
Problems are reported per cell, in Vietnamese, so an officer can find and fix each one.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.text import fold, format_number

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
MAX_HEADER_SEARCH = 30


@dataclass(frozen=True)
class Row:
    number: int  # 1-based, as Excel shows it
    cells: tuple[Any, ...]

    def cell(self, column: int) -> Any:
        return self.cells[column] if column < len(self.cells) else None

    @property
    def empty(self) -> bool:
        return all(is_blank(value) for value in self.cells)


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: int | None  # 0-based
    value: Any
    reason: str

    @classmethod
    def at(cls, sheet: Sheet, row: Row, column: int, reason: str) -> Problem:
        """What is wrong with one cell of a data row (its value as the sheet holds it)."""
        return cls(sheet.name, row.number, column, row.cell(column), reason)

    def __str__(self) -> str:
        where = [f"trang tính '{self.sheet}'"]
        if self.row is not None:
            where.append(f"dòng {self.row}")
        if self.column is not None:
            where.append(f"cột {column_letter(self.column)}")
        text = ", ".join(where)
        text = text[0].upper() + text[1:]
        if not is_blank(self.value):
            text += f", giá trị '{display(self.value)}'"
        return f"{text}: {self.reason}"


def column_letter(column: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def display(value: Any) -> str:
    if isinstance(value, float):
        return format_number(value, 0 if value.is_integer() else 2)
    return str(value).strip()


def label(value: Any) -> str:
    """A header cell folded for matching: lower case, no diacritics, single spaces."""
    return "" if is_blank(value) else fold(str(value))


def read(path: Path) -> list[Sheet]:
    """Every sheet of an .xlsx (values, not formulas) or the one table of a .csv."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Không đọc được tệp {path.name}: {exc.strerror or exc}.") from exc
    if not data.strip():
        raise InvalidInput(f"Tệp {path.name} rỗng: không có dữ liệu nào để nhập.")
    is_csv = path.suffix.lower() == ".csv"
    sheets = [_read_csv(path, data)] if is_csv else _read_xlsx(path, data)
    if all(row.empty for sheet in sheets for row in sheet.rows):
        raise InvalidInput(f"Tệp {path.name} không có dữ liệu nào để nhập (mọi ô đều trống).")
    return sheets


def _read_csv(path: Path, data: bytes) -> Sheet:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"Tệp {path.name} không phải văn bản UTF-8. Hãy lưu lại từ Excel dưới dạng "
            "'CSV UTF-8' hoặc .xlsx rồi nhập lại."
        ) from None
    rows = []
    for number, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        if cells and cells[0].lstrip().startswith("#"):
            continue  # notes above a machine-readable table
        rows.append(Row(number, tuple(cell if cell.strip() else None for cell in cells)))
    return Sheet(path.stem, tuple(rows))


def _read_xlsx(path: Path, data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise InvalidInput(
            f"Tệp {path.name} không phải tệp Excel .xlsx đọc được. Hãy mở tệp bằng Excel, "
            "chọn Lưu thành 'Sổ làm việc Excel (.xlsx)' rồi nhập lại."
        ) from None
    try:
        return [
            Sheet(
                sheet.title,
                tuple(
                    Row(number, tuple(_clean(value) for value in values))
                    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                ),
            )
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    return value


def find_header(sheet: Sheet, is_header: Any) -> int | None:
    """Index (in sheet.rows) of the first row among the top rows that `is_header` accepts."""
    for index, row in enumerate(sheet.rows[:MAX_HEADER_SEARCH]):
        if is_header([label(value) for value in row.cells]):
            return index
    return None


def filled_right(cells: Sequence[Any]) -> list[Any]:
    """A header row where merged cells left blanks: each blank takes the text on its left."""
    out: list[Any] = []
    last: Any = None
    for value in cells:
        last = value if not is_blank(value) else last
        out.append(last)
    return out


def data_rows(sheet: Sheet, start: int) -> Iterator[Row]:
    for row in sheet.rows[start:]:
        if not row.empty:
            yield row


def problems_error(message: str, problems: Sequence[Problem]) -> InvalidInput:
    shown = [str(problem) for problem in problems[:200]]
    if len(problems) > len(shown):
        shown.append(f"… và {len(problems) - len(shown)} lỗi khác.")
    return InvalidInput(message, details=shown)
