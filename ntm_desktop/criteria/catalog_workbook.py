"""A criteria set as a workbook the province office completes from the official text.

Sheet "Thông tin": the set's identity and legal basis, one field per row. Sheet "Chỉ tiêu":
one row per indicator (a criterion whose indicators are not known yet has one row without a
code). A machine-readable key row under the Vietnamese headers lets the import find every
column whatever the office does to the layout above it. Importing the workbook back makes a new
version of the set when, and only when, its content changed.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.files import atomic_output
from ntm_desktop.common.numbers import parse_decimal
from ntm_desktop.criteria import catalogs
from ntm_desktop.criteria.catalogs import CatalogInfo
from ntm_desktop.storage import Database
from ntm_desktop.tables import sheets

INFO_SHEET = "Thông tin"
INDICATOR_SHEET = "Chỉ tiêu"
INFO_FIELDS = {
    "id": "Mã bộ tiêu chí",
    "title": "Tên bộ tiêu chí",
    "legal_basis": "Căn cứ pháp lý (số, ngày văn bản)",
    "level": "Cấp (commune, district, village, province)",
    "tier": "Hạng (standard, advanced, model)",
    "region": "Vùng",
    "period_from": "Áp dụng từ năm",
    "period_to": "Áp dụng đến năm",
    "verified": "Đã đối chiếu văn bản gốc (có/không)",
    "notes": "Ghi chú",
    "sources": "Nguồn (mỗi dòng một nguồn)",
}
INDICATOR_FIELDS = {
    "criterion_no": "Số tiêu chí",
    "criterion": "Tên tiêu chí",
    "group": "Nhóm tiêu chí",
    "code": "Mã chỉ tiêu",
    "text": "Nội dung chỉ tiêu",
    "unit": "Đơn vị tính",
    "target": "Mức đạt chuẩn",
    "targets_by_group": "Mức theo nhóm xã/vùng (JSON)",
    "target_unverified_recall": "Mức ghi nhớ, chưa kiểm chứng",
    "confidence": "Độ tin cậy (high, medium, low)",
    "evidence_required": "Cần minh chứng (có/không)",
}
WIDTHS = {"criterion": 24, "group": 22, "text": 60, "target": 18, "targets_by_group": 22}
YES = {"co", "yes", "true", "1", "x"}
NO = {"khong", "no", "false", "0", ""}


def export(db: Database, key_or_id: str, target: Path) -> CatalogInfo:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    info = catalogs.get_info(db, key_or_id)
    document = catalogs.document(db, info.key)
    book = Workbook()
    sheet = book.active
    sheet.title = INFO_SHEET
    sheet.append(["Khóa", "Nội dung", "Giá trị"])
    values = {
        **{name: document.get(name) for name in INFO_FIELDS},
        "period_from": info.period_from,
        "period_to": info.period_to,
        "verified": "có" if info.verified else "không",
        "sources": "\n".join(document.get("sources") or []) or None,
    }
    for name, label in INFO_FIELDS.items():
        sheet.append([name, label, values[name]])
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 38
    sheet.column_dimensions["C"].width = 90
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)

    sheet = book.create_sheet(INDICATOR_SHEET)
    sheet.append(list(INDICATOR_FIELDS.values()))
    sheet.append(list(INDICATOR_FIELDS))
    for criterion in document["criteria"]:
        for indicator in criterion["indicators"] or [{}]:
            sheet.append(
                [
                    criterion["no"],
                    criterion["name"],
                    criterion.get("group"),
                    indicator.get("code"),
                    indicator.get("text"),
                    indicator.get("unit"),
                    _target_text(indicator.get("target")),
                    _json_text(indicator.get("targets_by_group")),
                    indicator.get("target_unverified_recall"),
                    indicator.get("confidence"),
                    _flag_text(indicator.get("evidence_required")),
                ]
            )
    for index, name in enumerate(INDICATOR_FIELDS):
        sheet.column_dimensions[chr(65 + index)].width = WIDTHS.get(name, 12)
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        cell.font = Font(italic=True, color="808080", size=9)
    sheet.freeze_panes = "A3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9
    with atomic_output(Path(target)) as temp:
        book.save(temp)
    return info


def _target_text(target: Any) -> str | None:
    if target is None or isinstance(target, str):
        return target
    return json.dumps(target, ensure_ascii=False)


def _json_text(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _flag_text(value: Any) -> str | None:
    return None if value is None else ("có" if value else "không")


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
    number, value = info.get("verified", (None, None))
    verified = _flag(value)
    if verified is None:
        problems.append(sheets.Problem(INFO_SHEET, number, 2, value, "ghi 'có' hoặc 'không'"))
    document["verified"] = bool(verified)
    sources = info.get("sources", (None, None))[1]
    if not sheets.is_blank(sources):
        document["sources"] = [line.strip() for line in str(sources).splitlines() if line.strip()]
    document["criteria"] = _criteria(indicator_sheet, problems)
    if problems:
        raise sheets.problems_error(
            f"Tệp {path.name} có {len(problems)} ô không hợp lệ; chưa nhập gì. Hãy sửa các ô "
            "dưới đây rồi nhập lại.",
            problems,
        )
    return document


def _criteria(sheet: sheets.Sheet, problems: list[sheets.Problem]) -> list[dict[str, Any]]:
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
    }
    criteria: dict[int, dict[str, Any]] = {}
    for row in sheets.data_rows(sheet, header + 1):

        def get(name: str, row: sheets.Row = row) -> Any:
            value = row.cell(columns[name]) if name in columns else None
            return None if sheets.is_blank(value) else value

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
            no,
            {"no": no, "name": str(get("criterion") or "").strip(), "indicators": []}
            | ({"group": str(get("group")).strip()} if get("group") else {}),
        )
        if get("code") is None:
            continue
        indicator: dict[str, Any] = {
            "code": _code(get("code")),
            "text": str(get("text") or "").strip(),
        }
        for name in ("unit", "target_unverified_recall", "confidence"):
            if get(name) is not None:
                indicator[name] = str(get(name)).strip()
        for name, parse in (("target", _target), ("targets_by_group", _json)):
            if get(name) is not None:
                try:
                    indicator[name] = parse(get(name))
                except ValueError as exc:
                    problems.append(
                        sheets.Problem(sheet.name, row.number, columns[name], get(name), str(exc))
                    )
        if get("evidence_required") is not None:
            flag = _flag(get("evidence_required"))
            if flag is None:
                problems.append(
                    sheets.Problem(
                        sheet.name, row.number, columns["evidence_required"],
                        get("evidence_required"), "ghi 'có' hoặc 'không'",
                    )
                )  # fmt: skip
            indicator["evidence_required"] = bool(flag)
        criterion["indicators"].append(indicator)
    return list(criteria.values())


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


def _target(value: Any) -> Any:
    text = str(value).strip()
    return _json(text) if text.startswith("{") else text


def _json(value: Any) -> Any:
    """A target written as JSON; its numbers follow common.numbers' limits (no NaN, no 1e308)."""
    try:
        return json.loads(
            str(value), parse_float=_json_float, parse_int=_json_int, parse_constant=_json_constant
        )
    except json.JSONDecodeError:
        raise ValueError('không đọc được dạng JSON; ví dụ {"op": ">=", "value": 90}') from None
    except RecursionError:
        raise ValueError('dạng JSON lồng quá sâu; ví dụ đúng {"op": ">=", "value": 90}') from None


def _json_float(text: str) -> float:
    return float(_json_number(text))


def _json_int(text: str) -> int:
    return int(_json_number(text))


def _json_number(text: str) -> Decimal:
    try:
        return parse_decimal(Decimal(text), "Số trong chỉ tiêu", negative=True)
    except InvalidInput as error:
        raise ValueError(error.message) from None


def _json_constant(text: str) -> Any:
    raise ValueError(f"'{text}' không phải là số hữu hạn; hãy ghi số, ví dụ 90.")


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """Content only: optional fields left empty count as absent, the period is explicit."""
    out = {
        key: value
        for key, value in document.items()
        if key not in ("version", "criteria") and value not in (None, "", [])
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


def import_file(db: Database, path: Path) -> tuple[CatalogInfo, str]:
    """Store the workbook's set: 'new', 'new-version', or 'unchanged' (nothing written)."""
    document = read(path)
    catalogs.check_document(document)
    try:
        stored = catalogs.document(db, document["id"])
    except InvalidInput:
        stored = None
    if stored is not None and _comparable(stored) == _comparable(document):
        return catalogs.get_info(db, document["id"]), "unchanged"
    with db.transaction():
        return catalogs.import_document(db, document)
