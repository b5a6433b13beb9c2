"""Offline keys: the province root key, office certificates and the revocation list.

The root (Ed25519) signs certificates naming an office, its role, its scope (unit codes), the
office's public key and optionally the device ids allowed to sign for it. An office receives one
`.cert` file on a USB stick: the signed certificate, the office's private key and the root's
public key (trusted on first install, refused if it differs from the one already trusted).
Every signature is made over a domain prefix so a signature on one kind of record can never be
replayed as another kind.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ntm_desktop.common.errors import InvalidInput, Refused
from ntm_desktop.common.files import write_bytes_atomic
from ntm_desktop.sync import canonical
from ntm_desktop.sync.tables import ROLES

CERT_DOMAIN = b"NTMCERT1\0"
CRL_DOMAIN = b"NTMCRL1\0"
MANIFEST_DOMAIN = b"VNSB1\0"
ROOT_FILE_KIND = "ntm-root-key"
OFFICE_FILE_KIND = "ntm-office-certificate"
ROLE_NAMES = {"commune": "xã", "district": "huyện", "province": "tỉnh"}
# A certificate outliving a decade would outlive the key hygiene of the offices holding it.
CERT_YEARS = range(1, 11)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_private_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_key(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def key_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def sign(private: bytes, domain: bytes, payload: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(domain + payload)


def verify(public: bytes, domain: bytes, payload: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, domain + payload)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Certificate:
    office_code: str
    role: str
    scope: tuple[str, ...]
    devices: tuple[str, ...]
    office_public_key: bytes
    serial: str
    valid_from: str
    valid_until: str
    root_key_id: str

    def record(self) -> dict[str, Any]:
        return {
            "office_code": self.office_code,
            "role": self.role,
            "scope": list(self.scope),
            "devices": list(self.devices),
            "office_public_key": b64(self.office_public_key),
            "serial": self.serial,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "root_key_id": self.root_key_id,
        }

    @classmethod
    def from_record(cls, record: Any) -> Certificate:
        if not isinstance(record, dict) or set(record) != set(_CERT_FIELDS):
            raise ValueError("certificate fields")
        scope, devices = record["scope"], record["devices"]
        if not all(isinstance(x, str) for x in (*scope, *devices)):
            raise ValueError("certificate lists")
        if record["role"] not in ROLES:
            raise ValueError("certificate role")
        for name in ("office_code", "serial", "valid_from", "valid_until", "root_key_id"):
            if not isinstance(record[name], str):
                raise ValueError(name)
        date.fromisoformat(record["valid_from"])
        date.fromisoformat(record["valid_until"])
        return cls(
            office_code=record["office_code"],
            role=record["role"],
            scope=tuple(scope),
            devices=tuple(devices),
            office_public_key=unb64(record["office_public_key"]),
            serial=record["serial"],
            valid_from=record["valid_from"],
            valid_until=record["valid_until"],
            root_key_id=record["root_key_id"],
        )


_CERT_FIELDS = (
    "office_code",
    "role",
    "scope",
    "devices",
    "office_public_key",
    "serial",
    "valid_from",
    "valid_until",
    "root_key_id",
)


def certificate_envelope(cert: Certificate, root_private: bytes) -> dict[str, Any]:
    body = canonical.dumps(cert.record())
    return {"cert": cert.record(), "sig": b64(sign(root_private, CERT_DOMAIN, body))}


def issue(
    root_private: bytes,
    *,
    office_code: str,
    role: str,
    scope: list[str],
    devices: list[str],
    office_public_key: bytes,
    valid_from: date,
    years: int = 5,
) -> Certificate:
    check_years(years)
    return Certificate(
        office_code=office_code,
        role=role,
        scope=tuple(scope),
        devices=tuple(devices),
        office_public_key=office_public_key,
        serial=uuid.uuid4().hex,
        valid_from=valid_from.isoformat(),
        valid_until=(valid_from + timedelta(days=365 * years)).isoformat(),
        root_key_id=key_id(public_key(root_private)),
    )


def check_years(years: object) -> int:
    """The validity of a new certificate in whole years, from 1 to 10."""
    try:
        number = int(str(years).strip())
    except ValueError:
        number = 0
    if isinstance(years, bool) or number not in CERT_YEARS:
        raise InvalidInput(
            f"Thời hạn chứng thư '{years}' không hợp lệ: hãy nhập số năm nguyên từ "
            f"{CERT_YEARS[0]} đến {CERT_YEARS[-1]} (mặc định 5)."
        )
    return number


def open_certificate(
    envelope: Any, root_public: bytes, revoked: frozenset[str], today: date | None
) -> Certificate:
    """Check a certificate envelope against the root key; `today=None` skips the validity dates
    (for ops relayed by the province long after they were signed)."""
    try:
        if not isinstance(envelope, dict) or set(envelope) != {"cert", "sig"}:
            raise ValueError("envelope")
        cert = Certificate.from_record(envelope["cert"])
        signature = unb64(envelope["sig"])
    except (ValueError, KeyError, TypeError) as exc:
        raise Refused("Chứng thư của đơn vị gửi không đúng định dạng.") from exc
    body = canonical.dumps(cert.record())
    if cert.root_key_id != key_id(root_public) or not verify(
        root_public, CERT_DOMAIN, body, signature
    ):
        raise Refused(
            f"Chứng thư của đơn vị {cert.office_code} không do khóa gốc của tỉnh cấp "
            "(khóa lạ hoặc giả mạo)."
        )
    if cert.serial in revoked:
        raise Refused(f"Chứng thư của đơn vị {cert.office_code} đã bị tỉnh thu hồi.")
    if today is not None:
        if today.isoformat() < cert.valid_from:
            raise Refused(
                f"Chứng thư của đơn vị {cert.office_code} chưa có hiệu lực "
                f"(từ {_vn_date(cert.valid_from)})."
            )
        if today.isoformat() > cert.valid_until:
            raise Refused(
                f"Chứng thư của đơn vị {cert.office_code} đã hết hạn "
                f"({_vn_date(cert.valid_until)}); hãy xin tỉnh cấp chứng thư mới."
            )
    return cert


def crl_envelope(version: int, serials: list[str], root_private: bytes) -> dict[str, Any]:
    body = {"version": version, "revoked": sorted(set(serials))}
    return {"crl": body, "sig": b64(sign(root_private, CRL_DOMAIN, canonical.dumps(body)))}


def open_crl(envelope: Any, root_public: bytes) -> tuple[int, frozenset[str]]:
    try:
        body = envelope["crl"]
        version, revoked = body["version"], body["revoked"]
        if set(body) != {"version", "revoked"} or not isinstance(version, int):
            raise ValueError("crl")
        if not all(isinstance(serial, str) for serial in revoked):
            raise ValueError("crl serials")
        signature = unb64(envelope["sig"])
    except (ValueError, KeyError, TypeError) as exc:
        raise Refused("Danh sách thu hồi chứng thư không đúng định dạng.") from exc
    if not verify(root_public, CRL_DOMAIN, canonical.dumps(body), signature):
        raise Refused("Danh sách thu hồi chứng thư không có chữ ký hợp lệ của tỉnh.")
    return version, frozenset(revoked)


# -- files handed over on USB --------------------------------------------------------------
def root_file_bytes(root_private: bytes) -> bytes:
    record = {"kind": ROOT_FILE_KIND, "format": 1, "private_key": b64(root_private)}
    return json.dumps(record, indent=1).encode("utf-8")


def create_root_file(out: Path) -> str:
    """Make the province root key in the file `out` and return its key id. Needs no data file:
    the province makes it once on an offline PC; a data file trusts the root when it issues or
    installs a certificate made with it."""
    if out.is_dir() or out.name in ("", ".", ".."):
        raise InvalidInput(
            f"'{out}' là một thư mục, không phải tên tệp; hãy ghi tên tệp, ví dụ -o ROOT.key."
        )
    if out.exists():
        raise InvalidInput(f"Tệp {out} đã có; không ghi đè một khóa gốc. Hãy chọn tên tệp khác.")
    private = new_private_key()
    write_bytes_atomic(out, root_file_bytes(private))
    return key_id(public_key(private))


def read_root_file(path: Path) -> bytes:
    record = _read_json_file(path, "khóa gốc")
    try:
        if record.get("kind") != ROOT_FILE_KIND:
            raise ValueError("kind")
        private = unb64(record["private_key"])
        public_key(private)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(
            f"Tệp {path.name} không phải khóa gốc của tỉnh (tạo bằng 'ntm keys init-root')."
        ) from exc
    return private


def office_file_bytes(envelope: dict[str, Any], office_private: bytes, root_public: bytes) -> bytes:
    record = {
        "kind": OFFICE_FILE_KIND,
        "format": 1,
        "certificate": envelope,
        "office_private_key": b64(office_private),
        "root_public_key": b64(root_public),
    }
    return json.dumps(record, indent=1, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class OfficeFile:
    envelope: dict[str, Any]
    office_private: bytes
    root_public: bytes


def read_office_file(path: Path) -> OfficeFile:
    record = _read_json_file(path, "chứng thư")
    try:
        if record.get("kind") != OFFICE_FILE_KIND:
            raise ValueError("kind")
        result = OfficeFile(
            envelope=record["certificate"],
            office_private=unb64(record["office_private_key"]),
            root_public=unb64(record["root_public_key"]),
        )
        public_key(result.office_private)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(
            f"Tệp {path.name} không phải tệp chứng thư đơn vị (tạo bằng 'ntm keys issue')."
        ) from exc
    return result


def _read_json_file(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise InvalidInput(f"Không tìm thấy tệp {what} {path}.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"Tệp {path.name} không đọc được như một tệp {what}.") from exc


def _vn_date(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")
