"""`python -m dashboard.kolada`: the name users already run; the command lives in dashboard/cli/kolada.py."""

import sys

from dashboard.cli.kolada import main

if __name__ == "__main__":
    sys.exit(main())
