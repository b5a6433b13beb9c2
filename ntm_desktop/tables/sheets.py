"""Reading the tables people keep in Excel (or CSV) for import, and the summary an import returns.

One reader for every import. `read` hands over every sheet's cells with their row numbers, for
importers that find their own header among title rows and merged cells (Biểu 01, the district's
criteria table, the catalog workbook); `table` reads the first sheet as a header row of column
names over data rows, for the machine-shaped sheets (funding, tasks, OCOP).

A file from elsewhere never crashes the reader and is never silently coerced: a cell that is
broken (cached NaN or infinity, an error such as #REF! or #DIV/0!, a formula saved without its
value, a number from 10^15 up, a day before 1900 from an Excel serial of 0 or less, text longer
than Excel itself allows) is named with its sheet, row and column, and nothing is imported. A
sheet with data past MAX_ROWS rows is refused as soon as that row is met, so memory stays
bounded; at most MAX_PROBLEMS_SHOWN problems are listed, then a count of the rest.
"""

from __future__ import annotations

import csv
import io
import math
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar
from xml.etree.ElementTree import ParseError

from ntm_desktop.backups import backups
from ntm_desktop.common.dates import FIRST_YEAR
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.numbers import LIMIT, parse_whole
from ntm_desktop.common.text import fold, format_number, nfc
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheet_xml

T = TypeVar("T")
CSV_SUFFIXES = (".csv",)
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
MAX_HEADER_SEARCH = 30
# Twice the communes of the whole country, far above any province's sheet (hundreds of communes
# or tasks); low enough that a million-row sheet is refused after reading 20,000 rows (seconds,
# tens of megabytes) instead of minutes.
MAX_ROWS = 20_000
MAX_COLUMNS = 256
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_PROBLEMS_SHOWN = 200
# The file is read whole into memory before its cells are: a province's sheet is well under 1 MB.
MAX_FILE_BYTES = 100_000_000
# openpyxl holds the shared strings in memory: a zip that unpacks them past this is refused.
MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024


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
    if isinstance(value, float) and math.isfinite(value) and abs(value) < LIMIT:
        return format_number(value, 0 if value.is_integer() else 2)
    text = str(value).strip()
    return text if len(text) <= 60 else text[:60] + "…"


def whole_number(value: Any) -> int | None:
    """A cell holding a whole number (7, 7.0, "7", "1.250"); None for anything else."""
    try:
        return parse_whole(value, "")
    except InvalidInput:
        return None


def label(value: Any) -> str:
    """A header cell folded for matching: lower case, no diacritics, single spaces."""
    return "" if is_blank(value) else fold(str(value))


def problems_error(
    message: str, problems: Sequence[object], total: int | None = None
) -> InvalidInput:
    """InvalidInput listing the first MAX_PROBLEMS_SHOWN problems and a count of the rest."""
    shown = [str(problem) for problem in problems[:MAX_PROBLEMS_SHOWN]]
    total = len(problems) if total is None else total
    if total > len(shown):
        shown.append(f"… và {format_number(total - len(shown))} lỗi khác.")
    return InvalidInput(message, details=shown)


# -- reading every cell ------------------------------------------------------------------------
class _Found:
    """Problems met while reading: the first ones kept to show, the rest only counted."""

    def __init__(self) -> None:
        self.kept: list[Problem] = []
        self.total = 0

    def add(self, problem: Problem) -> None:
        self.total += 1
        if len(self.kept) < MAX_PROBLEMS_SHOWN:
            self.kept.append(problem)

    def absorb(self, other: _Found) -> None:
        """Take over what another reading found (a sheet read on its own)."""
        self.kept += other.kept[: MAX_PROBLEMS_SHOWN - len(self.kept)]
        self.total += other.total


