"""Evidence files, content-addressed under `<data folder>/evidence/<sha[:2]>/<sha>`."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from ntm_desktop.common import file_names
from ntm_desktop.common.files import fsync_dir, fsync_file, temporary_name
from ntm_desktop.storage import Database


def path_of(db: Database, digest: str) -> Path | None:
    if file_names.sha256_refusal(digest) is not None:
        return None
    return db.path.parent / "evidence" / digest[:2] / digest


def store(db: Database, digest: str, chunks: Iterable[bytes]) -> bool:
    """Write a file under its hash (temp, fsync, rename); False if the bytes do not match it.

    The bytes are always hashed; an existing file is not rewritten (its name is its hash).
    """
    target = path_of(db, digest)
    if target is None:
        return False
    if target.exists():
        hasher = hashlib.sha256()
        for chunk in chunks:
            hasher.update(chunk)
        return hasher.hexdigest() == digest
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temporary_name(target)
    try:
        if _write_hashed(temp, chunks) != digest:
            return False
        _publish(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return True


def store_piece(
    db: Database, digest: str, index: int, count: int, piece_sha256: str, chunks: Iterable[bytes]
) -> bool:
    """Keep one chunk of a big file; once every chunk is here, assemble and check the file.

    False if the chunk's bytes do not match their signed hash.
    """
    target = path_of(db, digest)
    if target is None:
        return False
    folder = db.path.parent / "evidence" / ".parts" / digest
    folder.mkdir(parents=True, exist_ok=True)
    piece = folder / f"{index:03d}_{count:03d}"
    temp = temporary_name(piece)
    try:
        if _write_hashed(temp, chunks) != piece_sha256:
            return False
        if not target.exists():
            os.replace(temp, piece)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    _assemble(target, folder, count)
    return True


def _write_hashed(temp: Path, chunks: Iterable[bytes]) -> str:
    """Write `chunks` to `temp`; the SHA-256 of what was written, in hex."""
    hasher = hashlib.sha256()
    with temp.open("wb") as handle:
        for chunk in chunks:
            hasher.update(chunk)
            handle.write(chunk)
    return hasher.hexdigest()


def _publish(temp: Path, target: Path) -> None:
    """Put the written and checked `temp` in place as `target`, durably."""
    fsync_file(temp)
    os.replace(temp, target)
    fsync_dir(target.parent)


def _assemble(target: Path, folder: Path, count: int) -> None:
    pieces = [folder / f"{index:03d}_{count:03d}" for index in range(1, count + 1)]
    if not target.exists() and all(piece.exists() for piece in pieces):
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = temporary_name(target)
        try:
            written = _write_hashed(temp, (piece.read_bytes() for piece in pieces))
            # Chunks of one file from different exports cannot mix: each was checked against
            # its signed hash, and the whole is checked against the file's own name.
            if written == target.name:
                _publish(temp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    if target.exists():
        for piece in folder.iterdir():
            piece.unlink()
        folder.rmdir()
