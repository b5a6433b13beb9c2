"""Regression guard for the PySide6 6.12.0 / Python 3.11 trap (shared/design/performance.md).

That combination lowers the reference count of None by one on every call of a Qt method that
returns nothing, and a big model then aborts the process ("Fatal Python error: none_dealloc").
On Python >= 3.12 None is immortal and its count never moves, so the test holds there too.
"""

import sys

from PySide6.QtGui import QStandardItem

CALLS = 1_000_000
BATCH = 1_000  # far below the count of None in a fresh process (~5,000)


def test_void_qt_calls_leave_the_refcount_of_none_alone():
    item = QStandardItem()
    set_text = item.setText
    before = sys.getrefcount(None)
    for done in range(BATCH, CALLS + 1, BATCH):
        for _ in range(BATCH):
            set_text("Xã Việt Lập")
        # A broken binding loses one per call; stop long before None's count reaches zero, which
        # would abort the whole test run instead of failing this test.
        drift = before - sys.getrefcount(None)
        assert drift < BATCH // 2, f"refcount of None fell by {drift:,} after {done:,} calls"
    assert item.text() == "Xã Việt Lập"
