"""The feature areas' tables in the sync registry: what travels, and which office writes it.

Ownership (the `owner_code` each area writes) decides reach: a commune writes its own rows and
its villages'; a district, where listed in `below`, its communes' review fields; the province
its reference data (recognitions, OCOP ratings) and, for OCOP, the producers it registers.
Each table also names the unit its rows are about (`subject`), which the owner must be or lie
above: the rows of a village belong to its commune, the province's cover the whole tree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any

from ntm_desktop.checklist import assessments, group_scores, reviews
from ntm_desktop.common import file_names
from ntm_desktop.common.errors import InvalidInput, NotFound, NtmError
from ntm_desktop.common.numbers import parse_whole
from ntm_desktop.common.text import fold
from ntm_desktop.criteria import catalogs, indicator_values, tiers
from ntm_desktop.dossier import dossier_inputs
from ntm_desktop.evidence import attachments
from ntm_desktop.funding import funding
from ntm_desktop.ocop import ocop
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.sync.field_checks import (
    FLAG,
    YEAR,
    choice,
    entered,
    iso_date,
    iso_time,
    json_text,
    whole,
)
from ntm_desktop.sync.table_spec import (
    ALL_FIELDS,
    AfterChange,
    Derivation,
    Identity,
    RowLookup,
    Subject,
    SyncTable,
    ValueCheck,
    register,
    unit_column,
    via,
)
from ntm_desktop.targets import targets
from ntm_desktop.tasks import tasks
from ntm_desktop.units import groups, records, units
from ntm_desktop.units.records import stable_id
from ntm_desktop.village_plans import village_plans


def _rescore(db: Any, unit_year: Any) -> None:
    """Stored criterion results and scores follow the indicator values they come from."""
    unit_code, year = unit_year
    try:
        assessments.recompute(db, unit_code, year)
    except NtmError:
        # The criteria set has not arrived yet; the score is stored when the first edit or the
        # set's own bundle brings the unit's checklist up to date.
        return


# A unit-year's indicator values and its chosen set feed one checklist, stored once per import.
RESCORE = AfterChange(lambda db, row: (str(row["unit_code"]), int(row["year"])), _rescore)


def _rescore_ocop(db: Any, rating: Any) -> None:
    """A commune's OCOP indicator follows the ratings that reach it (criterion 13)."""
    product_id, decided_on = rating
    try:
        ocop.rescore(db, {"product_id": product_id, "decided_on": decided_on})
    except NtmError:
        return  # as in _rescore: the set has not arrived yet


RESCORE_OCOP = AfterChange(
    lambda db, row: (str(row["product_id"]), str(row["decided_on"])), _rescore_ocop
)


def _rescore_group(db: Any, unit_code: Any) -> None:
    """A commune's results under a set by group follow the group the province puts it in."""
    try:
        group_scores.rescore(db, str(unit_code))
    except NtmError:
        return  # as in _rescore: the set has not arrived yet


RESCORE_GROUP = AfterChange(lambda db, row: str(row["unit_code"]), _rescore_group)


def _unit_subject(row: Mapping[str, Any], lookup: RowLookup) -> str | None:
    """A unit row is about the unit it lies under (the root about itself); one known only by
    its code, its creating ops not arrived yet, about that code (placed by subjects.place)."""
    return str(row.get("parent_code") or row["code"])


def _unit_owner_refusal(db: Any, row: Mapping[str, Any], owner: str) -> str | None:
    """Every unit has the owner units.owner_for_new gives a new one: a village its commune,
    whose code it extends as units.add_village numbers them (so a village not arrived yet is
    placed by its code), any other unit the province at the root of its tree."""
    if "level" not in row:
        return None  # only later edits have arrived; the subject check placed it by its code
    code, parent_code, level = str(row["code"]), row.get("parent_code"), str(row["level"])
    if parent_code is None:
        expected = code  # the root of the tree, the province, owns itself
    else:
        found = unit_rows.get(db, str(parent_code))
        if found is None:
            return f"đơn vị cấp trên {parent_code} của đơn vị {code} chưa có trong tệp dữ liệu"
        parent = units.Unit._make(found)
        if level == "village" and parent.level != "commune":
            return f"thôn {code} phải trực thuộc một xã, không phải {parent.name} ({parent.code})"
        if level == "village" and code.rpartition(".")[0] != parent.code:
            return f"thôn của xã {parent.code} phải mang mã {parent.code}.NNN, không phải {code}"
        expected = units.owner_for_new(db, parent, level)
    if owner != expected:
        return f"đơn vị {code} do đơn vị {expected} quản lý, không phải đơn vị {owner}"
    return None


