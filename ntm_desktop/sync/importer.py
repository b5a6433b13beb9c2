"""The import pipeline: inbox, dedupe, verify, authorise, write evidence, apply in ONE
transaction, or refuse the whole bundle and keep it in quarantine with its reason."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar

from ntm_desktop.backups import backups
from ntm_desktop.common import hlc
from ntm_desktop.common.errors import DataFileError, NtmError
from ntm_desktop.common.files import fsync_file, temporary_name
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.storage.database import office_named_by
from ntm_desktop.sync import (
    catalog_versions,
    evidence,
    identity,
    keys,
    merge,
    reader,
    scope,
    subjects,
    tables,
)
from ntm_desktop.sync.reader import BundleRefused
from ntm_desktop.sync.sent import sync_dir
from ntm_desktop.sync.summary import APPLIED, DUPLICATE, FAILED, REFUSED, ImportSummary, missing

SKEW_LIMIT_MS = 24 * 3600 * 1000
# Refused bundles kept for a specialist to look at; beyond this the oldest go.
QUARANTINE_LIMIT = 200 * 1024 * 1024
REASON_SUFFIX = ".ly-do.txt"
# SQLite's page cache while a batch is imported (see storage.sync.page_cache): a province's
# op log indexes, not the whole file, at a fraction of the memory an import may use.
IMPORT_CACHE_KIB = 64 * 1024
# A bundle of a batch that builds on rows another file of the batch brings: tried again later.
_WAITING = "waiting"


class BackupOnce:
    """Back up the data file before the first bundle of a batch is applied, and only then.

    A province imports hundreds of bundles at a time: one backup covers the whole batch, and a
    batch of duplicates or refusals, which changes nothing, takes none.
    """

    def __init__(self) -> None:
        self.done = False

    def __call__(self, db: Database) -> None:
        if not self.done:
            backups.before_import(db)
            self.done = True


def expand(paths: Iterable[Path]) -> list[Path]:
    """The files to import: a folder stands for the bundles in it."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.vnsb")) if path.is_dir() else [path])
    return found


