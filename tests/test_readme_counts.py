"""The README's reliability table counts what the attack suite really tries, file by file."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_counts_every_attack_the_suite_tries():
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/attacks", "--collect-only", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts = {
        name: int(count)
        for name, count in re.findall(r"^tests/attacks/(test_\w+\.py): (\d+)$", collected, re.M)
    }
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = {
        name: int(count) for name, count in re.findall(r"\| `(test_\w+\.py)` \| (\d+) \|", readme)
    }
    total = re.search(r"\| \*\*Tổng\*\* \| \| \*\*(\d+)\*\* \|", readme)
    assert listed == counts
    assert total is not None and int(total.group(1)) == sum(counts.values())
