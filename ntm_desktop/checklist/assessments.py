"""A unit's yearly checklist against one criteria set: values, judgments, rule results, score.

Which set applies is the set for the unit's level and the tier it works towards (standard unless
the officer chooses otherwise for that year); wards and towns, urban, have no commune set. The
first edit of a unit-year pins the set's version it was made against in a tracked, synced
`assessment_choices` row, so importing a newer version never changes an assessment already begun;
only `version_move.move` takes it to the new version (a unit-year without data follows the newest
version). Every edit is a tracked change
and the criterion results and score are stored again in the same transaction, so reports read
them instead of re-evaluating every indicator. A commune's OCOP indicator (criterion 13) is
decided by its rated products at the end of the year, so a rating write stores them again too.

A sheet that records criteria, not indicators (a district's criteria-status sheet), judges a
criterion as a whole: one synced `criterion_judgments` row per unit-year, set version and
criterion, keyed by that identity written out (`judgment_id`). Each indicator of the criterion
without a judgment of its own takes it, and its note when it has none; an indicator's own
judgment, even "unknown", wins (it is the more specific), so two offices judging both at once
show the same everywhere. Judging a criterion clears the differing own judgments of its
indicators, so the latest judgment shows where it is made.

Some indicators cannot be met whatever is entered (`IndicatorRow.blocked`): under a set by commune
group, every indicator of a commune without a group ("Xã chưa được xếp nhóm": no target applies,
nothing is checked); the placeholder of a criterion whose indicators the set still lacks.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ntm_desktop.checklist import ocop_criterion
from ntm_desktop.common import file_names
from ntm_desktop.common.dates import check_year, parse_date
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.text import format_date
from ntm_desktop.criteria import catalogs, indicator_values
from ntm_desktop.criteria.catalogs import Catalog, CatalogInfo, Criterion, Indicator
from ntm_desktop.criteria.indicator_values import Value
from ntm_desktop.criteria.tiers import TIER_NAMES, TIERS
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import INDICATOR_VALUES, Evidence
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import assessments as rows
from ntm_desktop.units import groups, units

# Fixed forever: the ids derived from it must agree on every laptop.
ID_NAMESPACE = uuid.UUID("6f1c1a52-3d0e-5b7a-9c44-2b8e0d7a61c3")
MET_CHOICES = ("yes", "no", "unknown")
DEFAULT_TIER = "standard"
EDITABLE = ("value", "officer_met", "note", "agency")
_UNSET: Any = object()  # "value not given", as None means "clear the value"


def owner_of(unit: units.Unit) -> str:
    """The office that owns a unit's assessment: a village's is its commune's."""
    if unit.level == "village" and unit.parent_code:
        return unit.parent_code
    return unit.code


# Every checklist build names its 49 rows' ids, twice per edit; uuid5 costs ~20 µs each.
@functools.lru_cache(maxsize=1 << 16)
def value_id(unit_code: str, year: int, catalog_key: str, indicator_code: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{unit_code}/{year}/{catalog_key}/{indicator_code}"))


def choice_id(unit_code: str, year: int) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"choice/{unit_code}/{year}"))


def judgment_id(unit_code: str, year: int, catalog_key: str, criterion_no: int) -> str:
    """A criterion judgment's key: its identity, readable ("07354/2020/xa-ntm-2021-2025@1/3"),
    from which a receiver derives the identity columns instead of receiving them as ops."""
    return f"{unit_code}/{year}/{catalog_key}/{criterion_no}"


_JUDGMENT_KEY = re.compile(r"([^/]+)/([0-9]{1,9})/([^/]+)/([0-9]{1,9})")


def judgment_identity(key: str) -> tuple[str, int, str, int] | None:
    """(unit code, year, set key, criterion number) of a key shaped as `judgment_id` writes
    them; None for any other text. A key in that shape may still not be the one `judgment_id`
    gives (a leading zero): the sync check compares them."""
    match = _JUDGMENT_KEY.fullmatch(key)
    if match is None:
        return None
    unit_code, year, catalog_key, number = match.groups()
    return unit_code, int(year), catalog_key, int(number)


