"""DuckDB's limits for a command, from the same environment variables as the server's
(MALBILD_DUCKDB_THREADS, MALBILD_DUCKDB_MEMORY, MALBILD_DUCKDB_LOAD_MEMORY)."""

from __future__ import annotations

from dashboard.data import engine
from dashboard.domain.messages import Message
from dashboard.settings import Settings, SettingsError


def configure_from_env() -> Message | None:
    """Set this process's limits; the wrong setting's message when one is wrong (nothing is set)."""
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        return error.message
    engine.configure(engine.limits_of(settings))
    return None
