"""Writing bundles: signed ZIP files of ops, certificates and evidence files, split into parts.

Each part is a complete bundle (own manifest, signature, sequence number), so parts can arrive
in any order and a lost part only delays what it carries.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ntm_desktop import __version__
from ntm_desktop.common.errors import InvalidInput, Refused
from ntm_desktop.common.files import atomic_output, sha256_file
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


@dataclass
class _Part:
    ops: list[dict[str, Any]] = field(default_factory=list)
    blobs: list[_Piece] = field(default_factory=list)
    size: int = 0


@dataclass(frozen=True)
class WrittenPart:
    path: Path
    sha256: str
    size: int
    ops: int
    blobs: int
    device_seq: int


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
    ops = [_op_record(db, row) for row in rows.ops_after(db, acknowledged, offices)]
    shared = _shared_members(db, office)
    parts = _split(db, ops, part_limit - sum(len(data) for data in shared.values()))
    known = rows.known_vector(db)
    export_id = uuid.uuid4().hex
    seq_key = f"sync_seq:{receiver or '*'}"
    first_seq = int(db.get_meta(seq_key) or 0) + 1
    if out.is_dir():
        out = _free_name(out, default_name(cert.office_code, now), len(parts))
    targets = _part_paths(out, len(parts))
    for target in targets:
        if target.is_dir():
            raise InvalidInput(
                f"Đã có thư mục {target}; không ghi gói đè lên thư mục. Hãy chọn tên tệp khác."
            )
    written = []
    for index, (part, target) in enumerate(zip(parts, targets, strict=True)):
        manifest = {
            "format": format.FORMAT,
            "schema_version": format.SCHEMA_VERSION,
            "app_version": __version__,
            "bundle_id": uuid.uuid4().hex,
            "export_id": export_id,
            "part": [index + 1, len(parts)],
            "sender": {
                "office_code": cert.office_code,
                "device_id": db.actor.device_id,
                "key_id": keys.key_id(cert.office_public_key),
                "serial": cert.serial,
            },
            "to": receiver,
            "device_seq": first_seq + index,
            "full": full,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "op_range": _op_range(part.ops),
            "known": known,
        }
        written.append(_write_part(db, target, manifest, part, shared, office.private_key))
    with db.transaction():
        db.set_meta(seq_key, str(first_seq + len(parts) - 1))
    sent.record(db)
    return written


def _op_record(db: Database, row: tuple[Any, ...]) -> dict[str, Any]:
    (device, counter, stamp, wall, table, row_id, field_name, old, new, base_device,
     base_counter, user, office, owner) = row  # fmt: skip
    return {
        "op": [device, counter],
        "hlc": stamp,
        "wall": wall,
        "table": table,
        "row": row_id,
        "field": field_name,
        "value": new,
        "old": old,
        "base": None if base_device is None else [base_device, base_counter],
        "bases": [list(base) for base in rows.extra_bases(db, device, counter)],
        "user": user,
        "office": office,
        "owner": owner,
    }


def _split(db: Database, ops: list[dict[str, Any]], room: int) -> list[_Part]:
    """Pack whole rows (all ops of a row stay together so a row can be built from one part),
    then the evidence files they reference, into parts holding at most `room` bytes. A file
    bigger than a part travels as chunks, reassembled by the receiver."""
    budget = room - 128 * 1024  # the manifest and the ZIP headers
    if budget < 64 * 1024:
        raise InvalidInput("Giới hạn kích thước mỗi phần quá nhỏ để chứa một gói.")
    by_row: dict[tuple[str, str], list[dict[str, Any]]] = {}
    blobs: dict[str, int] = {}
    for op in ops:
        by_row.setdefault((op["table"], op["row"]), []).append(op)
        spec = tables.get(op["table"])
        if spec and op["field"] in spec.blob_fields and op["value"]:
            digest = json.loads(op["value"])
            path = evidence.path_of(db, digest) if isinstance(digest, str) else None
            if path is not None and path.exists():
                blobs[digest] = path.stat().st_size
    parts = [_Part()]
    for group in by_row.values():
        size = sum(len(json.dumps(op, ensure_ascii=False)) + 1 for op in group)
        if parts[-1].size + size > budget and parts[-1].size:
            parts.append(_Part())
        parts[-1].ops.extend(group)
        parts[-1].size += size
    for digest, size in sorted(blobs.items()):
        count = max(1, -(-size // budget))
        for index in range(count):
            offset = index * budget
            piece = _Piece(digest, index + 1, count, offset, min(budget, size - offset))
            if parts[-1].size + piece.length + 256 > budget and parts[-1].size:
                parts.append(_Part())
            parts[-1].blobs.append(piece)
            parts[-1].size += piece.length + 256
    return parts


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


def _op_range(ops: list[dict[str, Any]]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for op in ops:
        device, counter = op["op"]
        low, high = found.get(device, [counter, counter])
        found[device] = [min(low, counter), max(high, counter)]
    return found


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


def _chunks(ops: list[dict[str, Any]]) -> Iterator[bytes]:
    for start in range(0, len(ops), format.OPS_PER_FILE):
        lines = (
            json.dumps(op, ensure_ascii=False, sort_keys=True)
            for op in ops[start : start + format.OPS_PER_FILE]
        )
        yield ("\n".join(lines) + "\n").encode("utf-8")


def _write_part(
    db: Database,
    target: Path,
    manifest: dict[str, Any],
    part: _Part,
    shared: dict[str, bytes],
    private_key: bytes,
) -> WrittenPart:
    members: list[dict[str, Any]] = []
    with atomic_output(target) as temp:
        with zipfile.ZipFile(temp, "w") as archive:
            for name, data in shared.items():
                _put(archive, name, data, members)
            for index, data in enumerate(_chunks(part.ops), start=1):
                _put(archive, f"ops/{index:06d}.jsonl", data, members)
            for piece in part.blobs:
                source = evidence.path_of(db, piece.digest)
                assert source is not None  # only well-formed hashes were packed
                members.append(_put_blob(archive, piece, source))
            manifest["members"] = sorted(members, key=lambda member: member["path"])
            body = canonical.dumps(manifest)
            _put(archive, "manifest.json", body, None)
            _put(archive, "manifest.sig", keys.sign(private_key, keys.MANIFEST_DOMAIN, body), None)
        digest = sha256_file(temp)
    # Read the renamed file back: only a copy that reads back intact is safe to unplug.
    if sha256_file(target) != digest:
        raise Refused(
            f"Đọc lại {target.name} không khớp với nội dung đã ghi: ổ đĩa hoặc USB có lỗi. "
            "Hãy xuất lại vào ổ khác."
        )
    return WrittenPart(
        target,
        digest,
        target.stat().st_size,
        len(part.ops),
        len(part.blobs),
        int(manifest["device_seq"]),
    )


def _put(
    archive: zipfile.ZipFile,
    name: str,
    data: bytes,
    members: list[dict[str, Any]] | None,
) -> None:
    info = zipfile.ZipInfo(name, format.FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED
    archive.writestr(info, data)
    if members is not None:
        members.append(
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        )


def _put_blob(archive: zipfile.ZipFile, piece: _Piece, source: Path) -> dict[str, Any]:
    info = zipfile.ZipInfo(piece.member, format.FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED
    hasher = hashlib.sha256()
    remaining = piece.length
    with source.open("rb") as handle, archive.open(info, "w", force_zip64=True) as sink:
        handle.seek(piece.offset)
        while remaining and (chunk := handle.read(min(1 << 20, remaining))):
            hasher.update(chunk)
            remaining -= len(chunk)
            sink.write(chunk)
    if remaining or (piece.count == 1 and hasher.hexdigest() != piece.digest):
        raise Refused(
            f"Tệp minh chứng {source} không còn khớp với mã băm của nó (đã bị sửa hoặc hỏng)."
        )
    return {"path": piece.member, "size": piece.length, "sha256": hasher.hexdigest()}
