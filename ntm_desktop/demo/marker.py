"""How a demonstration file says what it is: one meta entry, read by the window at start (so
this module imports nothing heavy)."""

from __future__ import annotations

from ntm_desktop.storage import Database

DEMO_KEY = "demo"
DEMO_TEXT = (
    "Dữ liệu mẫu để làm quen với phần mềm: kế hoạch, nguồn vốn, chỉ tiêu năm 2020 lấy từ văn "
    "bản của tỉnh Bắc Giang; kết quả từng xã do phần mềm tạo theo quy tắc, không phải kết quả "
    "thật của xã nào."
)


def is_demo(db: Database) -> bool:
    return db.get_meta(DEMO_KEY) is not None
