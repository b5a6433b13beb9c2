"""The serif family every official PDF is set in, registered once with reportlab.

Times New Roman is what the decree names and what every Windows machine has, so it is preferred.
Elsewhere the shipped Liberation Serif (metric-compatible, full Vietnamese coverage, SIL OFL) is
used. Both are static TrueType files per style: a variable font would print bold as regular.
Reportlab embeds a subset of each TrueType font it draws, so no standard-14 font is ever used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ntm_desktop.common.paths import resources_dir

FAMILY = "NTMSerif"
STYLES = ("regular", "bold", "italic", "bolditalic")
FONT_NAMES = {
    "regular": FAMILY,
    "bold": f"{FAMILY}-Bold",
    "italic": f"{FAMILY}-Italic",
    "bolditalic": f"{FAMILY}-BoldItalic",
}
_WINDOWS_FILES = {
    "regular": "times.ttf",
    "bold": "timesbd.ttf",
    "italic": "timesi.ttf",
    "bolditalic": "timesbi.ttf",
}
_SHIPPED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}


@dataclass(frozen=True)
class FontFiles:
    family_name: str
    files: dict[str, Path]


def system_times(windows_dir: str | None = None) -> FontFiles | None:
    """Times New Roman from the Windows fonts folder, if all four styles are there."""
    root = windows_dir if windows_dir is not None else os.environ.get("WINDIR")
    if not root:
        return None
    files = {style: Path(root) / "Fonts" / name for style, name in _WINDOWS_FILES.items()}
    if not all(path.is_file() for path in files.values()):
        return None
    return FontFiles("Times New Roman", files)


def shipped() -> FontFiles:
    folder = resources_dir() / "fonts"
    return FontFiles(
        "Liberation Serif", {style: folder / name for style, name in _SHIPPED_FILES.items()}
    )


def choose(windows_dir: str | None = None) -> FontFiles:
    return system_times(windows_dir) or shipped()


@cache
def register() -> FontFiles:
    """Register the family (regular, bold, italic, bold italic) so `<b>`/`<i>` work in text."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    chosen = choose()
    for style, path in chosen.files.items():
        pdfmetrics.registerFont(TTFont(FONT_NAMES[style], str(path)))
    for bold in (0, 1):
        for italic in (0, 1):
            style = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
            addMapping(FAMILY, bold, italic, FONT_NAMES[style])
    return chosen
