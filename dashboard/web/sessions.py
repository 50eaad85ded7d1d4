"""Who is signed in, and the guards every write passes: the session cookie, CSRF and the roles.

The session is Flask's signed cookie (HttpOnly, SameSite=Lax, Secure in production) holding only
the user's name; the role and goal areas are read from the database on each request, so a removed
or demoted account loses its rights at once. CSRF: a signed-in session carries a random token, also
sent as the `_csrf_token` cookie that Dash's renderer returns in the X-CSRFToken header of every
callback; a form sends it as `csrf_token`. Every unsafe request (POST, PUT, PATCH, DELETE) of a
signed-in session, and every sign-in, must carry the session's token. Anonymous requests carry no
credentials a forged request could borrow, and every write refuses them on its own.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from pathlib import Path

from flask import Flask, abort, g, has_request_context, request, session

from dashboard.domain.followup import ANONYMOUS, Actor
from dashboard.followup import accounts
from dashboard.followup.database import Database, DatabaseUnavailable
from dashboard.settings import PROJECT_ROOT, Settings

CSRF_COOKIE = "_csrf_token"  # the name Dash's renderer reads (and sends back as X-CSRFToken)
CSRF_HEADER = "X-CSRFToken"
CSRF_FIELD = "csrf_token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SECRET_KEY_FILE = PROJECT_ROOT / "var" / "secret_key"

log = logging.getLogger("malbild")


def configure_sessions(server: Flask, settings: Settings, db: Database) -> None:
    server.secret_key = settings.secret_key or _development_key(SECRET_KEY_FILE)
    server.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        SESSION_COOKIE_NAME="malbild_session",
        PERMANENT_SESSION_LIFETIME=8 * 3600,  # a working day
    )
    server.extensions["malbild_followup"] = db

    @server.before_request
    def check_csrf():
        if request.method in UNSAFE and ("user" in session or request.path == "/login"):
            if not csrf_token_matches():
                log.warning("csrf token missing or wrong: %s %s", request.method, request.path)
                abort(403)
        return None

    @server.after_request
    def send_csrf_cookie(response):
        token = session.get("csrf")
        if token and request.cookies.get(CSRF_COOKIE) != token:
            response.set_cookie(
                CSRF_COOKIE, token, secure=settings.secure_cookies, httponly=False, samesite="Strict", path="/"
            )
        return response


def followup_database() -> Database:
    from flask import current_app

    return current_app.extensions["malbild_followup"]


def current_actor() -> Actor:
    """The signed-in user as the database knows them now; anonymous when not signed in (or unknown)."""
    if "actor" in g:
        return g.actor
    name = session.get("user")
    actor = ANONYMOUS
    if name:
        try:
            actor = accounts.actor(followup_database(), name) or ANONYMOUS
        except DatabaseUnavailable:
            actor = ANONYMOUS  # without the database nothing can be written, so no rights are lost
            g.database_down = True  # a write says so, rather than asking to sign in
    g.actor = actor
    return actor


def page_account() -> tuple[Actor, str] | None:
    """For the page's header: the signed-in actor and the session's CSRF token; None when anonymous
    (an anonymous page load makes no session and sets no cookie)."""
    if not has_request_context() or "user" not in session:
        return None
    actor = current_actor()
    return (actor, csrf_token()) if actor.signed_in else None


def csrf_token() -> str:
    """The session's token, made on first use."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_token_matches() -> bool:
    expected = session.get("csrf")
    sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD) or ""
    return bool(expected) and hmac.compare_digest(expected.encode(), sent.encode())


def sign_in(actor: Actor) -> None:
    """A new session for the user: nothing of the anonymous one is kept, a new CSRF token is made."""
    session.clear()
    session["user"] = actor.name
    session.permanent = True
    csrf_token()
    g.actor = actor


def database_down() -> bool:
    """Whether the signed-in user could not be looked up because the database did not answer."""
    current_actor()
    return bool(g.get("database_down"))


def sign_out() -> None:
    session.clear()
    g.actor = ANONYMOUS


def _development_key(path: Path) -> str:
    """Outside production without MALBILD_SECRET_KEY: one random key kept in var/ (mode 600), the same
    for every worker and restart on this machine."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(secrets.token_urlsafe(48))
        try:
            os.link(draft, path)  # atomic: the first process's key wins, written in full
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text(encoding="utf-8").strip()