@dataclass(frozen=True)
class Choice:
    tier: str
    catalog: CatalogInfo
    overridden: bool  # a tier other than the lowest one with a set (the officer chose it)
    pinned: bool  # stored: the unit-year stays on this version until moved


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    value_id: str
    value: Value
    officer_met: str
    computed: bool | None
    note: str | None
    agency: str | None
    evidence_count: int
    # Why `computed` is what it is when it comes from other records than the value (OCOP).
    basis: str | None = None
    # The target that applies to this unit (its commune group's in a set by group).
    target: Any = None
    # Why the indicator cannot be met now, whatever is entered (see the module's docstring).
    blocked: str | None = None
    # The judgment is its criterion's (the indicator has none of its own); so is the note,
    # when the indicator has none of its own either.
    judged_by_criterion: bool = False

    @property
    def met(self) -> str:
        """The officer's judgment when given, else the rule's result, else unknown; never
        'yes' while blocked."""
        if self.blocked is not None:
            return "unknown"
        if self.officer_met != "unknown":
            return self.officer_met
        if self.computed is not None:
            return "yes" if self.computed else "no"
        return "unknown"

    @property
    def decided_by(self) -> str:
        return "rule" if self.officer_met == "unknown" and self.computed is not None else "officer"

    @property
    def disagrees(self) -> bool:
        return (
            self.computed is not None
            and self.officer_met != "unknown"
            and (self.officer_met == "yes") != self.computed
        )


@dataclass(frozen=True)
class CriterionRow:
    criterion: Criterion
    indicators: tuple[IndicatorRow, ...]

    @property
    def met(self) -> bool:
        return all(row.met == "yes" for row in self.indicators)


@dataclass(frozen=True)
class Checklist:
    unit: units.Unit
    year: int
    choice: Choice
    criteria: tuple[CriterionRow, ...]
    group: int | None = None

    @property
    def ungrouped(self) -> bool:
        """The set is by commune group and this unit has none: nothing is checked."""
        return self.choice.catalog.commune_groups and self.group is None

    @property
    def score(self) -> tuple[int, int]:
        return sum(row.met for row in self.criteria), len(self.criteria)

    @property
    def rows(self) -> tuple[IndicatorRow, ...]:
        return tuple(row for criterion in self.criteria for row in criterion.indicators)

    def row(self, indicator_code: str) -> IndicatorRow:
        for row in self.rows:
            if row.indicator.code == indicator_code:
                return row
        raise NotFound(
            f"Bộ tiêu chí {self.choice.catalog.id} không có chỉ tiêu mã {indicator_code}. "
            "Xem danh sách bằng lệnh 'ntm checklist show'."
        )


@dataclass(frozen=True)
class Missing:
    """What the unit still lacks for the tier it works towards, and the set after that."""

    tier: str
    catalog: CatalogInfo
    unmet: tuple[tuple[Criterion, tuple[IndicatorRow, ...]], ...]
    next_tier: str | None
    next_catalog: CatalogInfo | None


# -- the criteria set --------------------------------------------------------------------------
def _check_in_force(unit: units.Unit, year: int) -> None:
    """A result is recorded only for a year the unit existed in (any day of it)."""
    if unit.valid_on(date(year, 1, 1)) or unit.valid_on(date(year, 12, 31)):
        return
    if unit.valid_from is not None and f"{year}-12-31" < unit.valid_from:
        when = f"từ {format_date(parse_date(unit.valid_from))}"
    else:
        when = f"đến {format_date(parse_date(unit.valid_to or ''))}"
    raise InvalidInput(
        f"{unit.name} chỉ có hiệu lực {when}: không ghi được kết quả năm {year}. Hãy chọn năm "
        "trong thời gian đơn vị còn hiệu lực (hoặc đơn vị được hình thành từ đơn vị này)."
    )


def _check_assessed(unit: units.Unit) -> None:
    """Wards (and towns, special zones) are urban: the commune set does not apply to them."""
    if groups.not_assessed(unit) is not None:
        raise InvalidInput(
            f"{unit.kind.capitalize()} không thuộc đối tượng đánh giá xã nông thôn mới: "
            f"{unit.name} không có bảng tiêu chí xã."
        )


