"""DuckDB per process: a forked worker opens a connection of its own and never touches (or closes)
the one it inherited; a load gets a connection of its own, closed when it is done."""

from __future__ import annotations

import gc
import os

import duckdb
import pytest

from dashboard.data import cache, engine, readers
from dashboard.settings import DEFAULT_DATA_PATH, PROJECT_ROOT


@pytest.mark.skipif(not hasattr(os, "fork"), reason="gunicorn's workers are forked; elsewhere there is no fork")
def test_a_forked_child_queries_through_a_connection_of_its_own():
    with engine.session() as parents:
        assert parents.execute("SELECT 41 + 1").fetchall() == [(42,)]
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # the child: answer through the pipe, then leave without running the parent's clean-up
        try:
            with engine.session() as own:
                answer = own.execute("SELECT 6 * 7").fetchall()[0][0]
                os.write(writing, f"{answer} {own is not parents}".encode())
        finally:
            os._exit(0)
    os.close(writing)
    os.waitpid(child, 0)
    assert os.read(reading, 100).decode() == "42 True"
    with engine.session() as again:
        assert again is parents and again.execute("SELECT 1").fetchall() == [(1,)]


def test_limits_apply_to_new_connections():
    before = engine.limits()
    try:
        engine.configure(engine.Limits(threads=2, memory="64MB", load_memory="128MB", load_threads=3))
        with engine.session() as connection:  # none of these is a default
            assert connection.execute("SELECT current_setting('threads')").fetchall() == [(2,)]
            # DuckDB reads 64MB as 64·10⁶ bytes and writes it back in MiB
            assert connection.execute("SELECT current_setting('memory_limit')").fetchall() == [("61.0 MiB",)]
        with engine.loading() as loading:
            assert loading.execute("SELECT current_setting('threads')").fetchall() == [(3,)]
            assert loading.execute("SELECT current_setting('memory_limit')").fetchall() == [("122.0 MiB",)]
        with pytest.raises(duckdb.ConnectionException):  # closed afterwards: its memory went back
            loading.execute("SELECT 1")
    finally:
        engine.configure(before)


def _own_objects() -> tuple[int, int]:
    """Temporary tables and dictionary types in this process's connection."""
    with engine.session() as connection:
        tables = connection.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchall()[0][0]
        types = connection.execute(
            "SELECT count(*) FROM duckdb_types() WHERE type_name LIKE '\\_dictionary\\_%' ESCAPE '\\'"
        ).fetchall()[0][0]
    return tables, types


def test_reading_uploads_leaves_nothing_in_the_workers_connection():
    """A worker's connection lives as long as the worker: every read must take its tables with it."""
    before = _own_objects()
    content = (PROJECT_ROOT / "tests" / "fixtures" / "valid" / "minimal.csv").read_bytes()
    for _ in range(3):
        frame, _problems = readers.read_bytes(content, "minimal.csv")
        assert frame is not None and not frame.empty
    readers.read_text(content.decode("utf-8"), "minimal.csv")
    assert _own_objects() == before


def test_a_replaced_store_takes_its_dictionary_types_with_it(tmp_path):
    before = _own_objects()
    for _ in range(3):  # as a live refresh replaces the data, time after time
        dataset = cache.cached_dataset(DEFAULT_DATA_PATH, tmp_path)
        assert not dataset.resolved("Borås").empty
        assert _own_objects()[1] > before[1]
        del dataset
        gc.collect()
        assert _own_objects() == before
