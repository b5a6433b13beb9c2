"""PySide's import hook asks of every module whether it uses PySide6; the quick check that
answers from the file must give PySide's answer, and must not fill linecache."""

from __future__ import annotations

import importlib
import inspect
import linecache
import sys

import pytest

import ui  # noqa: F401  (puts the quick check in place)


def feature_check():  # type: ignore[no-untyped-def]
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


@pytest.mark.parametrize(
    "name",
    ["ui.main_window", "ui.jobs", "ntm_desktop.storage.database", "json", "sqlite3", "sys"],
)
def test_the_quick_check_gives_pysides_answer(name):
    module = importlib.import_module(name)
    try:
        expected = "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        expected = False  # a built-in module: PySide answers no
    assert feature_check()(module) is expected


def test_imports_are_checked_the_quick_way(tmp_path, monkeypatch):
    """Through the real hook: a new module that uses PySide6 is marked 0, one that does not -1
    (PySide's marks), and neither's source lines stay in linecache."""
    (tmp_path / "scan_with_qt.py").write_text("import PySide6.QtCore\n", "utf-8")
    (tmp_path / "scan_without_qt.py").write_text("import json\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    # An import statement, as PySide's hook wraps `__import__` (importlib goes around it).
    import scan_with_qt  # type: ignore[import-not-found]  # noqa: F401
    import scan_without_qt  # type: ignore[import-not-found]  # noqa: F401

    marks = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert (marks["scan_with_qt"], marks["scan_without_qt"]) == (0, -1)
    assert not any("scan_with" in path for path in linecache.cache)


def test_the_core_is_answered_without_reading_its_files(monkeypatch):
    """The core never imports Qt (an import-linter contract): its modules are not read."""
    module = importlib.import_module("ntm_desktop.storage.database")

    def no_reading(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"read {args[0]}")

    monkeypatch.setattr("builtins.open", no_reading)
    assert feature_check()(module) is False
