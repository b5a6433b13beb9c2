"""Evidence files, kept in the office's content-addressed store and linked to their parent row.

A file is copied to `<data folder>/evidence/<sha[:2]>/<sha>`: the same content attached twice
is stored once, and a stored file is never rewritten. A link is a tracked row of its `Holder`
table (an indicator value's `evidence`, a plan item's `plan_item_evidence`); removing it sets a
tracked `removed` flag and the file itself stays, so nothing vanishes without trace.
"""

from __future__ import annotations

import shutil
import uuid
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from ntm_desktop.common import file_names
from ntm_desktop.common.errors import DamagedDataFile, InvalidInput
from ntm_desktop.common.files import atomic_output, sha256_file
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import evidence as rows
from ntm_desktop.storage.evidence import INDICATOR_VALUES, PLAN_ITEMS, Holder

__all__ = ["INDICATOR_VALUES", "PLAN_ITEMS", "STAGES", "Evidence", "Holder"]

# The stages of a plan item's files (indicator evidence has none).
STAGES = {"before": "Trước khi làm", "after": "Sau khi làm", "other": "Tài liệu khác"}


class Evidence(NamedTuple):
    id: str
    parent_id: str  # the indicator value's or the plan item's id
    stage: str | None  # a plan item's file: one of STAGES
    sha256: str
    file_name: str
    size: int
    added_at: str
    removed: bool
    owner_code: str

    @property
    def stage_name(self) -> str:
        return STAGES[self.stage] if self.stage else ""


def store_dir(db: Database) -> Path:
    return db.path.parent / "evidence"


def stored_path(db: Database, sha256: str) -> Path:
    if file_names.sha256_refusal(sha256) is not None:
        # Only a hand-edited or forged row gets here: imports and attachments check the hash.
        raise DamagedDataFile(
            f"Dữ liệu có tệp minh chứng mang mã lạ ({file_names.sha256_refusal(sha256)}); "
            "không mở tệp này. Hãy báo cán bộ tin học kiểm tra tệp dữ liệu."
        )
    return store_dir(db) / sha256[:2] / sha256


def store_file(db: Database, source: Path) -> tuple[str, int]:
    """Copy `source` into the store (unless the same content is there); (sha256, size)."""
    if not source.is_file():
        raise InvalidInput(
            f"Không tìm thấy tệp {source}. Hãy chọn một tệp có thật (ảnh, bản quét, PDF, Word, "
            "Excel…)."
        )
    try:
        digest = sha256_file(source)
        size = source.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"Không đọc được tệp {source.name}: {exc.strerror or exc}.") from exc
    target = stored_path(db, digest)
    if not target.exists():
        with atomic_output(target) as temp:
            shutil.copyfile(source, temp)
        if sha256_file(target) != digest:
            target.unlink(missing_ok=True)
            raise InvalidInput(
                f"Tệp {source.name} thay đổi trong khi đang chép. Hãy đóng chương trình đang sửa "
                "tệp rồi đính kèm lại."
            )
    return digest, size


def check_name(file_name: str) -> None:
    reason = file_names.refusal(file_name)
    if reason is not None:
        raise InvalidInput(f"Không ghi nhận được tệp minh chứng: {reason}. Hãy đổi tên tệp.")


def check_stage(holder: Holder, stage: str | None) -> None:
    if holder.staged and stage not in STAGES:
        raise InvalidInput(
            f"Loại minh chứng '{stage}' không hợp lệ; chọn before (trước khi làm), after (sau "
            "khi làm) hoặc other (tài liệu khác)."
        )


def record(
    db: Database,
    holder: Holder,
    parent_id: str,
    owner: str,
    file_name: str,
    digest: str,
    size: int,
    stage: str | None = None,
) -> Evidence:
    """Link a file already in the store (`store_file`, which the GUI runs off its thread) to
    the parent row `parent_id` of `holder`'s table."""
    check_stage(holder, stage)
    check_name(file_name)
    evidence_id = str(uuid.uuid4())
    now = datetime.now().isoformat(timespec="seconds")
    _insert(db, holder, evidence_id, parent_id, owner, stage, digest, file_name, size, now)
    return get(db, holder, evidence_id)


def relink(
    db: Database, holder: Holder, item: Evidence, parent_id: str, owner: str, evidence_id: str
) -> None:
    """Link the file of `item` to another parent row as it was (same name, date, stage), under
    an `evidence_id` the caller derives, so every laptop making the same link makes one row."""
    _insert(
        db, holder, evidence_id, parent_id, owner,
        item.stage, item.sha256, item.file_name, item.size, item.added_at,
    )  # fmt: skip


def _insert(
    db: Database,
    holder: Holder,
    evidence_id: str,
    parent_id: str,
    owner: str,
    stage: str | None,
    digest: str,
    file_name: str,
    size: int,
    added_at: str,
) -> None:
    changes.insert_tracked(
        db,
        holder.table,
        {
            "id": evidence_id,
            holder.parent: parent_id,
            **({"stage": stage} if holder.staged else {}),
            "sha256": digest,
            "file_name": file_name,
            "size": size,
            "added_at": added_at,
            "removed": 0,
            "owner_code": owner,
        },
        owner=owner,
    )


def get(db: Database, holder: Holder, evidence_id: str) -> Evidence:
    missing = f"Không có tệp minh chứng {evidence_id}."
    return Evidence._make(holder.links.require(db, evidence_id, missing))


def of_parent(db: Database, holder: Holder, parent_id: str) -> list[Evidence]:
    return [Evidence._make(row) for row in rows.of_parent(db, holder, parent_id)]


def remove(db: Database, holder: Holder, evidence_id: str) -> Evidence:
    found = get(db, holder, evidence_id)
    changes.update_tracked(db, holder.table, evidence_id, {"removed": 1}, owner=found.owner_code)
    return get(db, holder, evidence_id)


def path_of(db: Database, item: Evidence) -> Path:
    return stored_path(db, item.sha256)


def viewable_copy(db: Database, item: Evidence, folder: Path) -> Path:
    return copy_for_viewing(db, item.sha256, item.file_name, folder)


def copy_for_viewing(db: Database, sha256: str, file_name: str, folder: Path) -> Path:
    """A copy under its original name (the store's names have no extension for a viewer).

    The copy is written only inside `folder`, under a name made safe: the stored name may come
    from another office's bundle or an old data file.
    """
    source = stored_path(db, sha256)
    target = folder / sha256[:16] / file_names.safe(file_name)
    if not target.resolve().is_relative_to(Path(folder).resolve()):
        raise DamagedDataFile(
            f"Tên tệp minh chứng '{file_name}' trỏ ra ngoài thư mục xem tệp; không chép tệp này."
        )
    if not target.exists():
        with atomic_output(target) as temp:
            shutil.copyfile(source, temp)
    return target
