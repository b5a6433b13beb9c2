"""Writing bundles: signed ZIP files of ops, certificates and evidence files, split into parts.

Each part is a complete bundle (own manifest, signature, sequence number), so parts can arrive
in any order and a lost part only delays what it carries.

An export streams: SQLite hands over the change log in batches of whole rows, already as JSON
lines, and each part's ZIP is written front to back as they come, hashing every member on the
way, so memory stays small however long the log (a province holds over a million ops). How many
parts there are is only known at the end, so every part gets its manifest then, and its name.

The bytes go to the disk in the background (`_Flusher`) while SQLite reads the next batches, so
the export does not wait at the end for a whole province's bundle to reach a slow USB stick; a
part is read back there too once the export has moved on to the next, and what is left is read
back at the end while the last bytes are flushed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ntm_desktop import __version__
from ntm_desktop.common.errors import InvalidInput, Refused
from ntm_desktop.common.files import (
    fsync_dir,
    fsync_file,
    replace_with_retry,
    temporary_name,
    write_error,
)
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.sync import (
    canonical,
    catalog_versions,
    evidence,
    format,
    identity,
    keys,
    sent,
    tables,
)

# Room in a part for its manifest and the ZIP headers; and for one evidence file's entries.
_MANIFEST_ROOM = 128 * 1024
_BLOB_ENTRY = 256
# A member is hashed, summed and read back in slices small enough to stay in the CPU cache.
_SLICE = 256 * 1024
# Bytes written before the background flush is asked to send them to the disk.
_FLUSH_EVERY = 4 << 20


@dataclass(frozen=True)
class _Piece:
    """An evidence file, or one chunk of a file too big for one part (index/count from 1)."""

    digest: str
    index: int
    count: int
    offset: int
    length: int

    @property
    def member(self) -> str:
        if self.count == 1:
            return f"blobs/{self.digest}"
        return f"blobparts/{self.digest}_{self.index:03d}_{self.count:03d}"


@dataclass(frozen=True)
class WrittenPart:
    path: Path
    size: int
    ops: int
    blobs: int
    device_seq: int


class _Flusher:
    """Sends written bytes to the disk in one background thread while the export goes on, so the
    fsync each part ends with waits only for what is left; and reads back there what a part
    holds once the export has moved on to the next. Each job opens the file itself, so a part
    closed between batches never races with it. A job that fails raises its error in the
    export's thread, at the next request or at `wait`."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ntm-bundle-flush")
        self.pending: list[Future[Any]] = []

    def _running(self) -> list[Future[Any]]:
        """The jobs not done yet; the error of one that failed is raised here."""
        for future in self.pending:
            if future.done():
                future.result()
        self.pending = [future for future in self.pending if not future.done()]
        return self.pending

    def flush(self, path: Path, *, final: bool = False) -> None:
        """Queue `path`'s fsync; one that is not `final` is skipped while another job waits."""
        if not self._running() or final:
            self.pending.append(self.pool.submit(fsync_file, path))

    def read_back(self, part: _Archive) -> None:
        """Queue the read-back of what `part` holds so far."""
        self._running()
        check = self.pool.submit(
            _intact, part.temp, part.written[part.checked :], part.checked_at, None
        )
        self.pending.append(check)
        part.checks.append(check)
        part.checked, part.checked_at = len(part.written), part.offset

    def wait(self) -> None:
        pending, self.pending = self.pending, []
        for future in pending:
            future.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _sums(data: bytes) -> tuple[int, str]:
    """CRC-32 and SHA-256 of `data` in one pass."""
    view = memoryview(data)
    crc, hasher = 0, hashlib.sha256()
    for start in range(0, len(view), _SLICE):
        chunk = view[start : start + _SLICE]
        crc = zlib.crc32(chunk, crc)
        hasher.update(chunk)
    return crc, hasher.hexdigest()


