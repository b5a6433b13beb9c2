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


def _table(name: str, writers: Mapping[str, frozenset[str] | str], **options: Any) -> None:
    """Every column of the table but its `id` key travels (see SyncTable.fields)."""
    register(SyncTable(name, "id", None, writers, **options))


OWN = {"commune": ALL_FIELDS, "district": ALL_FIELDS, "province": ALL_FIELDS}
COMMUNE = {"commune": ALL_FIELDS}
COMMUNE_OR_DISTRICT = {"commune": ALL_FIELDS, "district": ALL_FIELDS}
PROVINCE = {"province": ALL_FIELDS}
# The province's OCOP council registers producers and products in any commune.
OCOP_REGISTER = {"commune": ALL_FIELDS, "province": ALL_FIELDS}

_table("indicator_values", COMMUNE_OR_DISTRICT, after_change=_rescore)
_table("assessment_choices", COMMUNE_OR_DISTRICT, after_change=_rescore)
_table("evidence", COMMUNE_OR_DISTRICT, blob_fields=_fields("sha256"))
_table("recognitions", PROVINCE)
_table("targets", PROVINCE)
_table("dossier_inputs", COMMUNE_OR_DISTRICT)
_table("dossier_comments", COMMUNE_OR_DISTRICT)
# The commune approves a village's plan; the district appraises and recognises it.
_table(
    "village_plans",
    {
        "commune": ALL_FIELDS,
        "district": _fields("status", "recognition_decision", "recognition_date"),
    },
    below=_fields("district"),
)
_table("village_plan_items", COMMUNE)
_table("plan_item_evidence", COMMUNE, blob_fields=_fields("sha256"))
_table("funding_years", OWN)
_table("funding_disbursements", OWN)
_table("plan_tasks", {"district": ALL_FIELDS, "province": ALL_FIELDS})
_table("ocop_producers", OCOP_REGISTER, below=_fields("province"))
_table("ocop_products", OCOP_REGISTER, below=_fields("province"))
_table("ocop_ratings", PROVINCE)
# The district checks (thẩm tra) a commune's criteria results and the province appraises them
# (thẩm định): each review row's `stage` names the one of the two that writes it.
_table(
    "checklist_reviews",
    {"district": ALL_FIELDS, "province": ALL_FIELDS},
    below=_fields("district", "province"),
    role_field="stage",
)
