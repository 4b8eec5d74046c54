"""The frozen app's entry point (packaging/coursebook.spec): the same `main` as the
`coursebook` command."""

import multiprocessing
import sys

from coursebook.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless; needed if anything ever spawns a process
    sys.exit(main())
