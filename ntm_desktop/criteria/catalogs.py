"""Criteria sets (Bộ tiêu chí) as validated, versioned data.

A version is immutable once stored: importing a changed document with the same id makes the next
version, so every assessment stays tied to the exact text it was made under. A criterion whose
indicators are not yet known gets one placeholder indicator (code = the criterion number), so it
can still be marked met or not by the officer, as the official self-assessment tables do; in a
set that states how many indicators its text has (`indicator_count`), such a criterion is
missing instead: its indicators must be entered from the text and it is never met until then.

An indicator coded with an "x" ("13.x1") is one whose official number is not known: its code is
never shown nor printed, and no rule decides it (`Indicator.unnumbered`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from ntm_desktop.common import schemas
from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.paths import resources_dir
from ntm_desktop.storage import Database
from ntm_desktop.storage import catalogs as rows

_PERIOD_IN_ID = re.compile(r"(\d{4})-(\d{4})$")
# Words by which a catalog's title or legal basis says how it was put together or that part of
# it is unchecked: notes for the officer on screen and in drafts, never for an approved text.
AUTHORING_MARKS = ("dựng lại", "chưa xác minh", "chưa được xác minh", "unverified", "recall")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_UNNUMBERED = re.compile(r"^\d+\.x\d*$", re.IGNORECASE)
NOT_ENTERED = "chỉ tiêu chưa nhập từ văn bản"
MISSING_INDICATORS = "Chưa nhập chỉ tiêu từ văn bản — nhập bằng sổ Excel bộ tiêu chí"


class Indicator(NamedTuple):
    code: str
    criterion_no: int
    criterion_name: str
    criterion_group: str | None
    text: str
    unit: str | None
    target: Any
    target_recall: str | None
    confidence: str | None
    placeholder: bool
    targets_by_group: dict[str, Any] | None = None
    targets_by_region: dict[str, Any] | None = None

    @property
    def machine_checkable(self) -> bool:
        return isinstance(self.target, dict)

    @property
    def unnumbered(self) -> bool:
        """The official number is not known ("13.x1"): the text was recalled, not entered."""
        return is_unnumbered(self.code)

    @property
    def shown_code(self) -> str:
        """The code as a screen or a printed table shows it: none for a placeholder or an
        indicator whose number is not known."""
        return "" if self.placeholder or self.unnumbered else self.code

    @property
    def label(self) -> str:
        """ "2.1 Tỷ lệ …", a placeholder's own text, or the recalled text of an indicator
        not yet entered from the legal text, said as such."""
        if self.placeholder:
            return self.text
        if self.unnumbered:
            return f"({NOT_ENTERED}) {self.text}"
        return f"{self.code} {self.text}"


@dataclass(frozen=True)
class Criterion:
    no: int
    name: str
    group: str | None
    indicators: tuple[Indicator, ...]


class CatalogInfo(NamedTuple):
    key: str
    id: str
    version: int
    title: str
    legal_basis: str
    level: str
    tier: str
    region: str | None
    period_from: int
    period_to: int
    verified: bool
    notes: str | None
    content_sha256: str
    supersedes: str | None
    created_at: str
    commune_groups: bool = False
    indicator_count: int | None = None
    reconstructed: bool = False


@dataclass(frozen=True)
class Catalog:
    info: CatalogInfo
    criteria: tuple[Criterion, ...]

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(ind for criterion in self.criteria for ind in criterion.indicators)


def is_unnumbered(code: str) -> bool:
    """A code whose number part is "x" ("13.x1"): the official number is not known."""
    return bool(_UNNUMBERED.match(code))


def code_words(code: str) -> str:
    """What follows "chỉ tiêu" on screen and in print: "2.1", or "chưa nhập từ văn bản" for
    a code whose number is not known, which is never shown."""
    return NOT_ENTERED.removeprefix("chỉ tiêu ") if is_unnumbered(code) else code


def code_cell(code: str) -> str:
    """An indicator's code in a printed table's code column ("—" when not known)."""
    return "—" if is_unnumbered(code) else code


def without_authoring_notes(text: str) -> str:
    """The text with every bracketed authoring note removed: "Bộ tiêu chí … tỉnh Bắc Giang
    (dựng lại từ các văn bản kế hoạch, báo cáo)" becomes "Bộ tiêu chí … tỉnh Bắc Giang"."""

    def drop(match: re.Match[str]) -> str:
        note = match.group(0).casefold()
        return "" if any(mark in note for mark in AUTHORING_MARKS) else match.group(0)

    return _BRACKETED.sub(drop, text).strip()


