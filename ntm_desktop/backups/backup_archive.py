"""The backup artefact: one zip file holding a database snapshot, a manifest and the evidence.

Why a zip: one file is renamed into place in one step (never half a backup under the real name),
is easy to carry on a USB stick or attach, carries CRCs that let us read it back and verify it,
and its small `manifest.json` gives the restore preview (date, version, counts) without
unpacking anything. Inside:

    manifest.json                  format, date, reason, app and schema version, counts, sha256s
    ntm.db                         the SQLite snapshot (backup API, integrity-checked, no WAL)
    evidence/<sha[:2]>/<sha>       the evidence files (only in self-contained archives)

Evidence files are content-addressed and never rewritten, so the automatic backups in the data
folder do not copy them into every zip (a commune's photos times 23 kept backups would fill the
laptop's disk): they share one store `backups/evidence/<sha[:2]>/<sha>` beside the zips, and each
manifest lists the files it needs. A backup made for a USB stick is self-contained.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ntm_desktop import __version__
from ntm_desktop.backups.places import evidence_root
from ntm_desktop.common import file_names
from ntm_desktop.common.errors import DamagedDataFile, DataFileError, NewerDataFile
from ntm_desktop.common.files import atomic_output, sha256_file
from ntm_desktop.storage import Database, migrations
from ntm_desktop.storage import backup as snapshots

FORMAT = "ntm-desktop-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "ntm.db"
STORE = "evidence"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    reason: str
    app_version: str
    schema_version: int
    counts: dict[str, int]
    meta: dict[str, str]
    database_sha256: str
    evidence: tuple[str, ...]
    evidence_bytes: int
    self_contained: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        return cls(
            created_at=datetime.fromisoformat(data["created_at"]),
            reason=str(data["reason"]),
            app_version=str(data["app_version"]),
            schema_version=int(data["schema_version"]),
            counts={str(k): int(v) for k, v in data["counts"].items()},
            meta={str(k): str(v) for k, v in data["meta"].items()},
            database_sha256=str(data["database_sha256"]),
            evidence=tuple(_evidence_name(sha) for sha in data["evidence"]["files"]),
            evidence_bytes=int(data["evidence"]["bytes"]),
            self_contained=bool(data["evidence"]["in_archive"]),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "counts": self.counts,
            "meta": self.meta,
            "database_sha256": self.database_sha256,
            "evidence": {
                "files": list(self.evidence),
                "bytes": self.evidence_bytes,
                "in_archive": self.self_contained,
            },
        }


def _evidence_name(sha: object) -> str:
    # The manifest names the files that a restore writes into the evidence folder.
    reason = file_names.sha256_refusal(sha)
    if reason is not None:
        raise ValueError(reason)
    return str(sha)


def evidence_path(root: Path, sha: str) -> Path:
    return root / sha[:2] / sha


def evidence_files(data_file: Path) -> list[tuple[str, Path]]:
    """(sha, path) of every evidence file of a data file, in sha order."""
    root = evidence_root(data_file)
    if not root.is_dir():
        return []
    found = [
        (path.name, path)
        for path in root.glob("??/*")
        if path.is_file() and len(path.name) == 64 and path.parent.name == path.name[:2]
    ]
    return sorted(found)


def write(
    db: Database,
    target: Path,
    reason: str,
    *,
    self_contained: bool,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Manifest:
    """Write a backup of the open `db` (and its evidence) to `target` via a temporary name.

    The snapshot is taken first; evidence files are immutable, so every file the snapshot refers
    to already exists when it is taken and is copied after it.
    """
    try:
        db.check_integrity()
    except DamagedDataFile as error:
        # Thinning would soon push the good backups out behind copies of the damage.
        raise DamagedDataFile(
            f"{error.message} Không sao lưu tệp hỏng: các bản sao lưu tốt được giữ nguyên."
        ) from error
    created = (now or datetime.now()).replace(microsecond=0)
    files = evidence_files(db.path)
    total = len(files) + 1
    scratch = db.path.parent / "backups" / f".snapshot-{os.getpid()}.tmp"
    try:
        scratch.parent.mkdir(parents=True, exist_ok=True)
        scratch.unlink(missing_ok=True)
        snapshots.copy_database(db.conn, scratch)
    except OSError as exc:
        scratch.unlink(missing_ok=True)
        raise DataFileError(
            f"Không tạo được bản chụp dữ liệu trong {scratch.parent} ({exc.strerror or exc}). "
            "Hãy giải phóng dung lượng ổ đĩa của máy rồi thử lại; dữ liệu vẫn nguyên vẹn."
        ) from exc
    try:
        info = snapshots.inspect(scratch)
        manifest = Manifest(
            created_at=created,
            reason=reason,
            app_version=__version__,
            schema_version=info.schema_version,
            counts=info.counts,
            meta=info.meta,
            database_sha256=sha256_file(scratch),
            evidence=tuple(sha for sha, _path in files),
            evidence_bytes=sum(path.stat().st_size for _sha, path in files),
            self_contained=self_contained,
        )
        if not self_contained:
            _fill_store(target.parent / STORE, files)
        with (
            atomic_output(target) as temp,
            zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr(MANIFEST, json.dumps(manifest.to_json(), ensure_ascii=False))
            archive.write(scratch, DATABASE)
            if progress:
                progress(1, total)
            if self_contained:
                for done, (sha, path) in enumerate(files, start=2):
                    archive.write(path, f"{STORE}/{sha[:2]}/{sha}", zipfile.ZIP_STORED)
                    if progress:
                        progress(done, total)
    finally:
        scratch.unlink(missing_ok=True)
    return manifest


def read_manifest(archive_path: Path) -> Manifest:
    """The manifest alone (for listings and the preview); raises DamagedDataFile if unreadable."""
    try:
        with zipfile.ZipFile(archive_path) as archive:
            data = json.loads(archive.read(MANIFEST).decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not an NTM Desktop backup")
        return Manifest.from_json(data)
    except (OSError, zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError) as exc:
        raise DamagedDataFile(
            f"{archive_path.name} không phải bản sao lưu NTM Desktop hoặc đã hỏng ({exc}). "
            "Hãy chọn bản sao lưu khác."
        ) from exc


@contextlib.contextmanager
def unpacked(archive_path: Path, scratch_dir: Path) -> Iterator[tuple[Manifest, Path]]:
    """Verify a backup completely and yield (manifest, snapshot file in `scratch_dir`).

    Checks the zip CRCs, the snapshot's sha256, its integrity and schema version, and that every
    evidence file it lists is present (in the zip or the shared store) with the right content.
    The snapshot file is removed on exit unless the caller has moved it away.
    """
    manifest = read_manifest(archive_path)
    if manifest.schema_version > migrations.latest_version():
        raise NewerDataFile(
            f"Bản sao lưu {archive_path.name} được tạo bởi phiên bản mới hơn của NTM Desktop "
            f"({manifest.app_version}). Hãy cập nhật phần mềm rồi khôi phục lại."
        )
    snapshot = scratch_dir / f".restore-{os.getpid()}.tmp"
    try:
        try:
            scratch_dir.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(archive_path) as archive:
                bad = archive.testzip()
                if bad is not None:
                    raise zipfile.BadZipFile(f"CRC sai ở {bad}")
                with archive.open(DATABASE) as source, snapshot.open("wb") as out:
                    shutil.copyfileobj(source, out)
                    out.flush()
                    os.fsync(out.fileno())
                missing = _check_evidence(archive_path, archive, manifest)
        except (zipfile.BadZipFile, KeyError, zlib.error) as exc:
            raise _damaged(archive_path, str(exc)) from exc
        except OSError as exc:
            raise DataFileError(
                f"Không đọc hoặc giải nén được {archive_path.name} ({exc.strerror or exc}). "
                "Kiểm tra USB còn cắm và ổ đĩa còn chỗ trống, rồi thử lại."
            ) from exc
        if missing:
            raise _damaged(archive_path, f"thiếu {len(missing)} tệp minh chứng")
        if sha256_file(snapshot) != manifest.database_sha256:
            raise _damaged(archive_path, "mã băm dữ liệu không khớp")
        info = snapshots.inspect(snapshot)
        if info.integrity != "ok":
            raise _damaged(archive_path, info.integrity)
        yield manifest, snapshot
    finally:
        snapshot.unlink(missing_ok=True)


def extract_evidence(archive_path: Path, manifest: Manifest, root: Path) -> int:
    """Add the backup's evidence files to `root`; existing files are never rewritten."""
    added = 0
    store = archive_path.parent / STORE
    with zipfile.ZipFile(archive_path) as archive:
        names = set(archive.namelist())
        for sha in manifest.evidence:
            target = evidence_path(root, sha)
            if target.exists():
                continue
            member = f"{STORE}/{sha[:2]}/{sha}"
            with atomic_output(target) as temp:
                if member in names:
                    with archive.open(member) as source, temp.open("wb") as out:
                        shutil.copyfileobj(source, out)
                else:
                    shutil.copyfile(evidence_path(store, sha), temp)
            added += 1
    return added


