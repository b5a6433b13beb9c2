"""Run in a fresh process by the start-up, memory and tree benchmarks; prints one JSON line.

`python -m benchmarks.window_child bare|app|real|tree|namespace SETTINGS_DIR DATA_FILE [--use]`

bare: QApplication + QMainWindow + QTreeView; app: the real `MainWindow` on DATA_FILE, loaded and
opened as `ntm-desktop` does (the garbage collector paused); real: `ntm-desktop --db DATA_FILE`
itself (translations, instance lock, session, crash net, cheap integrity checks), started as its
script starts it and ended by its --smoke-test after the first paint (before the background
integrity check and daily backup, which start later; it reports only `painted`: the rest happens
inside the app); tree: a QTreeView over `UnitTreeModel` on DATA_FILE; plain: the main window's
widgets in plain Qt with no module of ours (see `_plain_window`); namespace: only the time PySide
takes to build its `Qt` namespace on first use. Each other mode reports the
CLOCK_MONOTONIC time of the phases of its start (the parent took the time just before starting
this process): `qt` (PySide6 imported, QApplication made), `modules` (our modules imported),
`opened` (data file open), `built` (window made), `painted` (the tree's viewport painted once),
and the resident memory then. With --use, the app also expands a province and a district and
runs a search before memory is read again (`rss_used_mb`).
"""

from __future__ import annotations

import io
import sys
from typing import TYPE_CHECKING

from benchmarks.clock import now, rss_mb

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QMainWindow, QTreeView


def _report(result: dict[str, float]) -> None:
    """Print the marks as one JSON line; json is loaded only now, after the paint (see
    `benchmarks.clock`)."""
    import json

    print(json.dumps(result))


def _use_settings(settings_dir: str) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)


def _paint_watch(marks: dict[str, float]) -> QObject:
    """An event filter that marks the first paint of what it watches, and the memory then."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = now()
                marks["rss_mb"] = rss_mb()
            return False

    return Watch()


class _PaintStamp(io.TextIOBase):
    """Standard output that marks when the smoke test's "ok" arrives: it is printed from the
    first paint of the tree's viewport (the one the bare window's watch sees)."""

    def __init__(self, marks: dict[str, float]) -> None:
        self.marks = marks

    def write(self, text: str) -> int:
        if "painted" not in self.marks and text.strip() == "ok":
            self.marks["painted"] = now()
            self.marks["rss_mb"] = rss_mb()
        return len(text)


def real(settings_dir: str, data_file: str) -> None:
    """`ntm-desktop --db DATA_FILE --smoke-test` as its script (and the frozen build's entry)
    starts it: `ui.launch.main`, which loads the app with the garbage collector paused and makes
    the QApplication. Nothing of the app is replaced or watched: the smoke test's own report of
    the first paint is timed."""
    marks: dict[str, float] = {}
    _use_settings(settings_dir)
    from ui import launch

    sys.stdout = _PaintStamp(marks)
    try:
        launch.main(["--db", data_file, "--smoke-test"])
    finally:
        sys.stdout = sys.__stdout__
    _report(marks)


def _plain_window() -> tuple[QMainWindow, QTreeView]:
    """What the main window shows at its first paint, in plain Qt: the search box with its
    completer, the tree over a QStandardItemModel holding a province and its ten districts
    expanded, each with a tier dot, the legend, the splitter, the status line and the Tệp and
    Sửa menus with their shortcuts. It tells how much of the start is these widgets themselves
    (a standard shortcut alone makes PySide build its `Qt` namespace)."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtGui import (
        QAction,
        QColor,
        QKeySequence,
        QPainter,
        QPixmap,
        QStandardItem,
        QStandardItemModel,
    )
    from PySide6.QtWidgets import (
        QCompleter,
        QGridLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QSplitter,
        QTreeView,
        QVBoxLayout,
        QWidget,
    )

    def dot(colour: str) -> QPixmap:
        pixmap = QPixmap(10, 10)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, 8, 8)
        painter.end()
        return pixmap

    window = QMainWindow()
    window.setWindowTitle("NTM Desktop — Quản lý xây dựng nông thôn mới")
    search = QLineEdit()
    search.setPlaceholderText("Tìm đơn vị (gõ không dấu cũng được)…")
    search.setClearButtonEnabled(True)
    search.setCompleter(QCompleter(QStringListModel(window), window))
    model = QStandardItemModel(window)
    province = QStandardItem("Tỉnh Bắc Giang")
    model.appendRow(province)
    for number in range(10):
        district = QStandardItem(f"Huyện Lục Ngạn {number}")
        district.setData(dot("#2e7d32"), 1)  # Qt.ItemDataRole.DecorationRole
        district.appendRow(QStandardItem("Xã"))
        province.appendRow(district)
    tree = QTreeView()
    tree.setModel(model)
    tree.setHeaderHidden(True)
    tree.setUniformRowHeights(True)
    left = QWidget()
    column = QVBoxLayout(left)
    column.addWidget(search)
    column.addWidget(tree)
    legend = QWidget()
    grid = QGridLayout(legend)
    for position, text in enumerate(("Đạt chuẩn", "Nâng cao", "Kiểu mẫu", "Chưa đạt")):
        mark = QLabel()
        mark.setPixmap(dot("#1565c0"))
        row, place = divmod(position, 2)
        grid.addWidget(mark, row, 2 * place)
        grid.addWidget(QLabel(text), row, 2 * place + 1)
    column.addWidget(legend)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(QWidget())
    splitter.setSizes([340, 900])
    window.setCentralWidget(splitter)
    window.statusBar().addWidget(QLabel("Tệp dữ liệu: ntm.db · bộ đơn vị bac-giang-2020"), 1)
    for title, actions in (("&Tệp", ("Trao đổi &dữ liệu…", "&Thoát")), ("&Sửa", ("&Hoàn tác",))):
        menu = window.menuBar().addMenu(title)
        for text in actions:
            action = QAction(text, window)
            if text == "&Thoát":
                action.setShortcut(QKeySequence.StandardKey.Quit)
            menu.addAction(action)
    window.resize(1280, 720)
    tree.expand(model.index(0, 0))
    return window, tree


