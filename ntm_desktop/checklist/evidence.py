"""Evidence files attached to an indicator value, kept in the office's content-addressed store.

A file is copied to `<data folder>/evidence/<sha[:2]>/<sha>`: the same content attached twice
is stored once, and a stored file is never rewritten. Removing an attachment sets a tracked
`removed` flag; the file itself stays, so nothing vanishes without trace.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ntm_desktop.checklist import assessments
from ntm_desktop.common import file_names
from ntm_desktop.common.errors import DamagedDataFile, InvalidInput, NotFound
from ntm_desktop.common.files import atomic_output, sha256_file
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import evidence as rows
from ntm_desktop.units import units


@dataclass(frozen=True)
class Evidence:
    id: str
    value_id: str
    sha256: str
    file_name: str
    size: int
    added_at: str
    removed: bool
    owner_code: str


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


def attach(db: Database, unit_code: str, year: int, indicator_code: str, source: Path) -> Evidence:
    """Attach a file to one indicator of a unit's checklist for a year."""
    source = Path(source)
    digest, size = store_file(db, source)
    return record(db, unit_code, year, indicator_code, file_names.safe(source.name), digest, size)


def record(
    db: Database,
    unit_code: str,
    year: int,
    indicator_code: str,
    file_name: str,
    digest: str,
    size: int,
) -> Evidence:
    """Record a file already in the store (`store_file`, which the GUI runs off its thread)."""
    check_name(file_name)
    owner = assessments.owner_of(units.get(db, unit_code))
    evidence_id = str(uuid.uuid4())
    with db.transaction():
        value_id = assessments.ensure_value_row(db, unit_code, year, indicator_code)
        changes.insert_tracked(
            db,
            "evidence",
            {
                "id": evidence_id,
                "value_id": value_id,
                "sha256": digest,
                "file_name": file_name,
                "size": size,
                "added_at": datetime.now().isoformat(timespec="seconds"),
                "removed": 0,
                "owner_code": owner,
            },
            owner=owner,
        )
    return get(db, evidence_id)


def get(db: Database, evidence_id: str) -> Evidence:
    row = rows.get(db, evidence_id)
    if row is None:
        raise NotFound(f"Không có tệp minh chứng {evidence_id}.")
    return _from_row(row)


def of_value(db: Database, value_id: str) -> list[Evidence]:
    return [_from_row(row) for row in rows.of_value(db, value_id)]


def of_indicator(db: Database, unit_code: str, year: int, indicator_code: str) -> list[Evidence]:
    sheet = assessments.checklist(db, unit_code, year)
    return of_value(db, sheet.row(indicator_code).value_id)


def remove(db: Database, evidence_id: str) -> Evidence:
    found = get(db, evidence_id)
    changes.update_tracked(db, "evidence", evidence_id, {"removed": 1}, owner=found.owner_code)
    return get(db, evidence_id)


def path_of(db: Database, item: Evidence) -> Path:
    return stored_path(db, item.sha256)


def check_name(file_name: str) -> None:
    reason = file_names.refusal(file_name)
    if reason is not None:
        raise InvalidInput(f"Không ghi nhận được tệp minh chứng: {reason}. Hãy đổi tên tệp.")


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


def _from_row(row: tuple[object, ...]) -> Evidence:
    values = list(row)
    values[6] = bool(values[6])
    return Evidence(*values)  # type: ignore[arg-type]
