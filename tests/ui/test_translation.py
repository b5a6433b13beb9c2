import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from ui import translation
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TS = translation.TRANSLATIONS / "ntm_en.ts"


def test_vietnamese_unless_english_is_chosen():
    assert translation.choose(None) == "vi"
    assert translation.choose("en") == "en"
    assert translation.choose("vi") == "vi"
    assert translation.choose("fr") == "vi"


def test_every_message_is_translated_and_the_compiled_file_is_current(tmp_path):
    messages = list(ET.parse(TS).iter("message"))
    assert messages
    assert all(
        m.find("translation").text and not m.find("translation").get("type") for m in messages
    )
    tool = Path(os.path.dirname(PySide6.__file__)) / "lrelease"
    fresh = tmp_path / "ntm_en.qm"
    subprocess.run([str(tool), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (translation.TRANSLATIONS / "ntm_en.qm").read_bytes()


def test_english_interface(qtbot, db, qapp):
    assert translation.install(qapp, "en") == "en"
    try:
        window = MainWindow(db)
        window.resize(1366, 768)
        window.show()
        qtbot.addWidget(window)
        window.select_unit("07354")
        assert window.windowTitle() == "NTM Desktop — New Rural Development management"
        page = window.page.checklist
        assert page.score.text() == "Criteria met: 0/19"
        assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Assessment"
        SCREENSHOTS.mkdir(exist_ok=True)
        assert window.grab().save(str(SCREENSHOTS / "checklist-english.png"))
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
