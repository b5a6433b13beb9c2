"""Evidence files, content-addressed under `<data folder>/evidence/<sha[:2]>/<sha>`."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from ntm_desktop.files import fsync_dir, fsync_file
from ntm_desktop.storage import Database

_SHA256 = re.compile(r"[0-9a-f]{64}")


def path_of(db: Database, digest: str) -> Path | None:
    if not _SHA256.fullmatch(digest):
        return None
    return db.path.parent / "evidence" / digest[:2] / digest


def store(db: Database, digest: str, chunks: Iterable[bytes]) -> bool:
    """Write a file under its hash (temp, fsync, rename); False if the bytes do not match it.

    The bytes are always hashed; an existing file is not rewritten (its name is its hash).
    """
    target = path_of(db, digest)
    if target is None:
        return False
    hasher = hashlib.sha256()
    if target.exists():
        for chunk in chunks:
            hasher.update(chunk)
        return hasher.hexdigest() == digest
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{digest}.{os.getpid()}.tmp")
    try:
        with temp.open("wb") as handle:
            for chunk in chunks:
                hasher.update(chunk)
                handle.write(chunk)
        if hasher.hexdigest() != digest:
            return False
        fsync_file(temp)
        os.replace(temp, target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return True