def store_files_in_use(manifests: list[Manifest]) -> set[str]:
    return {
        sha for manifest in manifests if not manifest.self_contained for sha in manifest.evidence
    }


def _fill_store(store: Path, files: list[tuple[str, Path]]) -> None:
    for sha, path in files:
        target = evidence_path(store, sha)
        if target.exists():
            continue
        with atomic_output(target) as temp:
            shutil.copyfile(path, temp)


def _check_evidence(archive_path: Path, archive: zipfile.ZipFile, manifest: Manifest) -> list[str]:
    store = archive_path.parent / STORE
    names = set(archive.namelist())
    missing = []
    for sha in manifest.evidence:
        member = f"{STORE}/{sha[:2]}/{sha}"
        if member in names:
            digest = hashlib.sha256()
            with archive.open(member) as handle:
                while block := handle.read(1 << 20):
                    digest.update(block)
            ok = digest.hexdigest() == sha
        else:
            stored = evidence_path(store, sha)
            ok = stored.is_file() and sha256_file(stored) == sha
        if not ok:
            missing.append(sha)
    return missing


def _damaged(archive_path: Path, why: str) -> DamagedDataFile:
    return DamagedDataFile(
        f"Bản sao lưu {archive_path.name} bị hỏng ({why}); không khôi phục từ bản này. Hãy chọn "
        "bản sao lưu khác."
    )
