"""Where a data file's companions live (its automatic backups, its evidence files, both beside
it) and whether a folder can hold the data. Opening a data file and the first-start wizard need
only these, not the archive machinery, so they start without it."""

from __future__ import annotations

import os
from pathlib import Path

from ntm_desktop.common.errors import DataFileError


def backups_dir(data_file: Path) -> Path:
    return data_file.parent / "backups"


def evidence_root(data_file: Path) -> Path:
    return data_file.parent / "evidence"


def check_writable(folder: Path) -> None:
    """Refuse a folder the data cannot live in (cannot be created or written)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFileError(
            f"Không tạo được thư mục {folder} ({exc.strerror}). Hãy chọn thư mục khác."
        ) from exc
    if not os.access(folder, os.W_OK):
        raise DataFileError(
            f"Thư mục {folder} chỉ cho phép đọc. Hãy chọn một thư mục trên ổ đĩa của máy mà "
            "anh/chị có quyền ghi."
        )
