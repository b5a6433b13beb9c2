"""SQL for the inputs of recognition dossiers and the comments received during public posting."""

from __future__ import annotations

from collections import namedtuple
from datetime import date
from typing import Any

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table

# What an officer types into a dossier; dates are ISO text, lists one entry a line.
InputsRow = namedtuple(
    "InputsRow",
    "proposal_number proposal_date place parent_agency issuing_agency authority "
    "signer_title signer_name addressees distribution survey_issued survey_returned "
    "survey_satisfied meeting_date meeting_place meeting_chair meeting_secretary "
    "members_present votes_for construction_debt meeting_start meeting_end attendees "
    "front_representative posted_from posted_to",
)
CommentRow = namedtuple(
    "CommentRow",
    "id dossier_id received_on source content response deleted owner_code",
)
INPUTS = Table("dossier_inputs", InputsRow)
COMMENTS = Table("dossier_comments", CommentRow, convert={"received_on": date.fromisoformat})


def get_inputs(db: Database, dossier_id: str) -> dict[str, Any] | None:
    row = INPUTS.first(db, "id = ? AND deleted = 0", (dossier_id,))
    return None if row is None else row._asdict()


def exists(db: Database, dossier_id: str) -> bool:
    return INPUTS.deleted(db, dossier_id) is not None


def comments(db: Database, dossier_id: str) -> list[CommentRow]:
    return COMMENTS.where(
        db, "dossier_id = ? AND deleted = 0 ORDER BY received_on, id", (dossier_id,)
    )
