"""The main window: the unit tree with search on the left, the selected unit on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
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
from ui import jobs, labels
from ui.unit_page import UnitPage
from ui.unit_tree_model import CODE_ROLE, TIER_COLOURS, UnitTreeModel, tier_icon
from ui.village_menu import VillageMenu

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
        dot.setPixmap(tier_icon(tier).pixmap(12, 12))
        text = QLabel(labels.tier_label(tier))
        row, column = divmod(position, 2)
        grid.addWidget(dot, row, 2 * column)
        grid.addWidget(text, row, 2 * column + 1)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    return legend


class MainWindow(QMainWindow):
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

        self.village_menu = VillageMenu(db, self.tree, self.model)
        self.page = UnitPage(db)
        self.page.checklist.score_changed.connect(self.model.update_unit)
        self.page.checklist.year_changed.connect(self.model.set_year)
        self.page.plan_changed.connect(self.model.update_unit)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 900])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.status = QLabel()
        self.statusBar().addWidget(self.status)
        self.integrity = QLabel()
        self.integrity.setObjectName("integrity")
        self.statusBar().addPermanentWidget(self.integrity)
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
        undo_action.triggered.connect(self.page.checklist.undo)
        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        edit_menu.addAction(undo_action)
        edit_menu.addAction(find_action)

    def open_exchange(self, import_paths: list[Path] | None = None) -> QDialog:
        """The exchange dialog, importing `import_paths` at once (a bundle double-clicked in
        Explorer opens the app with it)."""
        # Imported on use: the bundle machinery (and its cryptography) is not needed to start.
        from ui.sync_dialog import SyncDialog

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
        labels = [self._label(unit) for unit in self._hits]
        completer = QCompleter(labels, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self._jump_to_label)
        self.search.setCompleter(completer)
        if labels:
            completer.complete()
        self.status.setText(
            self.tr("Tìm thấy {0} đơn vị").format(len(self._hits)) if self.search.text() else ""
        )

    def _label(self, unit: units.Unit) -> str:
        above = units.path(self.db, unit.code)[:-1]
        where = f" — {above[-1].name}" if above else ""
        return f"{unit.name}{where} ({unit.code})"

    def _jump_to_label(self, label: str) -> None:
        for unit in self._hits:
            if self._label(unit) == label:
                self.select_unit(unit.code)
                return

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
            self.page.show_unit(code)
            QSettings().setValue("main/last_unit", code)

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
        self.status.setText(" · ".join(parts))

    def show_integrity(self, failure: NtmError | None = None) -> None:
        """What the check of every page found (`failure`: why it could not run)."""
        state = self.db.integrity
        if failure is not None:
            text = self.tr("Chưa kiểm tra được toàn vẹn dữ liệu: {0}").format(failure.message)
        elif self.db.damage is not None:
            text = self.tr(
                "Kiểm tra toàn vẹn dữ liệu: tệp bị hỏng, chỉ xem được, không ghi được thay đổi. "
                "Hãy khôi phục: Sao lưu › Khôi phục từ bản sao lưu…"
            )
        elif state is Integrity.GOOD:
            text = self.tr("Kiểm tra toàn vẹn dữ liệu: tốt")
        else:
            text = self.tr("Đang kiểm tra toàn vẹn dữ liệu…")
        bad = failure is not None or self.db.damage is not None
        self.integrity.setText(text)
        self.integrity.setToolTip(self.db.damage.message if self.db.damage else "")
        self.integrity.setStyleSheet("color: #b00020; font-weight: 600;" if bad else "")

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
        jobs.stop(self)
        super().closeEvent(event)  # type: ignore[arg-type]
