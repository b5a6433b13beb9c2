"""Where things live: shipped resources and the per-user data folder."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "NTM Desktop"


@functools.cache
def _dirs() -> PlatformDirs:
    # Imported on first use (~7 ms): a start on a remembered or given data file never asks.
    from platformdirs import PlatformDirs

    return PlatformDirs(appname="NTMDesktop", appauthor=False, roaming=False)


def resources_dir() -> Path:
    """The shipped `resources/` folder, in a source checkout and in a PyInstaller build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def user_data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def default_db_path() -> Path:
    return user_data_dir() / "ntm.db"


def demo_db_path() -> Path:
    """The demonstration file, in its own folder: its automatic backups never mix with the
    user's own."""
    return user_data_dir() / "du-lieu-mau" / "ntm-mau.db"


def user_log_dir() -> Path:
    return Path(_dirs().user_log_dir)