def _unit_office(db: Any, code: str) -> str:
    """Rows about a unit belong to its own office (a village's to its commune's)."""
    return records.owner_of(units.get(db, code))


def _province_office(db: Any, code: str) -> str:
    """Rows the province decides (recognitions, targets, ratings) belong to it."""
    return units.province_of(db, code).code


# The unit tree is the province's; a commune writes only the villages it owns (owner_code).
register(
    SyncTable(
        name="units",
        key="code",
        fields=frozenset(
            {"name", "kind", "level", "parent_code", "valid_from", "valid_to", "owner_code"}
        ),
        writers={"province": ALL_FIELDS, "commune": ALL_FIELDS},
        derived={"name_folded": lambda row: fold(str(row.get("name") or ""))},
        subject=_unit_subject,
        owner_rule=_unit_owner_refusal,
        checks={
            "level": choice(units.LEVELS),
            "kind": choice({kind for kinds in units.KINDS_BY_LEVEL.values() for kind in kinds}),
            "valid_from": iso_date,
            "valid_to": iso_date,
        },
    )
)
register(
    SyncTable(
        name="unit_links",
        key="id",
        fields=frozenset(
            {
                "successor",
                "predecessor",
                "predecessor_name",
                "predecessor_dataset",
                "kind",
                "date",
                "owner_code",
            }
        ),
        writers={"province": ALL_FIELDS},
        # A link is about the unit that continues; its predecessor may be of another dataset.
        subject=unit_column("successor"),
        checks={"kind": choice(units.LINK_KINDS), "date": iso_date},
        unit_owner=_province_office,
    )
)


def _keyed(make: Callable[..., str], *columns: str) -> Identity:
    """The key `make` gives from the row's `columns` (the domain's own id function)."""

    def identity(row: Mapping[str, Any]) -> str | None:
        values = [row.get(column) for column in columns]
        return None if None in values else make(*values)

    return identity


def _fields(*names: str) -> frozenset[str]:
    return frozenset(names)


def _table(
    name: str,
    writers: Mapping[str, frozenset[str] | str],
    subject: Subject | None,
    **options: Any,
) -> None:
    """Every column of the table but its `id` key travels (see SyncTable.fields); a table
    whose rows name a unit belongs to that unit's office unless `unit_owner` says otherwise."""
    if subject is not None:
        options.setdefault("unit_owner", _unit_office)
    register(SyncTable(name, "id", None, writers, subject=subject, **options))


OWN = {"commune": ALL_FIELDS, "district": ALL_FIELDS, "province": ALL_FIELDS}
COMMUNE = {"commune": ALL_FIELDS}
COMMUNE_OR_DISTRICT = {"commune": ALL_FIELDS, "district": ALL_FIELDS}
PROVINCE = {"province": ALL_FIELDS}
# The province's OCOP council registers producers and products in any commune.
OCOP_REGISTER = {"commune": ALL_FIELDS, "province": ALL_FIELDS}

UNIT = unit_column("unit_code")
# An evidence row names a file that is written to disk when someone opens it.
FILE_CHECKS = {
    "file_name": file_names.refusal,
    "sha256": file_names.sha256_refusal,
    "size": whole(),
    "added_at": iso_time,
    "removed": FLAG,
}
TIER = choice(tiers.TIERS)


