"""A table read as named rows: the row type's fields are the one column list of its SELECTs.

Callers read `row.file_name`, never `row[4]`: adding or reordering a column changes the row type
in one place, and every SELECT of the table follows it. A column stored as text or an integer
flag (an ISO date, a JSON list, 0/1) is read back as what it holds (`convert`), so a domain
record is the row as it is: a typed NamedTuple of the row's fields in their order, made with
`Unit._make(row)` (tests/core/test_table.py holds each record to its row's fields).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, Generic, NamedTuple, TypeVar

from ntm_desktop.common.errors import DamagedDataFile, NotFound
from ntm_desktop.storage.database import Database

R = TypeVar("R", bound=NamedTuple)


def optional_date(text: str) -> date | None:
    """An optional ISO date column, which an empty text leaves empty."""
    return date.fromisoformat(text) if text else None


def count_by(
    db: Database, table: str, column: str, keys: Sequence[str], condition: str = "1"
) -> dict[str, int]:
    """How many rows of `table` meeting `condition` hold each of `keys` in `column` (a key with
    none is absent)."""
    if not keys:
        return {}
    marks = ", ".join("?" for _ in keys)
    return dict(
        db.conn.execute(
            f"SELECT {column}, count(*) FROM {table} WHERE {condition} AND {column} IN ({marks}) "
            f"GROUP BY {column}",
            tuple(keys),
        ).fetchall()
    )


class Table(Generic[R]):
    def __init__(
        self,
        name: str,
        row: type[R],
        expressions: Mapping[str, str] | None = None,
        convert: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        """`expressions` gives the SQL of a field that is not a column of that name; `convert`
        what a stored value (never NULL) becomes when read."""
        self.name = name
        self.row = row
        self.fields: tuple[str, ...] = row._fields
        self._expressions = dict(expressions or {})
        self._convert = [
            (self.fields.index(field), read) for field, read in (convert or {}).items()
        ]

    def columns(self, alias: str = "") -> str:
        """The column list for a SELECT, each prefixed with `alias.` in a join."""
        prefix = f"{alias}." if alias else ""
        return ", ".join(
            f"{self._expressions[field]} AS {field}"
            if field in self._expressions
            else prefix + field
            for field in self.fields
        )

    def where(self, db: Database, condition: str, params: Sequence[Any] = ()) -> list[R]:
        """The rows meeting `condition` (SQL after WHERE, an ORDER BY included)."""
        return self.query(db, f"SELECT {self.columns()} FROM {self.name} WHERE {condition}", params)

    def all(self, db: Database, order_by: str) -> list[R]:
        return self.query(db, f"SELECT {self.columns()} FROM {self.name} ORDER BY {order_by}")

    def get(self, db: Database, row_id: str) -> R | None:
        """The row with that id, deleted or not."""
        return self.first(db, "id = ?", (row_id,))

    def live(self, db: Database, row_id: str) -> R | None:
        """The row with that id unless its tracked `deleted` flag is set."""
        return self.first(db, "id = ? AND deleted = 0", (row_id,))

    def require(self, db: Database, row_id: str, missing: str, *, live: bool = False) -> R:
        """The row with that id (with `live`, unless deleted); NotFound(`missing`) if none."""
        row = self.live(db, row_id) if live else self.get(db, row_id)
        if row is None:
            raise NotFound(missing)
        return row

    def deleted(self, db: Database, row_id: str) -> bool | None:
        """Whether the row is deleted; None when there is no such row at all."""
        row = db.one(f"SELECT deleted FROM {self.name} WHERE id = ?", (row_id,))
        return None if row is None else bool(row[0])

    def first(self, db: Database, condition: str, params: Sequence[Any] = ()) -> R | None:
        found = self.where(db, condition, params)
        return found[0] if found else None

    def query(self, db: Database, sql: str, params: Sequence[Any] = ()) -> list[R]:
        """Rows of a query (a join, a recursive walk) that selects `columns()` in order."""
        return [self.make(values) for values in db.conn.execute(sql, params)]

    def make(self, values: Sequence[Any]) -> R:
        if self._convert:
            values = list(values)
            for index, read in self._convert:
                if values[index] is not None:
                    values[index] = self._read(read, index, values)
        return self.row._make(values)

    def _read(self, read: Callable[[Any], Any], index: int, values: Sequence[Any]) -> Any:
        try:
            return read(values[index])
        except (ValueError, TypeError) as exc:
            # Every write checks its values: only a file edited outside the app gets here.
            raise DamagedDataFile(
                f"Tệp dữ liệu có giá trị không đọc được ở bảng {self.name}, cột "
                f"{self.fields[index]} (bản ghi {values[0]}): '{str(values[index])[:60]}'. Tệp có "
                "thể đã bị sửa ngoài NTM Desktop; hãy khôi phục từ bản sao lưu (Sao lưu › Khôi "
                "phục) hoặc nhờ cán bộ tin học sửa lại."
            ) from exc
