"""Every follow-up test runs on SQLite and on PostgreSQL (a server the run starts itself)."""

from __future__ import annotations

import itertools
import os

import pytest

from dashboard.followup.database import Database
from tests.postgres import Postgres

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    try:
        server = Postgres()
    except FileNotFoundError as error:
        if os.environ.get("MALBILD_REQUIRE_POSTGRES"):
            pytest.fail(str(error))
        pytest.skip(str(error))
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'followup.sqlite3'}"
    return request.getfixturevalue("postgres").create_database(f"t{next(_names)}")


@pytest.fixture
def db(database_url):
    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def quick_password_hashes(monkeypatch):
    """Argon2id with the smallest cost: the same scheme and checks, without 50 ms per hash in every test."""
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        "dashboard.followup.accounts._HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )
