"""Fill the data cache before a start: `python -m dashboard.store PATH [--cache-dir DIR]`.

Validating national data takes seconds to minutes; run this before a deploy so the workers open
the cache at once. Prints the cache entry's folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.data import engine
from dashboard.data.cache import filled_entry
from dashboard.i18n import render, text
from dashboard.settings import Settings, SettingsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.store", description=text("cli.fill_cache.description"))
    parser.add_argument("path", type=Path, help=text("cli.fill_cache.help_path"))
    parser.add_argument("--cache-dir", type=Path, default=None, help=text("cli.fill_cache.help_cache_dir"))
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
        cache_dir = args.cache_dir or settings.cache_dir
    except SettingsError as error:  # a wrong environment variable: its sentence, not a traceback
        print(render(error.message), file=sys.stderr)
        return 1
    if cache_dir is None:
        print(text("cli.fill_cache.cache_off"), file=sys.stderr)
        return 2
    engine.configure(engine.limits_of(settings))
    entry = filled_entry(args.path, cache_dir)
    if entry is None:
        print(text("cli.fill_cache.no_data_files", path=args.path), file=sys.stderr)
        return 2
    print(entry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
