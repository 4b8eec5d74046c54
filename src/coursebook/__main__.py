"""`python -m coursebook` starts the same command line as the `coursebook` script."""

import sys

from coursebook.cli import main

if __name__ == "__main__":
    sys.exit(main())
