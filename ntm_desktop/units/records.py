"""What funding, task and OCOP records share: stable ids, the office that owns a unit's rows,
and the level of the office that keeps the data file."""

from __future__ import annotations

import uuid

from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as sync_rows
from ntm_desktop.units import units

# Deterministic ids (uuid5) let two laptops of one office, or an import run twice, land on the
# same row instead of creating a duplicate that sync would then have to reconcile.
NAMESPACE = uuid.UUID("8dca80d4-8cae-49a4-9c61-d225ff72900e")


def stable_id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def new_id() -> str:
    return str(uuid.uuid4())


def owner_of(unit: units.Unit) -> str:
    """A village's records belong to its commune's office; any other unit owns its own."""
    if unit.level == "village" and unit.parent_code:
        return unit.parent_code
    return unit.code


def default_owner(db: Database) -> str:
    """The office of this data file, or the province at the root of its tree."""
    if db.actor.office_code:
        return db.actor.office_code
    return units.children(db, None)[0].code


def office_role(db: Database) -> str | None:
    """This data file's office level: its certificate's role, else its office unit's level."""
    role = sync_rows.certificate_role(db)
    if role is not None:
        return role
    code = db.actor.office_code
    if not code:
        return None
    found = [unit for unit in units.path(db, code) if unit.code == code]
    return found[0].level if found else None