def _period(document: dict[str, Any]) -> tuple[int, int]:
    if "period" in document:
        start, end = document["period"]
        return int(start), int(end)
    match = _PERIOD_IN_ID.search(document["id"])
    if not match:
        raise InvalidInput(
            f"Bộ tiêu chí {document['id']} không ghi giai đoạn áp dụng: thêm trường "
            '"period": [năm đầu, năm cuối].'
        )
    return int(match.group(1)), int(match.group(2))


def period_of(document: dict[str, Any]) -> tuple[int, int]:
    """(first year, last year) of a catalog document: its "period", else from its id."""
    return _period(document)


def _canonical(document: dict[str, Any]) -> str:
    content = {key: value for key, value in document.items() if key != "version"}
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def check_document(document: Any) -> None:
    """Validate a catalog document: schema, then the rules a schema cannot say."""
    schemas.validate(document, "catalog", "Tệp bộ tiêu chí")
    numbers = [criterion["no"] for criterion in document["criteria"]]
    if len(set(numbers)) != len(numbers):
        raise InvalidInput(
            "Bộ tiêu chí có hai tiêu chí trùng số thứ tự. Không có gì được thay đổi."
        )
    codes = [ind["code"] for c in document["criteria"] for ind in c["indicators"]]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise InvalidInput(
            "Bộ tiêu chí có mã chỉ tiêu trùng nhau: "
            + ", ".join(duplicates)
            + ". Không có gì được thay đổi."
        )
    start, end = _period(document)
    if start > end:
        raise InvalidInput(f"Giai đoạn {start}-{end} của bộ tiêu chí không hợp lệ.")


def import_document(db: Database, document: Any) -> tuple[CatalogInfo, str]:
    """Store a catalog document. Returns its info and 'new', 'new-version' or 'unchanged'."""
    check_document(document)
    canonical = _canonical(document)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    previous = rows.latest(db, document["id"])
    if previous is not None and previous.content_sha256 == digest:
        return CatalogInfo._make(previous), "unchanged"
    version = 1 if previous is None else previous.version + 1
    start, end = _period(document)
    key = f"{document['id']}@{version}"
    indicators: list[tuple[Any, ...]] = []
    for criterion in document["criteria"]:
        entries = criterion["indicators"] or [
            {
                "code": str(criterion["no"]),
                "text": MISSING_INDICATORS
                if document.get("indicator_count")
                else f"Đạt tiêu chí {criterion['name']} (danh mục chỉ tiêu chưa được nhập)",
                "placeholder": True,
            }
        ]
        for entry in entries:
            indicators.append(
                (
                    key,
                    entry["code"],
                    len(indicators),
                    criterion["no"],
                    criterion["name"],
                    criterion.get("group"),
                    entry["text"],
                    entry.get("unit"),
                    _json_or_none(entry.get("target")),
                    entry.get("target_unverified_recall"),
                    entry.get("confidence"),
                    int(entry.get("placeholder", False)),
                    _json_or_none(entry.get("targets_by_group")),
                    _json_or_none(entry.get("targets_by_region")),
                )
            )
    rows.insert(
        db,
        {
            "key": key,
            "id": document["id"],
            "version": version,
            "title": document["title"],
            "legal_basis": document["legal_basis"],
            "level": document["level"],
            "tier": document["tier"],
            "region": document.get("region"),
            "period_from": start,
            "period_to": end,
            "verified": int(document["verified"]),
            "notes": document.get("notes"),
            "content_sha256": digest,
            "document": canonical,
            "supersedes": None if previous is None else previous[0],
            "created_at": datetime.now().isoformat(timespec="seconds"),
            "commune_groups": int(
                bool(document.get("commune_groups"))
                or any(
                    entry.get("targets_by_group")
                    for criterion in document["criteria"]
                    for entry in criterion["indicators"]
                )
            ),
            "indicator_count": document.get("indicator_count"),
            "reconstructed": int(bool(document.get("reconstructed"))),
        },
        indicators,
    )
    return get_info(db, key), "new" if previous is None else "new-version"


