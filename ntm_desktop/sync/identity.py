"""This data file's place in the trust chain: the root it trusts, its office certificate and
key, the certificates and revocation list it knows. Kept in `meta` and `certificates`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from ntm_desktop.common.errors import InvalidInput, NotFound, Refused
from ntm_desktop.common.files import write_bytes_atomic
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.sync import keys, scope, tables

T = TypeVar("T")

LEVEL_OF_ROLE = {"commune": "commune", "district": "district", "province": "province"}


@dataclass(frozen=True)
class Office:
    certificate: keys.Certificate
    envelope: dict[str, Any]
    private_key: bytes


def root_public(db: Database) -> bytes | None:
    text = db.get_meta("sync_root_public_key")
    return None if text is None else keys.unb64(text)


def require_root(db: Database) -> bytes:
    return _required(
        root_public(db),
        "Tệp dữ liệu này chưa có khóa công khai của tỉnh. Hãy cài chứng thư đơn vị "
        "('ntm keys install') trước khi trao đổi gói dữ liệu.",
    )


def _required(found: T | None, refusal: str) -> T:
    """`found`, or Refused with `refusal` when this data file or machine lacks it."""
    if found is None:
        raise Refused(refusal)
    return found


def _trust_root(db: Database, public: bytes) -> None:
    current = root_public(db)
    if current is not None and current != public:
        raise Refused(
            "Tệp dữ liệu này đã tin một khóa gốc khác của tỉnh; không thể thay bằng khóa này. "
            "Nếu tỉnh đổi khóa gốc, hãy liên hệ Văn phòng điều phối tỉnh."
        )
    if current is None:
        db.set_meta("sync_root_public_key", keys.b64(public))


def crl(db: Database) -> tuple[int, frozenset[str]]:
    text = db.get_meta("sync_crl")
    if text is None:
        return 0, frozenset()
    body = json.loads(text)["crl"]
    return int(body["version"]), frozenset(body["revoked"])


def crl_envelope(db: Database) -> dict[str, Any] | None:
    text = db.get_meta("sync_crl")
    return None if text is None else dict(json.loads(text))


def store_crl(db: Database, envelope: dict[str, Any]) -> bool:
    """Keep a revocation list if it is newer than ours (TUF rule: never roll back)."""
    version, _ = keys.open_crl(envelope, require_root(db))
    if version <= crl(db)[0]:
        return False
    db.set_meta("sync_crl", json.dumps(envelope, sort_keys=True))
    return True


def office(db: Database) -> Office | None:
    text = db.get_meta(rows.OFFICE_CERTIFICATE)
    key = db.get_meta("sync_office_private_key")
    if text is None or key is None:
        return None
    envelope = json.loads(text)
    return Office(keys.Certificate.from_record(envelope["cert"]), envelope, keys.unb64(key))


def require_office(db: Database) -> Office:
    return _required(
        office(db),
        "Máy này chưa được cài chứng thư đơn vị. Hãy nhận tệp .cert từ tỉnh và chạy "
        "'ntm keys install TỆP.cert'.",
    )


def remember_certificate(db: Database, envelope: dict[str, Any], cert: keys.Certificate) -> None:
    rows.put_certificate(
        db,
        cert.serial,
        cert.office_code,
        cert.role,
        cert.valid_until,
        json.dumps(envelope, sort_keys=True, ensure_ascii=False),
    )


def known_certificates(db: Database) -> list[dict[str, Any]]:
    return [json.loads(text) for _, text in rows.certificate_envelopes(db)]


# -- the commands -------------------------------------------------------------------------
def init_root(db: Database, out: Path) -> str:
    """Make the province root key (file `out`) and trust it in this data file."""
    if out.exists():
        raise InvalidInput(f"Tệp {out} đã có; không ghi đè một khóa gốc. Hãy chọn tên tệp khác.")
    if root_public(db) is not None:
        raise Refused("Tệp dữ liệu này đã có khóa gốc của tỉnh; không tạo khóa gốc thứ hai.")
    private = keys.new_private_key()
    write_bytes_atomic(out, keys.root_file_bytes(private))
    with db.transaction():
        _trust_root(db, keys.public_key(private))
    return keys.key_id(keys.public_key(private))


def issue(
    db: Database,
    root_file: Path,
    office_code: str,
    role: str,
    out: Path,
    *,
    devices: list[str] | None = None,
    years: int = 5,
    today: date | None = None,
) -> keys.Certificate:
    root_private = keys.read_root_file(root_file)
    root_pub = keys.public_key(root_private)
    trusted = root_public(db)
    if trusted is not None and trusted != root_pub:
        raise Refused("Khóa gốc này không phải khóa gốc mà tệp dữ liệu đang tin.")
    unit = unit_rows.get(db, office_code)
    if unit is None:
        raise NotFound(f"Không có đơn vị hành chính mã {office_code} trong tệp dữ liệu.")
    level = unit[3]
    if LEVEL_OF_ROLE[role] != level:
        raise InvalidInput(
            f"Đơn vị {unit[1]} là cấp {keys.ROLE_NAMES.get(level, level)}, không thể cấp "
            f"chứng thư vai trò {keys.ROLE_NAMES[role]}."
        )
    office_private = keys.new_private_key()
    cert = keys.issue(
        root_private,
        office_code=office_code,
        role=role,
        scope=[office_code],
        devices=devices or [],
        office_public_key=keys.public_key(office_private),
        valid_from=today or date.today(),
        years=years,
    )
    envelope = keys.certificate_envelope(cert, root_private)
    write_bytes_atomic(out, keys.office_file_bytes(envelope, office_private, root_pub))
    with db.transaction():
        _trust_root(db, root_pub)
        remember_certificate(db, envelope, cert)
    return cert


def verify(
    db: Database, path: Path, *, today: date | None = None
) -> tuple[keys.OfficeFile, keys.Certificate]:
    """Check a certificate file for this data file, changing nothing (as the wizard does
    before it accepts the file)."""
    handed = keys.read_office_file(path)
    _, revoked = crl(db)
    cert = keys.open_certificate(
        handed.envelope, handed.root_public, revoked, today or date.today()
    )
    if keys.public_key(handed.office_private) != cert.office_public_key:
        raise Refused("Khóa bí mật trong tệp không khớp với chứng thư; tệp đã bị sửa.")
    if unit_rows.get(db, cert.office_code) is None:
        raise NotFound(
            f"Tệp dữ liệu này không có đơn vị mã {cert.office_code}; hãy khởi tạo đúng bộ dữ "
            "liệu của tỉnh trước."
        )
    device = db.actor.device_id
    if cert.devices and device not in cert.devices:
        raise Refused(
            f"Chứng thư của đơn vị {cert.office_code} không ghi tên máy này ({device}); hãy xin "
            "tỉnh cấp chứng thư có mã máy này."
        )
    return handed, cert


def install(db: Database, path: Path, *, today: date | None = None) -> keys.Certificate:
    """Make this data file the office named in the certificate file."""
    handed, cert = verify(db, path, today=today)
    earlier = db.actor.device_id
    with db.transaction():
        _trust_root(db, handed.root_public)
        remember_certificate(db, handed.envelope, cert)
        db.set_meta(
            rows.OFFICE_CERTIFICATE,
            json.dumps(handed.envelope, sort_keys=True, ensure_ascii=False),
        )
        db.set_meta("sync_office_private_key", keys.b64(handed.office_private))
        db.set_office(cert.office_code)
        if not cert.devices:
            # A data file is often set up by copying another office's file: a fresh device id
            # keeps the two copies' future op ids apart, and names the office it issues for.
            db.renew_device()
        _adopt_earlier_ops(db, cert, earlier)
        rows.bind_devices(db, [(db.actor.device_id, cert.office_code)])
    return cert


def _adopt_earlier_ops(db: Database, cert: keys.Certificate, device: str) -> None:
    """The edits this file made before it had an office become the office's, and travel, when
    the office may make every edit of that row; the others stay on this machine
    (`local_changes`), so no export carries an edit every receiver would refuse, or half a row
    no receiver could build."""
    unclaimed = rows.unclaimed_ops(db, device)
    refused = {
        (table, row_id)
        for _, table, row_id, field, owner, value in unclaimed
        if not _may_have_made(db, cert, table, row_id, owner, {field: _decoded(value)})
    }
    adopted = [op[0] for op in unclaimed if (op[1], op[2]) not in refused]
    rows.adopt_ops(db, device, adopted, cert.office_code, db.actor.device_id)
    if adopted and device != db.actor.device_id:
        db.set_meta("device_counter", str(len(adopted)))


def _decoded(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _may_have_made(
    db: Database,
    cert: keys.Certificate,
    table: str,
    row_id: str,
    owner: str,
    values: dict[str, Any],
) -> bool:
    if (
        scope.field_refusal(db, cert, table, owner, values)
        or scope.value_refusal(db, cert, table, owner, values)
    ) is not None:
        return False
    spec = tables.get(table)
    if spec is None or spec.role_field is None:
        return True
    row = rows.read_row(db, table, spec.key, row_id) or {}
    return scope.row_role_refusal(cert, table, row.get(spec.role_field)) is None


def local_changes(db: Database) -> list[str]:
    """The rows whose edits stay on this machine, one line each in Vietnamese with the latest
    value of each field edited (empty when none, and in a file with no office yet, where
    nothing travels)."""
    if db.get_meta(rows.OFFICE_CERTIFICATE) is None:
        return []
    by_row: dict[tuple[str, str], dict[str, Any]] = {}
    made: dict[tuple[str, str], str] = {}
    for table, row_id, field, value, user, wall in rows.local_ops(db):
        by_row.setdefault((table, row_id), {})[field] = "(trống)" if value is None else value
        made[(table, row_id)] = f"{user}, {wall[:10]}"
    return [
        f"{table} {row_id}: "
        + "; ".join(f"{field} = {value}" for field, value in fields.items())
        + f" ({made[(table, row_id)]})"
        for (table, row_id), fields in by_row.items()
    ]


def revoke(db: Database, root_file: Path, office_code: str) -> tuple[int, list[str]]:
    """Revoke every certificate known for an office; the new list travels in bundles."""
    root_private = keys.read_root_file(root_file)
    if root_public(db) != keys.public_key(root_private):
        raise Refused("Khóa gốc này không phải khóa gốc mà tệp dữ liệu đang tin.")
    serials = [serial for serial, _ in rows.certificate_envelopes(db, office_code)]
    if not serials:
        raise NotFound(f"Tệp dữ liệu này không biết chứng thư nào của đơn vị {office_code}.")
    version, revoked = crl(db)
    envelope = keys.crl_envelope(version + 1, [*revoked, *serials], root_private)
    with db.transaction():
        store_crl(db, envelope)
    return version + 1, serials
