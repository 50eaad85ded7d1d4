"""Read observation files from disk: one file, or every .csv and .xlsx file in a folder.

A file with any error is left out whole and its problems are reported; the other files in the
folder still load. Files load in name order, so a later file that repeats a key already loaded
is the one reported. Goals files (`goals*.csv`) and groups files (`groups*.csv`) are read beside
the observations. The indicators' definitions (`indicators.csv`, dashboard/data/definitions.py)
are read first, so that they fill the units and directions the observations leave empty; a
defect in them costs only its cell or row. `load_into` keeps the validated rows in DuckDB (the
store is written from there); `load_path` returns them as a frame.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from dashboard.data import engine, readers
from dashboard.data.definitions import (
    Definition,
    by_key,
    combine_definitions,
    fill_described,
    is_definitions_file,
    unknown_indicators,
)
from dashboard.data.frames import empty_observations, fetch
from dashboard.data.goals import empty_goals, is_goals_file
from dashboard.data.groups import empty_groups, is_groups_file, unknown_members
from dashboard.data.parquet_files import copy_to_parquet, parquet
from dashboard.data.readers import DEFINITIONS, GOALS, GROUPS, OBSERVATIONS, ImportOptions, Read, read_into
from dashboard.data.scratch import Scratch
from dashboard.domain.problems import ERROR, Problem, problem
from dashboard.domain.schema import FRAME_COLUMNS, KEY

DATA_SUFFIXES = {".csv", ".xlsx"}
log = logging.getLogger("malbild")
__all__ = [
    "DATA_SUFFIXES",
    "LoadResult",
    "Loaded",
    "data_files",
    "definitions_at",
    "load_into",
    "load_path",
    "read_file",
    "read_text",
]


@dataclass(frozen=True)
class LoadResult:
    observations: pd.DataFrame
    problems: tuple[Problem, ...] = ()
    goals: pd.DataFrame = field(default_factory=empty_goals)
    loaded_files: tuple[str, ...] = ()
    failed_files: tuple[str, ...] = ()
    source: str = ""
    groups: pd.DataFrame = field(default_factory=empty_groups)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)


@dataclass
class Loaded:
    """A load kept in DuckDB: the accepted files' observation tables, in load order."""

    tables: list[str] = field(default_factory=list)  # relations: working tables, or Parquet parts
    table_files: list[str] = field(default_factory=list)  # the file each table holds, as `file` names it
    parts: list[Path] = field(default_factory=list)  # the Parquet parts of `tables`, when kept as files
    problems: list[Problem] = field(default_factory=list)
    goals: list[pd.DataFrame] = field(default_factory=list)
    groups: list[pd.DataFrame] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    source: str = ""

    def goals_frame(self) -> pd.DataFrame:
        return pd.concat(self.goals, ignore_index=True) if self.goals else empty_goals()

    def groups_frame(self) -> pd.DataFrame:
        return pd.concat(self.groups, ignore_index=True) if self.groups else empty_groups()

    def union(self) -> str:
        """SQL of every accepted observation, file by file."""
        columns = ", ".join(FRAME_COLUMNS)
        return " UNION ALL ".join(f"SELECT {columns} FROM {table}" for table in self.tables)


