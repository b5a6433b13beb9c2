"""SQL for evidence links: the rows that attach a stored file to an indicator value
(`evidence`) or to a model-village plan item (`plan_item_evidence`)."""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

EvidenceRow = namedtuple(
    "EvidenceRow",
    "id parent_id stage sha256 file_name size added_at removed owner_code",
)


@dataclass(frozen=True)
class Holder:
    """One table of evidence links: the column naming the parent row, whether a link has a
    stage (before/after the works), and the order its links are listed in."""

    table: str
    parent: str
    staged: bool
    order: str

    @property
    def links(self) -> Table[EvidenceRow]:
        stage = "stage" if self.staged else "NULL"
        return Table(
            self.table,
            EvidenceRow,
            {"parent_id": self.parent, "stage": stage},
            convert={"removed": bool},
        )


INDICATOR_VALUES = Holder("evidence", "value_id", staged=False, order="added_at, file_name")
PLAN_ITEMS = Holder(
    "plan_item_evidence",
    "item_id",
    staged=True,
    order="CASE stage WHEN 'before' THEN 0 WHEN 'after' THEN 1 ELSE 2 END, added_at, file_name",
)


def of_parent(
    db: Database, holder: Holder, parent_id: str, *, include_removed: bool = False
) -> list[EvidenceRow]:
    removed = "" if include_removed else " AND removed = 0"
    return holder.links.where(
        db, f"{holder.parent} = ?{removed} ORDER BY {holder.order}", (parent_id,)
    )