def applicable(db: Database, unit: units.Unit, tier: str, year: int) -> CatalogInfo:
    if tier not in TIERS:
        raise InvalidInput(f"Hạng '{tier}' không hợp lệ; chọn một trong: {', '.join(TIERS)}.")
    found = catalogs.applicable(db, unit.level, tier, year)
    if found is None:
        raise NotFound(
            f"Chưa có bộ tiêu chí {TIER_NAMES[tier]} cho cấp "
            f"{units.LEVEL_NAMES[unit.level]} "
            f"áp dụng cho năm {year}. Hãy nạp bộ tiêu chí phù hợp (lệnh 'ntm catalogs')."
        )
    return found


def choice(db: Database, unit_code: str, year: int) -> Choice:
    check_year(year)
    unit = units.get(db, unit_code)
    _check_assessed(unit)
    stored = rows.choice(db, unit_code, year)
    if stored is not None:
        # Standard is the lowest tier, so a stored standard is the default without asking.
        overridden = stored.tier != DEFAULT_TIER and stored.tier != default_tier(db, unit, year)
        return Choice(stored.tier, catalogs.get_info(db, stored.catalog_key), overridden, True)
    tier = default_tier(db, unit, year)
    newest = applicable(db, unit, tier, year)
    return Choice(tier, _version_in_use(db, unit_code, year, newest), False, False)


def _version_in_use(db: Database, unit_code: str, year: int, newest: CatalogInfo) -> CatalogInfo:
    """The version of `newest`'s set the unit already has values under in `year` (the latest
    of them), else `newest`. Values written before versions were pinned, bulk-loaded ones and
    those that arrive ahead of their pin keep showing the version they were entered under."""
    used = [
        info
        for info in (catalogs.get_info(db, key) for key in rows.keys_in_use(db, unit_code, year))
        if info.id == newest.id
    ]
    return max(used, key=lambda info: info.version) if used else newest


def default_tier(db: Database, unit: units.Unit, year: int) -> str:
    """The lowest tier with a set for the unit's level and year.

    Communes start at the standard set; villages have only the province's model-village set.
    """
    for tier in TIERS:
        if catalogs.applicable(db, unit.level, tier, year) is not None:
            return tier
    return DEFAULT_TIER


def choose(
    db: Database, unit_code: str, year: int, *, tier: str, catalog_key: str | None = None
) -> Choice:
    """Store which set the unit is assessed against in `year` (override of the default)."""
    check_year(year)
    unit = units.get(db, unit_code)
    _check_assessed(unit)
    info = (
        catalogs.get_info(db, catalog_key)
        if catalog_key
        else _version_in_use(db, unit_code, year, applicable(db, unit, tier, year))
    )
    if info.level != unit.level or info.tier != tier:
        raise InvalidInput(
            f"Bộ tiêu chí {info.id} dành cho cấp {units.LEVEL_NAMES[info.level]}, hạng "
            f"{TIER_NAMES[info.tier]}: không dùng được cho {unit.name} ở hạng "
            f"{TIER_NAMES.get(tier, tier)}."
        )
    _check_in_force(unit, year)
    with db.transaction():
        pin(db, unit, year, tier, info)
        recompute(db, unit_code, year)
    return choice(db, unit_code, year)


def pin(db: Database, unit: units.Unit, year: int, tier: str, info: CatalogInfo) -> None:
    """Store the tier and set version the unit-year is assessed against: one tracked row per
    unit-year (uuid5 of it), so every office's pin lands on one row and a later move is one
    more change of its `catalog_key` that travels like any edit."""
    _check_in_force(unit, year)
    with db.transaction():
        stored = rows.choice(db, unit.code, year)
        fields = {"tier": tier, "catalog_key": info.key}
        if stored is None:
            changes.insert_tracked(
                db,
                "assessment_choices",
                {"id": choice_id(unit.code, year), "unit_code": unit.code, "year": year}
                | fields
                | {"owner_code": owner_of(unit)},
                owner=owner_of(unit),
            )
        else:
            changes.update_tracked(
                db, "assessment_choices", stored.id, fields, owner=owner_of(unit)
            )


