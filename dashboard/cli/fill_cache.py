"""Fill the data cache before a start: `python -m dashboard.store PATH [--cache-dir DIR]`.

Validating national data takes minutes; run this before a deploy so the workers open the cache
in about a second. Prints the cache entry's folder.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.data.cache import cache_key, write_entry
from dashboard.data.dataset import Dataset
from dashboard.data.loading import load_path
from dashboard.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.store",
                                     description="Validate data files into Målbild's binary cache.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    cache_dir = args.cache_dir or Settings.from_env().cache_dir
    if cache_dir is None:
        print("MALBILD_CACHE_DIR=off: ingen cache att fylla.", file=sys.stderr)
        return 2
    entry = cache_dir / cache_key(args.path)
    if not (entry / "complete").exists():
        write_entry(Dataset(load_path(args.path)), cache_dir, entry)
    print(entry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
