"""Names of evidence files: what a row may hold, and the name a copy on disk is given.

An evidence row's `file_name` arrives from other offices' bundles and from data files copied
between laptops, so it is untrusted: it must never steer where a file is written. A name is one
plain file name, valid on Windows (where most offices work) and free of control characters.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 200
FALLBACK = "tep-minh-chung"

_SHA256 = re.compile(r"[0-9a-f]{64}")
# Windows opens a device, not a file, under these names, whatever the extension.
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])", re.I)
_FORBIDDEN = frozenset('<>:"/\\|?*')


def refusal(name: object) -> str | None:
    """Why `name` cannot be an evidence file's name (in Vietnamese), or None if it can."""
    if not isinstance(name, str) or not name.strip():
        return "tên tệp trống"
    if len(name) > MAX_LENGTH:
        return f"tên tệp dài quá {MAX_LENGTH} ký tự"
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs") for char in name):
        return f"tên tệp '{_printable(name)}' có ký tự điều khiển"
    if any(char in _FORBIDDEN for char in name):
        return f"tên tệp '{name}' có đường dẫn hoặc ký tự không được dùng (< > : \" / \\ | ? *)"
    if name in (".", "..") or name.endswith((".", " ")):
        return f"tên tệp '{name}' kết thúc bằng dấu chấm hoặc dấu cách"
    if _RESERVED.fullmatch(name.split(".")[0].strip()):
        return f"tên tệp '{name}' là tên thiết bị dành riêng của Windows"
    return None


def safe(name: object) -> str:
    """A name the app may write under: `name` itself when it is acceptable, else a cleaned one.

    Used for rows already in a data file (written before names were checked, or by hand).
    """
    if refusal(name) is None:
        return str(name)
    text = str(name) if isinstance(name, str) else ""
    # Keep only the last path component, as a person would read the name.
    text = re.split(r"[\\/]", text)[-1]
    text = "".join(
        "_" if char in _FORBIDDEN or unicodedata.category(char) in ("Cc", "Cf", "Cs") else char
        for char in text
    )
    text = text[:MAX_LENGTH].rstrip(". ").strip()
    stem = text.split(".")[0].strip()
    if _RESERVED.fullmatch(stem):
        text = f"_{text}"
    return text if refusal(text) is None else FALLBACK


def sha256_refusal(value: object) -> str | None:
    if isinstance(value, str) and _SHA256.fullmatch(value):
        return None
    return f"mã tệp '{_printable(str(value))[:80]}' không phải mã SHA-256"


def _printable(text: str) -> str:
    return "".join(char if char.isprintable() else "?" for char in text)
