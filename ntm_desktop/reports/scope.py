"""The part of the tree a report covers, and the day its figures are taken on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ntm_desktop.common.dates import check_year
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.storage import Database
from ntm_desktop.units import units


@dataclass(frozen=True)
class Scope:
    root: units.Unit | None  # None: every province in the data file
    year: int

    @property
    def day(self) -> date:
        """Figures are taken at the end of the year."""
        return date(self.year, 12, 31)

    @property
    def code(self) -> str | None:
        return None if self.root is None else self.root.code

    @property
    def name(self) -> str:
        return "toàn quốc" if self.root is None else self.root.name


def resolve(db: Database, year: int, under: str | None) -> Scope:
    check_year(year)
    if under is None:
        roots = units.children(db, None)
        return Scope(roots[0] if len(roots) == 1 else None, year)
    root = units.get(db, under)
    if root.level not in ("province", "district"):
        raise InvalidInput(
            f"{root.name} là cấp {units.LEVEL_NAMES[root.level]}: báo cáo tổng hợp theo tỉnh "
            "hoặc huyện; hãy chọn mã tỉnh hoặc huyện cho --under."
        )
    return Scope(root, year)
