"""A criteria set as a workbook the province office completes from the official text.

Sheet "Thông tin": the set's identity and legal basis, one field per row. Sheet "Chỉ tiêu": one
row per indicator (a criterion whose indicators are not known yet has one row without a code),
every target in plain cells as an officer writes it: a comparison chosen from a list (≥, ≤, >,
<, =, Đạt) and the level in the cell of the set ("Mức đạt chuẩn"), of each commune group
("Nhóm 1", "Nhóm 2", "Nhóm 3") or of a region ("Vùng: …"): 85 · 85 % · 36 triệu đồng · Đạt.
A target without a comparison is text the officer judges. No cell takes JSON. A machine-readable
key row under the Vietnamese headers lets the import find every column whatever the office does
to the layout above it; the example row under it is marked and never imported.

Importing the workbook back makes a new version of the set when, and only when, its content
changed, and only with its legal basis stated; `changes` lists what a new version would change.
A workbook of the earlier layout (targets as JSON) is refused with what to do instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.common.files import atomic_output
from ntm_desktop.common.text import fold
from ntm_desktop.criteria import catalogs, indicator_values
from ntm_desktop.criteria.catalogs import CatalogInfo
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheets

INFO_SHEET = "Thông tin"
INDICATOR_SHEET = "Chỉ tiêu"
INFO_FIELDS = {
    "id": "Mã bộ tiêu chí",
    "title": "Tên bộ tiêu chí",
    "legal_basis": "Căn cứ pháp lý (số, ngày văn bản) — bắt buộc",
    "level": "Cấp (commune, district, village, province)",
    "tier": "Hạng (standard, advanced, model)",
    "region": "Vùng",
    "period_from": "Áp dụng từ năm",
    "period_to": "Áp dụng đến năm",
    "verified": "Đã đối chiếu văn bản gốc (có/không)",
    "commune_groups": "Mức đạt chuẩn theo nhóm xã 1, 2, 3 (có/không)",
    "indicator_count": "Số chỉ tiêu theo văn bản",
    "reconstructed": "Dựng lại từ văn bản khác, không phải văn bản ban hành bộ (có/không)",
    "notes": "Ghi chú",
    "sources": "Nguồn (mỗi dòng một nguồn)",
}
FLAG_FIELDS = ("verified", "commune_groups", "reconstructed")
GROUPS = ("1", "2", "3")
REGION_KEY = "region:"
INDICATOR_FIELDS = {
    "criterion_no": "Số tiêu chí",
    "criterion": "Tên tiêu chí",
    "group": "Nhóm tiêu chí",
    "code": "Mã chỉ tiêu",
    "text": "Nội dung chỉ tiêu",
    "unit": "Đơn vị tính",
    "comparison": "So sánh (≥, ≤, >, <, =, Đạt)",
    "target": "Mức đạt chuẩn",
    **{f"group_{group}": f"Nhóm {group}" for group in GROUPS},
    "agency": "Cơ quan phụ trách",
    "evidence": "Minh chứng cần có",
    "evidence_required": "Bắt buộc nộp minh chứng (có/không)",
    "legal_basis": "Căn cứ pháp lý của chỉ tiêu",
    "source": "Nguồn (nếu khác nguồn của bộ)",
    "criterion_source": "Nguồn của tiêu chí (nếu khác nguồn của bộ)",
    "target_unverified_recall": "Mức ghi nhớ, chưa kiểm chứng",
    "confidence": "Độ tin cậy (high, medium, low)",
}
TEXT_FIELDS = (
    "unit", "agency", "evidence", "legal_basis", "source", "target_unverified_recall",
    "confidence",
)  # fmt: skip
WIDTHS = {"criterion": 24, "group": 18, "text": 60, "comparison": 11, "evidence": 30}
# What the comparison cell may say, as an officer writes it, and the rule it makes.
COMPARISONS = {"≥": ">=", "≤": "<=", ">": ">", "<": "<", "=": "==", "Đạt": "yes"}
_TYPED = {">=": ">=", "=>": ">=", "<=": "<=", "=<": "<=", "==": "=="}
EXAMPLE_MARK = "VÍ DỤ"
EXAMPLE = {
    "criterion_no": EXAMPLE_MARK,
    "criterion": "Dòng mẫu (không được nhập): xóa hoặc để nguyên",
    "code": "1.1",
    "text": "Tỷ lệ … (ghi đúng nội dung chỉ tiêu trong văn bản)",
    "unit": "%",
    "comparison": "≥",
    "group_1": "90 %",
    "group_2": "80 %",
    "group_3": 70,
    "agency": "Phòng Kinh tế",
    "evidence": "Báo cáo kết quả thực hiện, biên bản kiểm tra",
    "evidence_required": "có",
    "legal_basis": "Phụ lục I, Quyết định …/…/QĐ-TTg",
}
YES = {"co", "yes", "true", "1", "x"}
NO = {"khong", "no", "false", "0", ""}
_NUMBER_THEN_UNIT = re.compile(r"^\s*(-?[\d.,\s\u00a0]*\d)\s*(.*?)\s*$", re.DOTALL)


# -- export ------------------------------------------------------------------------------------
def export(db: Database, key_or_id: str, target: Path) -> CatalogInfo:
    # Deferred: openpyxl's writer is heavy and only this command writes a workbook.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    info = catalogs.get_info(db, key_or_id)
    document = catalogs.document(db, info.key)
    wrap = Alignment(wrap_text=True, vertical="top")
    book = Workbook()
    sheet = book.active
    sheet.title = INFO_SHEET
    sheet.append(["Khóa", "Nội dung", "Giá trị"])
    values = {
        **{name: document.get(name) for name in INFO_FIELDS},
        "period_from": info.period_from,
        "period_to": info.period_to,
        **{name: _flag_text(bool(document.get(name))) for name in FLAG_FIELDS},
        "sources": "\n".join(document.get("sources") or []) or None,
    }
    for name, label in INFO_FIELDS.items():
        sheet.append([name, label, values[name]])
    yes_no = DataValidation(type="list", formula1='"có,không"', allow_blank=True)
    sheet.add_data_validation(yes_no)
    for number, name in enumerate(INFO_FIELDS, start=2):
        if name in FLAG_FIELDS:
            yes_no.add(f"C{number}")
    for letter, width in zip("ABC", (16, 44, 90), strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, wrap)
    for cell in sheet[1]:
        cell.font = Font(bold=True)

    regions = sorted(
        {
            name
            for criterion in document["criteria"]
            for item in criterion["indicators"]
            for name in item.get("targets_by_region") or {}
        }
    )
    keys = list(INDICATOR_FIELDS)
    at = keys.index("group_3") + 1
    keys[at:at] = [REGION_KEY + name for name in regions]
    labels = [INDICATOR_FIELDS.get(key, f"Vùng: {key.removeprefix(REGION_KEY)}") for key in keys]
    sheet = book.create_sheet(INDICATOR_SHEET)
    sheet.append(labels)
    sheet.append(keys)
    sheet.append([EXAMPLE.get(key) for key in keys])
    for criterion in document["criteria"]:
        for item in criterion["indicators"] or [{}]:
            row = _row(criterion, item)
            sheet.append([row.get(key) for key in keys])
    last = max(sheet.max_row + 200, 500)
    for key, choices in (
        ("comparison", ",".join(COMPARISONS)),
        ("evidence_required", "có,không"),
        ("confidence", "high,medium,low"),
    ):
        rule = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        rule.error = f"Chọn một trong: {choices.replace(',', ', ')}."
        rule.showErrorMessage = True
        sheet.add_data_validation(rule)
        letter = sheets.column_letter(keys.index(key))
        rule.add(f"{letter}3:{letter}{last}")
    for index, key in enumerate(keys):
        sheet.column_dimensions[sheets.column_letter(index)].width = WIDTHS.get(key, 13)
    _wrap(sheet, wrap)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        cell.font = Font(italic=True, color="808080", size=9)
    for cell in sheet[3]:
        cell.font = Font(italic=True, color="7F6000")
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    sheet.freeze_panes = "A3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9
    with atomic_output(Path(target)) as temp:
        book.save(temp)
    return info


def _wrap(sheet: Any, alignment: Any) -> None:
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = alignment


def _row(criterion: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """One indicator as the cells of its row."""
    targets = {
        "target": item.get("target"),
        **{f"group_{g}": t for g, t in (item.get("targets_by_group") or {}).items()},
        **{REGION_KEY + r: t for r, t in (item.get("targets_by_region") or {}).items()},
    }
    rules = [t for t in targets.values() if isinstance(t, dict)]
    op = rules[0]["op"] if rules else None
    return {
        "criterion_no": criterion["no"],
        "criterion": criterion["name"],
        "group": criterion.get("group"),
        "criterion_source": criterion.get("source"),
        "code": item.get("code"),
        "text": item.get("text"),
        "comparison": next((shown for shown, rule in COMPARISONS.items() if rule == op), None),
        **{key: _target_cell(target) for key, target in targets.items()},
        "evidence_required": _flag_text(item.get("evidence_required")),
        **{name: item.get(name) for name in TEXT_FIELDS},
    }


def _target_cell(target: Any) -> Any:
    if not isinstance(target, dict):
        return target
    if target["op"] == "yes":
        return "Đạt"
    return target.get("value")


def _flag_text(value: Any) -> str | None:
    return None if value is None else ("có" if value else "không")


# -- import ------------------------------------------------------------------------------------
def read(path: Path) -> dict[str, Any]:
    """The catalog document the workbook holds; InvalidInput lists every bad cell."""
    path = Path(path)
    by_name = {sheet.name: sheet for sheet in sheets.read(path)}
    info_sheet, indicator_sheet = by_name.get(INFO_SHEET), by_name.get(INDICATOR_SHEET)
    if info_sheet is None or indicator_sheet is None:
        raise InvalidInput(
            f"Tệp {path.name} không phải bảng bộ tiêu chí: cần hai trang tính '{INFO_SHEET}' và "
            f"'{INDICATOR_SHEET}' như tệp xuất bằng lệnh 'ntm catalog export'."
        )
    problems: list[sheets.Problem] = []
    info = {
        str(row.cell(0)).strip(): (row.number, row.cell(2))
        for row in info_sheet.rows
        if str(row.cell(0) or "").strip() in INFO_FIELDS
    }
    document: dict[str, Any] = {}
    for name in ("id", "title", "legal_basis", "level", "tier", "region", "notes"):
        value = info.get(name, (None, None))[1]
        if not sheets.is_blank(value):
            document[name] = str(value).strip()
    if "legal_basis" not in document:
        problems.append(
            sheets.Problem(
                INFO_SHEET, info.get("legal_basis", (None, None))[0], 2, None,
                "chưa ghi căn cứ pháp lý: ghi số, ngày văn bản ban hành hoặc sửa đổi bộ tiêu "
                "chí, ví dụ 'Quyết định 51/2025/QĐ-TTg ngày 29/12/2025'; không có căn cứ thì "
                "không tạo phiên bản mới",
            )
        )  # fmt: skip
    period = []
    for name in ("period_from", "period_to"):
        number, value = info.get(name, (None, None))
        year = sheets.whole_number(value)
        if year is None:
            problems.append(
                sheets.Problem(INFO_SHEET, number, 2, value, "cần năm có bốn chữ số, ví dụ 2021")
            )
        period.append(year)
    document["period"] = period
    for name in FLAG_FIELDS:
        number, value = info.get(name, (None, None))
        flag = _flag(value)
        if flag is None:
            problems.append(sheets.Problem(INFO_SHEET, number, 2, value, "ghi 'có' hoặc 'không'"))
        if flag or name == "verified":
            document[name] = bool(flag)
    number, value = info.get("indicator_count", (None, None))
    if not sheets.is_blank(value):
        count = sheets.whole_number(value)
        if count is None or count < 1:
            problems.append(
                sheets.Problem(INFO_SHEET, number, 2, value, "ghi số nguyên dương, ví dụ 47")
            )
        else:
            document["indicator_count"] = count
    sources = info.get("sources", (None, None))[1]
    if not sheets.is_blank(sources):
        document["sources"] = [line.strip() for line in str(sources).splitlines() if line.strip()]
    document["criteria"] = _criteria(path, indicator_sheet, problems)
    if problems:
        raise sheets.problems_error(
            f"Tệp {path.name} có {len(problems)} ô không hợp lệ; chưa nhập gì. Hãy sửa các ô "
            "dưới đây rồi nhập lại.",
            problems,
        )
    if any(item.get("targets_by_group") for c in document["criteria"] for item in c["indicators"]):
        document["commune_groups"] = True
    return document


def _criteria(
    path: Path, sheet: sheets.Sheet, problems: list[sheets.Problem]
) -> list[dict[str, Any]]:
    header = sheets.find_header(sheet, lambda labels: "criterion_no" in labels and "code" in labels)
    if header is None:
        problems.append(
            sheets.Problem(
                sheet.name, None, None, None, "không thấy dòng khóa cột (criterion_no, code, …)"
            )
        )
        return []
    columns = {
        str(value).strip(): index
        for index, value in enumerate(sheet.rows[header].cells)
        if str(value or "").strip() in INDICATOR_FIELDS
        or str(value or "").strip().startswith(REGION_KEY)
    }
    if "targets_by_group" in {str(value or "").strip() for value in sheet.rows[header].cells}:
        raise InvalidInput(
            f"Tệp {path.name} được xuất bằng phiên bản trước của phần mềm (mức đạt chuẩn ghi dạng "
            "JSON); chưa nhập gì. Hãy xuất lại bộ tiêu chí bằng lệnh 'ntm catalog export' và chép "
            "các mức vào cột So sánh và các cột Mức đạt chuẩn, Nhóm 1, Nhóm 2, Nhóm 3 của tệp mới "
            "(ghi như 85 · 85 % · 36 triệu đồng · Đạt)."
        )
    criteria: dict[int, dict[str, Any]] = {}
    for row in sheets.data_rows(sheet, header + 1):

        def get(name: str, row: sheets.Row = row) -> Any:
            value = row.cell(columns[name]) if name in columns else None
            return None if sheets.is_blank(value) else value

        def problem(name: str, reason: str, row: sheets.Row = row) -> None:
            problems.append(sheets.Problem.at(sheet, row, columns[name], reason))

        if sheets.label(get("criterion_no")) == fold(EXAMPLE_MARK):
            continue
        no = sheets.whole_number(get("criterion_no"))
        if no is None:
            problems.append(
                sheets.Problem(
                    sheet.name, row.number, columns.get("criterion_no"), get("criterion_no"),
                    "số tiêu chí phải là số nguyên",
                )
            )  # fmt: skip
            continue
        criterion = criteria.setdefault(
            no, {"no": no, "name": str(get("criterion") or "").strip(), "indicators": []}
        )
        for name, key in (("group", "group"), ("criterion_source", "source")):
            if get(name) is not None and key not in criterion:
                criterion[key] = str(get(name)).strip()
        if get("code") is None:
            continue
        indicator: dict[str, Any] = {
            "code": _code(get("code")),
            "text": str(get("text") or "").strip(),
        }
        for name in TEXT_FIELDS:
            if get(name) is not None:
                indicator[name] = str(get(name)).strip()
        _read_targets(indicator, columns, get, problem)
        if get("evidence_required") is not None:
            flag = _flag(get("evidence_required"))
            if flag is None:
                problem("evidence_required", "ghi 'có' hoặc 'không'")
            indicator["evidence_required"] = bool(flag)
        criterion["indicators"].append(indicator)
    return list(criteria.values())


def _read_targets(
    indicator: dict[str, Any], columns: dict[str, int], get: Any, problem: Any
) -> None:
    """The row's targets from its comparison and its target cells, or a problem per bad cell."""
    op = None
    if get("comparison") is not None:
        op = _comparison(get("comparison"))
        if op is None:
            problem("comparison", "chọn một trong danh sách: ≥, ≤, >, <, =, Đạt")
            return
    cells = {
        name: get(name)
        for name in columns
        if name in ("target", *(f"group_{g}" for g in GROUPS)) or name.startswith(REGION_KEY)
    }
    found: dict[str, Any] = {}
    filled = {name: value for name, value in cells.items() if value is not None}
    for name, value in filled.items():
        try:
            found[name] = _target(op, value, indicator.get("unit"))
        except ValueError as error:
            problem(name, str(error))
    if op == "yes" and not filled:
        found["target"] = {"op": "yes"}
    if op not in (None, "yes") and not filled:
        problem("comparison", "đã chọn phép so sánh nhưng chưa ghi mức cần đạt ở ô nào của dòng")
    if "target" in found:
        indicator["target"] = found["target"]
    groups = {g: found[f"group_{g}"] for g in GROUPS if f"group_{g}" in found}
    if groups:
        indicator["targets_by_group"] = groups
    regions = {
        name.removeprefix(REGION_KEY).strip(): target
        for name, target in found.items()
        if name.startswith(REGION_KEY)
    }
    if regions:
        indicator["targets_by_region"] = regions