def _indicator_value_refusal(db: Any, row: Mapping[str, Any]) -> str | None:
    """The value is one the indicator's own entry stores (indicator_values.parse): a number in
    range for a number, "có"/"không" for yes/no, text for text; and the indicator is in its set.
    A set not held yet cannot tell; the value's type was checked on reading all the same."""
    key, code = row.get("catalog_key"), row.get("indicator_code")
    if key is None or code is None:
        return None
    try:
        indicator = catalogs.indicator(db, str(key), str(code))
    except NotFound:
        return None
    if indicator is None:
        return f"bộ tiêu chí {key} không có chỉ tiêu {code}"
    return entered(partial(indicator_values.parse, indicator))(row.get("value"))


def _dong(label: str) -> Callable[[Any], int]:
    """Whole đồng as the funding entry stores them (million_to_dong's range)."""
    return lambda value: parse_whole(value, label)


def _plan_quantity(label: str) -> Callable[[Any], float]:
    return lambda value: village_plans.parse_quantity(value, label)


def _entries(parse: Callable[[str, Any], Any], names: Iterable[str]) -> dict[str, ValueCheck]:
    """Each field as `parse(name, value)`, the entry of a form of named fields, stores it (an
    entry's blank is not a stored value: clearing a field travels as null)."""

    def check(name: str, value: Any) -> Any:
        stored = parse(name, value)
        if stored is None:
            raise InvalidInput("thiếu giá trị")
        return stored

    return {name: entered(partial(check, name)) for name in names}


# A district records its communes' results too (the criteria-status sheet it keeps): the rows
# stay the commune's.
_table(
    "indicator_values",
    COMMUNE_OR_DISTRICT,
    UNIT,
    below=_fields("district"),
    after_change=RESCORE,
    identity=_keyed(assessments.value_id, "unit_code", "year", "catalog_key", "indicator_code"),
    checks={"year": YEAR, "officer_met": choice(assessments.MET_CHOICES)},
    row_check=_indicator_value_refusal,
)


def _judgment_part(index: int) -> Derivation:
    """One identity column of a criterion judgment, from its key (None if the key is not one)."""

    def part(row: Mapping[str, Any]) -> Any:
        found = assessments.judgment_identity(str(row["id"]))
        return None if found is None else found[index]

    return part


def _judgment_subject(row: Mapping[str, Any], lookup: RowLookup) -> str | None:
    """The unit its key names: ops carry no identity column, so a row not built yet (its set
    not held) is placed all the same."""
    found = assessments.judgment_identity(str(row["id"]))
    return None if found is None else found[0]


def _judgment_key(row: Mapping[str, Any]) -> str | None:
    """The key `assessments.judgment_id` gives the identity the key spells: a key with a leading
    zero or a stray character names a row no office writes."""
    found = assessments.judgment_identity(str(row["id"]))
    return None if found is None else assessments.judgment_id(*found)


def _judgment_refusal(db: Any, row: Mapping[str, Any]) -> str | None:
    """The key is a criterion judgment's identity, read as typed input: a year an entry takes,
    a criterion the set has (a set not held yet cannot tell)."""
    found = assessments.judgment_identity(str(row["id"]))
    if found is None:
        return (
            f"mã '{row['id']}' không có dạng mã đơn vị/năm/bộ tiêu chí/số tiêu chí "
            "(ví dụ 07354/2020/xa-ntm-2021-2025@1/3)"
        )
    _, year, key, number = found
    wrong_year = YEAR(year)
    if wrong_year is not None:
        return wrong_year
    try:
        numbers = catalogs.criterion_numbers(db, key)
    except NotFound:
        return None
    return None if number in numbers else f"bộ tiêu chí {key} không có tiêu chí số {number}"


