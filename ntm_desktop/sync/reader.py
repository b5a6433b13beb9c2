"""Reading a bundle safely and verifying it before anything is written.

The ZIP is never extracted: every member is checked against a fixed set of name patterns and
size limits, then streamed with a byte counter. Verification order: certificate chain, manifest
signature, every member's size and SHA-256, then a strict schema for every op.
"""

from __future__ import annotations

import hashlib
import json
import math
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from ntm_desktop.common.errors import Refused
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage.changes import SQLITE_INTEGERS
from ntm_desktop.sync import canonical, field_checks, format, identity, keys, tables

T = TypeVar("T")

_SLICE = 256 * 1024
UPDATE_APP = "Gói dữ liệu được tạo bởi phiên bản mới hơn; hãy cập nhật phần mềm rồi nhập lại."


class BundleRefused(Refused):
    """The bundle is refused as a whole; nothing from it is applied."""


@dataclass(frozen=True)
class Bundle:
    path: Path
    manifest: dict[str, Any]
    certificate: keys.Certificate
    certificate_envelope: dict[str, Any]
    relayed_certificates: dict[str, list[dict[str, Any]]]
    crl: dict[str, Any] | None
    ops: list[dict[str, Any]]
    blobs: list[dict[str, Any]]
    catalogs: list[tuple[str, bytes]]

    @property
    def sender_office(self) -> str:
        return str(self.manifest["sender"]["office_code"])

    @property
    def sender_device(self) -> str:
        return str(self.manifest["sender"]["device_id"])


def read(db: Database, path: Path, *, today: date | None = None) -> Bundle:
    """Open and verify a bundle; raise BundleRefused with the reason in Vietnamese."""
    return _refusing(path, lambda archive: _read(db, path, archive, today or date.today()))


def verify(db: Database, path: Path, *, today: date | None = None) -> dict[str, Any]:
    """Check the container alone, reading no op: its layout, the certificate chain, the
    manifest's signature and every member's size and SHA-256, evidence included. Returns the
    signed manifest; raises BundleRefused with the reason in Vietnamese."""

    def check(archive: zipfile.ZipFile) -> dict[str, Any]:
        opened = _open(db, path, archive, today or date.today())
        # The layout is checked, so each member's bytes are read straight from the file into
        # one buffer: one pass, as hashing the file would make, plus the CRC-32 of each slice
        # while it is still in the CPU cache.
        buffer = memoryview(bytearray(_SLICE))
        with path.open("rb", buffering=0) as handle:
            for name, member in opened.declared.items():
                info = opened.infos[name]
                handle.seek(opened.data_at[name])
                hasher, crc, remaining = hashlib.sha256(), 0, info.file_size
                while remaining:
                    read = handle.readinto(buffer[: min(len(buffer), remaining)])
                    if not read:
                        raise _damaged(name)
                    hasher.update(buffer[:read])
                    crc = zlib.crc32(buffer[:read], crc)
                    remaining -= read
                if crc != info.CRC:
                    raise _damaged(name)
                if hasher.hexdigest() != member["sha256"]:
                    raise _altered(name)
        return opened.manifest

    return _refusing(path, check)


def _refusing(path: Path, action: Callable[[zipfile.ZipFile], T]) -> T:
    try:
        with zipfile.ZipFile(path) as archive:
            return action(archive)
    except BundleRefused:
        raise
    except Refused as exc:
        raise BundleRefused(exc.message) from exc
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        NotImplementedError,
        RuntimeError,
        struct.error,
    ) as exc:
        raise BundleRefused(
            "Tệp không phải gói dữ liệu hợp lệ hoặc đã bị hỏng (có thể do chép dở hay lỗi "
            "USB); hãy xin đơn vị gửi xuất lại."
        ) from exc


@dataclass(frozen=True)
class _Opened:
    """A bundle whose container, certificate and signed manifest are checked; the members
    the manifest lists are not read yet."""

    manifest: dict[str, Any]
    certificate: keys.Certificate
    envelope: dict[str, Any]
    crl: dict[str, Any] | None
    infos: dict[str, zipfile.ZipInfo]
    declared: dict[str, dict[str, Any]]
    data_at: dict[str, int]  # where each member's bytes start in the file


