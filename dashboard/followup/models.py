"""The database's tables. Changes to them go through a new Alembic migration (migrations/versions)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import DateTime, TypeDecorator


class UtcDateTime(TypeDecorator):
    """Times are stored and returned in UTC whatever the database keeps (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else value.astimezone(UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    # a local account's Argon2id hash; None for accounts that sign in through OpenID Connect
    password_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=now)
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="user", cascade="all, delete-orphan", order_by="Assignment.id"
    )


class Assignment(Base):
    """A goal area a user writes or approves for ('*' for every municipality or goal area)."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("user_id", "municipality", "goal_area"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    municipality: Mapped[str] = mapped_column(String(200))
    goal_area: Mapped[str] = mapped_column(String(500))
    user: Mapped[User] = relationship(back_populates="assignments")


class FollowUp(Base):
    """One goal's (or goal area's, or indicator's) follow-up for a municipality, area and year.
    `version` is the newest version's number: a save names the version it started from and is
    refused when another save came first (optimistic versioning)."""

    __tablename__ = "follow_ups"
    __table_args__ = (UniqueConstraint("municipality", "area", "year", "goal_area", "goal", "indicator"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality: Mapped[str] = mapped_column(String(200))
    area: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    goal_area: Mapped[str] = mapped_column(String(500))
    goal: Mapped[str] = mapped_column(String(2000), default="")  # empty: the goal area itself
    indicator: Mapped[str] = mapped_column(String(500), default="")  # empty: the goal
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=now)
    versions: Mapped[list[FollowUpVersion]] = relationship(
        back_populates="follow_up", order_by="FollowUpVersion.number", cascade="all, delete-orphan"
    )


class FollowUpVersion(Base):
    """A saved version: never changed after it is written."""

    __tablename__ = "follow_up_versions"
    __table_args__ = (UniqueConstraint("follow_up_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_ups.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20))
    assessment: Mapped[str | None] = mapped_column(String(40), nullable=True)
    analysis: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=now)
    follow_up: Mapped[FollowUp] = relationship(back_populates="versions")


class AuditEvent(Base):
    """A sign-in, a refused sign-in or a write: who, what, on what."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=now)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(2000), default="")
