"""PyInstaller entry point of the frozen `ntm` (console) executable."""

import sys

from ntm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
