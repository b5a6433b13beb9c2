"""The Trợ giúp menu: a guide per office, the shortcuts the menus really have, and Giới thiệu
naming the version and the licence of every library the app depends on."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from ntm_desktop import __version__
from ui import app
from ui.actions import help_menu

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def session(qtbot, db):
    session = app.Session(db)
    qtbot.addWidget(session.window)
    return session


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_help_is_the_last_menu_and_each_office_has_its_guide(session, qtbot):
    window = session.window
    with qtbot.waitSignal(window.first_painted):
        window.show()  # the Sao lưu and Trợ giúp menus join once the window has painted
    assert _menu_titles(window) == ["&Tệp", "&Sửa", "Sao &lưu", "Trợ &giúp"]
    guides = {
        "commune": ("Bảng tiêu chí", "Thêm tệp…", "Phương án thôn kiểu mẫu"),
        "district": ("Báo cáo tổng hợp", "Ghi kết quả…", "Công nhận"),
        "province": ("Chỉ tiêu kế hoạch", "Biểu 01", "ntm keys issue"),
    }
    for level, words in guides.items():
        dialog = session.help.show_guide(level)
        text = dialog.findChild(help_menu.QTextBrowser).toPlainText()
        assert all(word in text for word in words), level
        assert "ntm-desktop --demo" in text
        dialog.close()


def test_the_guide_of_this_office_follows_its_level(session, db):
    assert session.help.office_level() == "province"  # no office chosen yet
    db.set_office("07354")
    assert session.help.office_level() == "commune"
    db.set_office("216")
    assert session.help.office_level() == "district"
    f1 = [a for a in session.help.menu.actions() if a.shortcut() == QKeySequence("F1")]
    assert len(f1) == 1


def test_shortcuts_are_read_from_the_menus(session):
    listed = dict(session.help.shortcuts())
    native = QKeySequence.SequenceFormat.NativeText
    for key, command in (
        (QKeySequence.StandardKey.Undo, "Sửa › Hoàn tác"),
        (QKeySequence.StandardKey.Find, "Sửa › Tìm đơn vị"),
    ):
        assert listed[QKeySequence(key).toString(native)] == command
    assert listed["F1"] == "Trợ giúp › Hướng dẫn cho văn phòng của máy này"
    dialog = session.help.show_shortcuts()
    assert "Hoàn tác" in dialog.findChild(help_menu.QTextBrowser).toPlainText()
    dialog.close()


def test_about_names_the_version_and_every_licence(session):
    dialog = session.help.show_about()
    text = dialog.findChild(help_menu.QTextBrowser).toPlainText()
    assert f"NTM Desktop {__version__}" in text
    for name, _what, licence in help_menu.LICENCES:
        assert name in text and licence in text
    assert "SIL Open Font License 1.1" in text
    dialog.close()


# The licence each dependency's own metadata declares, as Giới thiệu words it.
DECLARED = {
    "PySide6-Essentials": "LGPL-3.0",
    "reportlab": "BSD",
    "rl-accel": "BSD",
    "openpyxl": "MIT",
    "lxml": "BSD-3-Clause",
    "pypdf": "BSD-3-Clause",
    "pypdfium2": "BSD-3-Clause",
    "cryptography": "Apache-2.0",
    "jsonschema": "MIT",
    "platformdirs": "MIT",
}


def test_the_licence_list_matches_the_dependencies_and_their_metadata():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    needed = {re.split(r"[<>=!~ ]", dep, maxsplit=1)[0] for dep in project["dependencies"]}
    assert needed == set(DECLARED)
    shown = {name: licence for name, _what, licence in help_menu.LICENCES}
    for dist, licence in DECLARED.items():
        meta = metadata.metadata(dist)
        declared = " ".join(
            [meta.get("License-Expression") or "", meta.get("License") or ""]
            + [c for c in meta.get_all("Classifier") or [] if "License" in c]
        )
        assert licence.split("-")[0] in declared, (dist, declared)
        entry = next(value for key, value in shown.items() if dist.split("-")[0] in key)
        assert licence in entry, (dist, entry)
    font_licence = (ROOT / "resources" / "fonts" / "LICENSE-LiberationSerif.txt").read_text()
    assert "License: SIL-OFL-1.1" in font_licence
