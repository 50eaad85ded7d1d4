"""`python -m dashboard.importer`: the name users already run; the command lives in dashboard/cli/importer.py."""

import sys

from dashboard.cli.importer import main

if __name__ == "__main__":
    sys.exit(main())
