"""The reporting board: per office, what has been received, what is missing, who is silent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync.summary import missing
from ntm_desktop.units import datasets
from ntm_desktop.units.units import subtree

STALE_AFTER = timedelta(days=30)
NEVER = "chưa từng gửi"
MISSING = "thiếu gói"
STALE = "quá hạn"
UP_TO_DATE = "đầy đủ"


@dataclass(frozen=True)
class BoardRow:
    office_code: str
    office_name: str
    level: str
    bundles: int
    last_seq: int | None
    last_created: str
    last_imported: str
    gaps: str
    status: str


def board(db: Database, *, now: datetime | None = None) -> list[BoardRow]:
    """Every district and commune under this office (all of them at the province)."""
    now = now or datetime.now(UTC)
    me = db.actor.office_code
    root = me if me is not None else None
    received = {row[0]: row for row in rows.imports_by_office(db)}
    certified = {office for office, _ in rows.certified_offices(db)}
    # Units of the installed tree (a 2020 tree lists its 2020 communes, though they ended in
    # 2025) and units current today; retired ones stay while they have a certificate or have
    # sent something.
    tree_date = datasets.reference_date(db)
    offices = [
        unit
        for unit in subtree(db, root)
        if unit.level in ("district", "commune")
        and unit.code != me
        and (
            unit.valid_on(tree_date)
            or unit.valid_on(now.date())
            or unit.code in received
            or unit.code in certified
        )
    ]
    gaps = _gaps(db, me)
    result = []
    for unit in offices:
        got = received.get(unit.code)
        missing = gaps.get(unit.code, [])
        if got is None:
            result.append(BoardRow(unit.code, unit.name, unit.level, 0, None, "", "", "", NEVER))
            continue
        _, created, imported, last_seq, count = got
        created_at = datetime.fromisoformat(created)
        status = MISSING if missing else STALE if now - created_at > STALE_AFTER else UP_TO_DATE
        result.append(
            BoardRow(
                unit.code,
                unit.name,
                unit.level,
                int(count),
                int(last_seq),
                format_date(created_at.date()),
                format_date(datetime.fromisoformat(imported).date()),
                "; ".join(missing),
                status,
            )
        )
    return result


def _gaps(db: Database, me: str | None) -> dict[str, list[str]]:
    if me is None:
        return {}
    found: dict[str, list[str]] = {}
    by_device = rows.received_seqs(db, me)
    devices_per_office: dict[str, int] = {}
    for office, _ in by_device:
        devices_per_office[office] = devices_per_office.get(office, 0) + 1
    for (office, device), seqs in sorted(by_device.items()):
        prefix = f"máy {device[:8]} " if devices_per_office[office] > 1 else ""
        found.setdefault(office, []).extend(f"{prefix}gói {seq}" for seq in missing(seqs))
    return found
