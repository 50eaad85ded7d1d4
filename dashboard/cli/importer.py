"""Convert and validate figures into the long format: `python -m dashboard.importer FILE... --out data/NAME.csv`.

Reads every file with the same reader as the app and the upload (long CSV, Swedish Excel CSV,
published wide tables, .xlsx). Exit 0 with a summary when everything validates; exit 2 with every
problem as `file:row:column: message` otherwise, writing nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd

from dashboard.cli.duckdb_limits import configure_from_env
from dashboard.data import engine
from dashboard.data.frames import fetch
from dashboard.data.loading import duplicates_across
from dashboard.data.readers import OBSERVATIONS, ImportOptions, read_into
from dashboard.data.scratch import Scratch
from dashboard.data.writers import observations_to_csv_bytes
from dashboard.domain.problems import ERROR, Problem
from dashboard.domain.schema import FRAME_COLUMNS
from dashboard.i18n import problem_line, render, text


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m dashboard.importer", description=text("cli.importer.description"))
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help=text("cli.importer.help_files"))
    parser.add_argument("--out", required=True, type=Path, help=text("cli.importer.help_out"))
    parser.add_argument("--municipality", help=text("cli.importer.help_municipality"))
    parser.add_argument("--municipality-code", help=text("cli.importer.help_municipality_code"))
    parser.add_argument("--goal-area", help=text("cli.importer.help_goal_area"))
    parser.add_argument("--area", help=text("cli.importer.help_area"))
    parser.add_argument("--published", help=text("cli.importer.help_published"))
    parser.add_argument("--source", help=text("cli.importer.help_source"))
    parser.add_argument("--target-year", type=int, help=text("cli.importer.help_target_year"))
    parser.add_argument("--sheet", help=text("cli.importer.help_sheet"))
    return parser.parse_args(argv)


def convert(files: list[Path], options: ImportOptions) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read and validate every file; the combined observations, or None when any file has an error."""
    tables, problems = [], []
    with engine.loading() as connection, Scratch(connection) as scratch:
        for path in files:
            found = read_into(scratch, path, str(path), options, OBSERVATIONS)
            problems += found.problems
            if found.table is not None:
                problems += duplicates_across(scratch, found.table, str(path), tables)
                tables.append(found.table)
        if any(p.severity == ERROR for p in problems) or not tables:
            return None, problems
        columns = ", ".join(FRAME_COLUMNS)
        frames = [fetch(connection, f"SELECT {columns} FROM {table}") for table in tables]
    return pd.concat(frames, ignore_index=True), problems


def summary(observations: pd.DataFrame) -> str:
    """'12 rader, 4 indikatorer, år 2017–2019, kommuner: Borås': what was written, in Swedish as the command prints."""
    years = observations["year"].dropna().astype(int)
    return text(
        "cli.importer.summary",
        rows=text("cli.importer.rows", count=len(observations)),
        indicators=text("cli.importer.indicators", count=int(observations["indicator_key"].nunique())),
        first=years.min(),
        last=years.max(),
        municipalities=", ".join(sorted(observations["municipality"].unique())),
    )


def write_atomically(path: Path, payload: bytes) -> None:
    """Write to a temporary file beside `path`, on disk before it is renamed: readers never see half a
    file, and a crash never leaves one. Readable like any file a person writes (0644)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    wrong = configure_from_env()
    if wrong is not None:  # a wrong environment variable: its sentence, not a traceback
        print(render(wrong), file=sys.stderr)
        return 1
    options = ImportOptions(
        municipality=args.municipality,
        municipality_code=args.municipality_code,
        goal_area=args.goal_area,
        area=args.area,
        published=args.published,
        source=args.source,
        target_year=args.target_year,
        sheet=args.sheet,
    )
    observations, problems = convert(args.files, options)
    for problem in problems:
        print(problem_line(problem), file=sys.stderr if problem.severity == ERROR else sys.stdout)
    if observations is None:
        errors = sum(p.severity == ERROR for p in problems)
        print(text("cli.importer.nothing_written", count=int(errors)), file=sys.stderr)
        return 2
    try:
        write_atomically(args.out, observations_to_csv_bytes(observations))
    except OSError as error:
        print(text("cli.importer.write_failed", out=args.out, reason=error.strerror), file=sys.stderr)
        return 1
    print(text("cli.importer.written", out=args.out, summary=summary(observations)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
