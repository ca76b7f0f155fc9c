"""PyInstaller's entry script: the package's ``__main__`` uses a relative import, which a frozen
top-level script cannot. The bundle's executable is the CLI: no argument opens the window,
and the GUI starts its export worker as ``<exe> export-... --worker``."""
import sys

from ukpbj_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
