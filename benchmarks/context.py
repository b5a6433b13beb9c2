"""What the benchmarks share: a scratch folder, repeat counts and the national data file."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.province_file import FULL_OPS, QUICK_OPS, build_province_file
from benchmarks.synthetic_tree import build_national_file


@dataclass
class Context:
    workdir: Path
    quick: bool = False
    log: list[str] = field(default_factory=list)
    _national: Path | None = None
    _province: Path | None = None
    _small: Path | None = None

    def repeats(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def national_file(self) -> Path:
        """The synthetic national data file, built once per run (read-only for benchmarks)."""
        if self._national is None:
            start = time.perf_counter()
            self._national = build_national_file(self.workdir / "national.db")
            self.note(f"national data file built in {time.perf_counter() - start:.1f} s")
        return self._national

    def province_file(self) -> Path:
        """Bắc Giang 2020 with a province's change log (1.2 M ops; 120 k with --quick)."""
        if self._province is None:
            start = time.perf_counter()
            ops = QUICK_OPS if self.quick else FULL_OPS
            self._province = build_province_file(self.workdir / "province.db", ops)
            # Written out now: the kernel's writeback of ~500 MB would slow what it overlaps.
            os.sync()
            size = self._province.stat().st_size / 1e6
            self.note(
                f"province data file ({ops:,} ops, {size:.0f} MB) built in "
                f"{time.perf_counter() - start:.1f} s"
            )
        return self._province

    def small_file(self) -> Path:
        """A commune office's file as set up at first start: Bắc Giang 2020, no history."""
        if self._small is None:
            from ntm_desktop.session.data_file import open_data_file
            from ntm_desktop.units import datasets

            self._small = self.workdir / "small.db"
            with open_data_file(self._small, create=True) as db:
                datasets.initialize(db, "bac-giang-2020")
        return self._small

    def national_copy(self, name: str) -> Path:
        """A private copy of the national file for a benchmark that writes."""
        target = self.workdir / f"{name}.db"
        shutil.copyfile(self.national_file(), target)
        return target

    def note(self, text: str) -> None:
        self.log.append(text)