# -- reading -----------------------------------------------------------------------------------
def checklist(db: Database, unit_code: str, year: int) -> Checklist:
    """The unit's checklist for `year`. Under a set whose targets are by commune group, each
    indicator is checked against the target of the group the commune is in at the year's end."""
    chosen = choice(db, unit_code, year)
    unit = units.get(db, unit_code)
    catalog: Catalog = catalogs.get(db, chosen.catalog.key)
    # Asked only of a set by group: the check runs for every unit-year an import touches.
    group = (
        groups.group_on(db, unit_code, date(year, 12, 31)) if catalog.info.commune_groups else None
    )
    stored = {
        row.indicator_code: row for row in rows.values(db, unit_code, year, chosen.catalog.key)
    }
    judged = criterion_judgments(db, unit_code, year, chosen.catalog.key)
    counts = rows.evidence_counts(db, [row.id for row in stored.values()])
    # OCOP products are registered by commune, so only a commune's checklist is fed.
    fed = (
        {
            item.indicator: item
            for item in ocop_criterion.evidence(db, catalog, unit.code, date(year, 12, 31))
        }
        if unit.level == "commune"
        else {}
    )
    ungrouped = catalog.info.commune_groups and group is None
    criteria = []
    for criterion in catalog.criteria:
        items = []
        judgment = judged.get(criterion.no)
        for indicator in criterion.indicators:
            row = stored.get(indicator.code)
            officer_met = None if row is None else row.officer_met
            note = None if row is None else row.note
            inherited = False
            if judgment is not None and officer_met is None:
                inherited, officer_met, note = True, judgment[0], note or judgment[1]
            vid = value_id(unit_code, year, chosen.catalog.key, indicator.code)
            value = None if row is None else indicator_values.stored(row.value)
            computed = indicator_values.evaluate(indicator, value, group)
            basis = None
            if computed is None and indicator.code in fed:
                # The OCOP register answers by what the indicator asks, not by its code or a
                # target from the text: it decides an unnumbered OCOP indicator too.
                computed, basis = fed[indicator.code].met, fed[indicator.code].basis
            blocked = None
            if indicator.placeholder and catalog.info.indicator_count:
                blocked = catalogs.MISSING_INDICATORS
            elif ungrouped:
                computed, blocked = None, indicator_values.NO_GROUP_TEXT
            items.append(
                IndicatorRow(
                    indicator,
                    vid,
                    value,
                    officer_met or "unknown",
                    computed,
                    note,
                    None if row is None else row.agency,
                    counts.get(vid, 0),
                    basis,
                    indicator_values.target_for(indicator, group),
                    blocked,
                    inherited,
                )
            )
        criteria.append(CriterionRow(criterion, tuple(items)))
    return Checklist(unit, year, chosen, tuple(criteria), group)


def criterion_judgments(
    db: Database, unit_code: str, year: int, catalog_key: str
) -> dict[int, tuple[str, str | None]]:
    """The criteria of the unit-year judged as a whole under a set version: number -> (the
    judgment, its note)."""
    return {
        row.criterion_no: (row.officer_met, row.note)
        for row in rows.judgments(db, unit_code, year, catalog_key)
        if row.officer_met is not None
    }


def score(db: Database, unit_code: str, year: int) -> tuple[int, int]:
    """(criteria met, total) as stored; computed from the checklist when nothing is stored."""
    stored = rows.scores(db, [unit_code], year).get(unit_code)
    return stored if stored is not None else checklist(db, unit_code, year).score


def stored_criterion_results(db: Database, unit_code: str, year: int) -> dict[int, bool]:
    return rows.criterion_results(db, unit_code, year)


def missing(db: Database, unit_code: str, year: int) -> Missing:
    sheet = checklist(db, unit_code, year)
    unmet = tuple(
        (row.criterion, tuple(item for item in row.indicators if item.met != "yes"))
        for row in sheet.criteria
        if not row.met
    )
    tier = sheet.choice.tier
    next_tier = TIERS[TIERS.index(tier) + 1] if TIERS.index(tier) + 1 < len(TIERS) else None
    next_catalog = catalogs.applicable(db, sheet.unit.level, next_tier, year) if next_tier else None
    return Missing(tier, sheet.choice.catalog, unmet, next_tier, next_catalog)


