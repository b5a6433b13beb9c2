"""Accent-insensitive unit search on the national tree, one keystroke at a time."""

from __future__ import annotations

import time

from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms, p95
from ntm_desktop.session.data_file import open_data_file

TARGET = 0.050
# What people type, one prefix per keystroke: place names without accents, a lone letter
# (matches a quarter of the tree), a village number, and a GSO code.
QUERIES = ("tan yen", "viet lap", "d", "thon 3", "xa dong tam", "07354")


def keystrokes(query: str) -> list[str]:
    return [query[:end] for end in range(1, len(query) + 1) if not query[:end].endswith(" ")]


def core(ctx: Context) -> list[Figure]:
    from ntm_desktop.units import units

    db = open_data_file(ctx.national_file())
    repeats = ctx.repeats(5, 2)
    samples: list[float] = []
    worst = ("", 0.0)
    for query in QUERIES:
        for text in keystrokes(query):
            for _ in range(repeats):
                start = time.perf_counter()
                units.search(db, text)
                took = time.perf_counter() - start
                samples.append(took)
                if took > worst[1]:
                    worst = (text, took)
    db.close()
    return [
        Figure(
            f"search per keystroke, core units.search ({len(samples) // repeats} keystrokes)",
            f"{ms(median(samples))} (p95 {ms(p95(samples))}, worst '{worst[0]}' {ms(worst[1])})",
            f"≤ {ms(TARGET)}",
            p95(samples) <= TARGET,
        )
    ]


def window(ctx: Context) -> list[Figure]:
    """The main window's debounced search step: query, hit labels with their parents, popup."""
    from benchmarks import qt
    from ui.main_window import MainWindow

    app = qt.application()
    _isolate_settings(ctx)
    db = open_data_file(ctx.national_file())
    main = MainWindow(db)
    main.show()
    samples: list[float] = []
    for query in QUERIES:
        for text in keystrokes(query):
            main.search.setText(text)
            start = time.perf_counter()
            main._run_search()
            app.processEvents()
            samples.append(time.perf_counter() - start)
    main.close()
    main.deleteLater()
    app.processEvents()
    db.close()
    return [
        Figure(
            "search per keystroke, main window (query + labels + popup)",
            f"{ms(median(samples))} (p95 {ms(p95(samples))})",
            f"≤ {ms(TARGET)}",
            p95(samples) <= TARGET,
        )
    ]


def _isolate_settings(ctx: Context) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.workdir / "settings")
    )
