"""Portable crash injection: a child process that dies at a named point of the core.

Windows has no SIGKILL, and a kill sent from outside lands wherever the child happens to be.
Instead the test names a point, `package.module:function` and which call of it, in
NTM_CRASH_AT; the child's first act is `arm()`, which wraps that function so that the call
ends the process with os._exit before the function runs. No exception handler, `finally`,
commit, rollback or flush runs after it, as when the power fails or the process is killed, on
every OS. The wrapper replaces the module attribute, so the point must be called through its
module (`rows.record_import(...)`), which is how the core calls across modules.
"""

from __future__ import annotations

import functools
import importlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CRASH_AT = "NTM_CRASH_AT"
# The exit code of a child that reached its crash point, unlike any code Python itself uses.
CRASHED = 86


def arm() -> None:
    """Install the crash point NTM_CRASH_AT names ("module:function" or "module:function@N"
    for the N-th call); without it the child runs normally."""
    point = os.environ.get(CRASH_AT)
    if not point:
        return
    target, _, nth = point.partition("@")
    module_name, function_name = target.split(":")
    module = importlib.import_module(module_name)
    original: Callable[..., Any] = getattr(module, function_name)
    calls = 0

    @functools.wraps(original)
    def crash_point(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == int(nth or 1):
            os._exit(CRASHED)
        return original(*args, **kwargs)

    setattr(module, function_name, crash_point)


def run(code: str, *args: str, crash_at: str) -> subprocess.CompletedProcess[str]:
    """Run `code` with `args` in sys.argv[1:] in a child armed at `crash_at`; returns the
    finished child, its output as text."""
    return subprocess.run(
        [sys.executable, "-c", "from tests.crash import arm\narm()\n" + code, *args],
        cwd=ROOT,
        env={**os.environ, CRASH_AT: crash_at},
        capture_output=True,
        text=True,
        check=False,
    )
