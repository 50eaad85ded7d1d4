"""DuckDB, the engine under the data layer: one connection per process for views, one for a load.

Why a connection per process: gunicorn forks its workers from a master that has loaded the data
(`--preload`), and a DuckDB connection must never cross a fork. Each process opens its own on first
use, with the threads and memory limit of `Limits` (MALBILD_DUCKDB_THREADS, MALBILD_DUCKDB_MEMORY),
and only ever reads through it: the store's Parquet files and frames registered by this process.
Loading (validating CSV and writing the store) gets a connection of its own with every core and
its own memory limit (MALBILD_DUCKDB_LOAD_MEMORY), spilling to disk beyond it, closed when done so
its memory goes back to the system before the workers are forked.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb


@dataclass(frozen=True)
class Limits:
    """What each process's DuckDB may use. `load_threads` None: every core."""

    threads: int = 1
    memory: str = "256MB"
    load_memory: str = "1GB"
    load_threads: int | None = None


def limits_of(settings) -> Limits:
    """The limits the settings ask for (MALBILD_DUCKDB_THREADS, _MEMORY, _LOAD_MEMORY)."""
    return Limits(settings.duckdb_threads, settings.duckdb_memory, settings.duckdb_load_memory)


_limits = Limits()
_lock = threading.RLock()  # a connection serves one query at a time; the development server has threads
_connection: tuple[int, duckdb.DuckDBPyConnection] | None = None
_inherited: list[duckdb.DuckDBPyConnection] = []  # a parent's connections, never closed by a child
_depth = 0  # sessions open in the thread holding the lock
# Clean-ups asked for by finalizers: (process, action on the connection). A finalizer runs whenever
# the garbage collector does, which may be in the middle of a query on this very connection (the
# lock is re-entrant), so it never touches the connection itself: the next outermost session does.
_deferred: list[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]]] = []


def configure(limits: Limits) -> None:
    """Set the limits for connections opened from now on (the app factory and the commands call this)."""
    global _limits, _connection
    with _lock:
        if limits != _limits:
            if _connection is not None and _connection[0] != os.getpid():
                _inherited.append(_connection[1])
            _limits, _connection = limits, None


def limits() -> Limits:
    return _limits


@contextmanager
def session() -> Iterator[duckdb.DuckDBPyConnection]:
    """This process's connection, held for one query or a few (a forked child opens its own)."""
    global _connection, _depth
    with _lock:
        if _connection is None or _connection[0] != os.getpid():
            if _connection is not None:  # closing the parent's connection here would wait on its locks forever
                _inherited.append(_connection[1])
            _connection = (os.getpid(), _open(_limits.threads, _limits.memory))
        connection = _connection[1]
        if _depth == 0:
            _run_deferred(connection)
        _depth += 1
        try:
            yield connection
        finally:
            _depth -= 1


def defer(action: Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """Run `action` on this process's connection before its next query (safe in a finalizer: it only
    appends to a list)."""
    _deferred.append((os.getpid(), action))


def _run_deferred(connection: duckdb.DuckDBPyConnection) -> None:
    pid = os.getpid()
    while _deferred:
        owner, action = _deferred.pop()
        if owner != pid:
            continue  # a parent's clean-up: its names are not on this process's connection
        try:
            action(connection)
        except duckdb.Error:  # already gone
            pass


@contextmanager
def brief() -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for one small read in a process that should keep none (the gunicorn master
    opening the store before it forks), closed on exit."""
    connection = _open(1, _limits.memory)
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def loading(spill_dir: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for one load, with every core (unless limited) and the load's memory limit;
    what does not fit spills to `spill_dir`. Closed on exit, giving its memory back."""
    threads = _limits.load_threads or os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix=".spill-", dir=spill_dir) as spill:
        connection = _open(threads, _limits.load_memory, spill)
        try:
            yield connection
        finally:
            connection.close()


def _open(threads: int, memory: str, spill: str | None = None) -> duckdb.DuckDBPyConnection:
    config = {"threads": threads, "memory_limit": memory, "autoinstall_known_extensions": False}
    if spill is not None:
        config["temp_directory"] = spill
    connection = duckdb.connect(":memory:", config=config)
    connection.execute("SET parquet_metadata_cache = true")  # the store's files are read again and again
    return connection
