"""A commune's dossier inputs filled in completely, for the tests and the dossier benchmark."""

from __future__ import annotations

COMPLETE_INPUTS = {
    "proposal_number": "15/TTr-UBND",
    "proposal_date": "05/01/2026",
    "signer_name": "Nguyễn Văn Bình",
    "survey_issued": 300,
    "survey_returned": 280,
    "survey_satisfied": 266,
    "posted_from": "01/12/2025",
    "posted_to": "15/12/2025",
    "meeting_date": "20/12/2025",
    "meeting_start": "8h",
    "meeting_end": "10:30",
    "attendees": [
        "Thường trực Đảng ủy xã: 3 người",
        "Thường trực HĐND, UBND xã: 5 người",
        "Ủy ban MTTQ và các đoàn thể xã: 7 người",
        "Trưởng thôn, Bí thư chi bộ thôn: 12 người",
    ],
    "front_representative": "Lê Văn Minh, Chủ tịch Ủy ban MTTQ xã",
    "meeting_place": "Hội trường Ủy ban nhân dân xã",
    "meeting_chair": "Nguyễn Văn Bình",
    "meeting_secretary": "Trần Thị Hoa",
    "members_present": 27,
    "votes_for": 25,
    "construction_debt": 0,
}
