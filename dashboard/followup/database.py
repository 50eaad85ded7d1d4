"""The connection to the follow-up database: created and migrated on first start, one engine per process.

The URL comes from MALBILD_DATABASE_URL (`sqlite:///PATH` or `postgresql+psycopg://…`); the default is
an SQLite file in var/ of the project. SQLite gets WAL and a busy timeout so that two workers can
write in turn. Migrations are Alembic's, run at start by whichever process comes first; the others
find the database at the newest revision.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy import text as sql
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached or written: figures are still shown, writes say why they wait."""


class Database:
    def __init__(self, url: str):
        self.url = url
        self.engine = _engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self):
        """A unit of work: committed when the block ends, rolled back on any error."""
        session: Session = self._sessions()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as error:
            session.rollback()
            if _unreachable(error):
                raise DatabaseUnavailable(_reason(error)) from error
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def migrate(self) -> None:
        """Bring the database to the newest revision (creates it on first start). A database already
        there is recognised without Alembic, so a worker forked from this process never carries it."""
        if self.revision() == head_revision():
            return
        from alembic import command

        try:
            with self.engine.begin() as connection:
                _lock_for_migration(connection)
                config = alembic_config(self.url)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except SQLAlchemyError as error:
            if self.at_head():  # another process migrated it at the same moment
                return
            raise DatabaseUnavailable(_reason(error)) from error

    def at_head(self) -> bool:
        return self.revision() == head_revision()

    def revision(self) -> str | None:
        """The revision Alembic recorded in the database; None before the first migration."""
        try:
            with self.engine.connect() as connection:
                if not inspect(connection).has_table("alembic_version"):
                    return None
                return connection.execute(sql("SELECT version_num FROM alembic_version")).scalar()
        except SQLAlchemyError:
            return None

    def dispose(self) -> None:
        self.engine.dispose()


def head_revision() -> str:
    """The newest migration's revision: the one no other migration names as its `down_revision`."""
    revisions, parents = set(), set()
    for file in (MIGRATIONS / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        revision = re.search(r"^revision = ['\"]([^'\"]+)['\"]", source, re.M)
        parent = re.search(r"^down_revision = ['\"]([^'\"]+)['\"]", source, re.M)
        if revision:
            revisions.add(revision.group(1))
        if parent:
            parents.add(parent.group(1))
    (head,) = revisions - parents
    return head


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # SQLite then says it cannot open the file: DatabaseUnavailable, with that reason
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # pre_ping: a connection the server dropped (a restart) is replaced instead of failing a request
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, pool_timeout=5)


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


def _lock_for_migration(connection) -> None:
    """PostgreSQL: one process migrates at a time (a transaction-level advisory lock)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7020171)")


def _reason(error: SQLAlchemyError) -> str:
    """The driver's own first line ('connection refused', 'unable to open database file'): it says
    what to look at; SQLAlchemy's wrapper adds only its class name and a link."""
    driver = getattr(error, "orig", None) or error
    return (str(driver).strip().splitlines() or [type(driver).__name__])[0][:200]


def _unreachable(error: SQLAlchemyError) -> bool:
    from sqlalchemy.exc import DBAPIError, OperationalError

    return isinstance(error, OperationalError) or (isinstance(error, DBAPIError) and error.connection_invalidated)
