"""Starting must not import what the first paint does not need: the heavy libraries (~350 ms
together, see shared/design/performance.md: reports, Excel, PDF reading, schema validation and
the bundles' signatures), nor what the app defers until after the window has painted (the
backup archives, the checklist's and the plans' rules, the first-start wizard, the log file's
handlers, the later menus). Checked in a fresh process, since this one has them loaded."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "openpyxl", "pypdf", "jsonschema", "cryptography")
# Imported where first used, after the first paint (or never, on a plain start).
DEFERRED = (
    "logging.handlers",  # the crash net's log file opens after the first paint
    "ntm_desktop.backups.backups",  # the day's backup runs after the background integrity check
    "ntm_desktop.backups.backup_archive",
    "ntm_desktop.checklist.assessments",  # the unit's page, built after the tree has painted
    "ntm_desktop.village_plans.village_plans",
    "ntm_desktop.criteria.catalogs",
    "ntm_desktop.tables.sheets",
    "ui.dialogs.first_start_wizard",  # shown once, at a laptop's first start
    "ui.actions.backup_actions",  # the Sao lưu and Trợ giúp menus join after the first paint
    "ui.actions.help_menu",
    "ui.actions.village_menu",  # the tree's context menu, likewise
    "ui.jobs",  # the background integrity check starts after it
    "ui.messages",  # only a failed start reports
    "platformdirs",  # the per-user folders: a start on a given data file asks once the log opens
    "html",  # the help pages
    "uuid",  # ids are made for a new file or device, not to open one
    "hashlib",  # OpenSSL: nothing is hashed to open a file
    "dataclasses",  # the records the first paint reads are NamedTuples (a dataclass: ~0.8 ms)
)

WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = QApplication([])
from ui.app import open_data_file
from ui.main_window import MainWindow
window = MainWindow(open_data_file(Path(sys.argv[1])))
window.show()
app.processEvents()
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""

# `ntm-desktop --smoke-test` itself, the modules it holds when the tree first paints.
REAL_START = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QTreeView
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from ui import app

painted = []

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(sorted(sys.modules))
        return False

watch = Watch()

class Watched(app.MainWindow):
    def __init__(self, *args):
        super().__init__(*args)
        self.findChild(QTreeView).viewport().installEventFilter(watch)

app.MainWindow = Watched
assert app.main(["--db", sys.argv[1], "--smoke-test"]) == 0
print(json.dumps(painted[0]))
"""


def _modules(script: str, db_path: Path, settings: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path), str(settings)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_main_window_starts_without_heavy_libraries(db_path, tmp_path):
    loaded = _modules(WINDOW, db_path, tmp_path / "settings")
    assert "ui" in loaded and "ntm_desktop" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_the_real_start_paints_without_what_it_defers(db_path, tmp_path):
    loaded = _modules(REAL_START, db_path, tmp_path / "settings")
    assert "ui.main_window" in loaded and "ntm_desktop.storage" in loaded
    tops = {name.split(".")[0] for name in loaded}
    assert tops.isdisjoint(HEAVY), sorted(tops & set(HEAVY))
    assert loaded.isdisjoint(DEFERRED), sorted(loaded & set(DEFERRED))
