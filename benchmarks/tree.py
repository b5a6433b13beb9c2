"""The lazy unit tree over the national data file: first paint and expanding a node."""

from __future__ import annotations

import time

from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms, p95
from benchmarks.startup import run_child
from ntm_desktop.session.data_file import open_data_file

FIRST_PAINT_TARGET = 0.060
EXPAND_TARGET = 0.016


def run(ctx: Context) -> list[Figure]:
    from PySide6.QtWidgets import QTreeView

    from benchmarks import qt
    from ntm_desktop.units import datasets
    from ui.models.unit_tree_model import UnitTreeModel

    app = qt.application()
    db = open_data_file(ctx.national_file())
    on = datasets.reference_date(db)
    first_paint: list[float] = []
    expands: dict[str, list[float]] = {"province": [], "district": [], "commune": []}
    for attempt in range(ctx.repeats(15, 5)):
        start = time.perf_counter()
        model = UnitTreeModel(db, on)
        view = QTreeView()
        view.setHeaderHidden(True)
        view.setUniformRowHeights(True)
        view.resize(340, 700)
        watch = qt.PaintWatch(view.viewport())
        view.setModel(model)
        view.show()
        watch.wait()
        first_paint.append(time.perf_counter() - start)

        # A different province each time: every expand reads its children from the file.
        index = model.index(attempt % model.rowCount(), 0)
        for level in ("province", "district", "commune"):
            view.scrollTo(index, QTreeView.ScrollHint.PositionAtTop)
            for _ in range(3):
                app.processEvents()
            start = time.perf_counter()
            view.expand(index)
            watch.wait()
            expands[level].append(time.perf_counter() - start)
            index = model.index(0, 0, index)
        view.close()
        view.deleteLater()
        model.deleteLater()
        app.processEvents()
    db.close()
    runs = [run_child(ctx, "tree") for _ in range(ctx.repeats(7, 3))]
    fresh = [run["painted"] - run["opened"] for run in runs]
    figures = [
        Figure(
            "tree first paint, fresh process (national, QTreeView + UnitTreeModel)",
            f"{ms(median(fresh))} (p95 {ms(p95(fresh))})",
            f"≤ {ms(FIRST_PAINT_TARGET)}",
            median(fresh) <= FIRST_PAINT_TARGET,
        ),
        Figure(
            "tree first paint, again in the same process (new model and view)",
            f"{ms(median(first_paint))} (p95 {ms(p95(first_paint))})",
            f"≤ {ms(FIRST_PAINT_TARGET)}",
            median(first_paint) <= FIRST_PAINT_TARGET,
        ),
    ]
    for level, samples in expands.items():
        figures.append(
            Figure(
                f"tree expand a {level} (fetch children + paint)",
                f"{ms(median(samples))} (p95 {ms(p95(samples))})",
                f"≤ {ms(EXPAND_TARGET)}",
                median(samples) <= EXPAND_TARGET,
            )
        )
    return figures
