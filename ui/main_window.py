"""The main window: the unit tree with search on the left, the selected unit on the right."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop import __version__
from ntm_desktop.common.errors import NtmError
from ntm_desktop.demo import marker
from ntm_desktop.storage import Database, Integrity
from ntm_desktop.units import datasets, units
from ui import labels
from ui.models.unit_tree_model import CODE_ROLE, TIER_COLOURS, UnitTreeModel, tier_dot
from ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from ui.actions.village_menu import VillageMenu
    from ui.pages.unit_page import UnitPage

SEARCH_DELAY_MS = 150


def tier_legend() -> QWidget:
    """What the dots beside the tree's units mean: the tier held at the end of the viewed year
    (two columns, so it fits the tree's narrowest width)."""
    legend = QWidget()
    legend.setObjectName("tierLegend")
    grid = QGridLayout(legend)
    grid.setContentsMargins(2, 2, 2, 2)
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(2)
    for position, tier in enumerate(TIER_COLOURS):
        dot = QLabel()
        dot.setPixmap(tier_dot(tier))
        text = QLabel(labels.tier_label(tier))
        row, column = divmod(position, 2)
        grid.addWidget(dot, row, 2 * column)
        grid.addWidget(text, row, 2 * column + 1)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    return legend


def _hit_text(unit: units.Unit, parent: str | None) -> str:
    where = f" — {parent}" if parent else ""
    return f"{unit.name}{where} ({unit.code})"


class _FirstPaint(QObject):
    """Calls `then` once, after `widget` has first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.then()
        return False


class MainWindow(QMainWindow):
    # On the turn of the event loop after the tree's first paint: what that paint does not show
    # (the unit's page, the context menu, the session's later menus) is built then.
    first_painted = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("NTM Desktop — Quản lý xây dựng nông thôn mới"))
        if marker.is_demo(db):
            self.setWindowTitle(self.tr("NTM Desktop — DỮ LIỆU MẪU (không phải số liệu thật)"))
        self.model = UnitTreeModel(db, datasets.reference_date(db), self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm đơn vị (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._jump_to_first_hit)
        self._hits: list[units.Unit] = []
        self._hit_texts: list[str] = []  # as the completer lists the hits
        # One completer for every search, its list replaced: a new one per search would stay
        # with the window until it closes.
        self._hit_labels = QStringListModel(self)
        completer = QCompleter(self._hit_labels, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self._jump_to_label)
        self.search.setCompleter(completer)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        # A long label ("Thôn … — PA đã duyệt") scrolls sideways instead of being cut.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._unit_selected)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 4, 0, 4)
        column.addWidget(self.search)
        column.addWidget(self.tree)
        self.legend = tier_legend()
        column.addWidget(self.legend)

        # The unit's page and the tree's context menu are built once the tree has painted (or
        # when first asked for): the window shows at start without waiting for their modules
        # and queries.
        self._page: UnitPage | None = None
        self._page_unit: str | None = None
        self._first_paint = _FirstPaint(self.tree.viewport(), self._finish_soon)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(QWidget())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 900])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        # The file's path may be long: it gives way, cut with "…", to a damage warning.
        self.status = ElidedLabel()
        self.statusBar().addWidget(self.status, 1)
        self.integrity = QLabel()
        self.integrity.setStyleSheet("color: #b00020; font-weight: 600;")
        self.statusBar().addPermanentWidget(self.integrity)
        self.integrity.hide()
        self._build_menus()
        self._restore_state()
        self.tree.expand(self.model.index(0, 0))
        self._show_status()

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        exchange_action = QAction(self.tr("Trao đổi &dữ liệu…"), self)
        exchange_action.triggered.connect(lambda: self.open_exchange())
        file_menu.addAction(exchange_action)
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        find_action = QAction(self.tr("&Tìm đơn vị"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_search)
        undo_action = QAction(self.tr("&Hoàn tác"), self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.triggered.connect(lambda: self.page.checklist.undo())
        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        edit_menu.addAction(undo_action)
        edit_menu.addAction(find_action)

    def open_exchange(self, import_paths: list[Path] | None = None) -> QDialog:
        """The exchange dialog, importing `import_paths` at once (a bundle double-clicked in
        Explorer opens the app with it)."""
        # Imported on use: the bundle machinery (and its cryptography) is not needed to start.
        from ui.dialogs.sync_dialog import SyncDialog

        dialog = SyncDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if import_paths:
            dialog.start_import(import_paths)
        return dialog

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- search --------------------------------------------------------------------------
    def _run_search(self) -> None:
        self._hits = units.search(self.db, self.search.text(), limit=50)
        # Each hit is shown with its parent's name; the parents are read in one query.
        parents = units.names(self.db, [unit.parent_code for unit in self._hits])
        self._hit_texts = [
            _hit_text(unit, parents.get(unit.parent_code or "")) for unit in self._hits
        ]
        self._hit_labels.setStringList(self._hit_texts)
        if self._hit_texts:
            self.search.completer().complete()
        self.status.set_full_text(
            self.tr("Tìm thấy {0} đơn vị").format(len(self._hits)) if self.search.text() else ""
        )

    def _jump_to_label(self, label: str) -> None:
        if label in self._hit_texts:
            self.select_unit(self._hits[self._hit_texts.index(label)].code)

    def _jump_to_first_hit(self) -> None:
        self._search_timer.stop()
        self._run_search()
        if self._hits:
            self.select_unit(self._hits[0].code)
            # The jump is made: a popup left open would swallow the keys meant for the page.
            self.search.completer().popup().hide()

    def select_unit(self, code: str) -> None:
        index = self.model.index_of(code)
        if not index.isValid():
            return
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    # -- selection -----------------------------------------------------------------------
    def _unit_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(CODE_ROLE)
        if code:
            if self._page is None:
                self._page_unit = code  # shown when the page is built
            else:
                self._page.show_unit(code)
            QSettings().setValue("main/last_unit", code)

    # -- the unit's page -----------------------------------------------------------------
    @property
    def page(self) -> UnitPage:
        if self._page is None:
            # Imported on first use (a Qt page): the checklist's modules are not needed to paint
            # the window.
            from ui.pages.unit_page import UnitPage

            page = UnitPage(self.db)
            page.checklist.score_changed.connect(self.model.update_unit)
            page.checklist.year_changed.connect(self.model.set_year)
            page.plan_changed.connect(self.model.update_unit)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, page).deleteLater()
            self.splitter.setSizes(sizes)
            self._page = page
            if self._page_unit is not None:
                page.show_unit(self._page_unit)
        return self._page

    @functools.cached_property
    def village_menu(self) -> VillageMenu:
        from ui.actions.village_menu import VillageMenu

        return VillageMenu(self.db, self.tree, self.model)

    def _finish_soon(self) -> None:
        QTimer.singleShot(0, self, self._finish_if_open)

    def _finish_if_open(self) -> None:
        if self.isVisible():  # closed meanwhile (a test, a restore's reload): its file may be too
            self.page.show()
            self.village_menu  # noqa: B018  (built now, before the first right click)
            self.first_painted.emit()

    def _show_status(self) -> None:
        dataset = self.db.get_meta("dataset") or "?"
        parts = [
            self.tr("Tệp dữ liệu: {0} · bộ đơn vị {1} · phiên bản {2}").format(
                self.db.path, dataset, __version__
            )
        ]
        office = self.db.actor.office_code
        if office:
            parts.append(self.tr("văn phòng {0}").format(units.get(self.db, office).name))
        # Read from the file, not through the sync package, which start-up does not import.
        if self.db.get_meta("sync_office_certificate") is None:
            parts.append(
                self.tr("chưa cài chứng thư văn phòng: dùng được, nhưng chưa gửi được gói dữ liệu")
            )
        self.status.set_full_text(" · ".join(parts))

    def show_integrity(self, failure: NtmError | None = None) -> None:
        """What the check of every page found (`failure`: why it could not run). Damage stays
        shown, in red, while the window lasts: the file is read-only."""
        damage = self.db.damage
        self.integrity.setVisible(damage is not None)
        if damage is not None:
            self.integrity.setText(
                self.tr(
                    "Tệp dữ liệu bị hỏng, chỉ xem được: hãy khôi phục (Sao lưu › Khôi phục từ bản "
                    "sao lưu…)"
                )
            )
            self.integrity.setToolTip(damage.message)
        elif failure is not None:
            self.statusBar().showMessage(
                self.tr("Chưa kiểm tra được toàn vẹn dữ liệu: {0}").format(failure.message), 15_000
            )
        elif self.db.integrity is Integrity.GOOD:
            self.statusBar().showMessage(self.tr("Kiểm tra toàn vẹn dữ liệu: tốt"), 10_000)

    # -- window state --------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        # Where the user left off, else the office this laptop serves.
        last = settings.value("main/last_unit") or self.db.actor.office_code
        if isinstance(last, str) and last:
            self.select_unit(last)

    def closeEvent(self, event: object) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        # A job of this window (a preview being rendered) must not report to closed pages.
        # (Imported here: the jobs seam is not needed to paint the window.)
        from ui import jobs

        jobs.stop(self)
        super().closeEvent(event)  # type: ignore[arg-type]
