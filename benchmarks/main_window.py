"""The main window on a national-size tree (63 provinces, 700 districts, ~10,600 communes,
~80,000 villages, synthetic names): start-up to a painted window, tree first paint, one expand
(with the score/tier labels read for the fetched children), one search keystroke.
Targets in shared/design/performance.md. Prints figures; asserts nothing.

Run from the repository root: python benchmarks/main_window.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ntm_desktop.common.text import fold  # noqa: E402
from ntm_desktop.criteria import catalogs  # noqa: E402
from ntm_desktop.session.data_file import open_data_file  # noqa: E402
from ntm_desktop.storage import units as unit_rows  # noqa: E402

SYLLABLES = ("Tân", "Yên", "Việt", "Lập", "Phúc", "Hòa", "An", "Đông", "Sơn", "Thịnh", "Lạc")

STARTUP = """
import time
started = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication
from ntm_desktop.session.data_file import open_data_file
from ui.main_window import MainWindow
app = QApplication([])
db = open_data_file(sys.argv[1])
window = MainWindow(db)
window.show()
app.processEvents()
window.grab()
print((time.perf_counter() - started) * 1000)
"""


def name(number: int) -> str:
    return f"{SYLLABLES[number % 11]} {SYLLABLES[(number // 11) % 11]} {number}"


def build(path: Path) -> None:
    rows = []
    for p in range(63):
        province = f"{p + 1:02d}"
        rows.append((province, f"Tỉnh {name(p)}", "province", None, province))
        for d in range(11):
            district = f"{province}{d:02d}"
            rows.append((district, f"Huyện {name(p * 11 + d)}", "district", province, province))
            for c in range(15):
                commune = f"{district}{c:02d}"
                rows.append(
                    (commune, f"Xã {name(p * 165 + d * 15 + c)}", "commune", district, province)
                )
                for v in range(8):
                    rows.append(
                        (f"{commune}.{v + 1:03d}", f"Thôn {name(v)}", "village", commune, commune)
                    )
    with open_data_file(path, create=True) as db:
        unit_rows.insert_many(
            db,
            (
                (code, label, fold(label), level_kind(level), level, parent, None, None, owner)
                for code, label, level, parent, owner in rows
            ),
            [],
        )
        catalogs.load_shipped(db)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"national tree: {len(rows)} units")


def level_kind(level: str) -> str:
    return {"province": "tỉnh", "district": "huyện", "commune": "xã", "village": "thôn"}[level]


def in_process(path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QTreeView

    from ntm_desktop.checklist import assessments
    from ui.main_window import MainWindow
    from ui.models.unit_tree_model import UnitTreeModel

    app = QApplication.instance() or QApplication([])
    db = open_data_file(path)
    for code in ("010000", "010001", "010002"):
        assessments.set_indicator(db, code, 2020, "1.1", met="yes")
    paints, expands = [], []
    for _ in range(7):
        started = time.perf_counter()
        model = UnitTreeModel(db, date(2020, 6, 30))
        view = QTreeView()
        view.setUniformRowHeights(True)
        view.setModel(model)
        view.show()
        view.grab()
        paints.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        view.expand(model.index(0, 0))
        view.expand(model.index(0, 0, model.index(0, 0)))
        view.grab()
        expands.append((time.perf_counter() - started) * 1000 / 2)
        view.close()
    print(f"tree first paint: median {statistics.median(paints):.1f} ms (target ≤ 60 ms)")
    print(f"expand with labels: median {statistics.median(expands):.1f} ms (target ≤ 16 ms)")
    window = MainWindow(db)
    window.show()
    keystrokes = []
    for text in ("t", "ta", "tan", "tan ", "tan y", "tan ye", "tan yen", "viet", "viet lap"):
        window.search.setText(text)
        started = time.perf_counter()
        window._run_search()
        keystrokes.append((time.perf_counter() - started) * 1000)
        window.search.completer().popup().hide()
    print(
        f"search keystroke: median {statistics.median(keystrokes):.1f} ms, "
        f"max {max(keystrokes):.1f} ms (target ≤ 50 ms)"
    )
    started = time.perf_counter()
    window.select_unit("010000")
    app.processEvents()
    print(f"select a commune, checklist shown: {(time.perf_counter() - started) * 1000:.1f} ms")
    db.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "national.db"
        build(path)
        runs = []
        for _ in range(5):
            result = subprocess.run(
                [sys.executable, "-c", STARTUP, str(path)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            runs.append(float(result.stdout.strip().splitlines()[-1]))
        print(
            f"start-up to a painted main window (imports included, warm): median "
            f"{statistics.median(runs):.0f} ms (target ≤ 170 ms warm)"
        )
        in_process(path)


if __name__ == "__main__":
    main()
