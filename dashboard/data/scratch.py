"""Working tables of one read or load in a DuckDB connection, named so they never meet another's
and dropped together when the work is done (the process's connection lives on)."""

from __future__ import annotations

import itertools
import threading

import duckdb
import pandas as pd

_numbers = itertools.count()
_numbers_lock = threading.Lock()


class Scratch:
    def __init__(self, connection: duckdb.DuckDBPyConnection):
        self.connection = connection
        self._made: list[tuple[str, str]] = []

    def name(self, stem: str, kind: str = "TABLE") -> str:
        """A new name for a table (or VIEW) that `drop` will remove."""
        with _numbers_lock:
            name = f"_{stem}_{next(_numbers)}"
        self._made.append((kind, name))
        return name

    def table(self, stem: str, sql: str, params: list | None = None) -> str:
        name = self.name(stem)
        self.connection.execute(f"CREATE TEMP TABLE {name} AS {sql}", params)
        return name

    def view(self, stem: str, sql: str) -> str:
        name = self.name(stem, "VIEW")
        self.connection.execute(f"CREATE TEMP VIEW {name} AS {sql}")
        return name

    def frame(self, stem: str, frame: pd.DataFrame) -> str:
        """A copy of `frame` as a table, rows in the frame's order (rowid is the position)."""
        view = f"_frame_{id(frame)}_{stem}"
        self.connection.register(view, frame)
        try:
            return self.table(stem, f"SELECT * FROM {view}")
        finally:
            self.connection.unregister(view)

    def drop(self) -> None:
        for kind, name in reversed(self._made):
            self.connection.execute(f"DROP {kind} IF EXISTS {name}")
        self._made = []

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *_) -> None:
        self.drop()
