"""The bundle file format: member names, limits and the manifest's fields, shared by the
writer and the reader so the two can never disagree."""

from __future__ import annotations

import re
import struct

FORMAT = 1
# Bumped when the op record or the set of synced tables changes incompatibly.
SCHEMA_VERSION = 1
SUFFIX = ".vnsb"
# Every member carries this time, so the same content always makes the same bytes.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)

PART_LIMIT = 20 * 1024 * 1024
BLOB_LIMIT = 50 * 1024 * 1024
OPS_PER_FILE = 5000
MAX_MEMBERS = 10_000
MAX_RATIO = 100
SMALL_MEMBER_LIMIT = 4 * 1024 * 1024
OPS_MEMBER_LIMIT = 64 * 1024 * 1024
TOTAL_LIMIT = 2 * PART_LIMIT + 64 * 1024 * 1024
# Counters in a bundle (op numbers, bundle numbers, parts, `known`): exact in any JSON reader.
MAX_COUNTER = 2**53

MEMBER_NAME = re.compile(
    r"(manifest\.json|manifest\.sig|cert\.json|cert\.sig|crl\.json"
    r"|certs/[0-9a-f]{32}\.json|catalogs/[0-9a-f]{64}\.json|ops/[0-9]{6}\.jsonl"
    r"|blobs/[0-9a-f]{64}|blobparts/[0-9a-f]{64}_[0-9]{3}_[0-9]{3})"
)
SIGNED_SEPARATELY = ("manifest.json", "manifest.sig")

MANIFEST_KEYS = frozenset(
    {
        "format",
        "schema_version",
        "app_version",
        "bundle_id",
        "export_id",
        "part",
        "sender",
        "to",
        "device_seq",
        "full",
        "created_at",
        "op_range",
        "known",
        "members",
    }
)
SENDER_KEYS = frozenset({"office_code", "device_id", "key_id", "serial"})
OP_KEYS = frozenset(
    {
        "op",
        "hlc",
        "wall",
        "table",
        "row",
        "field",
        "value",
        "old",
        "base",
        "bases",
        "user",
        "office",
        "owner",
    }
)


# The ZIP records of a bundle, byte for byte: stored members at FIXED_TIME, no flags, no
# comments, no extra field but ZIP64 sizes. The writer makes them, the reader rebuilds them to
# check every byte of the container (zipfile wrote the older bundles: version 45 with ZIP64
# sizes for evidence, and create system 0 on Windows).
_DOS_DATE = (1 << 5) | 1  # 1980-01-01, FIXED_TIME; its time of day is 0
MADE_ON_UNIX = 3
FILE_MODE = 0o600 << 16


def local_header(name: str, crc: int, size: int, *, zip64: bool = False) -> bytes:
    encoded = name.encode("ascii")
    extra = struct.pack("<HHQQ", 1, 16, size, size) if zip64 else b""
    stored = 0xFFFFFFFF if zip64 else size
    version = 45 if zip64 else 20
    fixed = struct.pack(
        "<4s2B4HL2L2H", b"PK\003\004", version, 0, 0, 0, 0, _DOS_DATE, crc,
        stored, stored, len(encoded), len(extra),
    )  # fmt: skip
    return fixed + encoded + extra


def central_entry(
    name: str,
    crc: int,
    size: int,
    offset: int,
    *,
    version: int = 20,
    system: int = MADE_ON_UNIX,
    mode: int = FILE_MODE,
) -> bytes:
    encoded = name.encode("ascii")
    fixed = struct.pack(
        "<4s4B4HL2L5H2L", b"PK\001\002", version, system, version, 0, 0, 0, 0, _DOS_DATE,
        crc, size, size, len(encoded), 0, 0, 0, 0, mode, offset,
    )  # fmt: skip
    return fixed + encoded


def end_record(count: int, directory_size: int, directory_offset: int) -> bytes:
    return struct.pack(
        "<4s4H2LH", b"PK\005\006", 0, 0, count, count, directory_size, directory_offset, 0
    )
