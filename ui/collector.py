"""The garbage collector while the app starts: paused, then resumed with start-up's objects frozen.

From `ui.launch` to the first paint the start makes ~20,000 objects the collector tracks
(modules, functions, PySide's types, the window), nearly all kept as long as the app runs. Its
~30 passes over them meanwhile free ~350 (the pure-Python `datetime` its C module replaces) and
take ~3 ms of the ~180 ms start (`python -m benchmarks --only startup-real`). `pause` puts the first
pass beyond what a start makes, rather than switching the collector off, so a start that turns
into long work first (the demonstration file built, the first-start wizard) is still collected.
`resume` freezes what the start made (`gc.freeze`): the passes while the person works skip it.
The ~350 objects a full pass would then free stay (tens of kB): that pass takes ~10 ms, right
after the window shows.
"""

from __future__ import annotations

import gc

# Tracked objects made before the collector's first pass: more than a start makes.
START_THRESHOLD = 100_000
_paused_from: tuple[int, int, int] | None = None


def pause() -> None:
    global _paused_from
    if _paused_from is None:
        _paused_from = gc.get_threshold()
        gc.set_threshold(START_THRESHOLD, *_paused_from[1:])


def resume() -> None:
    """Once the window shows; nothing to do if the start was not paused (`python -m ui.app`)."""
    global _paused_from
    if _paused_from is not None:
        gc.freeze()
        gc.set_threshold(*_paused_from)
        _paused_from = None