def _comparison(value: Any) -> str | None:
    text = str(value).strip()
    if text in COMPARISONS:
        return COMPARISONS[text]
    if fold(text) == "dat":
        return "yes"
    return _TYPED.get(text.replace(" ", ""))


def _target(op: str | None, value: Any, unit: str | None) -> Any:
    """One target cell under the row's comparison; ValueError says what is wrong and what to do."""
    text = str(value).strip()
    if text.startswith("{"):
        raise ValueError(
            "không ghi dạng JSON: chọn phép so sánh ở cột So sánh và ghi mức ở ô này, ví dụ 85"
        )
    if op == "yes":
        if fold(text) != "dat":
            raise ValueError("với phép so sánh 'Đạt' ô này ghi 'Đạt' hoặc để trống")
        return {"op": "yes"}
    if op is None:
        if isinstance(value, int | float) or _number_and_unit(value, unit, quiet=True):
            raise ValueError(
                "mức là số nhưng chưa chọn phép so sánh (≥, ≤, >, <, =) ở cột So sánh của dòng"
            )
        return text
    return {"op": op, "value": _number_and_unit(value, unit)}


def _number_and_unit(value: Any, unit: str | None, *, quiet: bool = False) -> float | int | None:
    """85 · "85 %" · "36 triệu đồng" (a unit matching the indicator's unit) as a number."""
    if isinstance(value, str):
        match = _NUMBER_THEN_UNIT.match(value)
        if match is None:
            if quiet:
                return None
            raise ValueError("cần một số kiểu Việt Nam, ví dụ 85 · 85 % · 16,3 · 1.274.790")
        number, written = match.group(1), match.group(2)
    else:
        number, written = value, ""
    try:
        parsed = indicator_values.parse_number(number, "Mức cần đạt")
    except InvalidInput as error:
        if quiet:
            return None
        raise ValueError(error.message) from None
    if written and not _same_unit(written, unit):
        if quiet:
            return None
        raise ValueError(
            f"đơn vị '{written}' khác đơn vị tính của chỉ tiêu ('{unit or 'không có'}'): ghi số "
            "theo đơn vị ở cột Đơn vị tính, hoặc sửa cột đó"
        )
    return parsed


