"""DuckDB per process: a forked worker opens a connection of its own and never touches (or closes)
the one it inherited; a load gets a connection of its own, closed when it is done."""

from __future__ import annotations

import os

import duckdb
import pytest

from dashboard.data import engine


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
        engine.configure(engine.Limits(threads=1, memory="64MB", load_memory="128MB", load_threads=1))
        with engine.session() as connection:
            assert connection.execute("SELECT current_setting('threads')").fetchall() == [(1,)]
        with engine.loading() as loading:
            assert loading.execute("SELECT current_setting('threads')").fetchall() == [(1,)]
        with pytest.raises(duckdb.ConnectionException):  # closed afterwards: its memory went back
            loading.execute("SELECT 1")
    finally:
        engine.configure(before)
