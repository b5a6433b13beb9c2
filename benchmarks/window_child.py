"""Run in a fresh process by the start-up and memory benchmarks; prints one JSON line.

`python -m benchmarks.window_child bare|app|tree SETTINGS_DIR [DATA_FILE] [--use]`

bare: QApplication + QMainWindow + QTreeView; app: the real `MainWindow` on DATA_FILE; tree: a
QTreeView over `UnitTreeModel` on DATA_FILE, timed from creating the model (`first_paint`). All
report the CLOCK_MONOTONIC time at which the tree's viewport first painted (the parent took the
time just before starting this process) and the resident memory then; with --use, the app also
expands a province and a district and runs a search before memory is read again.
"""

from __future__ import annotations

import json
import sys
import time


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str]) -> None:
    mode, settings_dir = argv[0], argv[1]
    use = "--use" in argv
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([sys.argv[0]])
    painted = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.clock_gettime(time.CLOCK_MONOTONIC))
            return False

    watch = Watch()
    if mode == "bare":
        from PySide6.QtWidgets import QMainWindow, QTreeView

        window = QMainWindow()
        tree = QTreeView()
        window.setCentralWidget(tree)
        window.resize(1280, 720)
    elif mode == "tree":
        from pathlib import Path

        from PySide6.QtWidgets import QTreeView

        from ntm_desktop import datasets
        from ntm_desktop.storage import Database
        from ui.unit_tree_model import UnitTreeModel

        db = Database.open(Path(argv[2]))
        on = datasets.reference_date(db)
        start = time.clock_gettime(time.CLOCK_MONOTONIC)
        window = tree = QTreeView()
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.resize(340, 700)
        tree.setModel(UnitTreeModel(db, on, tree))
    else:
        from pathlib import Path

        from ui.app import open_data_file
        from ui.main_window import MainWindow

        db = open_data_file(Path(argv[2]))
        window = MainWindow(db)
        tree = window.tree
    tree.viewport().installEventFilter(watch)
    window.show()
    while not painted:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    result = {"painted": painted[0], "rss_mb": _rss_mb()}
    if mode == "tree":
        result["first_paint"] = painted[0] - start
    if use and mode == "app":
        model = window.model
        province = model.index(0, 0)
        tree.expand(province)
        tree.expand(model.index(0, 0, province))
        tree.expand(model.index(1, 0))
        window.search.setText("tan yen")
        window._run_search()
        for _ in range(20):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    if use:
        result["rss_used_mb"] = _rss_mb()
    print(json.dumps(result))
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:])
