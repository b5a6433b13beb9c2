"""Editors of the checklist: a combo for the officer's judgment, a line edit for the rest."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ui.models.checklist_model import MET, NAME, NOTE, ChecklistModel

WRAPPED = (NAME, NOTE)

AnyIndex = QModelIndex | QPersistentModelIndex


class ChecklistDelegate(QStyledItemDelegate):
    """Also wraps long indicator texts and notes: a tree view cannot size wrapped rows itself."""

    def __init__(self, model: ChecklistModel, view: QTreeView) -> None:
        super().__init__(view)
        self._names = model.met_names()
        self._view = view
        view.header().sectionResized.connect(self._relayout)

    def _relayout(self, section: int, _old: int, _new: int) -> None:
        if section in WRAPPED:
            self.sizeHintChanged.emit(self._view.model().index(0, 0))

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() not in WRAPPED:
            return hint
        width = self._view.header().sectionSize(index.column()) - 8
        if index.column() == NAME:
            depth = 1 if index.parent().isValid() else 0
            width -= self._view.indentation() * (depth + 1)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 40), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), bounds.height() + 4))

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
