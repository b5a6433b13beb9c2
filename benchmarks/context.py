"""What the benchmarks share: a scratch folder, repeat counts and the national data file."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.synthetic_tree import build_national_file


@dataclass
class Context:
    workdir: Path
    quick: bool = False
    log: list[str] = field(default_factory=list)
    _national: Path | None = None

    def repeats(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def national_file(self) -> Path:
        """The synthetic national data file, built once per run (read-only for benchmarks)."""
        if self._national is None:
            start = time.perf_counter()
            self._national = build_national_file(self.workdir / "national.db")
            self.note(f"national data file built in {time.perf_counter() - start:.1f} s")
        return self._national

    def national_copy(self, name: str) -> Path:
        """A private copy of the national file for a benchmark that writes."""
        target = self.workdir / f"{name}.db"
        shutil.copyfile(self.national_file(), target)
        return target

    def note(self, text: str) -> None:
        self.log.append(text)
