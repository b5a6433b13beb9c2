"""Time the funding, task and OCOP reports on a province with every commune filled in.

Prints figures; asserts nothing (see performance.md). Run from the repository root:
    python benchmarks/money_reports_bench.py
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

# This checkout's package, not the one an editable install points at.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.measure import timed
from ntm_desktop.funding import funding, funding_report
from ntm_desktop.ocop import ocop, ocop_report
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.tables import xlsx_tables
from ntm_desktop.units import datasets, units


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_data_file(Path(folder) / "ntm.db", create=True)
        datasets.initialize(db, "bac-giang-2020")
        communes = [u for u in units.subtree(db, "24") if u.kind == units.RURAL_COMMUNE_KIND]

        def fill():
            with db.transaction():
                for n, unit in enumerate(communes):
                    funding.record(
                        db, unit.code, 2020, {"central": 1000 + n, "community": f"{n},5"}
                    )
                    funding.record_disbursement(
                        db, unit.code, 2020, "investment", date(2020, 11, 30), 900 + n, 500
                    )
                    producer = ocop.add_producer(db, f"HTX {n}", "HTX", unit.code)
                    product = ocop.add_product(db, f"Sản phẩm {n}", producer.id)
                    ocop.rate(db, product.id, 3 + n % 2, f"{n}/QĐ-UBND", date(2020, 6, 1))

        timed(
            f"enter funding, disbursement and an OCOP product for {len(communes)} communes", fill, 1
        )
        tables = timed(
            "funding report tables (province)",
            lambda: funding_report.tables(db, 2020, "24", date(2020, 11, 30)),
        )
        timed("ocop report tables (province)", lambda: ocop_report.tables(db, 2020, "24"))
        target = Path(folder) / "von.xlsx"
        timed("funding report written to xlsx", lambda: xlsx_tables.write(target, tables))
        db.close()


if __name__ == "__main__":
    main()
