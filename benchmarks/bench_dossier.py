"""Time and size of a ~40-page recognition dossier (target: <= 0.6 s on the 2-core machine).

Run from the repository root: python benchmarks/bench_dossier.py
"""

from __future__ import annotations

import dataclasses
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdf

from ntm_desktop.dossier import document, dossier_data, dossier_inputs
from ntm_desktop.dossier.dossier_inputs import Comment
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import datasets
from tests.core.dossier_seeds import COMPLETE_INPUTS

TODAY = date(2026, 1, 10)


def make_data(folder: Path) -> dossier_data.DossierData:
    with open_data_file(folder / "bench.db", create=True) as db:
        datasets.initialize(db, "bac-giang-2020")
        dossier_inputs.save(
            db,
            "07354",
            2025,
            "standard",
            COMPLETE_INPUTS,
            today=TODAY,
        )
        data = dossier_data.assemble(db, "07354", 2025, "standard")
    # Results as the assessments will supply them, and a long public-posting record.
    criteria = tuple(
        dataclasses.replace(
            criterion,
            indicators=tuple(
                dataclasses.replace(ind, met=True, value="Đạt theo kết quả thẩm tra thực tế")
                for ind in criterion.indicators
            ),
        )
        for criterion in data.criteria.criteria
    )
    comments = tuple(
        Comment(
            f"c{number}",
            date(2025, 12, 1 + number % 20),
            f"Thôn số {number % 12 + 1}",
            "Đề nghị tiếp tục duy tu, sửa chữa tuyến đường trục thôn và rãnh thoát nước, "
            "bổ sung cây xanh, đèn chiếu sáng công cộng tại khu dân cư.",
            "Ủy ban nhân dân xã tiếp thu, đưa vào kế hoạch năm 2026, giao công chức địa chính "
            "- xây dựng theo dõi, đôn đốc thực hiện.",
        )
        for number in range(250)
    )
    return dataclasses.replace(
        data,
        criteria=dataclasses.replace(data.criteria, criteria=criteria, assessed=True),
        inputs=dataclasses.replace(data.inputs, comments=comments),
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = make_data(Path(folder))
    document.build(data, draft=True)  # warm: imports and font registration
    times = []
    for _ in range(5):
        start = time.perf_counter()
        pdf = document.build(data, draft=True)
        times.append(time.perf_counter() - start)
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    median = statistics.median(times)
    print(
        f"dossier: {pages} pages, median {median:.3f} s ({median / pages * 1000:.1f} ms/page), "
        f"{len(pdf) / 1024:.0f} KB; target <= 0.6 s"
    )


if __name__ == "__main__":
    main()