# A criterion judged as a whole (the district's criteria-status sheet): the indicator values'
# writers, owners and rescore; only the judgment and its note travel, the identity is the key.
_table(
    "criterion_judgments",
    COMMUNE_OR_DISTRICT,
    _judgment_subject,
    below=_fields("district"),
    after_change=RESCORE,
    derived={
        column: _judgment_part(index)
        for index, column in enumerate(("unit_code", "year", "catalog_key", "criterion_no"))
    },
    identity=_judgment_key,
    checks={"officer_met": choice(assessments.MET_CHOICES)},
    row_check=_judgment_refusal,
)
# The version a unit-year is pinned to is written by its first edit, the district's too.
_table(
    "assessment_choices",
    COMMUNE_OR_DISTRICT,
    UNIT,
    below=_fields("district"),
    after_change=RESCORE,
    identity=_keyed(assessments.choice_id, "unit_code", "year"),
    checks={"year": YEAR, "tier": TIER},
)
_table(
    "evidence",
    COMMUNE_OR_DISTRICT,
    via("value_id", "indicator_values"),
    blob_fields=_fields("sha256"),
    checks=FILE_CHECKS,
)
_table(
    "recognitions",
    PROVINCE,
    UNIT,
    checks={
        "tier": TIER,
        "decision_date": iso_date,
        "withdrawn_on": iso_date,
        "deleted": FLAG,
    },
    unit_owner=_province_office,
)
_table(
    "targets",
    PROVINCE,
    UNIT,
    identity=_keyed(targets.target_id, "unit_code", "year"),
    checks={
        "year": YEAR,
        "deleted": FLAG,
        **_entries(targets.parse_value, targets.MEASURES),
    },
    unit_owner=_province_office,
)


def _commune_group_refusal(db: Any, row: Mapping[str, Any]) -> str | None:
    """A group is for a rural commune of the tree without districts, as its entry requires; a
    unit not held yet cannot tell (the subject check places it)."""
    code = row.get("unit_code")
    if code is None:
        return None
    try:
        groups.check_commune(db, str(code))
    except NotFound:
        return None
    except InvalidInput as error:
        return error.message.rstrip(".")
    return None


# The province decides which group (1, 2, 3) each of its communes is in, from a date.
_table(
    "commune_groups",
    PROVINCE,
    UNIT,
    identity=_keyed(groups.group_id, "unit_code", "valid_from"),
    checks={"group_no": choice(groups.GROUPS), "valid_from": iso_date, "deleted": FLAG},
    row_check=_commune_group_refusal,
    unit_owner=_province_office,
    after_change=RESCORE_GROUP,
)

_table(
    "dossier_inputs",
    COMMUNE_OR_DISTRICT,
    UNIT,
    identity=_keyed(dossier_inputs.dossier_id, "unit_code", "year", "tier"),
    checks={
        "year": YEAR,
        "tier": TIER,
        "deleted": FLAG,
        **_entries(dossier_inputs.normalise, dossier_inputs.LABELS),
    },
)
_table(
    "dossier_comments",
    COMMUNE_OR_DISTRICT,
    via("dossier_id", "dossier_inputs"),
    checks={"received_on": iso_date, "deleted": FLAG},
)


def _recogniser(db: Any, commune_code: str) -> str:
    """Who recognises a model village: the district above its commune, or the province where
    there is no district (from 1/7/2025)."""
    commune = units.get(db, commune_code)
    parent = None if commune.parent_code is None else units.get(db, commune.parent_code)
    return "district" if parent is not None and parent.level == "district" else "province"


def _plan_status_writers(db: Any, owner: str, status: Any) -> frozenset[str]:
    """The commune moves its village's plan up to the proposal; recognising it (or not) is the
    recogniser's decision, who may also send a proposal back to work (in_progress)."""
    recogniser = _recogniser(db, owner)
    if status in ("recognised", "not_recognised"):
        return frozenset({recogniser})
    if status == "in_progress":
        return frozenset({"commune", recogniser})
    return frozenset({"commune"})


def _recogniser_only(db: Any, owner: str, value: Any) -> frozenset[str]:
    return frozenset({_recogniser(db, owner)})


