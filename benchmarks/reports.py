"""The province report over a national tree with stored results, against a plain GROUP BY over
the same rows; and the national xlsx read back through the import reader.

The tree and its results come from `bench_reports.build` (10,600 communes, two years; the
districts' results under their own set, as a province file holds them).
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.context import Context
from benchmarks.measure import Figure, median, ms, times, times_side_by_side

REPORT_TARGET = 0.050
REPORT_RATIO = 3.0
XLSX_READ_TARGET = 1.0
# The same counts the by-district report starts from: communes, criteria met, standard met.
PLAIN_GROUP_BY = (
    "SELECT u.parent_code, count(*), sum(s.met), sum(s.met = s.total) "
    "FROM assessment_scores s JOIN units u ON u.code = s.unit_code "
    "WHERE s.year = ? AND u.level = 'commune' GROUP BY u.parent_code"
)


def run(ctx: Context) -> list[Figure]:
    from benchmarks.bench_reports import build
    from ntm_desktop.criteria import catalogs
    from ntm_desktop.reports import by_district
    from ntm_desktop.session.data_file import open_data_file
    from ntm_desktop.tables import sheets, xlsx_tables

    path = ctx.workdir / "reports.db"
    with open_data_file(path, create=True) as db:
        db.set_user("bench")
        catalogs.load_shipped(db)
        start = time.perf_counter()
        communes = build(db)
        ctx.note(
            f"national tree with results for reports built in {time.perf_counter() - start:.0f} s"
        )
        repeats = ctx.repeats(15, 5)
        times(lambda: by_district.build(db, 2020), 2)
        report, plain = times_side_by_side(
            lambda: by_district.build(db, 2020),
            lambda: db.conn.execute(PLAIN_GROUP_BY, (2020,)).fetchall(),
            repeats,
        )
        ratio = median(report) / median(plain)
        rows = [(code, f"Xã {code}", *range(23)) for code in communes]
        columns = [xlsx_tables.Column(f"Cột {n}", "int", 6) for n in range(25)]
        target = Path(ctx.workdir) / "national.xlsx"
        xlsx_tables.write(target, [xlsx_tables.Table("Bảng tiêu chí", columns, rows)])
        read = times(lambda: sheets.read(target), ctx.repeats(7, 3))
    return [
        Figure(
            "province report by district, national tree (705 districts, 10,600 communes)",
            f"median {ms(median(report))}",
            f"≤ {ms(REPORT_TARGET)}",
            median(report) <= REPORT_TARGET,
        ),
        Figure(
            "  against a plain GROUP BY over the same stored results",
            f"{ms(median(report))} vs {ms(median(plain))} = {ratio:.1f}×",
            f"≤ {REPORT_RATIO:.0f}×",
            ratio <= REPORT_RATIO,
        ),
        Figure(
            f"xlsx {len(rows):,} × {len(columns)} read back through the import reader",
            f"median {median(read):.2f} s",
            f"≤ {XLSX_READ_TARGET:.0f} s",
            median(read) <= XLSX_READ_TARGET,
        ),
    ]


GROWTH_TARGET_MB = 5.0


def _criteria_sheet(path: Path, communes: list[tuple[str, str]], flipped: int) -> Path:
    """A district's criteria-status sheet: every commune meets criteria 1-15; the first
    `flipped` communes now also meet criterion 16."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Mã xã", "Tên xã", *[str(n) for n in range(1, 20)]])
    for number, (code, name) in enumerate(communes):
        marks = [1] * 15 + [int(number < flipped), 0, 0, 0]
        sheet.append([code, name, *marks])
    book.save(path)
    return path


def criteria_status_growth(ctx: Context) -> list[Figure]:
    """The province's criteria-status import of every commune, then again with a few changed:
    the log and the file should grow with what changed, not with the sheet."""
    import shutil

    from ntm_desktop.checklist import criteria_status_import
    from ntm_desktop.session.data_file import open_data_file
    from ntm_desktop.units import units

    path = ctx.workdir / "criteria-status.db"
    shutil.copyfile(ctx.small_file(), path)
    figures = []
    with open_data_file(path) as db:
        communes = [
            (unit.code, unit.name)
            for unit in units.subtree(db)
            if unit.kind == units.RURAL_COMMUNE_KIND
        ]

        def measure(flipped: int) -> tuple[int, float]:
            ops = db.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size = path.stat().st_size
            sheet = _criteria_sheet(ctx.workdir / f"bang-{flipped}.xlsx", communes, flipped)
            criteria_status_import.import_file(db, sheet, 2020)
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            added = db.conn.execute("SELECT count(*) FROM change_log").fetchone()[0] - ops
            return added, (path.stat().st_size - size) / 1e6

        first_ops, first_mb = measure(0)
        again_ops, again_mb = measure(10)
    figures.append(
        Figure(
            f"criteria-status import of {len(communes)} communes × 19 criteria, first time",
            f"{first_ops:,} ops, file +{first_mb:.1f} MB",
            f"≤ {GROWTH_TARGET_MB:.0f} MB",
            first_mb <= GROWTH_TARGET_MB,
        )
    )
    figures.append(
        Figure(
            "  the same sheet again with 10 cells changed",
            f"{again_ops:,} ops, file +{again_mb:.2f} MB",
            "ops in proportion to the 10 changes (≤ 100)",
            again_ops <= 100,
        )
    )
    return figures