def read(path: Path) -> list[Sheet]:
    """Every sheet of an .xlsx (values, not formulas) or the one table of a .csv."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"Không tìm thấy tệp {path}.")
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + EXCEL_SUFFIXES:
        raise InvalidInput(f"Tệp {path.name}: chỉ nhập được tệp .csv hoặc .xlsx.")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(
                f"Tệp {path.name} lớn {format_number(size // 1_000_000)} MB, quá "
                f"{format_number(MAX_FILE_BYTES // 1_000_000)} MB mà phần mềm nhận trong một lần "
                "nhập. Hãy chia bảng thành nhiều tệp rồi nhập lần lượt."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Không đọc được tệp {path.name}: {exc.strerror or exc}.") from exc
    if not data.strip():
        raise InvalidInput(f"Tệp {path.name} rỗng: không có dữ liệu nào để nhập.")
    found = _Found()
    sheets = (
        [_read_csv(path, data, found)] if suffix in CSV_SUFFIXES else _read_xlsx(path, data, found)
    )
    if found.total:
        raise problems_error(
            f"Tệp {path.name} có {format_number(found.total)} ô hỏng nên chưa nhập gì. Hãy sửa "
            "các ô được nêu (mở bằng Excel, sửa rồi lưu lại) rồi nhập lại.",
            found.kept,
            found.total,
        )
    if all(row.empty for sheet in sheets for row in sheet.rows):
        raise InvalidInput(f"Tệp {path.name} không có dữ liệu nào để nhập (mọi ô đều trống).")
    return sheets


def _too_many_rows(path: Path, sheet: str, number: int) -> InvalidInput:
    return InvalidInput(
        f"Tệp {path.name}, trang tính '{sheet}': có dữ liệu ở dòng {format_number(number)}, quá "
        f"{format_number(MAX_ROWS)} dòng mà phần mềm nhận trong một lần nhập. Hãy xóa các dòng "
        "thừa hoặc chia bảng thành nhiều tệp rồi nhập lần lượt."
    )


def _read_csv(path: Path, data: bytes, found: _Found) -> Sheet:
    name = path.stem
    rows = []
    reader = csv.reader(io.StringIO(_csv_text(path, data)))
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # The csv module stops at a field past its own limit (131,072 characters).
            reason = (
                f"có ô dài hơn {format_number(csv.field_size_limit())} ký tự, quá giới hạn "
                f"{format_number(MAX_CELL_CHARS)} ký tự một ô của Excel; hãy kiểm tra lại dòng này."
                if "field limit" in str(exc)
                else f"dòng này không đọc được theo dạng CSV ({exc}); hãy lưu lại tệp từ Excel."
            )
            found.add(Problem(name, reader.line_num, None, None, reason))
            break
        number = reader.line_num
        if cells and cells[0].lstrip().startswith("#"):
            continue  # notes above a machine-readable table
        values = tuple(cell if cell.strip() else None for cell in cells)
        if number > MAX_ROWS and any(value is not None for value in values):
            raise _too_many_rows(path, name, number)
        for column, value in enumerate(values):
            if value is not None and len(value) > MAX_CELL_CHARS:
                found.add(Problem(name, number, column, None, _long_text_reason(len(value))))
        rows.append(Row(number, values))
    return Sheet(name, tuple(rows))


def _csv_text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"Tệp {path.name} không phải văn bản UTF-8. Hãy lưu lại từ Excel dưới dạng "
            "'CSV UTF-8' hoặc .xlsx rồi nhập lại."
        ) from None


def _long_text_reason(length: int) -> str:
    return (
        f"ô dài hơn {format_number(MAX_CELL_CHARS)} ký tự ({format_number(length)}), quá giới hạn "
        "của Excel; hãy kiểm tra lại ô này."
    )


def _unreadable(path: Path) -> InvalidInput:
    return InvalidInput(
        f"Tệp {path.name} không phải tệp Excel .xlsx đọc được. Hãy mở tệp bằng Excel, "
        "chọn Lưu thành 'Sổ làm việc Excel (.xlsx)' rồi nhập lại."
    )


# What a broken zip or sheet XML raises inside openpyxl and the XML parser it uses.
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    ParseError,
    SyntaxError,
)


def _read_xlsx(path: Path, data: bytes, found: _Found) -> list[Sheet]:
    # openpyxl costs ~100 ms to import: only when a sheet is really read.
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(
                item.file_size
                for item in archive.infolist()
                if "sharedstrings" in item.filename.lower()
            )
        if unpacked > MAX_SHARED_STRINGS_BYTES:
            raise InvalidInput(
                f"Tệp {path.name} chứa quá nhiều chữ ({format_number(unpacked)} byte khi giải "
                "nén); hãy kiểm tra lại tệp."
            )
        # The workbook's parts without openpyxl's read-only worksheets: opening one scans the
        # whole sheet for its size when the file does not state it, minutes for a million rows.
        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it skips; they do not matter here.
            warnings.simplefilter("ignore")
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            parts = [
                (sheet.name, rel.target)
                for sheet, rel in reader.parser.find_sheets()
                if rel.target in reader.valid_files and "chartsheet" not in rel.Type
            ]
    except (InvalidFileException, *_BROKEN):
        raise _unreadable(path) from None
    try:
        return [_read_worksheet(path, reader, name, part, found) for name, part in parts]
    finally:
        reader.archive.close()


def _read_worksheet(path: Path, reader: Any, name: str, part: str, found: _Found) -> Sheet:
    book = reader.wb
    cells = _Cells(
        name, reader.shared_strings, book.epoch, book._date_formats, book._timedelta_formats
    )
    try:
        data = sheet_xml.sheet_bytes(reader.archive, part)
    except _BROKEN:
        data = None  # the streaming reader reports the row where the sheet breaks
    if data is not None:
        attempt = _Found()
        try:
            sheet = _collect(path, name, sheet_xml.plain_rows(data), cells, attempt)
        except sheet_xml.NotPlain:
            pass  # read again by lxml, which reads every shape and reports every break
        else:
            found.absorb(attempt)
            return sheet
    with reader.archive.open(part) as source:
        return _collect(path, name, sheet_xml.streamed_rows(source), cells, found)


def _collect(
    path: Path,
    name: str,
    raw_rows: Iterator[tuple[int, list[sheet_xml.RawCell]]],
    cells: _Cells,
    found: _Found,
) -> Sheet:
    rows: list[Row] = []
    last = 0
    try:
        for number, raw in raw_rows:
            values = cells.row(number, raw, found)
            if values:
                if number > MAX_ROWS:
                    raise _too_many_rows(path, name, number)
                if number > last + 1:
                    # Rows the file leaves out are blank rows, as Excel shows them.
                    rows.extend(Row(missing, ()) for missing in range(last + 1, number))
                rows.append(Row(number, values))
                last = number
    except _BROKEN:
        found.add(
            Problem(
                name,
                last + 1,
                None,
                None,
                "trang tính bị hỏng từ dòng này (tệp bị cắt dở hoặc sửa ngoài Excel); hãy mở tệp "
                "bằng Excel, lưu lại rồi nhập lại.",
            )
        )
    # Every row as wide as the sheet, as Excel shows it: a header's merged cells end in blanks.
    width = max((len(row.cells) for row in rows), default=0)
    padded = (
        row
        if len(row.cells) == width
        else Row(row.number, row.cells + (None,) * (width - len(row.cells)))
        for row in rows
    )
    return Sheet(name, tuple(padded))


_LIMIT = int(LIMIT)
_TOO_BIG = "số quá lớn (từ một triệu tỷ trở lên); hãy kiểm tra lại số và đơn vị tính."


class _Cells:
    """Reads one sheet's cells as openpyxl would with data_only (cached values, shared and
    inline strings, booleans, dates by number format), reporting every broken cell instead of
    raising or blanking it."""

    def __init__(
        self,
        sheet: str,
        shared: Sequence[str],
        epoch: Any,
        date_formats: set[int],
        timedelta_formats: set[int],
    ) -> None:
        self.sheet = sheet
        self.shared = shared
        self.epoch = epoch
        self.date_formats = date_formats
        self.timedelta_formats = timedelta_formats
        self.columns: dict[str, int] = {}
        self.styles: dict[str, int] = {}  # a style's text: its number if a date's, else -1

    def row(self, number: int, raw: list[sheet_xml.RawCell], found: _Found) -> tuple[Any, ...]:
        """The row's values by column (strings stripped, blanks None); every broken cell
        reported."""
        # Per cell only what its type needs: a national sheet has a quarter of a million cells.
        values: list[Any] = []
        append = values.append
        filled = 0  # len(values)
        column = 0
        dates = self.date_formats
        columns = self.columns
        styles = self.styles
        limit, widest = _LIMIT, MAX_COLUMNS
        for _, letters, digits, style, kind, formula, text, inline in raw:
            try:
                if not letters and not digits:
                    column += 1
                else:
                    # A dict lookup for the column letters seen before (a reference needs its
                    # row to be valid).
                    known = columns.get(letters) if digits else None
                    column = known or self._column(letters, digits)
                if (kind == "n" or not kind) and text:
                    # As openpyxl reads a number: a float only with a point or an exponent.
                    value: Any = (
                        float(text) if "." in text or "e" in text or "E" in text else int(text)
                    )
                    if style and dates:
                        date_style = styles.get(style)
                        if date_style is None:
                            date_style = styles[style] = int(style) if int(style) in dates else -1
                        if date_style >= 0:
                            value = self._date(value, text, date_style)
                elif kind == "inlineStr":
                    value = inline
                else:
                    value = self._typed(kind or "n", text or None)
            except (ValueError, IndexError, KeyError, TypeError, OverflowError):
                value = _Broken("ô không đọc được (giá trị hỏng, ví dụ NaN); hãy ghi lại ô này.")
            if formula and not text and type(value) is not _Broken:
                value = _Broken(
                    "ô có công thức nhưng chưa có giá trị tính sẵn (tệp không được lưu bằng "
                    "Excel); hãy mở tệp bằng Excel, lưu lại rồi nhập lại."
                )
            # The common cells (whole numbers, text) are checked here, the rest by _cell_problem.
            held = type(value)
            if held is int:
                reason = None if -limit < value < limit else _TOO_BIG
            elif held is str:
                value = value.strip()
                if not value:
                    continue
                reason = None if len(value) <= MAX_CELL_CHARS else _long_text_reason(len(value))
            elif held is _Broken:
                reason = value.reason
            elif value is None:
                continue
            else:
                reason = _cell_problem(value)
            index = column - 1
            if index >= widest:
                reason = f"có dữ liệu ngoài {MAX_COLUMNS} cột đầu mà phần mềm đọc; hãy xóa ô này."
            if reason is not None:
                shown = None if held is _Broken or held is str else value
                found.add(Problem(self.sheet, number, index, shown, reason))
            elif index == filled:  # cells come left to right: the next column
                append(value)
                filled += 1
            elif index > filled:
                values += [None] * (index - filled)
                append(value)
                filled = index + 1
            else:  # a column written again: the later cell wins
                values[index] = value
        return tuple(values)

    def _column(self, letters: str, digits: str) -> int:
        """The 1-based column of a cell reference ("AB", "12" -> 28), remembered for this sheet
        by its letters (only valid ones, so a bounded few); ValueError for a broken reference."""
        from openpyxl.utils.cell import column_index_from_string  # deferred with openpyxl

        if not letters or not digits:
            raise ValueError(letters + digits)
        column = int(column_index_from_string(letters.replace("$", "")))
        self.columns[letters] = column
        return column

    def _typed(self, kind: str, text: str | None) -> Any:
        if kind == "e":
            return _Broken(f"ô báo lỗi công thức {text}; hãy sửa công thức hoặc ghi giá trị.")
        if text is None:
            return None
        if kind == "s":
            return self.shared[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601  # deferred with openpyxl

            return from_ISO8601(text)
        return text  # "str", a formula's text result, or a type Excel does not write

    def _date(self, serial: int | float, text: str, style: int) -> Any:
        from openpyxl.utils.datetime import from_excel  # deferred with openpyxl

        try:
            value = from_excel(serial, self.epoch, timedelta=style in self.timedelta_formats)
        except (OverflowError, ValueError):
            return _Broken("ô báo lỗi công thức #VALUE!; hãy sửa công thức hoặc ghi giá trị.")
        if serial <= 0:
            return _Broken(
                f"ô ngày ghi số sê-ri Excel {display(float(text))} (từ 0 trở xuống), không phải "
                "một ngày thật; hãy ghi ngày dạng dd/mm/yyyy."
            )
        return value


def _cell_problem(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "ô ghi giá trị không phải số hữu hạn (NaN hoặc vô cùng); hãy ghi số."
    if isinstance(value, int | float) and abs(value) >= LIMIT:
        return _TOO_BIG
    if isinstance(value, date) and value.year < FIRST_YEAR:
        return (
            f"ô ngày trước năm {FIRST_YEAR} (Excel ghi số 0 hoặc số âm trong ô ngày); hãy ghi "
            "ngày dạng dd/mm/yyyy."
        )
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return _long_text_reason(len(value))
    return None


@dataclass(frozen=True)
class _Broken:
    """A cell that could not be read, or an error cell, carried to the per-cell report."""

    reason: str


# -- finding a header among title rows ------------------------------------------------------
def find_header(sheet: Sheet, is_header: Any) -> int | None:
    """Index (in sheet.rows) of the first row among the top rows that `is_header` accepts."""
    for index, row in enumerate(sheet.rows[:MAX_HEADER_SEARCH]):
        if is_header([label(value) for value in row.cells]):
            return index
    return None


def column_starting(cells: Sequence[str], *prefixes: str) -> int | None:
    """The first of a header's folded cells (see `label`) that starts with one of `prefixes`."""
    return next((i for i, cell in enumerate(cells) if cell.startswith(prefixes)), None)