def _open(db: Database, path: Path, archive: zipfile.ZipFile, today: date) -> _Opened:
    infos = _check_members(archive)
    data_at = _check_layout(archive, path)
    for name in ("manifest.json", "manifest.sig", "cert.json", "cert.sig"):
        if name not in infos:
            raise BundleRefused(f"Gói thiếu thành phần bắt buộc {name}.")
    root = identity.require_root(db)
    crl_envelope, revoked = _revocations(db, archive, infos, root)
    cert_body = _read_member(archive, infos["cert.json"], format.SMALL_MEMBER_LIMIT)
    envelope = {
        "cert": _json(cert_body.decode("utf-8")),
        "sig": keys.b64(_read_member(archive, infos["cert.sig"], 1024)),
    }
    cert = keys.open_certificate(envelope, root, revoked, today)
    body = _read_member(archive, infos["manifest.json"], format.SMALL_MEMBER_LIMIT)
    signature = _read_member(archive, infos["manifest.sig"], 1024)
    if not keys.verify(cert.office_public_key, keys.MANIFEST_DOMAIN, body, signature):
        raise BundleRefused(
            f"Chữ ký của gói không hợp lệ với chứng thư của đơn vị {cert.office_code}: gói đã "
            "bị sửa sau khi ký hoặc bị giả mạo."
        )
    manifest = _manifest(body)
    sender = manifest["sender"]
    if sender["office_code"] != cert.office_code or sender["serial"] != cert.serial:
        raise BundleRefused("Thông tin đơn vị gửi trong gói không khớp với chứng thư.")
    if cert.devices and sender["device_id"] not in cert.devices:
        raise BundleRefused(f"Máy gửi {sender['device_id']} không có trong chứng thư.")
    declared = {member["path"]: member for member in manifest["members"]}
    present = set(infos) - set(format.SIGNED_SEPARATELY)
    if set(declared) != present or len(declared) != len(manifest["members"]):
        raise BundleRefused("Danh sách thành phần của gói không khớp với bản kê đã ký.")
    for name, member in declared.items():
        if infos[name].file_size != member["size"]:
            raise BundleRefused(f"Kích thước của {name} không khớp với bản kê đã ký.")
    return _Opened(manifest, cert, envelope, crl_envelope, infos, declared, data_at)


def _read(db: Database, path: Path, archive: zipfile.ZipFile, today: date) -> Bundle:
    opened = _open(db, path, archive, today)
    manifest, infos, declared = opened.manifest, opened.infos, opened.declared
    cert = opened.certificate
    for name in ("cert.json", "cert.sig", "crl.json"):
        if name in declared:
            _verify_small(archive, infos[name], declared[name])
    ops: list[dict[str, Any]] = []
    catalogs: list[tuple[str, bytes]] = []
    relayed: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(declared):
        if name.startswith("ops/"):
            data = _verify_small(archive, infos[name], declared[name], format.OPS_MEMBER_LIMIT)
            ops.extend(_ops(db, data, name))
        elif name.startswith("catalogs/"):
            if cert.role != "province":
                raise BundleRefused(
                    f"Đơn vị {cert.office_code} gửi bộ tiêu chí; chỉ văn phòng tỉnh được ban hành."
                )
            catalogs.append((name, _verify_small(archive, infos[name], declared[name])))
        elif name.startswith("certs/"):
            relayed_envelope = _json(_verify_small(archive, infos[name], declared[name]))
            office = str(relayed_envelope.get("cert", {}).get("office_code", ""))
            relayed.setdefault(office, []).append(relayed_envelope)
    blobs = [member for name, member in declared.items() if name.startswith("blob")]
    for blob in blobs:
        if blob["path"].startswith("blobs/"):
            if blob["sha256"] != blob["path"].removeprefix("blobs/"):
                raise BundleRefused(f"Tệp minh chứng {blob['path']} khai sai mã băm.")
        else:
            _, index, count = blob["path"].removeprefix("blobparts/").split("_")
            if not 1 <= int(index) <= int(count) or int(count) < 2:
                raise BundleRefused(f"Mảnh tệp minh chứng {blob['path']} đánh số sai.")
        if blob["size"] > format.BLOB_LIMIT:
            raise BundleRefused(f"Tệp minh chứng {blob['path']} vượt quá giới hạn 50 MB.")
    return Bundle(path, manifest, cert, opened.envelope, relayed, opened.crl, ops, blobs, catalogs)


