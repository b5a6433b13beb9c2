"""The unit tree's context menu: add a village to a commune, rename or retire a village."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QTreeView

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput, NtmError
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.units import datasets, units
from ui import messages
from ui.models.unit_tree_model import CODE_ROLE, UnitTreeModel


class VillageMenu(QObject):
    def __init__(self, db: Database, tree: QTreeView, model: UnitTreeModel) -> None:
        super().__init__(tree)
        self.db, self.tree, self.model = db, tree, model
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._open)

    def menu_for(self, code: str) -> QMenu:
        unit = units.get(self.db, code)
        menu = QMenu(self.tree)
        if unit.level == "commune":
            menu.addAction(self.tr("Thêm thôn…"), lambda: self._ask_new_village(code))
        if unit.level == "village":
            menu.addAction(self.tr("Đổi tên thôn…"), lambda: self._ask_rename(code))
            retire = menu.addAction(self.tr("Ngừng hiệu lực thôn…"), lambda: self._ask_retire(code))
            retire.setEnabled(unit.valid_to is None)
        return menu

    def _open(self, point: QPoint) -> None:
        code = self.tree.indexAt(point).data(CODE_ROLE)
        if code:
            menu = self.menu_for(code)
            if not menu.isEmpty():
                menu.exec(self.tree.viewport().mapToGlobal(point))

    # -- the prompts -------------------------------------------------------------------------
    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        """A text prompt with Vietnamese buttons (Qt has no Vietnamese for its own)."""
        dialog = QInputDialog(self.tree)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("Đồng ý"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        return dialog.textValue() if dialog.exec() else None

    def _ask_new_village(self, commune_code: str) -> None:
        name = self._ask(self.tr("Thêm thôn"), self.tr("Tên thôn mới:"))
        if name is not None:
            self._run(lambda: self.add_village(commune_code, name))

    def _ask_rename(self, code: str) -> None:
        current = units.get(self.db, code).name
        name = self._ask(self.tr("Đổi tên thôn"), self.tr("Tên mới:"), current)
        if name is not None:
            self._run(lambda: self.rename(code, name))

    def _ask_retire(self, code: str) -> None:
        text = self._ask(
            self.tr("Ngừng hiệu lực thôn"),
            self.tr("Thôn hết hiệu lực từ ngày (ngày/tháng/năm). Dữ liệu cũ vẫn được giữ:"),
            format_date(datasets.reference_date(self.db)),
        )
        if text is not None:
            self._run(lambda: self.retire(code, text))

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except NtmError as error:
            messages.show_error(self.tree, error)

    # -- the actions (also what tests drive) --------------------------------------------------
    def add_village(self, commune_code: str, name: str) -> units.Unit:
        village = units.add_village(self.db, commune_code, name)
        self.model.refresh(commune_code)
        self.tree.expand(self.model.index_of(commune_code))
        self.tree.setCurrentIndex(self.model.index_of(village.code))
        return village

    def rename(self, code: str, name: str) -> units.Unit:
        unit = units.rename(self.db, code, name)
        self.model.update_unit(code)
        return unit

    def retire(self, code: str, text: str) -> units.Unit:
        try:
            day = parse_date(text)
        except InvalidInput as exc:
            raise InvalidInput(
                self.tr(
                    "Ngày '{0}' không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2026."
                ).format(text)
            ) from exc
        unit = units.retire(self.db, code, day)
        self.model.update_unit(code)
        return unit
