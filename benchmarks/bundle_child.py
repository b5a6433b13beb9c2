"""Run by the bundle benchmarks in a fresh process, so its peak memory is its own; prints JSON.

`python -m benchmarks.bundle_child export DATA_FILE OUT_FOLDER`: a full export (a province's),
with the time SQLite spends reading the change log (the part of the export that is not packing)
clocked apart: each batch of JSON lines the export asks for, and the known vector.
`python -m benchmarks.bundle_child import DATA_FILE BUNDLE...`: import, then import again.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.clock import peak_mb
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync import importer, tables, writer


def _clocked(produce: Callable[..., Iterator[Any]], spent: list[float]) -> Callable[..., Any]:
    """`produce`, adding to spent[0] the time taken to hand over each item."""

    def clocked(*args: Any, **options: Any) -> Iterator[Any]:
        items = produce(*args, **options)
        while True:
            start = time.perf_counter()
            item = next(items, None)
            spent[0] += time.perf_counter() - start
            if item is None:
                return
            yield item

    return clocked


def _timed(function: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    """`function`, adding to spent[0] the time each call takes."""

    def timed(*args: Any, **options: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **options)
        finally:
            spent[0] += time.perf_counter() - start

    return timed


def main(argv: list[str]) -> None:
    action, data_file, *rest = argv
    result: dict[str, object] = {}
    with open_data_file(Path(data_file)) as db:
        if action == "export":
            # Loading the synced tables' registry imports every feature module (0.3 s here): once
            # per process, paid in the app by the pages that use them; not packing.
            tables.all_tables()
            spent = [0.0]
            rows.op_batches = _clocked(rows.op_batches, spent)  # type: ignore[assignment]
            # SQLite's other read of the log: the highest op held from each device, scanned
            # from the log's index for the manifest.
            rows.known_vector = _timed(rows.known_vector, spent)  # type: ignore[assignment]
            start = time.perf_counter()
            parts = writer.export(db, Path(rest[0]), full=True)
            result["seconds"] = time.perf_counter() - start
            result["lines_seconds"] = spent[0]
            result["parts"] = [str(part.path) for part in parts]
        else:
            bundles = [Path(name) for name in rest]
            for label in ("first", "again"):
                start, cpu = time.perf_counter(), time.process_time()
                summaries = importer.import_files(db, bundles)
                result[label] = time.perf_counter() - start
                # This process's own CPU time: the machine may be busy with others' work.
                result[f"{label}_cpu"] = time.process_time() - cpu
                result[f"{label}_statuses"] = sorted({summary.status for summary in summaries})
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
