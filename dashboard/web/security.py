"""Security headers for every response, and optional sign-in for installations that are not public.

The Content-Security-Policy allows scripts from this site only, plus the hashes of Dash's own
inline scripts; styles may be inline because plotly sets them on chart elements; images may be
data URLs (the overview's sparklines, chart downloads). `frame-ancestors` names the sites that may
show Målbild in an iframe (MALBILD_FRAME_ANCESTORS).
"""

from __future__ import annotations

import hmac
from pathlib import Path

from flask_talisman import Talisman

from dashboard.settings import Settings, SettingsError


def content_security_policy(settings: Settings, script_hashes: list[str]) -> dict:
    return {
        "default-src": "'self'",
        "script-src": ["'self'", *script_hashes],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": list(settings.frame_ancestors),
    }


def add_security_headers(app, settings: Settings) -> None:
    """CSP, nosniff and referrer policy on every route; HTTPS is left to the proxy in front."""
    Talisman(
        app.server,
        content_security_policy=content_security_policy(settings, app.csp_hashes()),
        force_https=False,
        strict_transport_security=False,
        session_cookie_secure=settings.secure_cookies,
        frame_options=None,
        referrer_policy="strict-origin-when-cross-origin",
    )


def add_sign_in(app, settings: Settings) -> None:
    """MALBILD_AUTH=basic: HTTP basic sign-in for everything but /healthz (load balancers need it)."""
    if settings.auth != "basic":
        return
    from dash_auth import BasicAuth

    users = read_users(settings)
    BasicAuth(
        app,
        auth_func=lambda user, password: _matches(users, user, password),
        public_routes=["/healthz"],
        secret_key=settings.secret_key,
    )


def read_users(settings: Settings) -> dict[str, str]:
    """Users as 'name:password' pairs, from MALBILD_USERS (comma-separated) or MALBILD_USERS_FILE (one per line)."""
    text = settings.users or ""
    if settings.users_file:
        try:
            text += "\n" + Path(settings.users_file).read_text(encoding="utf-8")
        except OSError as error:
            raise SettingsError(
                "settings.users_file_unreadable", name="MALBILD_USERS_FILE", reason=error.strerror
            ) from None
    pairs = [line.strip() for chunk in text.splitlines() for line in chunk.split(",") if line.strip()]
    users = {}
    for pair in pairs:
        name, separator, password = pair.partition(":")
        if not separator or not name or not password:
            raise SettingsError("settings.users_malformed", name="MALBILD_USERS")
        users[name] = password
    if not users:
        raise SettingsError("settings.users_missing")
    return users


def _matches(users: dict[str, str], user: str, password: str) -> bool:
    expected = users.get(user)
    return expected is not None and hmac.compare_digest(expected.encode(), password.encode())
