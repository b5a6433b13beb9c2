"""The feature areas' tables in the sync registry: what travels, and which office writes it.

Ownership (the `owner_code` each area writes) decides reach: a commune writes its own rows and
its villages'; a district, where listed in `below`, its communes' review fields; the province
its reference data (recognitions, OCOP ratings) and, for OCOP, the producers it registers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ntm_desktop.errors import NtmError
from ntm_desktop.sync.tables import ALL_FIELDS, SyncTable, register


def _rescore(db: Any, row: Mapping[str, Any]) -> None:
    """Stored criterion results and scores follow the indicator values they come from."""
    from ntm_desktop import assessments

    try:
        assessments.recompute(db, str(row["unit_code"]), int(row["year"]))
    except NtmError:
        # The criteria set has not arrived yet; the score is stored when the first edit or the
        # set's own bundle brings the unit's checklist up to date.
        return


def _fields(*names: str) -> frozenset[str]:
    return frozenset(names)


OWN = {"commune": ALL_FIELDS, "district": ALL_FIELDS, "province": ALL_FIELDS}
COMMUNE = {"commune": ALL_FIELDS}
PROVINCE = {"province": ALL_FIELDS}

register(
    SyncTable(
        "indicator_values",
        "id",
        _fields(
            "unit_code",
            "year",
            "catalog_key",
            "indicator_code",
            "value",
            "officer_met",
            "note",
            "agency",
            "owner_code",
        ),
        {"commune": ALL_FIELDS, "district": ALL_FIELDS},
        after_change=_rescore,
    )
)
register(
    SyncTable(
        "assessment_choices",
        "id",
        _fields("unit_code", "year", "tier", "catalog_key", "owner_code"),
        {"commune": ALL_FIELDS, "district": ALL_FIELDS},
        after_change=_rescore,
    )
)
register(
    SyncTable(
        "evidence",
        "id",
        _fields("value_id", "sha256", "file_name", "size", "added_at", "removed", "owner_code"),
        {"commune": ALL_FIELDS, "district": ALL_FIELDS},
        blob_fields=_fields("sha256"),
    )
)
register(
    SyncTable(
        "recognitions",
        "id",
        _fields(
            "unit_code",
            "tier",
            "decision_no",
            "decision_date",
            "withdrawn_on",
            "withdrawal_reason",
            "deleted",
            "owner_code",
        ),
        PROVINCE,
    )
)
register(
    SyncTable(
        "dossier_inputs",
        "id",
        _fields(
            "unit_code",
            "year",
            "tier",
            "proposal_number",
            "proposal_date",
            "place",
            "parent_agency",
            "issuing_agency",
            "authority",
            "signer_title",
            "signer_name",
            "addressees",
            "distribution",
            "survey_issued",
            "survey_returned",
            "survey_satisfied",
            "meeting_date",
            "meeting_place",
            "meeting_chair",
            "meeting_secretary",
            "members_present",
            "votes_for",
            "construction_debt",
            "deleted",
            "owner_code",
        ),
        {"commune": ALL_FIELDS, "district": ALL_FIELDS},
    )
)
register(
    SyncTable(
        "dossier_comments",
        "id",
        _fields(
            "dossier_id", "received_on", "source", "content", "response", "deleted", "owner_code"
        ),
        {"commune": ALL_FIELDS, "district": ALL_FIELDS},
    )
)
# The commune approves a village's plan; the district appraises and recognises it.
register(
    SyncTable(
        "village_plans",
        "id",
        _fields(
            "village_code",
            "year",
            "status",
            "approval_decision",
            "approval_date",
            "recognition_decision",
            "recognition_date",
            "owner_code",
        ),
        {
            "commune": ALL_FIELDS,
            "district": _fields("status", "recognition_decision", "recognition_date"),
        },
        below=_fields("district"),
    )
)
register(
    SyncTable(
        "village_plan_items",
        "id",
        _fields(
            "plan_id",
            "ord",
            "work",
            "criterion_no",
            "lead",
            "start_date",
            "end_date",
            "quantity",
            "unit",
            "status",
            "percent_done",
            "state_support",
            "local_budget",
            "enterprise",
            "residents_cash",
            "land_m2",
            "workdays",
            "walls_m2",
            "deleted",
            "owner_code",
        ),
        COMMUNE,
    )
)
register(
    SyncTable(
        "plan_item_evidence",
        "id",
        _fields(
            "item_id", "stage", "sha256", "file_name", "size", "added_at", "removed", "owner_code"
        ),
        COMMUNE,
        blob_fields=_fields("sha256"),
    )
)
register(
    SyncTable(
        "funding_years",
        "id",
        _fields(
            "unit_code",
            "year",
            "central_dong",
            "province_dong",
            "district_dong",
            "commune_dong",
            "integrated_dong",
            "enterprise_dong",
            "community_dong",
            "land_m2",
            "workdays",
            "walls_m2",
            "note",
            "owner_code",
            "deleted",
        ),
        OWN,
    )
)
register(
    SyncTable(
        "funding_disbursements",
        "id",
        _fields(
            "unit_code",
            "year",
            "kind",
            "as_of",
            "allocated_dong",
            "disbursed_dong",
            "over_reason",
            "owner_code",
            "deleted",
        ),
        OWN,
    )
)
register(
    SyncTable(
        "plan_tasks",
        "id",
        _fields(
            "year",
            "period",
            "no",
            "title",
            "lead",
            "cooperating",
            "deadline_text",
            "due_date",
            "unit_codes",
            "status",
            "closing_report",
            "closed_on",
            "owner_code",
            "deleted",
        ),
        {"district": ALL_FIELDS, "province": ALL_FIELDS},
    )
)
# The province's OCOP council registers producers and products in any commune.
register(
    SyncTable(
        "ocop_producers",
        "id",
        _fields("name", "kind", "commune_code", "owner_code", "deleted"),
        {"commune": ALL_FIELDS, "province": ALL_FIELDS},
        below=_fields("province"),
    )
)
register(
    SyncTable(
        "ocop_products",
        "id",
        _fields("name", "producer_id", "owner_code", "deleted"),
        {"commune": ALL_FIELDS, "province": ALL_FIELDS},
        below=_fields("province"),
    )
)
register(
    SyncTable(
        "ocop_ratings",
        "id",
        _fields("product_id", "stars", "decision", "decided_on", "owner_code", "deleted"),
        PROVINCE,
    )
)
register(
    SyncTable(
        "targets",
        "id",
        _fields(
            "unit_code",
            "year",
            "standard",
            "advanced",
            "model",
            "ntm_villages",
            "model_villages",
            "avg_criteria",
            "below10",
            "deleted",
            "owner_code",
        ),
        PROVINCE,
    )
)