def _same_unit(written: str, unit: str | None) -> bool:
    """ "%" for %, "triệu đồng" for "triệu đồng/người/năm": the start of the unit is enough."""
    if not unit:
        return False
    return fold(unit).replace(" ", "").startswith(fold(written).replace(" ", ""))


def _code(value: Any) -> str:
    """Indicator codes such as 2.1 come back from Excel as numbers."""
    if isinstance(value, float):
        return repr(value)
    return str(value).strip()


def _flag(value: Any) -> bool | None:
    text = sheets.label(value) if not isinstance(value, bool | int) else str(int(value))
    if text in YES:
        return True
    if text in NO:
        return False
    return None


# -- comparing and storing -----------------------------------------------------------------------
def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """Content only: optional fields left empty or false count as absent, the period is explicit."""
    out = {
        key: value
        for key, value in document.items()
        if key not in ("version", "criteria")
        and value not in (None, "", [])
        and not (key in FLAG_FIELDS and key != "verified" and value is False)
    }
    out["period"] = list(catalogs.period_of(document))
    out["criteria"] = [
        {key: value for key, value in criterion.items() if value not in (None, "")}
        | {
            "indicators": [
                {key: value for key, value in item.items() if value not in (None, "")}
                for item in criterion["indicators"]
            ]
        }
        for criterion in document["criteria"]
    ]
    return out