def namespace() -> None:
    """What PySide's `Qt` namespace costs on first use: its 93 enums are built at once. The bare
    window never uses it; any window that names an alignment, a role or a key does."""
    from PySide6 import QtCore, QtWidgets  # noqa: F401  (as the bare window imports them)

    start = now()
    QtCore.Qt  # noqa: B018
    _report({"namespace": now() - start})


def main(argv: list[str]) -> None:
    mode, settings_dir, data_file = argv[0], argv[1], argv[2]
    if mode == "real":
        real(settings_dir, data_file)
        return
    if mode == "namespace":
        namespace()
        return
    use = "--use" in argv
    marks: dict[str, float] = {}
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

    _use_settings(settings_dir)
    app = QApplication([sys.argv[0]])
    marks["qt"] = now()

    if mode == "bare":
        marks["modules"] = marks["opened"] = now()
        window = QMainWindow()
        tree = QTreeView()
        window.setCentralWidget(tree)
        window.resize(1280, 720)
    elif mode == "plain":
        marks["modules"] = marks["opened"] = now()
        window, tree = _plain_window()
    elif mode == "tree":
        from pathlib import Path

        from ntm_desktop.session.data_file import open_data_file
        from ntm_desktop.units import datasets
        from ui.models.unit_tree_model import UnitTreeModel

        marks["modules"] = now()
        db = open_data_file(Path(data_file))
        on = datasets.reference_date(db)
        marks["opened"] = now()
        window = tree = QTreeView()
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.resize(340, 700)
        tree.setModel(UnitTreeModel(db, on, tree))
    else:
        from pathlib import Path

        from ui import collector

        collector.pause()  # as `ntm-desktop` (ui.launch) loads the app
        from ui.app import open_data_file
        from ui.main_window import MainWindow

        marks["modules"] = now()
        db = open_data_file(Path(data_file))
        marks["opened"] = now()
        window = MainWindow(db)
        window.first_painted.connect(collector.resume)  # as the app's session does
    marks["built"] = now()
    if mode == "app":  # found by type, so the benchmark survives changes to the window's fields
        tree = window.findChild(QTreeView)
    watch = _paint_watch(marks)
    tree.viewport().installEventFilter(watch)
    window.show()
    while "painted" not in marks:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    result: dict[str, float] = dict(marks)
    if use and mode == "app":
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        model = tree.model()
        province = model.index(0, 0)
        tree.expand(province)
        tree.expand(model.index(0, 0, province))
        tree.expand(model.index(1, 0))
        QTest.keyClicks(window.findChild(QLineEdit), "tan yen")
        settle = now() + 0.5  # past the search box's debounce delay
        while now() < settle:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    if use:
        result["rss_used_mb"] = rss_mb()
    _report(result)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:])
