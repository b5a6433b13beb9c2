"""What one import did, stored with the bundle and shown to the user in Vietnamese."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

APPLIED = "applied"
DUPLICATE = "duplicate"
REFUSED = "refused"
# Not imported because of this machine (a read-only, locked or full disk): the bundle is fine.
FAILED = "failed"

GAPS_LISTED = 50


def missing(seqs: Iterable[int], limit: int = GAPS_LISTED) -> list[int]:
    """The first `limit` numbers from 1 to the highest of `seqs` that `seqs` lacks. Bounded by
    `limit`, not by the numbers: a signed bundle numbered 2^53 must not make a list that long."""
    found: list[int] = []
    expected = 1
    for seq in sorted(set(seqs)):
        while expected < seq and len(found) < limit:
            found.append(expected)
            expected += 1
        if len(found) == limit:
            break
        expected = seq + 1
    return found


@dataclass
class ImportSummary:
    file_name: str
    status: str = REFUSED
    reason: str = ""
    sender_office: str = ""
    sender_name: str = ""
    device_seq: int = 0
    part: tuple[int, int] = (1, 1)
    ops: int = 0
    new: int = 0
    duplicate: int = 0
    conflicts: list[str] = field(default_factory=list)
    pending_rows: int = 0
    missing_files: list[str] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)
    clock_warnings: list[str] = field(default_factory=list)
    catalogs: list[str] = field(default_factory=list)
    quarantined_as: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ImportSummary:
        data: dict[str, Any] = json.loads(text)
        data["part"] = tuple(data["part"])
        return cls(**data)

    def lines(self) -> list[str]:
        sender = self.sender_name or self.sender_office
        if self.status == DUPLICATE:
            return [f"{self.file_name}: đã nhập trước đây, không có gì thay đổi."]
        if self.status == FAILED:
            return [
                f"{self.file_name}: CHƯA NHẬP ĐƯỢC — {self.reason}",
                "  Lỗi ở máy này, không phải ở gói: gói vẫn ở chỗ cũ, không bị đưa vào thư mục "
                "cách ly; tệp dữ liệu không thay đổi. Hãy khắc phục rồi nhập lại.",
            ]
        if self.status == REFUSED:
            lines = [f"{self.file_name}: BỊ TỪ CHỐI — {self.reason}"]
            if self.quarantined_as:
                lines.append(f"  Tệp được giữ trong thư mục cách ly: {self.quarantined_as}")
            lines.append("  Tệp dữ liệu không thay đổi.")
            return lines
        part = f" (phần {self.part[0]}/{self.part[1]})" if self.part[1] > 1 else ""
        lines = [
            f"{self.file_name}: đã nhập gói số {self.device_seq} từ {sender}{part}.",
            f"  Thay đổi: {self.ops} — mới {self.new}, trùng {self.duplicate}, "
            f"xung đột {len(self.conflicts)}, bị từ chối 0.",
        ]
        if self.pending_rows:
            lines.append(
                f"  {self.pending_rows} bản ghi đang chờ gói trước đó để hoàn chỉnh "
                "(dữ liệu đã được giữ)."
            )
        lines.extend(f"  Bộ tiêu chí mới: {name}" for name in self.catalogs)
        lines.extend(f"  Đang chờ tệp minh chứng {digest}" for digest in self.missing_files)
        lines.extend(f"  Thiếu gói số {seq} từ {sender}." for seq in self.gaps)
        lines.extend(f"  Cảnh báo đồng hồ: {warning}" for warning in self.clock_warnings)
        return lines
