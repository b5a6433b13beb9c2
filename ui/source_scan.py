"""PySide's question to every imported module, answered from the module's file.

PySide6 replaces `__import__` with a hook that asks of each module imported after it whether
its source mentions "PySide6" (PYSIDE-2029: only those may switch on `from __feature__ import
snake_case`). It asks through `inspect.getsource`, which reads, decodes and splits every file
into linecache: ~0.2 ms a module, 21-25 ms for the 105 modules the main window needs before its
first paint, and ~3 MB of source lines kept in memory. Reading the file's bytes gives the same
answer in a third of the time and keeps nothing (the start measured ~45 ms quicker, 2 MB
smaller). A module of the Qt-free core is answered without reading it: the core never imports
Qt (an import-linter contract), and a third of the modules the start loads after Qt are its
(~1 ms). A module without a source file (the frozen build's) still gets PySide's own check,
which gives up at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def answer_from_files() -> None:
    """Put the quick check in place of PySide's, if this PySide has one to replace."""
    import PySide6  # noqa: F401  (loads shiboken's support modules, not Qt)

    feature = sys.modules.get("shibokensupport.feature")
    slow: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if slow is None:
        return

    def uses_pyside(module: ModuleType) -> bool:
        if module.__name__.partition(".")[0] == "ntm_desktop":
            return False
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return slow(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return slow(module)

    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
