"""What the app's item models share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt


def column_title(
    titles: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """What a model's `headerData` shows: the title of column `section` across the top; nothing
    for the rows' side, other roles, or a column past the end."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(titles)
    ):
        return titles[section]
    return None


def cell_flags(index: QModelIndex | QPersistentModelIndex, editable: bool) -> Qt.ItemFlag:
    """What a model's `flags` returns: every cell can be selected, `editable` ones also edited."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    return flags | Qt.ItemFlag.ItemIsEditable if editable else flags
