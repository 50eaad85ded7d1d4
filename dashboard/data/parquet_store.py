"""The store: validated observations as plain Parquet files that DuckDB, pandas, R, Power BI or the
DuckDB shell open as they are (`SELECT * FROM 'observations-*.parquet'`).

A folder (a cache entry, dashboard/data/cache.py) holds:
- `observations-00000.parquet` (and -00001, … when the data files came in the store's order, one
  per file as the load wrote it): every validated observation, every vintage, with the file and
  row it came from; sorted by municipality (then file and row), so the min/max statistics of its
  row groups let a view of one municipality read only that municipality's rows;
- `whole.parquet`: the whole-municipality observations again, sorted by indicator (then
  municipality and year), so "one indicator across every municipality" and its reference line
  read only that indicator's rows;
- `spread.parquet`: per municipality and indicator, its latest year and current name, unit and
  direction;
- `goals.parquet`, `groups.parquet`: the goals and groups files as read;
- `report.json`: problems, loaded and failed files, and per municipality its rows and targets.
Current values are not stored: the views resolve them per query (dashboard/data/vintages.py).
"""

from __future__ import annotations

import json
import os
import uuid
import weakref
from pathlib import Path

import pandas as pd

from dashboard.data import engine
from dashboard.data.dataset import SPREAD_COLUMNS, Dataset, LoadReport, spread_sql
from dashboard.data.frames import empty_observations
from dashboard.data.goals import GOALS_FRAME_COLUMNS, empty_goals
from dashboard.data.groups import GROUPS_FRAME_COLUMNS, empty_groups
from dashboard.data.loading import Loaded
from dashboard.data.parquet_files import copy_to_parquet, parquet
from dashboard.data.relations import TEXT_SOURCES, WHOLE, Relations, Summary, summary_sql
from dashboard.data.scratch import Scratch
from dashboard.domain.problems import Problem
from dashboard.domain.schema import FRAME_COLUMNS, TOTAL

# Text columns with at most this many distinct values come back from a query as dictionary codes
# (DuckDB ENUMs → pandas categories): no Python string is made per cell.
MAX_DICTIONARY = 50_000
# The observations are one file or several, numbered in store order (observations-00000.parquet, …):
# files already in that order are kept as the load wrote them, one per data file.
OBSERVATIONS = "observations-{:05d}.parquet"
FILES = ("observations-*.parquet", "whole.parquet", "spread.parquet", "goals.parquet", "groups.parquet")