def tables_in(
    path: Path, layout: Callable[[list[str]], T | None]
) -> Iterator[tuple[Sheet, T, int]]:
    """Each sheet of the file with a header among its top rows that `layout` makes sense of
    (given the header's folded cells): the sheet, what `layout` made of it, and the index (in
    sheet.rows) of the first row under it."""
    for sheet in read(path):
        header = find_header(sheet, lambda cells: layout(cells) is not None)
        if header is None:
            continue
        found = layout([label(value) for value in sheet.rows[header].cells])
        assert found is not None
        yield sheet, found, header + 1


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


# -- a header of column names over data rows ---------------------------------------------------
@dataclass(frozen=True)
class TableRow:
    line: int
    cells: dict[str, Any]

    def text(self, column: str) -> str:
        value = self.cells.get(column)
        return "" if value is None else nfc(str(value))


@dataclass(frozen=True)
class Table:
    path: Path
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]


def table(path: Path, required: Sequence[str]) -> Table:
    """The first sheet: optional "#" note rows, a header row of column names, data rows."""
    path = Path(path)
    header: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    for row in read(path)[0].rows:
        first = row.cell(0)
        if row.empty or (isinstance(first, str) and first.lstrip().startswith("#")):
            continue
        if header is None:
            header = tuple(nfc(str(value or "")).lower() for value in row.cells)
            continue
        rows.append(TableRow(row.number, dict(zip(header, row.cells, strict=False))))
    if header is None:
        raise InvalidInput(f"Tệp {path.name} không có dòng tiêu đề cột nào.")
    found = Table(path, header, tuple(rows))
    require(found, required)
    return found


