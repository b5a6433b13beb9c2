"""ruff over the whole tree and mypy --strict over the core, as part of the test run."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_is_clean():
    result = _run("ruff", "check", "--output-format", "concise", "ntm_desktop", "ui", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_passes_strict_type_checking():
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
