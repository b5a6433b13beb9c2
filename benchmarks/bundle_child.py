"""Run by the bundle benchmarks in a fresh process, so its peak memory is its own; prints JSON.

`python -m benchmarks.bundle_child export DATA_FILE OUT_FOLDER`: a full export.
`python -m benchmarks.bundle_child import DATA_FILE BUNDLE...`: import, then import again.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.measure import peak_mb
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.sync import importer, writer


def main(argv: list[str]) -> None:
    action, data_file, *rest = argv
    result: dict[str, object] = {}
    with open_data_file(Path(data_file)) as db:
        if action == "export":
            start = time.perf_counter()
            parts = writer.export(db, Path(rest[0]), full=True)
            result["seconds"] = time.perf_counter() - start
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
