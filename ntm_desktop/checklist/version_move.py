"""Moving a unit-year's assessment to the newer version of its criteria set, when the officer asks.

An assessment stays on the version it was pinned to (`assessments.pin`) whatever is imported
later. A move is previewed first: which indicators map (same code, text changed or not), appear
or disappear, and how many entered rows go over or stay behind. Confirmed, it is one transaction
of tracked changes: the pin's `catalog_key`, the judgments of whole criteria (a criteria-status
sheet's) to the same criterion of the new version, then the entered fields (and evidence links)
of each mapped indicator written to the new version's row. Nothing is deleted: what stays
behind keeps its rows under the old version, readable in the history and again should the pin
be moved back by a conflict resolution. Every id it writes derives from the unit, year, version
and code, so two laptops making the same move land on the same rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ntm_desktop.checklist import assessments
from ntm_desktop.checklist.assessments import ID_NAMESPACE, IndicatorRow
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.criteria import catalogs, indicator_values
from ntm_desktop.criteria.catalogs import CatalogInfo, Indicator
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import INDICATOR_VALUES
from ntm_desktop.storage import Database
from ntm_desktop.storage import assessments as rows
from ntm_desktop.units import units

SAME, CHANGED, NEW, DROPPED = "same", "changed", "new", "dropped"
STATUS_NAMES = {SAME: "giữ nguyên", CHANGED: "đổi nội dung", NEW: "mới", DROPPED: "bỏ"}


@dataclass(frozen=True)
class IndicatorMove:
    code: str
    old: Indicator | None  # None: the indicator appears in the new version
    new: Indicator | None  # None: it disappears
    entered: bool  # the old version's row holds a value, judgment, note, agency or file
    refusal: str | None = None  # why the entered value does not fit the new indicator

    @property
    def indicator(self) -> Indicator:
        """The indicator as the new version has it, or the old one's when it disappears."""
        found = self.new or self.old
        assert found is not None  # an item comes from one version or the other
        return found

    @property
    def status(self) -> str:
        if self.old is None:
            return NEW
        if self.new is None:
            return DROPPED
        return CHANGED if self.differences else SAME

    @property
    def differences(self) -> list[str]:
        """What changed of a mapped indicator, in Vietnamese: its text, unit or target."""
        if self.old is None or self.new is None:
            return []
        found = []
        if self.old.text != self.new.text:
            found.append(f"nội dung trước: {self.old.text}")
        if self.old.unit != self.new.unit:
            found.append(f"đơn vị: {self.old.unit or '—'} → {self.new.unit or '—'}")
        if self.old.target != self.new.target:
            before, after = (
                indicator_values.format_target(indicator.target) or "chưa có"
                for indicator in (self.old, self.new)
            )
            found.append(f"mức cần đạt: {before} → {after}")
        if self.old.targets_by_group != self.new.targets_by_group:
            before, after = (
                indicator_values.format_group_targets(indicator) or "chưa có"
                for indicator in (self.old, self.new)
            )
            found.append(f"mức theo nhóm xã: {before} → {after}")
        if self.old.targets_by_region != self.new.targets_by_region:
            before, after = (
                " · ".join(
                    f"{region}: {indicator_values.format_target(target)}"
                    for region, target in sorted((indicator.targets_by_region or {}).items())
                )
                or "chưa có"
                for indicator in (self.old, self.new)
            )
            found.append(f"mức theo vùng: {before} → {after}")
        return found

    @property
    def carried(self) -> bool:
        return self.entered and self.new is not None and self.refusal is None

    @property
    def left_behind(self) -> bool:
        return self.entered and not self.carried


@dataclass(frozen=True)
class MovePreview:
    unit: units.Unit
    year: int
    source: CatalogInfo
    target: CatalogInfo
    items: tuple[IndicatorMove, ...]  # mapped and new in the new version's order, then dropped
    # The criteria judged as a whole under the old version: (number, the new version has it).
    judged: tuple[tuple[int, bool], ...] = ()

    def count(self, status: str) -> int:
        return sum(item.status == status for item in self.items)

    @property
    def carried(self) -> int:
        return sum(item.carried for item in self.items)

    @property
    def left_behind(self) -> int:
        return sum(item.left_behind for item in self.items)

    def lines(self) -> list[str]:
        """The preview in Vietnamese, as `ntm checklist move-version` prints it."""
        old, new = self.source.version, self.target.version
        out = [
            f"{self.unit.name}, năm {self.year}: chuyển từ {self.source.key} sang "
            f"{self.target.key} ({catalogs.without_authoring_notes(self.target.title)}).",
            f"Chỉ tiêu giữ nguyên: {self.count(SAME)} · đổi nội dung: {self.count(CHANGED)} · "
            f"mới: {self.count(NEW)} · bỏ: {self.count(DROPPED)}.",
            f"Giá trị đã nhập: {self.carried} chuyển sang phiên bản {new}; {self.left_behind} để "
            f"lại ở phiên bản {old} (không bị xóa).",
        ]
        if self.judged:
            moving = sum(carried for _, carried in self.judged)
            out.append(
                f"Đánh giá cả tiêu chí (bảng tiêu chí của huyện): {moving} chuyển sang phiên bản "
                f"{new}; {len(self.judged) - moving} để lại ở phiên bản {old}."
            )
        for item in self.items:
            fate = "chuyển sang" if item.carried else "để lại" if item.left_behind else "—"
            line = (
                f"  {item.code:<8} {STATUS_NAMES[item.status]:<13} {fate:<12} {item.indicator.text}"
            )
            if item.differences:
                line += f" ({'; '.join(item.differences)})"
            if item.refusal:
                line += f" [{item.refusal}]"
            out.append(line)
        return out


