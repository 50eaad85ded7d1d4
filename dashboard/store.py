"""`python -m dashboard.store PATH`: the name users already run; the command lives in dashboard/cli/fill_cache.py."""

import sys

from dashboard.cli.fill_cache import main

if __name__ == "__main__":
    sys.exit(main())
