"""Bundles opened (double-clicked) while the app already runs on the same data file.

A second copy of the app cannot open the data file (one window per file), so it leaves the
bundles' paths in a folder beside the data file and exits; the running window watches that
folder and imports them. A folder rather than a socket: a request left while the window is busy
is still there when it looks, and nothing listens on the machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from ntm_desktop.common.files import write_bytes_atomic


def folder(data_file: Path) -> Path:
    return data_file.parent / "sync" / "open-requests"


def leave(data_file: Path, bundles: list[Path]) -> Path:
    """Ask the window on `data_file` to import `bundles`; returns the request file."""
    request = folder(data_file) / f"{time.time_ns()}-{os.getpid()}.json"
    paths = [str(path.resolve()) for path in bundles]
    write_bytes_atomic(request, json.dumps(paths, ensure_ascii=False).encode("utf-8"))
    return request


def take(data_file: Path) -> list[Path]:
    """The bundles asked for since the last call, oldest request first; the requests are gone.

    A request that is not a list of paths is dropped: it names nothing to import.
    """
    try:
        requests = sorted(folder(data_file).glob("[0-9]*.json"))
    except OSError:
        return []
    bundles: list[Path] = []
    for request in requests:
        try:
            text = request.read_text(encoding="utf-8")
        except OSError:
            continue  # held by another program (an antivirus scan): read it next time
        try:
            paths = json.loads(text)
        except ValueError:
            paths = []
        with contextlib.suppress(OSError):
            request.unlink()
        if isinstance(paths, list):
            bundles += [Path(path) for path in paths if isinstance(path, str)]
    return bundles
