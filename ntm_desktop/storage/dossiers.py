"""SQL for the inputs of recognition dossiers and the comments received during public posting."""

from __future__ import annotations

from typing import Any, NamedTuple

from ntm_desktop.storage.database import Database
from ntm_desktop.storage.table import Table


class InputsRow(NamedTuple):
    """What an officer types into a dossier; dates are ISO text, lists one entry a line."""

    proposal_number: str | None
    proposal_date: str | None
    place: str | None
    parent_agency: str | None
    issuing_agency: str | None
    authority: str | None
    signer_title: str | None
    signer_name: str | None
    addressees: str | None
    distribution: str | None
    survey_issued: int | None
    survey_returned: int | None
    survey_satisfied: int | None
    meeting_date: str | None
    meeting_place: str | None
    meeting_chair: str | None
    meeting_secretary: str | None
    members_present: int | None
    votes_for: int | None
    construction_debt: int | None


class CommentRow(NamedTuple):
    id: str
    dossier_id: str
    received_on: str | None
    source: str
    content: str
    response: str | None
    deleted: int
    owner_code: str


INPUTS = Table("dossier_inputs", InputsRow)
COMMENTS = Table("dossier_comments", CommentRow)


def get_inputs(db: Database, dossier_id: str) -> dict[str, Any] | None:
    row = INPUTS.first(db, "id = ? AND deleted = 0", (dossier_id,))
    return None if row is None else row._asdict()


def exists(db: Database, dossier_id: str) -> bool:
    return INPUTS.deleted(db, dossier_id) is not None


def comments(db: Database, dossier_id: str) -> list[CommentRow]:
    return COMMENTS.where(
        db, "dossier_id = ? AND deleted = 0 ORDER BY received_on, id", (dossier_id,)
    )
