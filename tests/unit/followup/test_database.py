"""The database is created and migrated on first start, by any number of processes, and an
unreachable one says so instead of failing with a driver's error."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dashboard.followup.database import Database, DatabaseUnavailable


def test_migrating_again_changes_nothing(db, database_url):
    assert db.at_head()
    again = Database(database_url)
    again.migrate()
    assert again.at_head()
    again.dispose()


@pytest.mark.parametrize("where", ["postgresql", "sqlite", "sqlite-folder"])
def test_an_unreachable_database_raises_database_unavailable(where, tmp_path):
    # nothing listens on port 1; an SQLite "file" that is a folder cannot be opened
    url = {
        "postgresql": "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2",
        "sqlite": f"sqlite:///{tmp_path}",
        "sqlite-folder": "sqlite:////proc/no-such-folder/followup.sqlite3",  # a folder that cannot be made
    }[where]
    database = Database(url)
    with pytest.raises(DatabaseUnavailable):
        database.migrate()
    with pytest.raises(DatabaseUnavailable) as refused, database.session() as session:
        session.execute(text("SELECT 1"))
    # the driver's own words say what to look at, not SQLAlchemy's class name
    assert any(words in str(refused.value) for words in ("Connection refused", "unable to open database file"))
