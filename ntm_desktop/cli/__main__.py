import sys

from ntm_desktop.cli import main

sys.exit(main())