def _check_layout(archive: zipfile.ZipFile, path: Path) -> dict[str, int]:
    """Every byte of the container is accounted for: local headers, central directory and end
    record must be exactly what the writer makes for these members, back to back, and the
    member bytes are hashed later. A flipped bit anywhere, even in a field no ZIP reader looks
    at, therefore refuses the file. Returns where each member's bytes start."""
    infos = sorted(archive.infolist(), key=lambda item: item.header_offset)
    expected = 0
    directory = b""
    data_at: dict[str, int] = {}
    with path.open("rb") as handle:
        for info in infos:
            if (
                info.date_time != format.FIXED_TIME
                or (info.create_version, info.extract_version) not in ((20, 20), (45, 45))
                or info.create_system not in (0, 3)
                or info.reserved
                or info.flag_bits
                or info.volume
                or info.internal_attr
                or info.external_attr not in (0, format.FILE_MODE)
                or info.comment
                or info.extra
                or info.header_offset != expected
            ):
                raise _damaged(info.filename)
            handle.seek(info.header_offset)
            header = handle.read(30 + len(info.filename) + 20)
            sizes = (info.filename, info.CRC, info.file_size)
            local = next(
                (
                    candidate
                    for candidate in (
                        format.local_header(*sizes),
                        format.local_header(*sizes, zip64=True),
                    )
                    if header.startswith(candidate)
                ),
                None,
            )
            if local is None:
                raise _damaged(info.filename)
            data_at[info.filename] = expected + len(local)
            expected += len(local) + info.compress_size
            directory += format.central_entry(
                *sizes,
                info.header_offset,
                version=info.create_version,
                system=info.create_system,
                mode=info.external_attr,
            )
        handle.seek(expected)
        rest = handle.read(len(directory) + 23)
    end = format.end_record(len(infos), len(directory), expected)
    if archive.start_dir != expected or rest != directory + end:
        raise BundleRefused("Cấu trúc tệp gói không đúng: tệp đã bị sửa, cắt cụt hoặc hỏng.")
    return data_at


def _damaged(name: str) -> BundleRefused:
    return BundleRefused(f"Phần đầu của thành phần {name} không đúng: tệp đã bị sửa hoặc hỏng.")


