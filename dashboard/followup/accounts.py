"""Accounts: local ones with an Argon2id password hash, and those OpenID Connect signs in (no password).

A user's role and goal areas decide what they may write (dashboard.domain.followup); the role of an
OpenID Connect account comes from the provider's groups claim at each sign-in.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import select

from dashboard.domain.followup import ANY, Actor, Assignment, Role
from dashboard.domain.messages import Refusal
from dashboard.followup import audit
from dashboard.followup.database import Database
from dashboard.followup.models import Assignment as AssignmentRow
from dashboard.followup.models import User

_HASHER = None  # argon2-cffi's PasswordHasher with its defaults (Argon2id), made on first use
MIN_PASSWORD_LENGTH = 12


class AccountError(Refusal):
    """A request the accounts refuse; `key` names the message in the catalogues."""


def add_user(db: Database, name: str, role: Role, password: str | None, by: str = "cli") -> None:
    name = name.strip()
    if not name:
        raise AccountError("accounts.name_missing")
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("accounts.password_short", count=MIN_PASSWORD_LENGTH)
    with db.session() as session:
        if session.scalar(select(User).where(User.name == name)) is not None:
            raise AccountError("accounts.exists", name=name)
        session.add(User(name=name, role=Role(role).value, password_hash=_hash(password)))
        audit.record(session, by, "user_added", f"{name} ({Role(role).value})")


def set_password(db: Database, name: str, password: str, by: str = "cli") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("accounts.password_short", count=MIN_PASSWORD_LENGTH)
    with db.session() as session:
        user = _existing(session, name)
        user.password_hash = _hash(password)
        audit.record(session, by, "password_set", name)


def assign(db: Database, name: str, municipality: str = ANY, goal_area: str = ANY, by: str = "cli") -> None:
    with db.session() as session:
        user = _existing(session, name)
        if any(a.municipality == municipality and a.goal_area == goal_area for a in user.assignments):
            return
        user.assignments.append(AssignmentRow(municipality=municipality, goal_area=goal_area))
        audit.record(session, by, "assigned", f"{name}: {municipality} / {goal_area}")


def remove_user(db: Database, name: str, by: str = "cli") -> None:
    with db.session() as session:
        session.delete(_existing(session, name))
        audit.record(session, by, "user_removed", name)


def users(db: Database) -> list[tuple[str, str, tuple[Assignment, ...]]]:
    with db.session() as session:
        rows = session.scalars(select(User).order_by(User.name)).all()
        return [(user.name, user.role, _assignments(user)) for user in rows]


def verify(db: Database, name: str, password: str) -> Actor | None:
    """The signed-in actor for a correct local name and password; None otherwise (logged either way)."""
    with db.session() as session:
        user = session.scalar(select(User).where(User.name == name.strip(), User.active.is_(True)))
        stored = user.password_hash if user is not None and user.password_hash else _unknown_user_hash()
        ok = _matches(stored, password) and user is not None and user.password_hash is not None
        audit.record(session, name.strip()[:200] or "?", "sign_in" if ok else "sign_in_refused", "local")
        if not ok:
            return None
        if _hasher().check_needs_rehash(user.password_hash):
            user.password_hash = _hash(password)
        return Actor(user.name, Role(user.role), _assignments(user))


def actor(db: Database, name: str) -> Actor | None:
    """The actor a session names, read again on each request: a removed or demoted user loses rights at once."""
    with db.session() as session:
        user = session.scalar(select(User).where(User.name == name, User.active.is_(True)))
        return None if user is None else Actor(user.name, Role(user.role), _assignments(user))


def signed_in_externally(db: Database, name: str, role: Role, issuer: str) -> Actor:
    """An OpenID Connect sign-in: the account is created or its role updated from the groups claim."""
    with db.session() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            user = User(name=name, role=role.value, password_hash=None)
            session.add(user)
        else:
            user.role = role.value
        audit.record(session, name, "sign_in", issuer)
        session.flush()
        return Actor(user.name, Role(user.role), _assignments(user))


def _hasher():
    """Argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile); imported at first sign-in."""
    global _HASHER
    if _HASHER is None:
        from argon2 import PasswordHasher

        _HASHER = PasswordHasher()
    return _HASHER


@cache
def _unknown_user_hash() -> str:
    """Hashed once, so that an unknown name takes as long to refuse as a wrong password."""
    return _hasher().hash("not a password of anyone's")


def _existing(session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise AccountError("accounts.unknown", name=name)
    return user


def _assignments(user: User) -> tuple[Assignment, ...]:
    return tuple(Assignment(a.municipality, a.goal_area) for a in user.assignments)


def _hash(password: str | None) -> str | None:
    return None if password is None else _hasher().hash(password)


def _matches(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
