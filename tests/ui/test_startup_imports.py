"""Opening the main window must not import the heavy libraries (~350 ms together, see
shared/design/performance.md): reports, Excel, PDF reading, schema validation and the
bundles' signatures are imported where first needed. Checked in a fresh process, since
this one has them loaded."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "openpyxl", "pypdf", "jsonschema", "cryptography")

SCRIPT = """
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


def test_main_window_starts_without_heavy_libraries(db_path, tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path), str(tmp_path / "settings")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "ui" in loaded and "ntm_desktop" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