def _check_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > format.MAX_MEMBERS:
        raise BundleRefused(f"Gói có {len(infos)} thành phần, vượt giới hạn cho phép.")
    found: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if not format.MEMBER_NAME.fullmatch(name) or info.is_dir():
            raise BundleRefused(f"Gói chứa thành phần có tên không được phép: {name!r}.")
        if name in found:
            raise BundleRefused(f"Gói chứa hai thành phần cùng tên {name}.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleRefused(f"Gói chứa liên kết tượng trưng {name}.")
        if info.flag_bits & 0x1:
            raise BundleRefused(f"Thành phần {name} bị mã hóa, không đọc được.")
        if info.file_size > format.MAX_RATIO * max(info.compress_size, 1):
            raise BundleRefused(f"Thành phần {name} có tỉ lệ nén bất thường (bom nén).")
        # Only stored members: a deflate stream has bits no decoder reads, so a flipped bit
        # there would go unnoticed; stored bytes are all covered by a hash.
        if info.compress_type != zipfile.ZIP_STORED:
            raise BundleRefused(f"Thành phần {name} dùng cách nén không được hỗ trợ.")
        total += info.file_size
        if total > format.TOTAL_LIMIT:
            raise BundleRefused("Tổng dung lượng giải nén của gói vượt giới hạn.")
        found[name] = info
    return found


def stream_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's bytes in chunks, never more than its declared size."""
    remaining = info.file_size
    with archive.open(info) as source:
        while chunk := source.read(min(1 << 20, remaining + 1)):
            remaining -= len(chunk)
            if remaining < 0:
                raise BundleRefused(f"Thành phần {info.filename} dài hơn kích thước khai báo.")
            yield chunk
    if remaining:
        raise BundleRefused(f"Thành phần {info.filename} ngắn hơn kích thước khai báo.")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise BundleRefused(f"Thành phần {info.filename} lớn bất thường.")
    return b"".join(stream_member(archive, info))


def _verify_small(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    member: dict[str, Any],
    limit: int = format.SMALL_MEMBER_LIMIT,
) -> bytes:
    data = _read_member(archive, info, limit)
    if hashlib.sha256(data).hexdigest() != member["sha256"]:
        raise _altered(info.filename)
    return data


def _altered(name: str) -> BundleRefused:
    return BundleRefused(f"Mã băm của {name} không khớp: gói đã bị sửa hoặc hỏng.")


def _revocations(
    db: Database, archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], root: bytes
) -> tuple[dict[str, Any] | None, frozenset[str]]:
    """The stored revocation list, or the bundle's if it is newer (checked before any cert)."""
    version, revoked = identity.crl(db)
    if "crl.json" not in infos:
        return None, revoked
    envelope = _json(_read_member(archive, infos["crl.json"], format.SMALL_MEMBER_LIMIT))
    carried_version, carried = keys.open_crl(envelope, root)
    if carried_version < version:
        return None, revoked
    return envelope, revoked | carried


def _manifest(body: bytes) -> dict[str, Any]:
    try:
        manifest = canonical.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleRefused("Bản kê của gói không đúng định dạng.") from exc
    if not isinstance(manifest, dict):
        raise BundleRefused("Bản kê của gói không đúng định dạng.")
    if manifest.get("format") != format.FORMAT:
        raise BundleRefused(UPDATE_APP)
    if manifest.get("schema_version") != format.SCHEMA_VERSION:
        raise BundleRefused(UPDATE_APP)
    if set(manifest) != format.MANIFEST_KEYS or set(manifest["sender"]) != format.SENDER_KEYS:
        raise BundleRefused(UPDATE_APP)
    try:
        _check_manifest_types(manifest)
    except (TypeError, ValueError, KeyError) as exc:
        raise BundleRefused("Bản kê của gói không đúng định dạng.") from exc
    return manifest


def _check_manifest_types(manifest: dict[str, Any]) -> None:
    for key in ("bundle_id", "export_id", "created_at"):
        if not isinstance(manifest[key], str):
            raise TypeError(key)
    if not all(isinstance(value, str) for value in manifest["sender"].values()):
        raise TypeError("sender")
    _check_counter(manifest["device_seq"], "device_seq")
    if manifest["to"] is not None and not isinstance(manifest["to"], str):
        raise TypeError("to")
    if not isinstance(manifest["full"], bool):
        raise TypeError("full")
    part = manifest["part"]
    if not (isinstance(part, list) and len(part) == 2):
        raise TypeError("part")
    index, count = part
    _check_counter(index, "part")
    _check_counter(count, "part")
    if index > count:
        raise ValueError("part")
    if not isinstance(manifest["known"], dict):
        raise TypeError("known")
    for device, counter in manifest["known"].items():
        if not isinstance(device, str):
            raise TypeError("known")
        _check_counter(counter, "known", lowest=0)
    for member in manifest["members"]:
        if set(member) != {"path", "size", "sha256"} or not isinstance(member["size"], int):
            raise TypeError("member")