_SHOWN_FIELDS = {
    "text": "Nội dung",
    "unit": "Đơn vị tính",
    "target": "Mức đạt chuẩn",
    "targets_by_group": "Mức theo nhóm",
    "targets_by_region": "Mức theo vùng",
    "agency": "Cơ quan phụ trách",
    "evidence": "Minh chứng cần có",
    "evidence_required": "Bắt buộc nộp minh chứng",
    "legal_basis": "Căn cứ pháp lý",
    "source": "Nguồn",
    "target_unverified_recall": "Mức ghi nhớ",
    "confidence": "Độ tin cậy",
}


def changes(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """What importing `new` over the stored `old` changes, a line each, in Vietnamese."""
    new = _comparable(new)
    if old is None:
        count = sum(len(c["indicators"]) for c in new["criteria"])
        return [f"Bộ tiêu chí mới: {len(new['criteria'])} tiêu chí, {count} chỉ tiêu."]
    old = _comparable(old)
    lines = [
        f"{INFO_FIELDS.get(key, key)}: {_shown(old.get(key))} → {_shown(new.get(key))}"
        for key in INFO_FIELDS
        if key not in ("id", "period_from", "period_to") and old.get(key) != new.get(key)
    ]
    if old["period"] != new["period"]:
        lines.append(f"Giai đoạn: {'-'.join(map(str, old['period']))} → "
                     f"{'-'.join(map(str, new['period']))}")  # fmt: skip
    before = {c["no"]: c for c in old["criteria"]}
    after = {c["no"]: c for c in new["criteria"]}
    for no in sorted(set(before) | set(after)):
        if no not in after:
            lines.append(f"Bỏ tiêu chí {no}. {before[no]['name']}")
        elif no not in before:
            lines.append(f"Thêm tiêu chí {no}. {after[no]['name']}")
        elif before[no]["name"] != after[no]["name"]:
            lines.append(f"Tiêu chí {no}: tên '{before[no]['name']}' → '{after[no]['name']}'")
    was = {i["code"]: i for c in old["criteria"] for i in c["indicators"]}
    now = {i["code"]: i for c in new["criteria"] for i in c["indicators"]}
    for code in [code for code in was if code not in now]:
        lines.append(f"Bỏ chỉ tiêu {code} {was[code]['text']}")
    for code, item in now.items():
        if code not in was:
            lines.append(f"Thêm chỉ tiêu {code} {item['text']}")
            continue
        for key, name in _SHOWN_FIELDS.items():
            if was[code].get(key) != item.get(key):
                lines.append(
                    f"Chỉ tiêu {code} · {name}: {_shown(was[code].get(key))} → "
                    f"{_shown(item.get(key))}"
                )
    return lines


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, dict) and "op" in value:
        return indicator_values.format_target(value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_shown(target)}" for key, target in value.items())
    return str(value)


def import_file(
    db: Database, path: Path, *, dry_run: bool = False
) -> tuple[CatalogInfo | None, str, list[str]]:
    """Store the workbook's set: 'new', 'new-version', or 'unchanged' (nothing written), with
    the changes against the latest stored version. With `dry_run` nothing is written and the
    info is the stored version's (None for a set not held yet)."""
    document = read(path)
    catalogs.check_document(document)
    try:
        stored = catalogs.document(db, document["id"])
    except NotFound:
        stored = None
    found = changes(stored, document)
    if stored is not None and _comparable(stored) == _comparable(document):
        return catalogs.get_info(db, document["id"]), "unchanged", []
    if dry_run:
        info = None if stored is None else catalogs.get_info(db, document["id"])
        return info, "new" if stored is None else "new-version", found
    with db.transaction():
        info, outcome = catalogs.import_document(db, document)
    return info, outcome, found
