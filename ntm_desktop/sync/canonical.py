"""Canonical JSON for signed records: UTF-8, sorted keys, no spaces, no floats.

Two encoders that differ on whitespace or key order would produce different bytes for the same
record, and a float can print differently across versions, so signed records avoid both.
"""

from __future__ import annotations

import json
from typing import Any


def _check(value: Any) -> None:
    if isinstance(value, float):
        raise ValueError("floats are not allowed in a signed record")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("keys of a signed record must be text")
            _check(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _check(item)


def dumps(value: Any) -> bytes:
    _check(value)
    return _encode(value)


def _encode(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def loads(data: bytes) -> Any:
    """Parse a record and insist it was written canonically (so its signature is unambiguous)."""
    value = _DECODER.decode(data.decode("utf-8"))
    # What JSON parses has text keys only, and its floats were refused: nothing for _check.
    if _encode(value) != data:
        raise ValueError("record is not in canonical form")
    return value


def _refuse_float(text: str) -> Any:
    raise ValueError("floats are not allowed in a signed record")


# One decoder: json.loads with an option builds a new one per call.
_DECODER = json.JSONDecoder(parse_float=_refuse_float)