def _ops(db: Database, data: bytes, member: str) -> Iterator[dict[str, Any]]:
    columns: dict[str, dict[str, str]] = {}
    required: dict[str, set[str]] = {}
    # A member repeats few values (a unit's code, a year, "yes" and "no"): each JSON text is
    # decoded and type-checked once, each (table, field, text) checked against its field once.
    scalars: dict[str, Any] = {}
    allowed: set[tuple[str, str, str]] = set()
    for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        try:
            op = _json(line)
            value = _check_op_types(op, scalars)
        except (ValueError, TypeError, KeyError) as exc:
            raise BundleRefused(f"Dòng {number} của {member} không đúng định dạng.") from exc
        spec = tables.get(op["table"])
        if spec is None:
            raise BundleRefused(f"Gói có dữ liệu bảng lạ '{op['table']}'. {UPDATE_APP}")
        if op["table"] not in columns:
            columns[op["table"]] = rows.column_types(db, op["table"])
            required[op["table"]] = rows.required_columns(db, op["table"])
        if not spec.travels(op["field"], columns[op["table"]]):
            raise BundleRefused(
                f"Gói có trường lạ '{op['field']}' của bảng '{op['table']}'. {UPDATE_APP}"
            )
        if op["value"] is None and op["field"] in required[op["table"]]:
            raise BundleRefused(
                f"Gói xóa trống trường bắt buộc '{op['field']}' của bản ghi {op['row']}."
            )
        checked = (op["table"], op["field"], op["value"])
        if op["value"] is not None and checked not in allowed:
            reason = field_checks.of_column(columns[op["table"]][op["field"]], value)
            if reason is None:
                reason = spec.refusal(op["field"], value)
            if reason is not None:
                raise BundleRefused(
                    f"Gói có giá trị không hợp lệ ở trường '{op['field']}' của bảng "
                    f"'{op['table']}': {reason}."
                )
            allowed.add(checked)
        yield op


def _check_op_types(op: Any, scalars: dict[str, Any]) -> Any:
    """Check an op's types; returns its value, decoded. `scalars` holds the value texts
    already decoded and checked, and takes the new ones."""
    if not isinstance(op, dict) or op.keys() != format.OP_KEYS:
        raise ValueError("op keys")
    for name in ("table", "row", "field", "user", "owner", "wall", "office"):
        if not isinstance(op[name], str):
            raise TypeError(name)
    for name in ("value", "old"):
        text = op[name]
        if text is not None and text not in scalars:
            if not isinstance(text, str):
                raise TypeError(name)
            decoded = _json(text)
            if not isinstance(decoded, str | int | float | bool | None):
                raise TypeError(name)
            if isinstance(decoded, int) and decoded not in SQLITE_INTEGERS:
                raise ValueError(name)
            scalars[text] = decoded
    _check_op_id(op["op"])
    # An HLC is stored as SQLite's signed 64-bit integer; its milliseconds are checked against
    # the wall clock on arrival (importer._advance_clock).
    if not isinstance(op["hlc"], int) or isinstance(op["hlc"], bool):
        raise TypeError("hlc")
    if op["hlc"] not in range(1 << 63):
        raise ValueError("hlc")
    if op["base"] is not None:
        _check_op_id(op["base"])
    for base in op["bases"]:
        _check_op_id(base)
    return None if op["value"] is None else scalars[op["value"]]


def _check_op_id(value: Any) -> None:
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], str)):
        raise TypeError("op id")
    _check_counter(value[1], "op id")


def _check_counter(value: Any, what: str, *, lowest: int = 1) -> None:
    """A counter (an op's number, a bundle's, a part's): a whole number a float holds exactly,
    so no JSON reader anywhere rounds it, and SQLite stores it as it is."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(what)
    if not lowest <= value <= format.MAX_COUNTER:
        raise ValueError(what)


def _not_a_number(text: str) -> Any:
    raise ValueError(f"{text} is not a number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is not finite")
    return number


# One decoder for every op: json.loads with options would build a new one per call.
_DECODER = json.JSONDecoder(parse_constant=_not_a_number, parse_float=_finite)


def _json(text: str | bytes) -> Any:
    """JSON without NaN, Infinity or a number too large for a float (read as infinity)."""
    if isinstance(text, bytes):
        text = text.decode(json.detect_encoding(text), "surrogatepass")  # as json.loads does
    return _DECODER.decode(text)
