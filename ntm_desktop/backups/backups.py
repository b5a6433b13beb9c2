"""Backups of the office's data: when they are made, how many are kept, copies to USB, restore.

Automatic backups live in `<data folder>/backups/` (format: `backup_archive`). They are made
before every import, migration and restore, and once a day while the app is used, then thinned.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ntm_desktop.backups import backup_archive
from ntm_desktop.backups.backup_archive import Manifest, Progress
from ntm_desktop.backups.places import backups_dir, evidence_root
from ntm_desktop.common.errors import DamagedDataFile, DataFileError, InvalidInput, NtmError
from ntm_desktop.common.files import fsync_dir, replace_with_retry
from ntm_desktop.storage import Database
from ntm_desktop.storage import backup as snapshots

DAILY = "hang-ngay"
BEFORE_IMPORT = "truoc-nhap"
BEFORE_MIGRATION = "truoc-nang-cap"
BEFORE_RESTORE = "truoc-khoi-phuc"
MANUAL = "thu-cong"
EXTERNAL = "usb"
REASON_LABELS = {
    DAILY: "Hằng ngày",
    BEFORE_IMPORT: "Trước khi nhập dữ liệu",
    BEFORE_MIGRATION: "Trước khi nâng cấp",
    BEFORE_RESTORE: "Trước khi khôi phục",
    MANUAL: "Sao lưu thủ công",
    EXTERNAL: "Sao lưu ra USB",
}

# Thinning: everything from the last two days (so the undo point of a restore is never the one
# thinned away), then the newest backup of each of the 7 latest days, 4 latest weeks and 12
# latest months that have one. Days without use make no backup, so a laptop left in a drawer for
# a month still keeps its last 7 days of work.
KEEP_ALL_FOR = timedelta(days=2)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
# A temporary file this old belongs to a backup that was killed, not to one still running.
STALE_AFTER_SECONDS = 3600


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    manifest: Manifest
    size: int


@dataclass(frozen=True)
class RestoreResult:
    db: Database
    manifest: Manifest
    undo: BackupEntry | None  # the backup of the data replaced; None when it was damaged …
    evidence_added: int
    aside: Path | None = None  # … and moved aside here instead


def reason_label(reason: str) -> str:
    return REASON_LABELS.get(reason, reason)


# -- making backups ------------------------------------------------------------------------
def create(db: Database, reason: str, *, now: datetime | None = None) -> BackupEntry:
    """An automatic backup in the data folder, then thinning of the older ones."""
    now = (now or datetime.now()).replace(microsecond=0)
    folder = backups_dir(db.path)
    _remove_stale_temporaries(folder)
    target = _free_name(folder, f"{db.path.stem}-{now:%Y%m%d-%H%M%S}-{reason}")
    manifest = backup_archive.write(db, target, reason, self_contained=False, now=now)
    thin(db.path, now=now)
    return BackupEntry(target, manifest, target.stat().st_size)


def before_import(db: Database) -> BackupEntry:
    """Call before an import changes anything: the import can then be undone by a restore."""
    return create(db, BEFORE_IMPORT)


def backup_if_due(db: Database, *, now: datetime | None = None) -> BackupEntry | None:
    """The daily backup: made when no automatic backup exists from today yet."""
    now = now or datetime.now()
    if any(entry.manifest.created_at.date() == now.date() for entry in list_backups(db.path)):
        return None
    return create(db, DAILY, now=now)


def backup_to(
    db: Database, target: Path, *, progress: Progress | None = None, now: datetime | None = None
) -> BackupEntry:
    """A self-contained backup (data and evidence) to `target`, a file or a folder (USB stick).

    The written file is read back and fully verified before this returns, so the caller may
    say it is safe to unplug the stick.
    """
    now = (now or datetime.now()).replace(microsecond=0)
    if target.is_dir():
        office = db.actor.office_code or "ntm"
        target = _free_name(target, f"ntm-sao-luu-{office}-{now:%Y%m%d-%H%M%S}")
    elif target.suffix.lower() != ".zip":
        raise InvalidInput(
            f"Tên tệp sao lưu {target.name} phải có đuôi .zip (hoặc chọn một thư mục)."
        )
    elif not target.parent.is_dir():
        raise InvalidInput(
            f"Không có thư mục {target.parent}. Kiểm tra USB đã cắm chưa, hoặc chọn thư mục khác."
        )
    backup_archive.write(db, target, EXTERNAL, self_contained=True, now=now, progress=progress)
    manifest = verify(target, scratch_dir=backups_dir(db.path))
    return BackupEntry(target, manifest, target.stat().st_size)


# -- reading backups -----------------------------------------------------------------------
def list_backups(data_file: Path) -> list[BackupEntry]:
    """The automatic backups of a data file, newest first (unreadable files are skipped)."""
    folder = backups_dir(data_file)
    if not folder.is_dir():
        return []
    entries = []
    for path in folder.glob(f"{data_file.stem}-*.zip"):
        try:
            manifest = backup_archive.read_manifest(path)
        except NtmError:
            continue
        entries.append(BackupEntry(path, manifest, path.stat().st_size))
    return sorted(entries, key=lambda e: (e.manifest.created_at, e.path.name), reverse=True)


def preview(archive: Path) -> Manifest:
    """What the restore dialog shows before anything is verified or changed (fast)."""
    if not archive.is_file():
        raise InvalidInput(f"Không tìm thấy tệp sao lưu {archive}.")
    return backup_archive.read_manifest(archive)


def verify(archive: Path, *, scratch_dir: Path) -> Manifest:
    """Read a backup back completely (CRCs, sha256, integrity, evidence)."""
    with backup_archive.unpacked(archive, scratch_dir) as (manifest, _snapshot):
        return manifest


def latest_good(data_file: Path) -> BackupEntry | None:
    """The newest automatic backup that passes full verification."""
    for entry in list_backups(data_file):
        try:
            verify(entry.path, scratch_dir=entry.path.parent)
        except NtmError:
            continue
        return entry
    return None


# -- thinning ------------------------------------------------------------------------------
def to_keep(stamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup times survive thinning (see KEEP_* above)."""
    newest_first = sorted(set(stamps), reverse=True)
    kept = {stamp for stamp in newest_first if now - stamp < KEEP_ALL_FOR}
    rules: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (KEEP_DAILY, lambda stamp: stamp.date()),
        (KEEP_WEEKLY, lambda stamp: stamp.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda stamp: (stamp.year, stamp.month)),
    )
    for limit, bucket in rules:
        seen: set[object] = set()
        for stamp in newest_first:
            key = bucket(stamp)
            if key not in seen and len(seen) < limit:
                seen.add(key)
                kept.add(stamp)
    return kept