def newer(db: Database, unit_code: str, year: int) -> CatalogInfo | None:
    """The newest version of the set the unit-year is assessed against, when it is newer than
    that one and still applies to the unit's level, tier and year; else None."""
    current = assessments.choice(db, unit_code, year).catalog
    latest = catalogs.get_info(db, current.id)
    if latest.version <= current.version:
        return None
    if (latest.level, latest.tier) != (current.level, current.tier):
        return None
    return latest if latest.period_from <= year <= latest.period_to else None


def preview(db: Database, unit_code: str, year: int) -> MovePreview:
    sheet = assessments.checklist(db, unit_code, year)
    target = newer(db, unit_code, year)
    if target is None:
        raise InvalidInput(
            f"Bảng tiêu chí năm {year} của {sheet.unit.name} đang theo phiên bản mới nhất của bộ "
            f"tiêu chí ({sheet.choice.catalog.key}): không có phiên bản mới để chuyển sang."
        )
    old_rows = {row.indicator.code: row for row in sheet.rows}
    new_indicators = catalogs.get(db, target.key).indicators
    items = [
        _item(indicator.code, old_rows.get(indicator.code), indicator)
        for indicator in new_indicators
    ]
    new_codes = {indicator.code for indicator in new_indicators}
    items += [_item(code, row, None) for code, row in old_rows.items() if code not in new_codes]
    numbers = catalogs.criterion_numbers(db, target.key)
    judged = assessments.criterion_judgments(db, unit_code, year, sheet.choice.catalog.key)
    carried = tuple((no, no in numbers) for no in sorted(judged))
    return MovePreview(sheet.unit, year, sheet.choice.catalog, target, tuple(items), carried)


def _item(code: str, row: IndicatorRow | None, new: Indicator | None) -> IndicatorMove:
    if row is None:
        return IndicatorMove(code, None, new, entered=False)
    entered = (
        row.value is not None
        or row.officer_met != "unknown"
        or bool(row.note or row.agency)
        or row.evidence_count > 0
    )
    refusal = None
    if new is not None and row.value is not None:
        try:
            indicator_values.parse(new, row.value)
        except InvalidInput as error:
            refusal = error.message
    return IndicatorMove(code, row.indicator, new, entered, refusal)


def move(db: Database, unit_code: str, year: int) -> MovePreview:
    """Move the unit-year to the newer version (what `preview` shows), as one transaction."""
    found = preview(db, unit_code, year)
    before = assessments.checklist(db, unit_code, year)
    old_key = before.choice.catalog.key
    own = {row.indicator_code: row for row in rows.values(db, unit_code, year, old_key)}
    judged = assessments.criterion_judgments(db, unit_code, year, old_key)
    kept = {no for no, carried in found.judged if carried}
    carried = [item for item in found.items if item.carried]
    with db.transaction():
        assessments.pin(db, found.unit, year, before.choice.tier, found.target)
        after = assessments.checklist(db, unit_code, year)
        for no in sorted(kept):
            met, note = judged[no]
            assessments.judge(db, after, no, {"officer_met": met, "note": note})
        fields: dict[str, dict[str, object]] = {}
        for item in carried:
            old_row = before.row(item.code)
            entered = _fields(old_row, own.get(item.code))
            if old_row.judged_by_criterion and not _inherits(item, kept):
                # Its criterion's judgment does not reach it in the new version: it keeps the
                # judgment it showed, as its own.
                entered["officer_met"] = old_row.officer_met
                if old_row.note is not None:
                    entered["note"] = old_row.note
            if entered or old_row.evidence_count:
                fields[after.row(item.code).value_id] = entered
        assessments.write_many(db, after, fields)
        owner = assessments.owner_of(found.unit)
        for item in carried:
            if before.row(item.code).evidence_count:
                _carry_evidence(
                    db, before.row(item.code).value_id, after.row(item.code).value_id, owner
                )
    return found


def _inherits(item: IndicatorMove, kept: set[int]) -> bool:
    """Whether the indicator is under the same criterion in both versions, whose judgment as a
    whole is carried."""
    assert item.old is not None and item.new is not None  # a carried indicator is in both
    return item.old.criterion_no == item.new.criterion_no and item.old.criterion_no in kept


def _fields(row: IndicatorRow, own: rows.ValueRow | None) -> dict[str, object]:
    """What the officer entered on the indicator itself (not what it shows of its criterion)."""
    entered = {
        "value": row.value,
        "officer_met": None if own is None or own.officer_met == "unknown" else own.officer_met,
        "note": None if own is None else own.note,
        "agency": row.agency,
    }
    return {field: value for field, value in entered.items() if value is not None}


def _carry_evidence(db: Database, old_id: str, new_id: str, owner: str) -> None:
    held = {item.id for item in attachments.of_parent(db, INDICATOR_VALUES, new_id)}
    for item in attachments.of_parent(db, INDICATOR_VALUES, old_id):
        carried_id = str(uuid.uuid5(ID_NAMESPACE, f"carried/{item.id}/{new_id}"))
        if carried_id not in held:
            attachments.relink(db, INDICATOR_VALUES, item, new_id, owner, carried_id)
