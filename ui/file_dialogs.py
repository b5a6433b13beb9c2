"""Asking the person for a file to read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def file_to_open(parent: QWidget, title: str, file_filter: str) -> Path | None:
    """The file chosen in the open dialog (`title` and `file_filter` translated by the caller);
    None when the person cancels."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(chosen) if chosen else None