def thin(data_file: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups thinning does not keep, then evidence nothing needs."""
    now = now or datetime.now()
    entries = list_backups(data_file)
    keep = to_keep((entry.manifest.created_at for entry in entries), now)
    removed = []
    for entry in entries:
        if entry.manifest.created_at not in keep:
            entry.path.unlink(missing_ok=True)
            removed.append(entry.path)
    if removed:
        _collect_store(data_file, [e.manifest for e in entries if e.path not in removed])
    return removed


def _collect_store(data_file: Path, manifests: list[Manifest]) -> None:
    store = backups_dir(data_file) / backup_archive.STORE
    if not store.is_dir():
        return
    needed = backup_archive.store_files_in_use(manifests)
    for path in store.glob("??/*"):
        if path.name not in needed:
            path.unlink(missing_ok=True)


# -- restoring -----------------------------------------------------------------------------
def restore(db: Database, archive: Path) -> RestoreResult:
    """Replace the open data file by a verified backup; the current data is backed up first.

    `db` is closed, the file swapped, and `db` reopened in place (on the restored data, or on the
    unchanged old file if the swap fails, and then the error is raised). A data file found
    damaged (it is never backed up) is moved aside instead, as `recover` does.
    """
    if db.damage is None:
        try:
            return _restore_backed_up(db, archive)
        except DamagedDataFile:
            if db.damage is None:  # the backup is damaged, not the data file
                raise
    return _restore_over_damage(db, archive)


def _restore_over_damage(db: Database, archive: Path) -> RestoreResult:
    damage = db.damage
    db.close()
    try:
        aside, manifest, added = _put_in_place(db.path, archive, datetime.now())
    except BaseException:  # the backup failed its verification: nothing was moved
        db.reopen(full_check=False)
        if damage is not None:
            db.mark_damaged(damage)
        raise
    db.reopen()
    return RestoreResult(db, manifest, None, added, aside)


def _restore_backed_up(db: Database, archive: Path) -> RestoreResult:
    data_file = db.path
    with backup_archive.unpacked(archive, data_file.parent) as (manifest, snapshot):
        undo = create(db, BEFORE_RESTORE)
        added = backup_archive.extract_evidence(archive, manifest, evidence_root(data_file))
        # The restored file gets a new device id (and counter 0). Its change log stops at the
        # backup's counter, but this device may already have sent later ops (device, counter+1…)
        # to other offices; and the same backup may be restored on a second laptop too.
        # Continuing the old counter would give two different changes the same op id, which
        # sync treats as one. A new device id can never collide.
        snapshots.give_new_device_id(snapshot)
        snapshots.prepare_for_swap(db.conn)
        db.close()
        try:
            replace_with_retry(snapshot, data_file)
            fsync_dir(data_file.parent)
        except (OSError, DataFileError) as exc:
            db.reopen()
            raise DataFileError(
                f"Không thay được tệp dữ liệu ({exc}). Dữ liệu hiện tại vẫn giữ nguyên; bản sao "
                f"lưu trước khi khôi phục: {undo.path.name}. Hãy đóng chương trình đang giữ tệp "
                "(có thể là phần mềm diệt virus) rồi thử lại."
            ) from exc
    db.reopen()
    return RestoreResult(db, manifest, undo, added)


def recover(data_file: Path, archive: Path, *, now: datetime | None = None) -> Path:
    """Put a verified backup in place of a damaged data file, which is moved aside, not lost.

    Returns where the damaged file now is (the caller opens the restored one). The damaged file (and
    its WAL, which may hold the latest changes) keeps its bytes for a specialist to rescue.
    """
    return _put_in_place(data_file, archive, now or datetime.now())[0]


def _put_in_place(data_file: Path, archive: Path, now: datetime) -> tuple[Path, Manifest, int]:
    """`recover`; also returns the backup's manifest and how many evidence files it added."""
    with backup_archive.unpacked(archive, data_file.parent) as (manifest, snapshot):
        added = backup_archive.extract_evidence(archive, manifest, evidence_root(data_file))
        snapshots.give_new_device_id(snapshot)  # for the reason given in `restore`
        aside = _free_name(
            data_file.parent, f"{data_file.stem}.hong-{now:%Y%m%d-%H%M%S}", data_file.suffix
        )
        for extra in ("-wal", "-shm"):
            companion = data_file.with_name(data_file.name + extra)
            if companion.exists():
                os.rename(companion, aside.with_name(aside.name + extra))
        os.rename(data_file, aside)
        replace_with_retry(snapshot, data_file)
        fsync_dir(data_file.parent)
    return aside, manifest, added


# -- helpers -------------------------------------------------------------------------------
def _free_name(folder: Path, stem: str, suffix: str = ".zip") -> Path:
    """`folder/stem.suffix`, or with -2, -3 … so an existing file is never overwritten."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + "-wal").exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files left by a backup that was killed midway (never under a real name)."""
    if not folder.is_dir():
        return
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > STALE_AFTER_SECONDS:
                path.unlink()