# -- writing -----------------------------------------------------------------------------------
def recompute(db: Database, unit_code: str, year: int) -> tuple[int, int]:
    """Store the criterion results and score again from the indicator values."""
    with db.transaction():
        sheet = checklist(db, unit_code, year)
        rows.store_results(
            db,
            unit_code,
            year,
            sheet.choice.catalog.key,
            sheet.choice.tier,
            [(row.criterion.no, row.met) for row in sheet.criteria],
        )
    return sheet.score


def recompute_stored(db: Database, unit_code: str, years: Iterable[int]) -> None:
    """Store again the results of those `years` the unit already has results for, after a
    record the checklist reads besides its values changed (an OCOP rating). A year never
    assessed stays unstored: `score` computes it when asked."""
    with db.transaction():
        for year in sorted(rows.result_years(db, unit_code) & set(years)):
            recompute(db, unit_code, year)


def set_indicator(
    db: Database,
    unit_code: str,
    year: int,
    indicator_code: str,
    *,
    value: str | float | int | None = _UNSET,
    met: str | None = None,
    note: str | None = None,
    agency: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Record what the officer entered for one indicator; returns the fields that changed.

    `value` is parsed and checked against the indicator's unit (an empty text clears it); a
    field left as None is not touched. Nothing is written when any part is invalid.
    """
    sheet = checklist(db, unit_code, year)
    row = sheet.row(indicator_code)
    fields: dict[str, Any] = {}
    if value is not _UNSET:
        fields["value"] = indicator_values.parse(row.indicator, value)
    if met is not None:
        if met not in MET_CHOICES:
            raise InvalidInput(
                f"Kết quả đánh giá '{met}' không hợp lệ; chọn yes (đạt), no (chưa đạt) hoặc "
                "unknown (chưa đánh giá)."
            )
        if row.blocked is not None and met != "unknown":
            _check_in_force(sheet.unit, year)  # a unit gone that year says so first
            raise InvalidInput(
                "Xã chưa được xếp nhóm: chưa đánh giá được chỉ tiêu này. Hãy xếp nhóm cho xã trước."
                if row.blocked == indicator_values.NO_GROUP_TEXT
                else "Tiêu chí này chưa có chỉ tiêu nhập từ văn bản nên chưa đánh giá được. Hãy "
                "nhập chỉ tiêu bằng sổ Excel bộ tiêu chí: lệnh 'ntm catalog export', điền, rồi "
                "'ntm catalog import'."
            )
        fields["officer_met"] = met
    if note is not None:
        fields["note"] = note.strip() or None
    if agency is not None:
        fields["agency"] = agency.strip() or None
    return write_fields(db, sheet, row.value_id, fields)


def set_criterion(db: Database, unit_code: str, year: int, criterion_no: int, met: str) -> int:
    """The officer's judgment of one criterion as a whole (`set_criteria`)."""
    return set_criteria(db, unit_code, year, {criterion_no: met})


def restore(
    db: Database, unit_code: str, year: int, value_id_: str, fields: Mapping[str, Any]
) -> None:
    """Put earlier values back (undo): a new tracked change, never an erased one."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"Không hoàn tác được trường {', '.join(sorted(unknown))}.")
    sheet = checklist(db, unit_code, year)
    write_fields(db, sheet, value_id_, dict(fields))


def write_fields(
    db: Database, sheet: Checklist, value_id_: str, fields: dict[str, Any]
) -> dict[str, tuple[Any, Any]]:
    owner = owner_of(sheet.unit)
    with db.transaction():
        changed = _upsert(db, sheet, value_id_, fields, owner)
        if changed:
            recompute(db, sheet.unit.code, sheet.year)
    return changed


def write_many(db: Database, sheet: Checklist, fields_by_id: Mapping[str, dict[str, Any]]) -> None:
    """Several indicators' fields (by value id; `{}` makes an empty row, to hold evidence) in
    one transaction and one recompute."""
    owner = owner_of(sheet.unit)
    with db.transaction():
        for value_id_, fields in fields_by_id.items():
            _upsert(db, sheet, value_id_, dict(fields), owner)
        recompute(db, sheet.unit.code, sheet.year)


def ensure_value_row(db: Database, unit_code: str, year: int, indicator_code: str) -> str:
    """The id of the indicator's value row, created empty if needed (to attach evidence)."""
    sheet = checklist(db, unit_code, year)
    row = sheet.row(indicator_code)
    with db.transaction():
        _upsert(db, sheet, row.value_id, {}, owner_of(sheet.unit))
    return row.value_id


def attach_evidence(
    db: Database, unit_code: str, year: int, indicator_code: str, source: Path
) -> Evidence:
    """Attach a file to one indicator of a unit's checklist for a year."""
    digest, size = attachments.store_file(db, source)
    name = file_names.safe(source.name)
    return record_evidence(db, unit_code, year, indicator_code, name, digest, size)


def record_evidence(
    db: Database,
    unit_code: str,
    year: int,
    indicator_code: str,
    file_name: str,
    digest: str,
    size: int,
) -> Evidence:
    """Link a file already in the store (`attachments.store_file`, which the GUI runs off its
    thread) to the indicator, whose value row is made if it has none yet."""
    attachments.check_name(file_name)
    owner = owner_of(units.get(db, unit_code))
    with db.transaction():
        value_id_ = ensure_value_row(db, unit_code, year, indicator_code)
        return attachments.record(db, INDICATOR_VALUES, value_id_, owner, file_name, digest, size)


def evidence_of(db: Database, unit_code: str, year: int, indicator_code: str) -> list[Evidence]:
    value_id_ = checklist(db, unit_code, year).row(indicator_code).value_id
    return attachments.of_parent(db, INDICATOR_VALUES, value_id_)


def _pin_first(db: Database, sheet: Checklist) -> None:
    """The first edit of a unit-year pins the version it is made against."""
    _check_in_force(sheet.unit, sheet.year)
    if not sheet.choice.pinned and rows.choice(db, sheet.unit.code, sheet.year) is None:
        pin(db, sheet.unit, sheet.year, sheet.choice.tier, sheet.choice.catalog)


def _upsert(
    db: Database, sheet: Checklist, value_id_: str, fields: dict[str, Any], owner: str
) -> dict[str, tuple[Any, Any]]:
    code = next(row.indicator.code for row in sheet.rows if row.value_id == value_id_)
    _pin_first(db, sheet)
    identity = {
        "unit_code": sheet.unit.code,
        "year": sheet.year,
        "catalog_key": sheet.choice.catalog.key,
        "indicator_code": code,
    }
    return changes.upsert_tracked(db, "indicator_values", value_id_, identity, fields, owner=owner)


def load_generated(
    db: Database, unit_code: str, year: int, judgments: Mapping[int, bool], note: str
) -> tuple[int, int]:
    """Judgments made up by a generator (the demo file), one per criterion, loaded like the
    shipped unit tree: in bulk and outside the change log, so a province's worth loads in a
    second; later edits are tracked as usual. Only into a unit-year without values."""
    sheet = checklist(db, unit_code, year)
    owner = owner_of(sheet.unit)
    key = sheet.choice.catalog.key
    loaded = [
        rows.ValueRow(row.value_id, unit_code, year, key, row.indicator.code, None,
                      "yes" if judgments[criterion.criterion.no] else "no", note, None, owner)
        for criterion in sheet.criteria
        for row in criterion.indicators
    ]  # fmt: skip
    with db.transaction():
        rows.insert_values(db, loaded)
        return recompute(db, unit_code, year)


def value_ids_of(db: Database, unit_code: str) -> dict[str, tuple[int, str]]:
    """Every stored value row of a unit: id -> (year, indicator code)."""
    return {row.id: (row.year, row.indicator_code) for row in rows.all_values(db, unit_code)}


def criterion_label(criterion_no: int) -> str:
    """What a history names a criterion judgment's edits by, beside indicator codes."""
    return f"tiêu chí {criterion_no}"


def history(
    db: Database, unit_code: str, indicator_code: str | None = None
) -> list[tuple[int, str, changes.Change]]:
    """The logged edits of a unit's checklist, oldest first: (year, indicator code, change), and
    (year, `criterion_label`, change) for a criterion's judgment. With `indicator_code`, that
    indicator's and its criterion's judgments (which it shows when it has none of its own).

    The identity fields logged when a row is first created are left out: they never change.
    """
    unit = units.get(db, unit_code)
    owner = owner_of(unit)
    ids = value_ids_of(db, unit_code)
    found = []
    for change in changes.history(db, table="indicator_values", owner=owner):
        where = ids.get(change.row_id)
        if where is None or (indicator_code is not None and where[1] != indicator_code):
            continue
        if change.field not in EDITABLE:
            continue
        found.append((where[0], where[1], change))
    # set key -> the criterion the indicator asked for is under in that set
    criterion_of: dict[str, int | None] = {}
    for change in changes.history(
        db, table="criterion_judgments", row_prefix=f"{unit_code}/", owner=owner
    ):
        identity = judgment_identity(change.row_id)
        if identity is None:
            continue  # a key no write of this program makes (the sync check refuses them)
        _, year, key, number = identity
        if indicator_code is not None:
            if key not in criterion_of:
                indicator = catalogs.indicator(db, key, indicator_code)
                criterion_of[key] = None if indicator is None else indicator.criterion_no
            if criterion_of[key] != number:
                continue
        found.append((year, criterion_label(number), change))
    return sorted(found, key=lambda entry: entry[2].seq)


def set_criteria(
    db: Database,
    unit_code: str,
    year: int,
    judgments: Mapping[int, str],
    *,
    note: str | None = None,
) -> int:
    """The officer's judgment of several criteria as a whole (a criteria-only sheet), with a
    note naming where it came from; one transaction and one recompute. Each is one criterion
    judgment row, which the criterion's indicators without a judgment of their own take; their
    own judgments that differ are cleared (with their note, when a note names the new source),
    so this judgment shows. An unchanged judgment writes nothing and keeps its note. Returns how
    many indicators' shown judgment changed."""
    sheet = checklist(db, unit_code, year)
    by_no = {row.criterion.no: row for row in sheet.criteria}
    unknown = sorted(set(judgments) - set(by_no))
    if unknown:
        raise NotFound(
            f"Bộ tiêu chí {sheet.choice.catalog.id} không có tiêu chí số "
            f"{', '.join(map(str, unknown))}."
        )
    for met in judgments.values():
        if met not in MET_CHOICES:
            raise InvalidInput(
                f"Kết quả đánh giá '{met}' không hợp lệ; chọn yes (đạt), no (chưa đạt) hoặc "
                "unknown (chưa đánh giá)."
            )
    owner = owner_of(sheet.unit)
    key = sheet.choice.catalog.key
    held = criterion_judgments(db, unit_code, year, key)
    own = {row.indicator_code: row for row in rows.values(db, unit_code, year, key)}
    cleared: dict[str, Any] = {"officer_met": None} | ({} if note is None else {"note": None})
    changed = 0
    written = False
    with db.transaction():
        for no, met in judgments.items():
            indicators = by_no[no].indicators
            differing = [
                stored.id
                for stored in (own.get(row.indicator.code) for row in indicators)
                if stored is not None and stored.officer_met not in (None, met)
            ]
            rejudged = held.get(no, ("unknown", None))[0] != met
            if not rejudged and not differing:
                continue
            _pin_first(db, sheet)
            if rejudged:
                judge(db, sheet, no, {"officer_met": met, "note": note})
            for value_id_ in differing:
                changes.update_tracked(db, "indicator_values", value_id_, cleared, owner=owner)
            written = True
            changed += sum(row.officer_met != met for row in indicators)
        if written:
            recompute(db, unit_code, year)
    return changed


def judge(db: Database, sheet: Checklist, criterion_no: int, fields: dict[str, Any]) -> None:
    """Write the judgment row of one criterion of the sheet's unit-year and version (a note of
    None is left as it is); its identity columns come from its key and are not logged."""
    owner = owner_of(sheet.unit)
    key = sheet.choice.catalog.key
    row_id = judgment_id(sheet.unit.code, sheet.year, key, criterion_no)
    if rows.JUDGMENTS.get(db, row_id) is not None:
        given = {name: value for name, value in fields.items() if value is not None}
        changes.update_tracked(db, "criterion_judgments", row_id, given, owner=owner)
        return
    identity = {
        "unit_code": sheet.unit.code,
        "year": sheet.year,
        "catalog_key": key,
        "criterion_no": criterion_no,
    }
    changes.insert_tracked(
        db,
        "criterion_judgments",
        {"id": row_id, **fields, "owner_code": owner},
        owner=owner,
        derived=identity,
    )