def _json_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def import_file(db: Database, path: Path) -> tuple[CatalogInfo, str]:
    try:
        document = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"Không đọc được tệp bộ tiêu chí {path.name}: {exc}.") from exc
    return import_document(db, document)


def shipped_files() -> list[Path]:
    return sorted((resources_dir() / "catalogs").glob("*.json"))


def load_shipped(db: Database) -> list[tuple[CatalogInfo, str]]:
    """Import every catalog shipped with the app (idempotent), in one transaction."""
    with db.transaction():
        return [import_file(db, path) for path in shipped_files()]


def get_info(db: Database, key_or_id: str) -> CatalogInfo:
    """By key ("id@version") or by id (then the latest version)."""
    row = rows.by_key(db, key_or_id) if "@" in key_or_id else rows.latest(db, key_or_id)
    if row is None:
        raise NotFound(f"Không có bộ tiêu chí '{key_or_id}' trong tệp dữ liệu.")
    return CatalogInfo._make(row)


def get(db: Database, key_or_id: str) -> Catalog:
    info = get_info(db, key_or_id)
    criteria: dict[int, list[Indicator]] = {}
    for row in rows.indicators(db, info.key):
        criteria.setdefault(row.criterion_no, []).append(Indicator._make(row))
    return Catalog(
        info,
        tuple(
            Criterion(no, items[0].criterion_name, items[0].criterion_group, tuple(items))
            for no, items in criteria.items()
        ),
    )


def indicator(db: Database, key: str, code: str) -> Indicator | None:
    """One indicator of the set with this key; None if the set (held) has no such indicator.
    NotFound if the set itself is not held."""
    row = rows.indicator(db, key, code)
    if row is None:
        get_info(db, key)
        return None
    return Indicator._make(row)


def criterion_numbers(db: Database, key: str) -> set[int]:
    """The criteria numbers of the set with this key; NotFound if the set is not held."""
    get_info(db, key)
    return rows.criterion_numbers(db, key)


def document(db: Database, key_or_id: str) -> dict[str, Any]:
    info = get_info(db, key_or_id)
    content: dict[str, Any] = json.loads(rows.document(db, info.key))
    return {**content, "version": info.version}


def list_all(db: Database) -> list[tuple[CatalogInfo, int, int]]:
    """Every stored version with its number of criteria and of real (non-placeholder) indicators."""
    counts = rows.indicator_counts(db)
    return [
        (info, *counts.get(info.key, (0, 0)))
        for info in (CatalogInfo._make(row) for row in rows.all_rows(db))
    ]


def applicable(db: Database, level: str, tier: str, year: int) -> CatalogInfo | None:
    """The latest version of the set for this level and tier whose period covers `year`."""
    found = [
        info
        for info, _, _ in list_all(db)
        if info.level == level and info.tier == tier and info.period_from <= year <= info.period_to
    ]
    if not found:
        return None
    found.sort(key=lambda info: (info.id, info.version))
    latest = {info.id: info for info in found}
    return sorted(latest.values(), key=lambda info: info.period_from)[-1]
