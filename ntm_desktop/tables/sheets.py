"""Reading the province's sheets (CSV or xlsx) for import, and the summary an import returns.

A sheet has optional comment lines starting with "#", then a header row, then data rows. Every
row keeps its line number so each problem can name the exact cell.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.backups import backups
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import nfc
from ntm_desktop.storage import Database


@dataclass(frozen=True)
class SheetRow:
    line: int
    cells: dict[str, Any]

    def text(self, column: str) -> str:
        value = self.cells.get(column)
        return "" if value is None else nfc(str(value))


@dataclass(frozen=True)
class Sheet:
    path: Path
    columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]


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

    def problem(self, row: SheetRow, column: str, message: str) -> None:
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
            raise InvalidInput(
                f"Tệp {path.name} có {len(self.problems)} lỗi nên chưa nhập gì. Hãy sửa các ô "
                "được nêu rồi nhập lại.",
                details=self.problems,
            )


def read(path: Path, required: Sequence[str]) -> Sheet:
    """The first sheet of an xlsx file, or a CSV file (UTF-8, with or without BOM)."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"Không tìm thấy tệp {path}.")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        lines = _xlsx_lines(path)
    elif suffix == ".csv":
        lines = _csv_lines(path)
    else:
        raise InvalidInput(f"Tệp {path.name}: chỉ nhập được tệp .csv hoặc .xlsx.")
    header: tuple[str, ...] | None = None
    rows: list[SheetRow] = []
    for number, values in lines:
        first = values[0] if values else None
        if isinstance(first, str) and first.lstrip().startswith("#"):
            continue
        if all(value is None or str(value).strip() == "" for value in values):
            continue
        if header is None:
            header = tuple(nfc(str(value or "")).lower() for value in values)
            continue
        rows.append(SheetRow(number, dict(zip(header, values, strict=False))))
    if header is None:
        raise InvalidInput(f"Tệp {path.name} không có dòng tiêu đề cột nào.")
    sheet = Sheet(path, header, tuple(rows))
    require(sheet, required)
    return sheet


def require(sheet: Sheet, required: Sequence[str]) -> None:
    missing = [column for column in required if column not in sheet.columns]
    if missing:
        raise InvalidInput(
            f"Tệp {sheet.path.name} thiếu cột: {', '.join(missing)}. Dòng tiêu đề cần có các "
            f"cột: {', '.join(required)}."
        )


def _csv_lines(path: Path) -> list[tuple[int, list[Any]]]:
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"Tệp {path.name} không phải văn bản UTF-8. Trong Excel hãy lưu bằng "
            "'CSV UTF-8 (Comma delimited)'."
        ) from None
    reader = csv.reader(text.splitlines())
    return [(reader.line_num, [cell if cell != "" else None for cell in row]) for row in reader]


def _xlsx_lines(path: Path) -> list[tuple[int, list[Any]]]:
    # openpyxl costs ~100 ms to import: only when a sheet is really read.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InvalidInput(f"Không đọc được tệp Excel {path.name}: {exc}.") from None
    try:
        sheet = book.worksheets[0]
        return [
            (number, list(values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()


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
