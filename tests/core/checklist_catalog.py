"""A small commune catalog with machine-checkable targets (the shipped ones have none yet)."""

from __future__ import annotations

from typing import Any

from ntm_desktop.criteria import catalogs
from ntm_desktop.storage import Database

DOCUMENT: dict[str, Any] = {
    "id": "xa-thu-nghiem-2020-2021",
    "title": "Bộ tiêu chí thử nghiệm",
    "legal_basis": "Không (dùng cho kiểm thử)",
    "level": "commune",
    "tier": "standard",
    "verified": True,
    "criteria": [
        {
            "no": 1,
            "name": "Giao thông",
            "indicators": [
                {
                    "code": "1.1",
                    "text": "Tỷ lệ đường xã được nhựa hóa",
                    "unit": "%",
                    "target": {"op": ">=", "value": 100},
                },
                {"code": "1.2", "text": "Đường thôn sạch, không lầy lội", "target": "Đạt"},
            ],
        },
        {
            "no": 2,
            "name": "Thu nhập",
            "indicators": [
                {
                    "code": "2.1",
                    "text": "Thu nhập bình quân đầu người",
                    "unit": "triệu đồng/người/năm",
                    "target": {"op": ">=", "value": 45},
                }
            ],
        },
        {"no": 3, "name": "Y tế", "indicators": []},
        {
            "no": 4,
            "name": "Quốc phòng",
            "indicators": [
                {"code": "4.1", "text": "Có dân quân vững mạnh", "target": {"op": "yes"}}
            ],
        },
    ],
}


def install(db: Database, unit_code: str = "07354", year: int = 2020) -> str:
    """Import the catalog and choose it for the unit and year; returns its key."""
    from ntm_desktop.checklist import assessments

    info, _ = catalogs.import_document(db, DOCUMENT)
    assessments.choose(db, unit_code, year, tier="standard", catalog_key=info.key)
    return info.key
