"""Files on a model-village plan item (before/after photos, acceptance minutes…).

The files go into the office's content-addressed evidence store (`evidence.store_file`), the
same store as the checklist's; the link to the item is a tracked row of its own, removed by a
tracked flag, so the file and its history stay.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ntm_desktop.checklist import evidence
from ntm_desktop.common import file_names
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import village_plans as rows
from ntm_desktop.village_plans import village_plans as vp

TABLE = "plan_item_evidence"
STAGES = {"before": "Trước khi làm", "after": "Sau khi làm", "other": "Tài liệu khác"}


@dataclass(frozen=True)
class ItemEvidence:
    id: str
    item_id: str
    stage: str
    sha256: str
    file_name: str
    size: int
    added_at: str
    removed: bool
    owner_code: str

    @property
    def stage_name(self) -> str:
        return STAGES[self.stage]


def _check_stage(stage: str) -> None:
    if stage not in STAGES:
        raise InvalidInput(
            f"Loại minh chứng '{stage}' không hợp lệ; chọn before (trước khi làm), after (sau "
            "khi làm) hoặc other (tài liệu khác)."
        )


def _live_item(db: Database, item_id: str) -> vp.PlanItem:
    item = vp.get_item(db, item_id)
    if item.deleted:
        raise InvalidInput(
            f"Hạng mục '{item.work}' đã bị xóa khỏi phương án; không đính kèm tệp vào hạng mục "
            "đã xóa."
        )
    return item


def attach(db: Database, item_id: str, source: Path, stage: str = "other") -> ItemEvidence:
    _check_stage(stage)
    _live_item(db, item_id)
    source = Path(source)
    digest, size = evidence.store_file(db, source)
    return record(db, item_id, stage, file_names.safe(source.name), digest, size)


def record(
    db: Database, item_id: str, stage: str, file_name: str, digest: str, size: int
) -> ItemEvidence:
    """Link a file already in the store (`evidence.store_file`, run off the GUI thread)."""
    _check_stage(stage)
    evidence.check_name(file_name)
    item = _live_item(db, item_id)
    evidence_id = str(uuid.uuid4())
    changes.insert_tracked(
        db,
        TABLE,
        {
            "id": evidence_id,
            "item_id": item.id,
            "stage": stage,
            "sha256": digest,
            "file_name": file_name,
            "size": size,
            "added_at": datetime.now().isoformat(timespec="seconds"),
            "removed": 0,
            "owner_code": item.owner_code,
        },
        owner=item.owner_code,
    )
    return get(db, evidence_id)


def get(db: Database, evidence_id: str) -> ItemEvidence:
    row = rows.get_item_evidence(db, evidence_id)
    if row is None:
        raise NotFound(f"Không có tệp minh chứng {evidence_id} của hạng mục.")
    return _from_row(row)


def of_item(db: Database, item_id: str) -> list[ItemEvidence]:
    return [_from_row(row) for row in rows.item_evidence(db, item_id)]


def remove(db: Database, evidence_id: str) -> ItemEvidence:
    found = get(db, evidence_id)
    changes.update_tracked(db, TABLE, evidence_id, {"removed": 1}, owner=found.owner_code)
    return get(db, evidence_id)


def viewable_copy(db: Database, found: ItemEvidence, folder: Path) -> Path:
    return evidence.copy_for_viewing(db, found.sha256, found.file_name, folder)


def _from_row(row: tuple[object, ...]) -> ItemEvidence:
    values = list(row)
    values[7] = bool(values[7])
    return ItemEvidence(*values)  # type: ignore[arg-type]
