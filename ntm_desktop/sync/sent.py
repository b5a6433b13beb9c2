"""The device id a data file issues ops under, checked when it opens: that it names the office,
and that it was not already used for what this folder has sent.

What this data folder has sent: per device id, the highest op counter it had when it exported.

An op id (device, counter) must name one change on every replica. A data file copied back over
its own path (an older copy from a USB stick) keeps its device id, its place and its lower
counter, so its next edits would reuse op ids the office already sent for other changes, and
every receiver would keep the first one it got: the province one value, the office another, no
conflict. The record lives beside the data file, not in it, so it survives the copy: a file
whose counter is below what its device already sent is given a new device id when it opens,
and what it does from then on meets what was sent as ordinary concurrent edits (a conflict
where they differ).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from ntm_desktop.common.errors import DataFileError
from ntm_desktop.common.files import write_bytes_atomic
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.storage.database import office_named_by

FOLDER = "sync"
LEDGER = "da-gui.json"


def sync_dir(db: Database) -> Path:
    """The folder beside the data file that holds its inbox, quarantine and this record."""
    return db.path.parent / FOLDER


def _read(db: Database) -> dict[str, int]:
    try:
        found = json.loads((sync_dir(db) / LEDGER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: nothing known to have been sent
    if not isinstance(found, dict):
        return {}
    return {str(key): value for key, value in found.items() if isinstance(value, int)}


def record(db: Database) -> None:
    """After an export: every op id of this device up to its counter has left the file."""
    sent = _read(db)
    device = db.actor.device_id
    counter = int(db.get_meta("device_counter") or 0)
    if sent.get(device, 0) >= counter:
        return
    sent[device] = counter
    text = json.dumps(sent, sort_keys=True, indent=0)
    # The bundle is written: an unwritable folder only loses this guard, not the export.
    with contextlib.suppress(OSError, DataFileError):
        write_bytes_atomic(sync_dir(db) / LEDGER, text.encode("utf-8"))


def name_the_office(db: Database) -> None:
    """At open: a certified file whose device id names no office (given by an earlier version)
    gets one that does, unless its certificate lists the id: receivers take ops under a bare id
    only from the office they first saw using it."""
    listed = rows.certificate_devices(db)
    device = db.actor.device_id
    if listed is None or device in listed or office_named_by(device) is not None:
        return
    db.renew_device()


def renew_if_copied_back(db: Database) -> None:
    """At open: give the file a new device id if its device already sent op ids above its
    counter (the file is an older copy put back)."""
    if _read(db).get(db.actor.device_id, 0) > int(db.get_meta("device_counter") or 0):
        db.renew_device()
