"""What `ntm-desktop` runs: the app, loaded and started with the garbage collector paused.

The pause comes before `ui.app` is imported, as its modules and PySide's types are most of what
the start makes; the app resumes the collector once its window shows (see `ui.collector`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ui import collector


def main(argv: Sequence[str] | None = None) -> int:
    collector.pause()
    from ui import app  # after the pause, as said above

    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main())
