"""The bundle file format: member names, limits and the manifest's fields, shared by the
writer and the reader so the two can never disagree."""

from __future__ import annotations

import re

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