def require(found: Table, required: Sequence[str]) -> None:
    missing = [column for column in required if column not in found.columns]
    if missing:
        raise InvalidInput(
            f"Tệp {found.path.name} thiếu cột: {', '.join(missing)}. Dòng tiêu đề cần có các "
            f"cột: {', '.join(required)}."
        )


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do). Problems mean nothing was imported."""

    kind: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    def problem(self, row: TableRow, column: str, message: str) -> None:
        self.problems.append(f"Dòng {row.line}, cột '{column}': {message}")

    def count(self, outcome: str) -> None:
        """Count one row as "new", "changed" or "unchanged"."""
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        verb = "Sẽ nhập" if self.dry_run else "Đã nhập"
        return (
            f"{verb} {self.kind}: {self.new} mới, {self.changed} thay đổi, "
            f"{self.unchanged} không đổi."
        )

    def refuse_if_problems(self, path: Path) -> None:
        if self.problems:
            raise problems_error(
                f"Tệp {path.name} có {len(self.problems)} lỗi nên chưa nhập gì. Hãy sửa các ô "
                "được nêu rồi nhập lại.",
                self.problems,
            )


class _DryRun(Exception):
    """Unwinds the import's transaction once it has counted what it would do."""


def apply(db: Database, write_all: Callable[[], None], *, dry_run: bool) -> None:
    """Run an import's writes in one transaction; a dry run does them, counts, and rolls back,
    so its counts are exactly what the real import would do. A real import is preceded by a
    backup, so a restore can undo it."""
    if dry_run and db.in_transaction:
        raise RuntimeError("a dry run needs its own transaction")
    if not dry_run and not db.in_transaction:
        backups.before_import(db)
    try:
        with db.transaction():
            write_all()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
