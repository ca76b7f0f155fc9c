"""``ukpbj-desktop`` / ``python -m ukpbj_desktop``: the window, or a headless command."""
from __future__ import annotations

import sys

from ukpbj_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