def write_store(scratch: Scratch, loaded: Loaded, folder: Path) -> None:
    """Write a load's observations, goals, groups and report into `folder` (which exists)."""
    connection = scratch.connection
    columns = ", ".join(FRAME_COLUMNS)
    if loaded.tables:
        observations = scratch.view("stored", loaded.union())
    else:
        observations = scratch.frame("stored", empty_observations())
    ordered = in_store_order(connection, loaded)
    if ordered and loaded.parts:  # each table a part: in order already, kept as written while loading
        for number, part in enumerate(loaded.parts):
            os.replace(part, folder / OBSERVATIONS.format(number))
    else:
        order = "" if ordered else " ORDER BY municipality, file, row"
        copy_to_parquet(connection, f"SELECT {columns} FROM {observations}{order}", folder / OBSERVATIONS.format(0))
    stored = parquet(observation_files(folder))
    copy_to_parquet(
        connection,
        f"SELECT {columns} FROM {stored} WHERE {WHOLE} ORDER BY indicator_key, municipality, year, file, row",
        folder / FILES[1],
    )
    copy_to_parquet(connection, spread_sql(parquet(folder / FILES[1]), f"gender = '{TOTAL}'"), folder / FILES[2])
    _frame_copy(scratch, loaded.goals_frame(), GOALS_FRAME_COLUMNS, folder / FILES[3])
    _frame_copy(scratch, loaded.groups_frame(), GROUPS_FRAME_COLUMNS, folder / FILES[4])
    summary = Summary.of(connection, stored)
    report = {
        "problems": [p.as_dict() for p in loaded.problems],
        "loaded_files": loaded.loaded,
        "failed_files": loaded.failed,
        "summary": summary.as_dict(),
        "genders": [gender for (gender,) in connection.execute(f"SELECT DISTINCT gender FROM {stored}").fetchall()],
        "dictionaries": _dictionaries(connection, stored),
    }
    (folder / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


def in_store_order(connection, loaded: Loaded) -> bool:
    """Whether the accepted rows, file after file, already come in the store's order (by
    municipality, then file and row), as files written one municipality after another do: then
    they are stored as they are, without a sort (at national scale the sort is most of the
    write). Each table's rows are in file order, so its municipalities must hold ranges of rows
    that do not overlap, in ascending order, and each file must start after the one before it
    ends."""
    last: tuple[str, str] | None = None  # (municipality, file) of the previous run
    for table, label in zip(loaded.tables, loaded.table_files):
        runs = connection.execute(
            f"SELECT municipality, min(row), max(row) FROM {table} GROUP BY municipality ORDER BY 2, 3"
        ).fetchall()
        end = None  # the last row of the previous run in this file
        for name, first, final in runs:
            if end is not None and first <= end:
                return False  # two municipalities' rows interleave
            here = (name, label)
            if last is not None and _utf8(here) <= _utf8(last):
                return False
            last, end = here, final
    return True


def _utf8(key: tuple[str, str]) -> tuple[bytes, bytes]:
    """As DuckDB orders text: by its UTF-8 bytes."""
    return tuple(part.encode("utf-8") for part in key)


def open_store(folder: Path, source: str) -> Dataset:
    """The data stored in `folder`, left on disk until a view asks for it."""
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    summary = Summary.from_dict(report["summary"])
    relations = StoreRelations(folder, summary, report["dictionaries"], frozenset(report["genders"] or [TOTAL]))
    with_frames = relations.frames()
    load = LoadReport(
        tuple(Problem.from_dict(p) for p in report["problems"]),
        with_frames["goals"],
        tuple(report["loaded_files"]),
        tuple(report["failed_files"]),
        source,
        with_frames["groups"],
    )
    return Dataset.from_relations(load, relations)


class StoreRelations(Relations):
    def __init__(self, folder: Path, summary: Summary, dictionaries: dict[str, list[str]], genders=frozenset({TOTAL})):
        self.folder = folder
        self.genders = genders
        self.observations = parquet(observation_files(folder))
        self.whole = parquet(folder / FILES[1])
        self.spread = parquet(folder / FILES[2])
        self._summary = summary
        self._dictionaries = dictionaries
        self._prefix = f"_dictionary_{uuid.uuid4().hex}_"
        self._attached: tuple[int, int] | None = None

    @property
    def summary(self) -> Summary:
        return self._summary

    def attach(self, connection) -> None:
        """The dictionaries as ENUM types of this process's connection (made once per process)."""
        where = (os.getpid(), id(connection))
        if self._attached != where:
            for name, values in self._dictionaries.items():
                connection.execute(
                    f"CREATE TYPE {self._prefix}{name} AS ENUM (SELECT unnest($values))", {"values": values}
                )
            self._attached = where
            # a live refresh replaces the store's relations: their types go with them
            types = [f"{self._prefix}{name}" for name in self._dictionaries]
            weakref.finalize(self, _drop_types, types, os.getpid())

    def select(self, columns) -> str:
        """Text columns with a dictionary come back as its codes (pandas categories)."""
        picked = []
        for name in columns:
            stored = TEXT_SOURCES.get(name)
            if stored in self._dictionaries:
                picked.append(f"CAST({name} AS {self._prefix}{stored}) AS {name}")
            else:
                picked.append(name)
        return ", ".join(picked)

    def frames(self) -> dict[str, pd.DataFrame]:
        """The goals and groups, small enough to keep as frames."""
        with engine.brief() as connection:  # the master opens the store: it keeps no connection to fork
            goals = connection.execute(f"SELECT * FROM {parquet(self.folder / FILES[3])}").df()
            groups = connection.execute(f"SELECT * FROM {parquet(self.folder / FILES[4])}").df()
        return {
            "goals": _text_frame(goals, GOALS_FRAME_COLUMNS) if len(goals) else empty_goals(),
            "groups": _text_frame(groups, GROUPS_FRAME_COLUMNS) if len(groups) else empty_groups(),
        }


def _dictionaries(connection, stored: str) -> dict[str, list[str]]:
    """The distinct values of each text column that has few of them, in code-point order."""
    names = sorted(set(TEXT_SOURCES.values()))
    found = connection.execute(
        " UNION ALL ".join(
            f"SELECT '{name}' AS k, v FROM (SELECT DISTINCT {name} AS v FROM {stored} WHERE {name} IS NOT NULL "
            f"LIMIT {MAX_DICTIONARY + 1})"
            for name in names
        )
    ).fetchall()
    values: dict[str, list[str]] = {name: [] for name in names}
    for name, value in found:
        values[name].append(value)
    return {name: sorted(found) for name, found in values.items() if len(found) <= MAX_DICTIONARY}


def observation_files(folder: Path) -> list[Path]:
    """The store's observation files, in store order."""
    return sorted(folder.glob(FILES[0]))


def _frame_copy(scratch: Scratch, frame: pd.DataFrame, columns, path: Path) -> None:
    table = scratch.frame("small", frame[list(columns)])
    copy_to_parquet(scratch.connection, f"SELECT * FROM {table}", path)


def _text_frame(frame: pd.DataFrame, columns) -> pd.DataFrame:
    """Goals and groups as they were read: text as "string", dates at midnight, rows as int64."""
    out = {}
    for name in columns:
        values = frame[name] if name in frame else pd.Series(dtype=object)
        if name == "row":
            out[name] = values.astype("int64")
        elif name == "published":
            out[name] = pd.to_datetime(values).astype("datetime64[s]")
        else:
            out[name] = pd.array(values.astype(object).where(values.notna(), None), dtype="string")
    return pd.DataFrame(out)


__all__ = ["FILES", "SPREAD_COLUMNS", "StoreRelations", "open_store", "summary_sql", "write_store"]


def _drop_types(names: list[str], pid: int) -> None:
    """Drop the dictionaries' types of relations nobody refers to any more, in the process that made
    them, before its connection's next query (dashboard/data/engine.py `defer`)."""
    if os.getpid() != pid:
        return
    for name in names:
        engine.defer(lambda connection, name=name: connection.execute(f"DROP TYPE IF EXISTS {name}"))
