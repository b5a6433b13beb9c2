"""PyInstaller entry point of the frozen `ntm-desktop` (windowed) executable."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