def data_files(path: Path) -> list[Path]:
    """The files load_path reads, in its order."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DATA_SUFFIXES)
    return [path] if path.is_file() else []


def load_path(path: Path) -> LoadResult:
    """Load a CSV file or a folder of CSV files, keeping every file that validates."""
    with engine.loading() as connection, Scratch(connection) as scratch:
        loaded = load_into(scratch, path)
        frames = [fetch(connection, f"SELECT {', '.join(FRAME_COLUMNS)} FROM {table}") for table in loaded.tables]
    observations = pd.concat(frames, ignore_index=True) if len(frames) > 1 else (frames[0] if frames else None)
    return LoadResult(
        empty_observations() if observations is None else observations,
        tuple(loaded.problems),
        loaded.goals_frame(),
        tuple(loaded.loaded),
        tuple(loaded.failed),
        loaded.source,
        loaded.groups_frame(),
    )


def load_into(scratch: Scratch, path: Path, parts: Path | None = None) -> Loaded:
    """Read every data file at `path` into `scratch`'s connection; the tables stay until it drops
    them. With a `parts` folder each accepted file's rows are written there as a Parquet file at
    once and its working table dropped, so a load of tens of millions of rows keeps one file's
    rows in memory instead of spilling them all to disk (and reading them back to store them)."""
    path = Path(path)
    loaded = Loaded(source=str(path))
    files = data_files(path)
    if not files:
        code = "folder_without_data_files" if path.is_dir() else "path_missing"
        loaded.problems.append(problem((path.name or str(path)) if path.is_dir() else str(path), None, None, code))
        return loaded
    base = path if path.is_dir() else path.parent
    definitions = _definitions(scratch, [file for file in files if _kind(file) == DEFINITIONS], base, loaded)
    for file in files:
        label = str(file.relative_to(base))
        kind = _kind(file)
        if kind == DEFINITIONS:
            continue  # read above
        found = _read(scratch, file, label, kind)
        problems = list(found.problems)
        if found.table is not None:
            fill_described(scratch, found.table, definitions)
            problems += duplicates_across(scratch, found.table, label, loaded.tables)
        loaded.problems += problems
        if (found.table is None and found.frame is None) or any(p.severity == ERROR for p in problems):
            loaded.failed.append(label)
            if found.table is not None:
                scratch.connection.execute(f"DROP TABLE {found.table}")
            continue
        loaded.loaded.append(label)
        if found.table is not None:
            loaded.tables.append(_kept(scratch, found.table, parts, loaded))
            loaded.table_files.append(label)
        else:
            (loaded.goals if kind == GOALS else loaded.groups).append(found.frame)
    if loaded.groups and loaded.tables:
        names = scratch.connection.execute(f"SELECT DISTINCT municipality FROM ({loaded.union()})").fetchall()
        loaded.problems += unknown_members(loaded.groups_frame(), {name for (name,) in names})
    if not definitions.empty:
        union = loaded.union() if loaded.tables else "SELECT NULL AS indicator_key"
        keys = scratch.connection.execute(f"SELECT DISTINCT indicator_key FROM ({union})").fetchall()
        loaded.problems += unknown_indicators(definitions, {key for (key,) in keys})
    return loaded


def _kind(file: Path) -> str:
    name = file.name
    if is_definitions_file(name):
        return DEFINITIONS
    return GOALS if is_goals_file(name) else GROUPS if is_groups_file(name) else OBSERVATIONS


def _definitions(scratch: Scratch, files: list[Path], base: Path, loaded: Loaded) -> pd.DataFrame:
    """The definitions files' usable rows; their problems go to the load's. Only a file whose
    header is unusable is refused."""
    frames = []
    for file in files:
        label = str(file.relative_to(base))
        found = _read(scratch, file, label, DEFINITIONS)
        loaded.problems += found.problems
        (loaded.failed if found.frame is None else loaded.loaded).append(label)
        if found.frame is not None:
            frames.append(found.frame)
    definitions, repeated = combine_definitions(frames)
    loaded.problems += repeated
    return definitions


def definitions_at(source: str) -> dict[str, Definition]:
    """The definitions beside the data at `source` (a folder), by indicator key: read when the app
    first asks (the store keeps the observations only; the load reported the file's problems), once
    per process and version of the files, whichever gender's view or session asks."""
    folder = Path(source) if source else None
    if folder is None or not folder.is_dir():
        return {}
    files = tuple(file for file in data_files(folder) if _kind(file) == DEFINITIONS)
    versions = tuple((file.stat().st_mtime_ns, file.stat().st_size) for file in files)
    return _definitions_of(folder, files, versions) if files else {}


@lru_cache(maxsize=4)
def _definitions_of(folder: Path, files: tuple[Path, ...], versions: tuple) -> dict[str, Definition]:
    with engine.session() as connection, Scratch(connection) as scratch:
        return by_key(_definitions(scratch, list(files), folder, Loaded()))


def _kept(scratch: Scratch, table: str, parts: Path | None, loaded: Loaded) -> str:
    """The accepted table as a relation: itself, or its rows written to a Parquet part (file order)."""
    if parts is None:
        return table
    parts.mkdir(parents=True, exist_ok=True)
    part = parts / f"part-{len(loaded.parts):05d}.parquet"
    copy_to_parquet(scratch.connection, f"SELECT {', '.join(FRAME_COLUMNS)} FROM {table}", part)
    scratch.connection.execute(f"DROP TABLE {table}")
    loaded.parts.append(part)
    return parquet(part)


def read_file(file: Path, label: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read and validate one file (CSV in any of the accepted dialects, or .xlsx); never raises:
    a file the reader cannot handle is reported, and the other files still load."""
    with engine.session() as connection, Scratch(connection) as scratch:
        found = _read(scratch, file, label, _kind(Path(file)))
        return found.observations(scratch), found.problems


def read_text(text: str, label: str, goals: bool = False) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Parse CSV text (header row first) and validate it as observations or goals."""
    return readers.read_text(text, label, goals=goals)


def _read(scratch: Scratch, file: Path, label: str, kind: str) -> Read:
    try:
        return read_into(scratch, file, label, ImportOptions(), kind)
    except Exception:  # a reader bug must not take the whole folder down
        log.exception("could not read %s", file)
        return Read(None, None, [problem(label, None, None, "internal_read_error")])


def duplicates_across(scratch: Scratch, table: str, file: str, earlier: list[str]) -> list[Problem]:
    """Rows whose key a file loaded before already holds (each key is there once: a file with a
    repeated key is refused)."""
    if not earlier:
        return []
    # a key names its municipality: only the municipalities both hold need comparing (files split
    # by municipality, as large exports are, share none and skip the join of millions of rows)
    shared = _municipalities(scratch, [table]) & _municipalities(scratch, earlier)
    if not shared:
        return []
    params = None if None in shared else {"shared": sorted(shared)}  # a row without one: compare them all
    within = "TRUE" if params is None else "list_contains($shared, municipality)"
    union = " UNION ALL ".join(f"SELECT {', '.join(KEY)}, file, row FROM {name} WHERE {within}" for name in earlier)
    same_key = " AND ".join(f"n.{name} IS NOT DISTINCT FROM e.{name}" for name in KEY)
    found = scratch.connection.execute(
        f"SELECT n.row, e.file, e.row FROM (SELECT * FROM {table} WHERE {within}) AS n JOIN ({union}) AS e "
        f"ON {same_key} ORDER BY n.row",
        params,
    ).fetchall()
    return [
        problem(file, row, "published", "duplicate_key_in_file", first_file=first_file, first_row=int(first_row))
        for row, first_file, first_row in found
    ]


def _municipalities(scratch: Scratch, tables: list[str]) -> set[str]:
    """The municipalities the validated tables hold (None among them if a row has none)."""
    union = " UNION ".join(f"SELECT DISTINCT municipality FROM {name}" for name in tables)
    return {name for (name,) in scratch.connection.execute(union).fetchall()}
