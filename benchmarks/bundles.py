"""Bundles at province scale: a full export's speed and memory against copying and hashing the
same bytes, and the province importing many offices' bundles of real checklist edits.

Export and import run in fresh processes (benchmarks.bundle_child) so each peak RSS is that
work's own. The import's offices make their edits through the checklist's own service
(`assessments.write_many`: every indicator's judgment, as the checklist window records each, in
one transaction per unit-year), so the ops are real edits of indicator rows: at full size 200
communes × 5 years × 49 indicators, each judged 19 times, 1.04 M ops. (A criteria-status sheet
judges whole criteria, one row each: far fewer ops, measured by `criteria-status`.)
Its targets, set for 1 M ops, are scaled to the ops really imported (the line says so).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.context import Context
from benchmarks.measure import Figure, median, times

ROOT = Path(__file__).resolve().parents[1]
PACK_RATIO = 1.5
VERIFY_RATIO = 2.0
RSS_TARGET_MB = 300.0
IMPORT_SECONDS_PER_MILLION = 300.0
REIMPORT_SECONDS_PER_MILLION = 30.0


def _child(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bundle_child", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _province_office(ctx: Context, attachments_mb: int) -> tuple[Path, Path]:
    """The province file with its root, certificate and `attachments_mb` of evidence."""
    from ntm_desktop.checklist import assessments
    from ntm_desktop.session.data_file import open_data_file
    from ntm_desktop.sync import identity

    folder = ctx.workdir / "bundles" / "tinh"
    folder.mkdir(parents=True)
    path = folder / "ntm.db"
    shutil.copyfile(ctx.province_file(), path)
    root = ctx.workdir / "bundles" / "ROOT.key"
    with open_data_file(path) as db:
        # The communes' evidence, as if it had arrived with their bundles: attached before the
        # province's certificate is installed (which would refuse a commune's edit here), then
        # its ops given the commune's office as the log of the province_file ops is, or they
        # would stay local and the export would carry no evidence at all.
        for number in range(attachments_mb):
            scan = folder / f"bien-ban-{number}.pdf"
            scan.write_bytes(os.urandom(1 << 20))
            assessments.attach_evidence(db, "07354", 2020, "2.2", scan)
        with db.transaction():
            db.conn.execute(
                "UPDATE change_log SET office_code = owner_code WHERE office_code IS NULL"
            )
        identity.init_root(db, root)
        identity.issue(db, root, "24", "province", folder / "tinh.cert")
        identity.install(db, folder / "tinh.cert")
    return path, root


def export_and_verify(ctx: Context) -> list[Figure]:
    """A province's full export, then the same bytes copied and hashed. Pack is the export less
    the time SQLite takes to read the change log (its ops as JSON lines, clocked batch by batch
    in the same export, and the known vector): the ZIP, a SHA-256 per member, the signed
    manifest, evidence read, fsync and the read-back, against a copy with fsync. The export
    flushes and reads back finished parts in the background while SQLite hands over the next
    batches: what is left of that at the end is counted. Verify is the container check
    (layout, certificate, signature, every member's SHA-256, evidence included) against SHA-256
    of every byte; reading every op with its schema check is shown beside it."""
    from ntm_desktop.session.data_file import open_data_file
    from ntm_desktop.sync import reader

    attachments = 2 if ctx.quick else 20
    path, _root = _province_office(ctx, attachments)
    # A quick export takes a fraction of a second beside the copy: exported, then copied, in
    # turns, median of each. A full export takes long enough to be measured once.
    exports: list[dict[str, object]] = []
    copied: list[float] = []
    for number in range(ctx.repeats(1, 3)):
        out = ctx.workdir / "bundles" / f"out-{number}"
        out.mkdir()
        exports.append(_child("export", str(path), str(out)))
        parts = [Path(str(part)) for part in exports[-1]["parts"]]  # type: ignore[attr-defined]
        copies = ctx.workdir / "bundles" / f"copies-{number}"
        copies.mkdir()
        start = time.perf_counter()
        for part in parts:
            shutil.copyfile(part, copies / part.name)
            with open(copies / part.name, "rb") as handle:
                os.fsync(handle.fileno())
        copied.append(time.perf_counter() - start)
    size = sum(part.stat().st_size for part in parts)
    copy_seconds = median(copied)

    def hash_all() -> None:
        for part in parts:
            with part.open("rb") as handle:
                hashlib.file_digest(handle, "sha256")

    with open_data_file(path) as db:
        # Tens of milliseconds each: taken in turns, several times, median of each.
        hashed, verified = [], []
        for _ in range(ctx.repeats(5, 3)):
            hashed += times(hash_all, 1)
            verified += times(lambda: [reader.verify(db, part) for part in parts], 1)
        hash_seconds, verify_seconds = median(hashed), median(verified)
        start = time.perf_counter()
        for part in parts:
            reader.read(db, part)
        read_seconds = time.perf_counter() - start
        ops = db.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    seconds = median([float(run["seconds"]) for run in exports])  # type: ignore[arg-type]
    pack_seconds = median(
        [float(run["seconds"]) - float(run["lines_seconds"]) for run in exports]  # type: ignore[arg-type]
    )
    peak = max(float(run["peak_mb"]) for run in exports)  # type: ignore[arg-type]
    what = f"{ops:,} ops + {attachments} MB of evidence, {len(parts)} parts, {size / 1e6:.0f} MB"
    return [
        Figure(
            f"bundle export --full, peak RSS ({what})",
            f"{peak:.0f} MB",
            f"≤ {RSS_TARGET_MB:.0f} MB",
            peak <= RSS_TARGET_MB,
        ),
        Figure(
            "  the whole export (change log read as JSON lines, then packed)",
            f"{seconds:.2f} s ({ops / seconds:,.0f} ops/s), {seconds / copy_seconds:.1f}× copy",
        ),
        Figure(
            "  bundle pack (the export less SQLite reading the log) against copying the bytes",
            f"{pack_seconds:.2f} s vs {copy_seconds:.2f} s = {pack_seconds / copy_seconds:.1f}×",
            f"≤ {PACK_RATIO}×",
            pack_seconds / copy_seconds <= PACK_RATIO,
        ),
        Figure(
            "  bundle verify (container, every member's SHA-256) against SHA-256 of the bytes",
            f"{verify_seconds:.2f} s vs {hash_seconds:.2f} s = "
            f"{verify_seconds / hash_seconds:.1f}×",
            f"≤ {VERIFY_RATIO}×",
            verify_seconds / hash_seconds <= VERIFY_RATIO,
        ),
        Figure(
            "  reading every part with every op's schema check (what an import reads)",
            f"{read_seconds:.2f} s ({ops / read_seconds:,.0f} ops/s)",
        ),
    ]


def _office_bundles(
    ctx: Context, offices: int, years: int, rounds: int
) -> tuple[Path, list[Path], int]:
    """A province file and one bundle per commune office: every indicator of each commune's
    checklist of `years` years judged, then judged again `rounds` times (each indicator
    changing each time)."""
    from ntm_desktop.checklist import assessments
    from ntm_desktop.session.data_file import open_data_file
    from ntm_desktop.sync import identity, writer
    from ntm_desktop.units import units

    work = ctx.workdir / "import"
    template = ctx.small_file()
    province = work / "tinh" / "ntm.db"
    province.parent.mkdir(parents=True)
    shutil.copyfile(template, province)
    root = work / "ROOT.key"
    bundles: list[Path] = []
    ops = 0
    with open_data_file(province) as tinh:
        identity.init_root(tinh, root)
        identity.issue(tinh, root, "24", "province", work / "tinh.cert")
        identity.install(tinh, work / "tinh.cert")
        communes = [
            unit.code for unit in units.subtree(tinh) if unit.kind == units.RURAL_COMMUNE_KIND
        ]
        for code in communes[:offices]:
            path = work / code / "ntm.db"
            path.parent.mkdir()
            shutil.copyfile(template, path)
            identity.issue(tinh, root, code, "commune", work / f"{code}.cert")
            with open_data_file(path) as db:
                identity.install(db, work / f"{code}.cert")
                db.set_user("Cán bộ xã")
                with db.transaction():  # one commit: preparing is not what is measured
                    for year in range(2020 - years + 1, 2021):
                        for number in range(rounds + 1):
                            sheet = assessments.checklist(db, code, year)
                            assessments.write_many(
                                db,
                                sheet,
                                {
                                    row.value_id: {
                                        "officer_met": "yes"
                                        if (row.indicator.criterion_no + number) % 2
                                        else "no"
                                    }
                                    for row in sheet.rows
                                },
                            )
                ops += db.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
                bundles += [part.path for part in writer.export(db, work / "out" / code)]
    return province, bundles, ops


def province_import(ctx: Context) -> list[Figure]:
    offices, years, rounds = (20, 2, 3) if ctx.quick else (200, 5, 18)
    start = time.perf_counter()
    province, bundles, ops = _office_bundles(ctx, offices, years, rounds)
    ctx.note(
        f"{offices} offices' bundles ({ops:,} ops of checklist edits: {years} years × 49 "
        f"indicators, judged {rounds + 1} times) made in {time.perf_counter() - start:.0f} s"
    )
    result = _child("import", str(province), *map(str, bundles))
    first, again = float(result["first"]), float(result["again"])  # type: ignore[arg-type]
    first_cpu = float(result["first_cpu"])  # type: ignore[arg-type]
    peak = float(result["peak_mb"])  # type: ignore[arg-type]
    share = ops / 1_000_000
    return [
        Figure(
            f"province import of {offices} offices' bundles ({ops:,} ops of checklist edits)",
            f"{first:.1f} s ({ops / first:,.0f} ops/s; CPU {first_cpu:.1f} s), "
            f"{result['first_statuses']}",
            f"≤ {IMPORT_SECONDS_PER_MILLION * share:.1f} s (5 min per 1 M ops, "
            f"≥ {1_000_000 / IMPORT_SECONDS_PER_MILLION:,.0f} ops/s)",
            first <= IMPORT_SECONDS_PER_MILLION * share,
        ),
        Figure(
            "  the same bundles again (all already imported)",
            f"{again:.1f} s, {result['again_statuses']}",
            f"≤ {REIMPORT_SECONDS_PER_MILLION * share:.1f} s (30 s per 1 M ops)",
            again <= REIMPORT_SECONDS_PER_MILLION * share,
        ),
        Figure(
            "  peak RSS of the import",
            f"{peak:.0f} MB",
            f"≤ {RSS_TARGET_MB:.0f} MB",
            peak <= RSS_TARGET_MB,
        ),
    ]