class _Archive:
    """One part's ZIP, written front to back in one pass: stored members with the records
    `format` defines, which the reader rebuilds byte for byte. What was written is kept as
    each member's header and CRC-32, and the central directory, to check the copy read back."""

    def __init__(self, temp: Path, flusher: _Flusher) -> None:
        self.temp = temp
        self.flusher = flusher
        self.handle: BinaryIO | None = temp.open("wb")
        self.offset = 0
        self.unflushed = 0
        self.written: list[tuple[bytes, int, int]] = []  # header, CRC-32 and size per member
        self.tail = b""  # the central directory and the end record
        # Read back in the background: the first `checked` members, up to byte `checked_at`.
        self.checks: list[Future[bool]] = []
        self.checked = 0
        self.checked_at = 0
        self.directory: list[bytes] = []
        self.members: list[dict[str, Any]] = []
        self.size = 0  # ops and evidence bytes, counted against the part's budget
        self.ops = 0
        self.op_files = 0
        self.blobs = 0
        self.op_range: dict[str, list[int]] = {}

    def put(self, name: str, data: bytes, *, listed: bool = True) -> None:
        if listed:
            crc, digest = _sums(data)
            self.members.append({"path": name, "size": len(data), "sha256": digest})
        else:
            crc = zlib.crc32(data)
        self.directory.append(format.central_entry(name, crc, len(data), self.offset))
        header = format.local_header(name, crc, len(data))
        self.written.append((header, crc, len(data)))
        self._write(header)
        self._write(data)
        if self.unflushed >= _FLUSH_EVERY:
            assert self.handle is not None  # _write opened it
            self.handle.flush()
            self.flusher.flush(self.temp)
            self.unflushed = 0

    def _write(self, data: bytes) -> None:
        if self.handle is None:
            # Parts wait for their manifest closed, so a long export holds one file open.
            self.handle = self.temp.open("ab")
        self.handle.write(data)
        self.offset += len(data)
        self.unflushed += len(data)

    def pause(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def finish(self, body: bytes, signature: bytes) -> None:
        """Add the manifest and its signature and the central directory, then have the part
        synced to disk (`_Flusher.wait` waits for it)."""
        self.put("manifest.json", body, listed=False)
        self.put("manifest.sig", signature, listed=False)
        directory = b"".join(self.directory)
        self.tail = directory + format.end_record(len(self.directory), len(directory), self.offset)
        self._write(self.tail)
        self.pause()
        self.flusher.flush(self.temp, final=True)


class _Packer:
    """Fills parts with batches of whole rows (all ops of a row stay together, so a row can be
    built from one part), each batch one ops member, then with the evidence files they
    reference; a file bigger than a part travels as chunks, reassembled by the receiver."""

    def __init__(self, db: Database, folder: Path, shared: dict[str, bytes], budget: int) -> None:
        self.db = db
        self.shared = shared
        self.budget = budget
        self.stem = f"ntm-{uuid.uuid4().hex[:12]}"
        self.folder = folder
        self.flusher = _Flusher()
        self.parts: list[_Archive] = []
        self.pending: list[bytes] = []  # a batch's lines for the current part's ops member
        self.evidence: dict[str, int] = {}
        self._new_part()

    def _new_part(self) -> None:
        if self.parts:
            self._flush()
            self.parts[-1].pause()
            self.flusher.read_back(self.parts[-1])
        temp = temporary_name(self.folder / f"{self.stem}-{len(self.parts) + 1}")
        part = _Archive(temp, self.flusher)
        self.parts.append(part)
        for name, data in self.shared.items():
            part.put(name, data)

    def add_ops(self, batch: rows.OpBatch) -> None:
        size = batch.size
        if self.parts[-1].size + size > self.budget and self.parts[-1].size:
            self._new_part()
        if size <= self.budget:
            self._place(batch.rows, batch.op_count, batch.ranges)
        else:
            # More than a part holds (a small part limit): row by row, each row's op numbers
            # read back from its lines.
            for row in batch.rows:
                if self.parts[-1].size + len(row) > self.budget and self.parts[-1].size:
                    self._new_part()
                counters: dict[str, list[int]] = {}
                for line in row.splitlines():
                    device, counter = json.loads(line)["op"]
                    counters.setdefault(device, []).append(counter)
                ranges = [(device, min(held), max(held)) for device, held in counters.items()]
                self._place([row], row.count(b"\n"), ranges)
        self._flush()
        for value in batch.blob_values:
            self._note_evidence(json.loads(value))

    def _place(self, lines: list[bytes], count: int, ranges: list[tuple[str, int, int]]) -> None:
        part = self.parts[-1]
        part.size += sum(map(len, lines))
        part.ops += count
        for device, low, high in ranges:
            held = part.op_range.setdefault(device, [low, high])
            part.op_range[device] = [min(held[0], low), max(held[1], high)]
        self.pending += lines

    def _flush(self) -> None:
        """Write the ops waiting for the current part as one member."""
        if self.pending:
            part = self.parts[-1]
            part.op_files += 1
            part.put(f"ops/{part.op_files:06d}.jsonl", b"".join(self.pending))
            self.pending = []

    def _note_evidence(self, digest: Any) -> None:
        path = evidence.path_of(self.db, digest) if isinstance(digest, str) else None
        if path is not None and path.exists():
            self.evidence[digest] = path.stat().st_size

    def add_evidence(self) -> None:
        for digest, size in sorted(self.evidence.items()):
            count = max(1, -(-size // self.budget))
            for index in range(count):
                offset = index * self.budget
                piece = _Piece(digest, index + 1, count, offset, min(self.budget, size - offset))
                if self.parts[-1].size + piece.length + _BLOB_ENTRY > self.budget and (
                    self.parts[-1].size
                ):
                    self._new_part()
                part = self.parts[-1]
                source = evidence.path_of(self.db, piece.digest)
                assert source is not None  # only well-formed hashes were noted
                # A piece is at most a part's budget, so it is read whole: its CRC goes first.
                with source.open("rb") as handle:
                    handle.seek(piece.offset)
                    data = handle.read(piece.length)
                part.put(piece.member, data)
                # A whole file's member hash is its name: the file is as it was stored.
                if len(data) != piece.length or (
                    piece.count == 1 and part.members[-1]["sha256"] != piece.digest
                ):
                    raise Refused(
                        f"Tệp minh chứng {source} không còn khớp với mã băm của nó (đã bị sửa "
                        "hoặc hỏng)."
                    )
                part.blobs += 1
                part.size += piece.length + _BLOB_ENTRY

    def settle(self, targets: list[Path]) -> None:
        """Wait until every part is on the disk, reading back meanwhile what is not yet. Only
        a copy that reads back intact is safe to unplug; the temporary files are read, which
        are renamed into place only if intact (the rename moves the same bytes)."""
        for part, target in zip(self.parts, targets, strict=True):
            rest = part.written[part.checked :]
            intact = _intact(part.temp, rest, part.checked_at, part.tail)
            if not (intact and all(check.result() for check in part.checks)):
                raise Refused(
                    f"Đọc lại {target.name} không khớp với nội dung đã ghi: ổ đĩa hoặc USB có "
                    "lỗi. Hãy xuất lại vào ổ khác."
                )
        self.flusher.wait()

    def discard(self) -> None:
        # The flushes first: a file being flushed cannot be deleted on Windows.
        self.flusher.close()
        for part in self.parts:
            part.pause()
            with contextlib.suppress(OSError):
                part.temp.unlink(missing_ok=True)


def default_receiver(db: Database, office: identity.Office) -> str:
    """Without --to a bundle goes to the province, the hub every office reports to."""
    if office.certificate.role == "province":
        raise InvalidInput(
            "Văn phòng tỉnh cần chọn đơn vị nhận (--to MÃ) hoặc xuất toàn bộ (--full)."
        )
    return str(unit_rows.ancestors(db, office.certificate.office_code)[0][0])


def export(
    db: Database,
    out: Path,
    *,
    to: str | None = None,
    full: bool = False,
    part_limit: int = format.PART_LIMIT,
    now: datetime | None = None,
) -> list[WrittenPart]:
    """Write the bundle to `out`: a file name (`.vnsb` is added when missing; parts get _p1,
    _p2 …), or an existing folder such as a USB stick's root, where the bundle gets
    `default_name` and never overwrites a file already there."""
    office = identity.require_office(db)
    identity.require_root(db)
    cert = office.certificate
    if to is not None and unit_rows.get(db, to) is None:
        raise InvalidInput(f"Không có đơn vị nhận mã {to}.")
    receiver = to
    if receiver is None and not (full and cert.role == "province"):
        receiver = default_receiver(db, office)
    acknowledged = {} if full or receiver is None else rows.peer_known(db, receiver)
    offices = None if cert.role == "province" else [cert.office_code]
    shared = _shared_members(db, office)
    budget = part_limit - sum(len(data) for data in shared.values()) - _MANIFEST_ROOM
    if budget < 64 * 1024:
        raise InvalidInput("Giới hạn kích thước mỗi phần quá nhỏ để chứa một gói.")
    into_folder = out.is_dir()
    folder = out if into_folder else out.parent
    if not into_folder:
        _part_paths(out, 1)  # a drive root that is not there is named before anything is read
    try:
        folder.mkdir(parents=True, exist_ok=True)
        packer = _Packer(db, folder, shared, budget)
    except OSError as exc:
        raise write_error(out, exc) from exc
    try:
        for batch in rows.op_batches(db, acknowledged, offices, blob_fields(), format.OPS_PER_FILE):
            packer.add_ops(batch)
            del batch  # freed before the next batch is read, not held beside it
        packer.add_evidence()
        count = len(packer.parts)
        if into_folder:
            out = _free_name(out, default_name(cert.office_code, now), count)
        targets = _part_paths(out, count)
        for target in targets:
            if target.is_dir():
                raise InvalidInput(
                    f"Đã có thư mục {target}; không ghi gói đè lên thư mục. Hãy chọn tên tệp khác."
                )
        seq_key = f"sync_seq:{receiver or '*'}"
        first_seq = int(db.get_meta(seq_key) or 0) + 1
        signed = _Signer(db, office, receiver, full, rows.known_vector(db), first_seq, count)
        for part in packer.parts:
            signed(part)
        packer.settle(targets)
        for part, target in zip(packer.parts, targets, strict=True):
            replace_with_retry(part.temp, target)
        fsync_dir(folder)
    except OSError as exc:
        raise write_error(out, exc) from exc
    finally:
        packer.discard()
    with db.transaction():
        db.set_meta(seq_key, str(first_seq + count - 1))
    sent.record(db)
    return [
        WrittenPart(target, target.stat().st_size, part.ops, part.blobs, first_seq + index)
        for index, (part, target) in enumerate(zip(packer.parts, targets, strict=True))
    ]


@dataclass
class _Signer:
    """Gives each part its manifest (which needs the number of parts) and signature."""

    db: Database
    office: identity.Office
    receiver: str | None
    full: bool
    known: dict[str, int]
    first_seq: int
    count: int
    export_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    done: int = 0

    def __call__(self, part: _Archive) -> None:
        cert = self.office.certificate
        manifest = {
            "format": format.FORMAT,
            "schema_version": format.SCHEMA_VERSION,
            "app_version": __version__,
            "bundle_id": uuid.uuid4().hex,
            "export_id": self.export_id,
            "part": [self.done + 1, self.count],
            "sender": {
                "office_code": cert.office_code,
                "device_id": self.db.actor.device_id,
                "key_id": keys.key_id(cert.office_public_key),
                "serial": cert.serial,
            },
            "to": self.receiver,
            "device_seq": self.first_seq + self.done,
            "full": self.full,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "op_range": part.op_range,
            "known": self.known,
            "members": sorted(part.members, key=lambda member: member["path"]),
        }
        body = canonical.dumps(manifest)
        part.finish(body, keys.sign(self.office.private_key, keys.MANIFEST_DOMAIN, body))
        self.done += 1


def blob_fields() -> list[tuple[str, str]]:
    """(table, field) of every field that names an evidence file, whose file travels too."""
    return [(spec.name, name) for spec in tables.all_tables() for name in spec.blob_fields]


def _intact(
    path: Path, written: list[tuple[bytes, int, int]], start: int, tail: bytes | None
) -> bool:
    """Whether `path` holds from byte `start` on the members `written` (each header as written,
    its bytes against its CRC-32), then `tail` (the central directory) up to its end."""
    buffer = memoryview(bytearray(_SLICE))
    with path.open("rb") as handle:
        handle.seek(start)
        for header, crc, size in written:
            if handle.read(len(header)) != header:
                return False
            found, remaining = 0, size
            while remaining:
                read = handle.readinto(buffer[: min(_SLICE, remaining)])
                if not read:
                    return False
                found, remaining = zlib.crc32(buffer[:read], found), remaining - read
            if found != crc:
                return False
        return tail is None or handle.read() == tail


def _shared_members(db: Database, office: identity.Office) -> dict[str, bytes]:
    cert = office.envelope
    members = {
        "cert.json": canonical.dumps(cert["cert"]),
        "cert.sig": keys.unb64(cert["sig"]),
    }
    if office.certificate.role == "province":
        for envelope in identity.known_certificates(db):
            members[f"certs/{envelope['cert']['serial']}.json"] = canonical.dumps(envelope)
        crl = identity.crl_envelope(db)
        if crl is not None:
            members["crl.json"] = canonical.dumps(crl)
        members.update(catalog_versions.members(db))
    return members


def default_name(office_code: str, now: datetime | None = None) -> str:
    """The file name a bundle gets in a chosen folder: the sending office and the local time,
    "ntm-07354-20260105-1430.vnsb"."""
    return f"ntm-{office_code}-{(now or datetime.now()):%Y%m%d-%H%M}{format.SUFFIX}"


def _free_name(folder: Path, name: str, count: int) -> Path:
    """`folder/name`, or with -2, -3 … so no part ever overwrites a file already there."""
    stem = name.removesuffix(format.SUFFIX)
    candidate = folder / name
    number = 2
    while any(path.exists() for path in _part_paths(candidate, count)):
        candidate = folder / f"{stem}-{number}{format.SUFFIX}"
        number += 1
    return candidate


def _part_paths(out: Path, count: int) -> list[Path]:
    if out.name in ("", ".", ".."):
        # A drive root that is not there, as E:\ with the USB stick not plugged in.
        raise InvalidInput(
            f"Không có thư mục {out}. Kiểm tra USB đã cắm chưa, hoặc chọn thư mục khác."
        )
    if out.suffix != format.SUFFIX:
        out = out.with_name(out.name + format.SUFFIX)
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}_p{index}{out.suffix}") for index in range(1, count + 1)]