# The commune approves a village's plan; the district (the province where there is none)
# appraises and recognises it.
RECOGNISER_FIELDS = _fields("status", "recognition_decision", "recognition_date")
_table(
    "village_plans",
    {"commune": ALL_FIELDS, "district": RECOGNISER_FIELDS, "province": RECOGNISER_FIELDS},
    unit_column("village_code"),
    below=_fields("district", "province"),
    identity=_keyed(village_plans.plan_id, "village_code", "year"),
    checks={
        "year": YEAR,
        "status": choice(village_plans.STATUS_NAMES),
        "approval_date": iso_date,
        "recognition_date": iso_date,
    },
    value_writers={
        "status": _plan_status_writers,
        "recognition_decision": _recogniser_only,
        "recognition_date": _recogniser_only,
    },
)
_table(
    "village_plan_items",
    COMMUNE,
    via("plan_id", "village_plans"),
    checks={
        "ord": whole(1),
        "criterion_no": whole(1),
        "start_date": iso_date,
        "end_date": iso_date,
        "quantity": entered(_plan_quantity("Khối lượng")),
        "status": choice(village_plans.ITEM_STATUS_NAMES),
        "percent_done": entered(village_plans.parse_percent_done),
        "deleted": FLAG,
        **{
            source: entered(partial(village_plans.parse_dong, label=label))
            for source, label in village_plans.FUNDING_SOURCES.items()
        },
        **{kind: entered(_plan_quantity(label)) for kind, label in village_plans.IN_KIND.items()},
    },
)
_table(
    "plan_item_evidence",
    COMMUNE,
    via("item_id", "village_plan_items"),
    blob_fields=_fields("sha256"),
    checks={**FILE_CHECKS, "stage": choice(attachments.STAGES)},
)
_table(
    "funding_years",
    OWN,
    UNIT,
    identity=_keyed(lambda unit, year: stable_id("funding", unit, year), "unit_code", "year"),
    checks={
        "year": YEAR,
        "deleted": FLAG,
        **{f"{key}_dong": entered(_dong(label)) for key, label in funding.SOURCES.items()},
        **{
            key: entered(partial(parse_whole, what=label))
            for key, (label, _) in funding.IN_KIND.items()
        },
    },
)
_table(
    "funding_disbursements",
    OWN,
    UNIT,
    checks={
        "year": YEAR,
        "kind": choice(funding.KINDS),
        "as_of": iso_date,
        "allocated_dong": entered(_dong("Vốn được giao")),
        "disbursed_dong": entered(_dong("Vốn đã giải ngân")),
        "deleted": FLAG,
    },
)
# A task is its owner's (a district's or the province's); the units it lists only concern it.
_table(
    "plan_tasks",
    {"district": ALL_FIELDS, "province": ALL_FIELDS},
    None,
    checks={
        "year": YEAR,
        "no": whole(),
        "due_date": iso_date,
        "unit_codes": json_text(list, str),
        "status": choice(tasks.STATUSES),
        "closed_on": iso_date,
        "deleted": FLAG,
    },
    identity=_keyed(tasks.task_id, "owner_code", "year", "period", "no"),
)
_table(
    "ocop_producers",
    OCOP_REGISTER,
    unit_column("commune_code"),
    below=_fields("province"),
    checks={"kind": choice(ocop.PRODUCER_KINDS), "deleted": FLAG},
)
_table(
    "ocop_products",
    OCOP_REGISTER,
    via("producer_id", "ocop_producers"),
    below=_fields("province"),
    checks={"deleted": FLAG},
)
_table(
    "ocop_ratings",
    PROVINCE,
    via("product_id", "ocop_products"),
    after_change=RESCORE_OCOP,
    checks={"stars": choice(ocop.STARS), "decided_on": iso_date, "deleted": FLAG},
    unit_owner=_province_office,
)
# The district checks (thẩm tra) a commune's criteria results and the province appraises them
# (thẩm định): each review row's `stage` names the one of the two that writes it.
_table(
    "checklist_reviews",
    {"district": ALL_FIELDS, "province": ALL_FIELDS},
    UNIT,
    below=_fields("district", "province"),
    role_field="stage",
    identity=_keyed(reviews.review_id, "unit_code", "year", "stage"),
    checks={
        "year": YEAR,
        "stage": choice(reviews.STAGES),
        "status": choice(reviews.STATUSES),
        "remarks": json_text(dict, str),
        "review_date": iso_date,
    },
)
