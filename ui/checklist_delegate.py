"""Editors of the checklist: a combo for the officer's judgment, a line edit for the rest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.checklist_model import MET, ChecklistModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ChecklistDelegate(QStyledItemDelegate):
    def __init__(self, model: ChecklistModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._names = model.met_names()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() != MET:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code, name in self._names.items():
            combo.addItem(name, code)
        # A choice is saved at once, as typed text is: no Enter needed.
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(row, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
