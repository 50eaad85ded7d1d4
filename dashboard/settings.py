"""Every setting in one place, read from the environment once when an app is built."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard.domain.followup import Role
from dashboard.domain.messages import Message

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_PATH = PROJECT_ROOT / "data"
DEFAULT_NEAR_TOLERANCE = 0.05
DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache" / "data"
DEFAULT_PLOTLY_JS = PROJECT_ROOT / ".cache" / "plotly-basic.min.js"
DEFAULT_STALE_YEARS = 2
DEFAULT_FULFILMENT_SHARE = 0.5
# DuckDB per gunicorn worker (its queries are small: one thread each keeps two workers on two cores),
# and while loading (validation spills to disk beyond the limit)
DEFAULT_DUCKDB_THREADS = 1
DEFAULT_DUCKDB_MEMORY = "256MB"
DEFAULT_DUCKDB_LOAD_MEMORY = "1GB"
# what people write (analyses, assessments, accounts) lives in this SQLite file unless
# MALBILD_DATABASE_URL names another database (PostgreSQL: postgresql+psycopg://user:password@host/name)
DEFAULT_DATABASE_PATH = PROJECT_ROOT / "var" / "malbild.sqlite3"
_MEMORY_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMGT]i?B)", re.IGNORECASE)


class SettingsError(ValueError):
    """An environment variable holds a value Målbild cannot use. It carries a Message, not a sentence:
    settings sit below the catalogues, so whoever shows the error renders it (dashboard.i18n.render)."""

    def __init__(self, key: str, **params):
        self.message = Message.of(key, **params)
        super().__init__(self.message)


@dataclass(frozen=True)
class Settings:
    data_path: Path = DEFAULT_DATA_PATH
    host: str = "127.0.0.1"
    port: int = 8050
    near_tolerance: float = DEFAULT_NEAR_TOLERANCE
    trend_tolerance: float = 0.0
    progress_base_year: int | None = None
    # an outcome older than the follow-up year minus this many years is too old to judge it
    stale_years: int = DEFAULT_STALE_YEARS
    # a goal can be judged when at least this share of its indicators with a target are judged …
    fulfilment_judged_share: float = DEFAULT_FULFILMENT_SHARE
    # … and is partly fulfilled when at least this share of the judged ones are met or near
    fulfilment_partly_share: float = DEFAULT_FULFILMENT_SHARE
    max_content_length: int = 10 * 1024 * 1024
    upload_max_rows: int = 20_000
    upload_max_columns: int = 100
    frame_ancestors: tuple[str, ...] = ("'self'",)
    refresh_seconds: float = 2.0
    auth: str | None = None
    users: str | None = None
    users_file: str | None = None
    secret_key: str | None = None
    debug: bool = False
    cache_dir: Path | None = None  # binary cache of validated data; None: load the files every time
    # plotly.js's basic build, served in place of the full one when present (dashboard/cli/plotly_bundle.py)
    plotly_js: Path | None = None
    duckdb_threads: int = DEFAULT_DUCKDB_THREADS
    duckdb_memory: str = DEFAULT_DUCKDB_MEMORY
    duckdb_load_memory: str = DEFAULT_DUCKDB_LOAD_MEMORY
    database_url: str = f"sqlite:///{DEFAULT_DATABASE_PATH}"
    # production (MALBILD_ENV=production): a secret key from the environment, session cookies Secure
    production: bool = False
    public: bool = True  # False: the dashboard is shown to signed-in users only
    secure_cookies: bool = False
    # OpenID Connect (Entra ID and other municipal identity providers); off when no issuer is set
    oidc_issuer: str | None = None
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = None
    oidc_name: str = "OpenID Connect"  # the provider's name on the sign-in button
    oidc_roles: tuple[tuple[str, str], ...] = ()  # (role, group) pairs from MALBILD_OIDC_ROLES
    oidc_user_claim: str = "preferred_username"
    oidc_groups_claim: str = "groups"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        data = env.get("MALBILD_DATA", "").strip()
        production = _parse_environment(env.get("MALBILD_ENV", ""))
        if production and not env.get("MALBILD_SECRET_KEY"):
            raise SettingsError("settings.secret_key_missing", name="MALBILD_SECRET_KEY")
        return cls(
            data_path=_resolve_data_path(data) if data else DEFAULT_DATA_PATH,
            host=env.get("HOST", "").strip() or "127.0.0.1",
            port=_parse_int("PORT", env.get("PORT", ""), 8050),
            near_tolerance=_parse_fraction(
                "MALBILD_NEAR_TOLERANCE", env.get("MALBILD_NEAR_TOLERANCE", ""), DEFAULT_NEAR_TOLERANCE
            ),
            trend_tolerance=_parse_fraction("MALBILD_TREND_TOLERANCE", env.get("MALBILD_TREND_TOLERANCE", ""), 0.0),
            progress_base_year=_parse_int(
                "MALBILD_PROGRESS_BASE_YEAR", env.get("MALBILD_PROGRESS_BASE_YEAR", ""), None
            ),
            stale_years=_parse_count("MALBILD_STALE_YEARS", env.get("MALBILD_STALE_YEARS", ""), DEFAULT_STALE_YEARS),
            fulfilment_judged_share=_parse_share(
                "MALBILD_FULFILMENT_JUDGED", env.get("MALBILD_FULFILMENT_JUDGED", ""), DEFAULT_FULFILMENT_SHARE
            ),
            fulfilment_partly_share=_parse_share(
                "MALBILD_FULFILMENT_PARTLY", env.get("MALBILD_FULFILMENT_PARTLY", ""), DEFAULT_FULFILMENT_SHARE
            ),
            max_content_length=_parse_int("MAX_CONTENT_LENGTH", env.get("MAX_CONTENT_LENGTH", ""), 10 * 1024 * 1024),
            upload_max_rows=_parse_int("MALBILD_UPLOAD_MAX_ROWS", env.get("MALBILD_UPLOAD_MAX_ROWS", ""), 20_000),
            upload_max_columns=_parse_int("MALBILD_UPLOAD_MAX_COLUMNS", env.get("MALBILD_UPLOAD_MAX_COLUMNS", ""), 100),
            frame_ancestors=_parse_origins(env.get("MALBILD_FRAME_ANCESTORS", "")),
            refresh_seconds=_parse_seconds(env.get("MALBILD_REFRESH_SECONDS", "")),
            auth=_parse_auth(env.get("MALBILD_AUTH", "")),
            users=env.get("MALBILD_USERS") or None,
            users_file=env.get("MALBILD_USERS_FILE") or None,
            secret_key=env.get("MALBILD_SECRET_KEY") or None,
            debug=env.get("MALBILD_DEBUG", "").strip().lower() in {"1", "true", "yes"},
            cache_dir=_parse_cache_dir(env.get("MALBILD_CACHE_DIR", "")),
            plotly_js=_parse_plotly_js(env.get("MALBILD_PLOTLY_JS", "")),
            duckdb_threads=_parse_positive(
                "MALBILD_DUCKDB_THREADS", env.get("MALBILD_DUCKDB_THREADS", ""), DEFAULT_DUCKDB_THREADS
            ),
            duckdb_memory=_parse_memory(
                "MALBILD_DUCKDB_MEMORY", env.get("MALBILD_DUCKDB_MEMORY", ""), DEFAULT_DUCKDB_MEMORY
            ),
            duckdb_load_memory=_parse_memory(
                "MALBILD_DUCKDB_LOAD_MEMORY", env.get("MALBILD_DUCKDB_LOAD_MEMORY", ""), DEFAULT_DUCKDB_LOAD_MEMORY
            ),
            database_url=_parse_database_url(env.get("MALBILD_DATABASE_URL", "")),
            production=production,
            public=_parse_switch("MALBILD_PUBLIC", env.get("MALBILD_PUBLIC", ""), True),
            secure_cookies=_parse_switch("MALBILD_SECURE_COOKIES", env.get("MALBILD_SECURE_COOKIES", ""), production),
            **_parse_oidc(env),
        )


def _resolve_data_path(value: str) -> Path:
    """Relative paths are taken from the working directory, else from the project root."""
    path = Path(value).expanduser()
    if path.is_absolute() or path.exists():
        return path.resolve()
    return (PROJECT_ROOT / path).resolve()


def _parse_int(name: str, value: str, default: int | None) -> int | None:
    if not value.strip():
        return default
    try:
        return int(value)
    except ValueError:
        raise SettingsError("settings.not_an_integer", name=name, value=value) from None


def _parse_fraction(name: str, value: str, default: float) -> float:
    if not value.strip():
        return default
    try:
        fraction = float(value.replace(",", "."))
    except ValueError:
        raise SettingsError("settings.not_a_number", name=name, value=value) from None
    if not 0 <= fraction < 1:
        raise SettingsError("settings.not_a_fraction", name=name)
    return fraction


def _parse_count(name: str, value: str, default: int) -> int:
    """A whole number of at least 0 (a number of years)."""
    number = _parse_int(name, value, default)
    if number < 0:
        raise SettingsError("settings.negative", name=name)
    return number


def _parse_positive(name: str, value: str, default: int) -> int:
    """A whole number of at least 1 (threads)."""
    number = _parse_int(name, value, default)
    if number < 1:
        raise SettingsError("settings.not_positive", name=name)
    return number


def _parse_memory(name: str, value: str, default: str) -> str:
    """A memory size as DuckDB reads it: a number and KB, MB, GB or TB (or KiB … TiB), e.g. 512MB."""
    if not value.strip():
        return default
    match = _MEMORY_SIZE.fullmatch(value.strip())
    if not match or float(match.group(1)) <= 0:
        raise SettingsError("settings.not_a_memory_size", name=name, value=value)
    return f"{match.group(1)}{match.group(2).upper().replace('I', 'i')}"


def _parse_share(name: str, value: str, default: float) -> float:
    """A share above 0 and at most 1 (0.5 for half)."""
    if not value.strip():
        return default
    try:
        share = float(value.replace(",", "."))
    except ValueError:
        raise SettingsError("settings.not_a_number", name=name, value=value) from None
    if not 0 < share <= 1:
        raise SettingsError("settings.not_a_share", name=name)
    return share


def _parse_origins(value: str) -> tuple[str, ...]:
    """Sites allowed to frame the app (CSP frame-ancestors): space or comma separated origins."""
    origins = [part for part in value.replace(",", " ").split() if part]
    for origin in origins:
        if origin not in ("'self'", "'none'") and not origin.startswith(("https://", "http://")):
            raise SettingsError("settings.not_a_site", name="MALBILD_FRAME_ANCESTORS", value=origin)
    return tuple(origins) or ("'self'",)


def _parse_auth(value: str) -> str | None:
    value = value.strip().lower()
    if value in ("", "none", "off"):
        return None
    if value != "basic":
        raise SettingsError("settings.unknown_auth", name="MALBILD_AUTH", value=value)
    return value


def _parse_seconds(value: str) -> float:
    """How often each worker looks for changed data files; 0 turns live refresh off."""
    if not value.strip():
        return 2.0
    try:
        seconds = float(value.replace(",", "."))
    except ValueError:
        raise SettingsError("settings.not_a_number", name="MALBILD_REFRESH_SECONDS", value=value) from None
    if seconds < 0:
        raise SettingsError("settings.negative", name="MALBILD_REFRESH_SECONDS")
    return seconds


def _parse_plotly_js(value: str) -> Path | None:
    """The basic plotly.js build: a file named here must exist; by default it is used if fetched."""
    if value.strip():
        path = _resolve_data_path(value.strip())
        if not path.is_file():
            raise SettingsError("settings.no_such_file", name="MALBILD_PLOTLY_JS", value=str(path))
        return path
    return DEFAULT_PLOTLY_JS if DEFAULT_PLOTLY_JS.is_file() else None


def _parse_cache_dir(value: str) -> Path | None:
    """Where validated data is cached (default .cache/data in the project); `off` turns it off."""
    value = value.strip()
    if value.lower() in ("off", "none", "0"):
        return None
    return _resolve_data_path(value) if value else DEFAULT_CACHE_DIR


def _parse_environment(value: str) -> bool:
    """MALBILD_ENV: `production` (secrets required, cookies Secure) or empty / `development`."""
    value = value.strip().lower()
    if value not in ("", "development", "production"):
        raise SettingsError("settings.unknown_environment", name="MALBILD_ENV", value=value)
    return value == "production"


def _parse_switch(name: str, value: str, default: bool) -> bool:
    value = value.strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise SettingsError("settings.not_a_switch", name=name, value=value)


def _parse_database_url(value: str) -> str:
    """An SQLAlchemy URL for SQLite or PostgreSQL; a bare PostgreSQL URL gets the psycopg driver."""
    value = value.strip()
    if not value:
        return f"sqlite:///{DEFAULT_DATABASE_PATH}"
    scheme = value.split("://", 1)[0].lower() if "://" in value else ""
    if scheme in ("postgres", "postgresql"):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if scheme not in ("sqlite", "postgresql+psycopg"):
        raise SettingsError("settings.not_a_database_url", name="MALBILD_DATABASE_URL")
    return value


_OIDC_ROLES = tuple(role.value for role in Role)


def _parse_oidc(env: Mapping[str, str]) -> dict:
    """MALBILD_OIDC_ISSUER with _CLIENT_ID and _CLIENT_SECRET turn OpenID Connect sign-in on;
    MALBILD_OIDC_ROLES maps groups to roles: `analytiker=GROUP;godkännare=GROUP;admin=GROUP`."""
    issuer = env.get("MALBILD_OIDC_ISSUER", "").strip().rstrip("/")
    if not issuer:
        return {}
    if not issuer.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise SettingsError("settings.oidc_not_https", name="MALBILD_OIDC_ISSUER", value=issuer)
    client_id, secret = env.get("MALBILD_OIDC_CLIENT_ID", "").strip(), env.get("MALBILD_OIDC_CLIENT_SECRET", "")
    if not client_id or not secret:
        raise SettingsError("settings.oidc_client_missing", name="MALBILD_OIDC_CLIENT_ID")
    roles = []
    for pair in env.get("MALBILD_OIDC_ROLES", "").replace(",", ";").split(";"):
        if not pair.strip():
            continue
        role, separator, group = pair.partition("=")
        if not separator or role.strip() not in _OIDC_ROLES or not group.strip():
            raise SettingsError("settings.oidc_roles_malformed", name="MALBILD_OIDC_ROLES", value=pair.strip())
        roles.append((role.strip(), group.strip()))
    return {
        "oidc_issuer": issuer,
        "oidc_client_id": client_id,
        "oidc_client_secret": secret,
        "oidc_name": env.get("MALBILD_OIDC_NAME", "").strip() or "OpenID Connect",
        "oidc_roles": tuple(roles),
        "oidc_user_claim": env.get("MALBILD_OIDC_USER_CLAIM", "").strip() or "preferred_username",
        "oidc_groups_claim": env.get("MALBILD_OIDC_GROUPS_CLAIM", "").strip() or "groups",
    }
