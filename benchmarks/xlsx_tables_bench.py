"""Time `ntm_desktop.tables.xlsx_tables.write` on a national-size table (10,600 rows x 25
columns) and reading it back in read-only mode. Prints figures; asserts nothing (see
performance.md)."""

import tempfile
import time
from decimal import Decimal
from pathlib import Path

import openpyxl

from ntm_desktop.tables import xlsx_tables
from ntm_desktop.tables.xlsx_tables import Column, Table

ROWS, NUMBERS = 10_600, 23


def main() -> None:
    columns = [Column("Mã", width=8), Column("Xã", width=24)] + [
        Column(f"Cột {i}", "dec2" if i % 2 else "int", group=f"Nhóm {i // 4}", unit="triệu đồng")
        for i in range(NUMBERS)
    ]
    rows = [
        (
            f"{n:05d}",
            f"Xã số {n}",
            *(Decimal(n * i) / 100 if i % 2 else n * i for i in range(NUMBERS)),
        )
        for n in range(ROWS)
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.xlsx"
        for attempt in range(3):
            start = time.perf_counter()
            xlsx_tables.write(path, [Table("BẢNG THỬ", columns, rows, totals=rows[0])])
            written = time.perf_counter() - start
            start = time.perf_counter()
            book = openpyxl.load_workbook(path, read_only=True)
            count = sum(1 for _ in book.active.iter_rows(values_only=True))
            book.close()
            read = time.perf_counter() - start
            print(
                f"run {attempt + 1}: write {written:.2f} s, read back {read:.2f} s "
                f"({count} rows, {path.stat().st_size // 1024} KB)"
            )


if __name__ == "__main__":
    main()