def import_files(
    db: Database,
    paths: Iterable[Path],
    *,
    today: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[ImportSummary]:
    """Import every file, one backup first; one refusal stops no other.

    A file that builds on rows another file of the batch brings (the parts of a large export
    taken out of order) is imported again after the others, for as long as a round imports
    one more; what still waits then is refused until the files it needs arrive. `progress`
    hears (files done, files, the next file's name) as the first round goes.
    """
    backup = BackupOnce()
    files = expand(paths)
    done: dict[int, ImportSummary] = {}
    waiting, wait = list(range(len(files))), True
    with rows.page_cache(db, IMPORT_CACHE_KIB):
        while waiting:
            for index in waiting:
                if progress is not None and index not in done:
                    progress(index, len(files), files[index].name)
                done[index] = import_file(db, files[index], today=today, backup=backup, wait=wait)
            still = [index for index in waiting if done[index].status == _WAITING]
            wait = len(still) < len(waiting)
            waiting = still
    return [done[index] for index in range(len(files))]


def import_file(
    db: Database,
    path: Path,
    *,
    today: date | None = None,
    backup: BackupOnce | None = None,
    wait: bool = False,
) -> ImportSummary:
    """Import one bundle, or refuse it whole and quarantine it with the reason; with `wait`,
    one that builds on rows not held yet is left in the inbox, its summary marked _WAITING."""
    summary = ImportSummary(file_name=path.name)
    try:
        inbox_copy, digest = _copy_to_inbox(db, path)
    except FileNotFoundError:
        summary.reason = "Không tìm thấy tệp; hãy kiểm tra đường dẫn hoặc USB còn cắm."
        return summary
    except OSError as exc:
        summary.status = FAILED
        summary.reason = (
            f"Không chép được tệp vào thư mục nhận {sync_dir(db) / 'inbox'} "
            f"({exc.strerror or exc}): ổ đĩa đầy, chỉ cho phép đọc, hoặc USB đã rút."
        )
        return summary
    if inbox_copy is None:
        summary.status = DUPLICATE
        return summary
    try:
        bundle = reader.read(db, inbox_copy, today=today)
        _describe(db, bundle, summary)
        bindings, relayed = _authorise(db, bundle)
        new_catalogs = catalog_versions.missing(
            db, [catalog_versions.parse(name, data) for name, data in bundle.catalogs]
        )
        _write_blobs(db, bundle)
        (backup or BackupOnce())(db)
        _apply(db, bundle, digest, path.name, bindings, relayed, new_catalogs, summary)
    except subjects.NotArrived as exc:
        if not wait:
            return _refuse(db, summary, inbox_copy, path.name, exc.message)
        summary.status, summary.reason = _WAITING, exc.message
        return summary
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        # Malformed content that slipped past the schema checks: still a refusal, never a crash.
        reason = f"Nội dung gói không đúng định dạng ({type(exc).__name__}); gói bị từ chối."
        return _refuse(db, summary, inbox_copy, path.name, reason)
    except DataFileError as exc:
        # This machine failed (a locked, read-only or full data folder), not the bundle.
        inbox_copy.unlink(missing_ok=True)
        summary.status, summary.reason = FAILED, exc.message
        return summary
    except NtmError as exc:
        return _refuse(db, summary, inbox_copy, path.name, exc.message)
    summary.status = APPLIED
    return summary


def _refuse(
    db: Database, summary: ImportSummary, inbox_copy: Path, name: str, reason: str
) -> ImportSummary:
    summary.status = REFUSED
    summary.reason = reason
    try:
        summary.quarantined_as = str(_quarantine(db, inbox_copy, name, reason))
    except OSError as exc:
        # The refusal stands; only the copy for a specialist could not be kept.
        summary.reason += f" (Không lưu được bản cách ly: {exc.strerror or exc}.)"
    return summary


def _copy_to_inbox(db: Database, path: Path) -> tuple[Path | None, str]:
    """The file's copy in the inbox, named by its hash, and the hash; no copy (None) for a
    file imported before, known by its hash alone: a batch imported again is read once and
    nothing of it is synced to disk or parsed."""
    inbox = sync_dir(db) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    hasher = hashlib.sha256()
    temp = temporary_name(inbox / path.name)
    with path.open("rb") as source, temp.open("wb") as sink:
        while chunk := source.read(1 << 20):
            hasher.update(chunk)
            sink.write(chunk)
    digest = hasher.hexdigest()
    if rows.is_imported(db, digest):
        temp.unlink()
        return None, digest
    fsync_file(temp)
    target = inbox / f"{digest}.vnsb"
    temp.replace(target)
    return target, digest


def _quarantine(db: Database, inbox_copy: Path, name: str, reason: str) -> Path:
    """Keep a refused bundle with its reason: one copy per distinct file (by its hash, which
    names the inbox copy), the oldest dropped once the folder passes QUARANTINE_LIMIT."""
    folder = sync_dir(db) / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    held = _Quarantine.of(folder)
    digest = inbox_copy.stem[:16]
    target = held.by_digest.get(digest)
    if target is None or not target.exists():
        target = folder / f"{digest}_{name}"
        shutil.move(inbox_copy, target)
    else:
        inbox_copy.unlink()
        os.utime(target)  # refused again: the newest, kept longest
    target.with_name(target.name + REASON_SUFFIX).write_text(reason + "\n", encoding="utf-8")
    held.add(digest, target)
    held.trim(keep=target)
    return target


class _Quarantine:
    """What a quarantine folder holds, listed once per process and then kept up to date: a
    province refusing thousands of files in one batch never lists the folder again for each."""

    _folders: ClassVar[dict[Path, _Quarantine]] = {}

    def __init__(self, folder: Path) -> None:
        self.sizes: dict[Path, tuple[float, int]] = {}
        self.by_digest: dict[str, Path] = {}
        self.total = 0
        for path in folder.iterdir():
            if not path.name.endswith(REASON_SUFFIX):
                self.add(path.name.partition("_")[0], path)

    @classmethod
    def of(cls, folder: Path) -> _Quarantine:
        if folder not in cls._folders:
            cls._folders[folder] = cls(folder)
        return cls._folders[folder]

    def add(self, digest: str, path: Path) -> None:
        found = path.stat()
        self.total += found.st_size - self.sizes.get(path, (0.0, 0))[1]
        self.sizes[path] = (found.st_mtime, found.st_size)
        self.by_digest[digest] = path

    def trim(self, keep: Path) -> None:
        if self.total <= QUARANTINE_LIMIT:
            return
        for path, (_, size) in sorted(self.sizes.items(), key=lambda item: item[1][0]):
            if self.total <= QUARANTINE_LIMIT:
                break
            if path == keep:
                continue
            path.unlink(missing_ok=True)
            path.with_name(path.name + REASON_SUFFIX).unlink(missing_ok=True)
            del self.sizes[path]
            self.by_digest.pop(path.name.partition("_")[0], None)
            self.total -= size


def _describe(db: Database, bundle: reader.Bundle, summary: ImportSummary) -> None:
    summary.sender_office = bundle.sender_office
    unit = unit_rows.get(db, bundle.sender_office)
    summary.sender_name = str(unit[1]) if unit else bundle.sender_office
    summary.device_seq = int(bundle.manifest["device_seq"])
    index, count = bundle.manifest["part"]
    summary.part = (int(index), int(count))
    summary.ops = len(bundle.ops)


class _Authoriser:
    """Checks each op against the certificate of the office that made it."""

    def __init__(self, db: Database, bundle: reader.Bundle) -> None:
        self.db = db
        self.bundle = bundle
        self.root = identity.require_root(db)
        self.certs: dict[str, keys.Certificate | None] = {bundle.sender_office: bundle.certificate}
        self.relayed: list[tuple[dict[str, Any], keys.Certificate]] = []
        self.devices: dict[str, str] = {}
        # (office, device) pairs whose device was checked: a bundle's ops share a few devices.
        self.checked_devices: set[tuple[str, str]] = set()
        self.owners: dict[tuple[str, str], str | None] = {}
        self.scope_cache: dict[tuple[str, str, str, str], str | None] = {}
        # The role field's value each row takes in this bundle (a new row's arrives with it).
        self.row_roles: dict[tuple[str, str], list[Any]] = {}
        for op in bundle.ops:
            spec = tables.get(op["table"])
            if spec is not None and op["field"] == spec.role_field:
                values = self.row_roles.setdefault((op["table"], op["row"]), [])
                values.append(json.loads(op["value"]) if op["value"] is not None else None)

    def cert_for(self, office: str) -> keys.Certificate:
        if office not in self.certs:
            if self.bundle.certificate.role != "province":
                raise BundleRefused(
                    f"Đơn vị {self.bundle.sender_office} gửi thay đổi do đơn vị {office} làm; "
                    "chỉ văn phòng tỉnh được chuyển tiếp dữ liệu của đơn vị khác."
                )
            self.certs[office] = self._relayed_cert(office)
        found = self.certs[office]
        if found is None:
            raise BundleRefused(f"Gói không kèm chứng thư của đơn vị {office}.")
        return found

    def _relayed_cert(self, office: str) -> keys.Certificate | None:
        envelopes = self.bundle.relayed_certificates.get(office, [])
        stored = [
            envelope
            for envelope in identity.known_certificates(self.db)
            if envelope["cert"]["office_code"] == office
        ]
        best = None
        for envelope in [*envelopes, *stored]:
            # The province vouches for ops it relays: they were valid when it accepted them.
            cert = keys.open_certificate(envelope, self.root, frozenset(), None)
            if cert.office_code != office:
                continue
            if envelope in envelopes:
                self.relayed.append((envelope, cert))
            if best is None or cert.valid_until > best.valid_until:
                best = cert
        return best

    def check(self, op: dict[str, Any]) -> None:
        office, (device, _) = op["office"], op["op"]
        cert = self.cert_for(office)
        if (office, device) not in self.checked_devices:
            if cert.devices and device not in cert.devices:
                raise BundleRefused(f"Máy {device} không có trong chứng thư của đơn vị {office}.")
            self._check_device(cert, device, office)
            self.checked_devices.add((office, device))
        key = (cert.serial, op["table"], op["owner"], op["field"])
        if key not in self.scope_cache:
            self.scope_cache[key] = scope.field_refusal(
                self.db, cert, op["table"], op["owner"], [op["field"]]
            )
        reason = self.scope_cache[key]
        spec = tables.get(op["table"])
        # Only a field some of whose values are another office's decision needs its value.
        if (
            reason is None
            and op["value"] is not None
            and spec
            and op["field"] in spec.value_writers
        ):
            value = {op["field"]: json.loads(op["value"])}
            reason = scope.value_refusal(self.db, cert, op["table"], op["owner"], value)
        if reason is not None:
            raise BundleRefused(f"Thay đổi không được phép: {reason}.")
        self._check_row_role(cert, op)
        if op["field"] == "owner_code" and op["value"] != json.dumps(op["owner"]):
            raise BundleRefused(f"Thay đổi đổi đơn vị quản lý của bản ghi {op['row']}.")
        owner = self._row_owner(op["table"], op["row"])
        if owner is not None and owner != op["owner"]:
            raise BundleRefused(
                f"Bản ghi {op['row']} thuộc đơn vị {owner}, không thuộc đơn vị {op['owner']}."
            )
        self.owners[(op["table"], op["row"])] = op["owner"]

    def _check_device(self, cert: keys.Certificate, device: str, office: str) -> None:
        """Whose ops a device id may carry is decided by the data, never by which bundle came
        first: a device id names its office, or the root lists it in the office's certificate.
        A bare id in no certificate (made by a version before ids named their office) is taken
        only as the province relays it, and stays with the first office seen using it."""
        named = office_named_by(device)
        if named is not None:
            if named != office:
                raise BundleRefused(
                    f"Máy {device} thuộc đơn vị {named} (mã máy mang mã đơn vị) nhưng thay đổi "
                    f"ghi là của đơn vị {office}."
                )
            return
        if device in cert.devices:
            return
        bound = self.devices.get(device) or rows.device_office(self.db, device)
        if bound is not None and bound != office:
            raise BundleRefused(
                f"Máy {device} thuộc đơn vị {bound} nhưng thay đổi ghi là của đơn vị {office}."
            )
        if bound is None and office == self.bundle.sender_office:
            raise BundleRefused(
                f"Mã máy {device} không mang mã đơn vị {office} và không có trong chứng thư của "
                "đơn vị: gói do phiên bản cũ tạo hoặc ghi thay đổi dưới mã máy của đơn vị khác. "
                "Hãy cập nhật phần mềm ở đơn vị gửi rồi xuất lại."
            )
        self.devices[device] = office

    def _check_row_role(self, cert: keys.Certificate, op: dict[str, Any]) -> None:
        """Every value the row's role field has, stored or arriving, must be the writer's role."""
        spec = tables.get(op["table"])
        if spec is None or spec.role_field is None:
            return
        found = list(self.row_roles.get((op["table"], op["row"]), []))
        stored = rows.read_row(self.db, op["table"], spec.key, op["row"])
        if stored is not None:
            found.append(stored.get(spec.role_field))
        for row_role in found or [None]:
            reason = scope.row_role_refusal(cert, op["table"], row_role)
            if reason is not None:
                raise BundleRefused(f"Thay đổi không được phép: {reason}.")

    def _row_owner(self, table: str, row_id: str) -> str | None:
        if (table, row_id) not in self.owners:
            spec = tables.get(table)
            assert spec is not None
            row = rows.read_row(self.db, table, spec.key, row_id)
            if row is not None and row.get("owner_code") is not None:
                self.owners[(table, row_id)] = str(row["owner_code"])
            else:
                self.owners[(table, row_id)] = rows.row_owner_in_log(self.db, table, row_id)
        return self.owners[(table, row_id)]


def _authorise(
    db: Database, bundle: reader.Bundle
) -> tuple[dict[str, str], list[tuple[dict[str, Any], keys.Certificate]]]:
    checker = _Authoriser(db, bundle)
    for op in bundle.ops:
        checker.check(op)
    return checker.devices, checker.relayed


def _write_blobs(db: Database, bundle: reader.Bundle) -> None:
    if not bundle.blobs:
        return
    try:
        with zipfile.ZipFile(bundle.path) as archive:
            for blob in bundle.blobs:
                info = archive.getinfo(blob["path"])
                chunks = reader.stream_member(archive, info)
                if blob["path"].startswith("blobparts/"):
                    digest, index, count = blob["path"].removeprefix("blobparts/").split("_")
                    stored = evidence.store_piece(
                        db, digest, int(index), int(count), blob["sha256"], chunks
                    )
                else:
                    stored = evidence.store(db, blob["sha256"], chunks)
                if not stored:
                    raise BundleRefused(
                        f"Tệp minh chứng {blob['path']} không khớp mã băm: gói đã bị sửa hoặc hỏng."
                    )
    except (zipfile.BadZipFile, EOFError) as exc:
        raise BundleRefused(
            "Tệp minh chứng trong gói bị hỏng (có thể do chép dở hay lỗi USB); hãy xin đơn vị "
            "gửi xuất lại."
        ) from exc
    except OSError as exc:
        raise DataFileError(
            f"Không ghi được tệp minh chứng vào thư mục dữ liệu ({exc.strerror or exc}). Hãy "
            "kiểm tra dung lượng ổ đĩa rồi nhập lại gói."
        ) from exc


def _missing_files(db: Database, bundle: reader.Bundle) -> list[str]:
    missing = set()
    for op in bundle.ops:
        spec = tables.get(op["table"])
        if spec is None or op["field"] not in spec.blob_fields or op["value"] is None:
            continue
        digest = json.loads(op["value"])
        path = evidence.path_of(db, digest) if isinstance(digest, str) else None
        if path is not None and not path.exists():
            missing.add(digest)
    return sorted(missing)


def _apply(
    db: Database,
    bundle: reader.Bundle,
    digest: str,
    file_name: str,
    bindings: dict[str, str],
    relayed: list[tuple[dict[str, Any], keys.Certificate]],
    new_catalogs: list[catalog_versions.CarriedCatalog],
    summary: ImportSummary,
) -> None:
    manifest = bundle.manifest
    me = db.actor.office_code
    now_ms = hlc.wall_ms()
    with db.transaction():
        if bundle.crl is not None:
            identity.store_crl(db, bundle.crl)
        identity.remember_certificate(db, bundle.certificate_envelope, bundle.certificate)
        for envelope, cert in relayed:
            identity.remember_certificate(db, envelope, cert)
        rows.bind_devices(db, bindings.items())
        catalog_versions.install(db, new_catalogs)
        summary.catalogs = [f"{c.id} phiên bản {c.version}" for c in new_catalogs]
        applied = merge.apply(db, bundle.ops)
        # Row contents are checked against their owners in the tree the bundle leaves.
        subjects.check(db, bundle.ops)
        summary.new, summary.duplicate = applied.new, applied.duplicate
        summary.conflicts = applied.conflicts
        summary.pending_rows = len(applied.pending)
        summary.clock_warnings = _advance_clock(db, bundle, now_ms)
        summary.missing_files = _missing_files(db, bundle)
        rows.raise_peer_known(db, bundle.sender_office, bundle.sender_device, manifest["known"])
        if me is not None and manifest["to"] == me:
            seqs = rows.received_seqs(db, me).get((bundle.sender_office, bundle.sender_device), [])
            summary.gaps = missing([*seqs, manifest["device_seq"]])
        summary.status = APPLIED
        rows.record_import(
            db,
            {
                "file_sha256": digest,
                "bundle_id": manifest["bundle_id"],
                "sender_office": bundle.sender_office,
                "sender_device": bundle.sender_device,
                "receiver": manifest["to"],
                "device_seq": manifest["device_seq"],
                "created_at": manifest["created_at"],
                "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "file_name": file_name,
                "summary": summary.to_json(),
            },
        )


def _advance_clock(db: Database, bundle: reader.Bundle, now_ms: int) -> list[str]:
    """Follow remote clocks, but never more than a day ahead of our own wall clock."""
    warnings: dict[str, str] = {}
    sane = 0
    for op in bundle.ops:
        ms, _ = hlc.unpack(op["hlc"])
        if ms > now_ms + SKEW_LIMIT_MS:
            day = datetime.fromtimestamp(ms / 1000, UTC).strftime("%d/%m/%Y")
            warnings[op["op"][0]] = (
                f"máy {op['op'][0][:8]} ({op['user']}) ghi giờ {day}, nhanh hơn giờ máy này; "
                "các giá trị vẫn được giữ đủ, hãy chỉnh lại đồng hồ máy đó."
            )
        else:
            sane = max(sane, op["hlc"])
    if sane:
        db.set_meta("hlc", str(hlc.receive(int(db.get_meta("hlc") or 0), sane, now_ms)))
    return sorted(warnings.values())
