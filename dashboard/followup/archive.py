"""Every account, text, version and audit event as one JSON document, and back.

The document is the database's content in plain form (names, not row ids), so a backup taken from
SQLite loads into PostgreSQL and the other way round. It holds the accounts' password hashes: keep
it as you keep the database. Loading goes into an empty database only, in one transaction, so a
backup never overwrites or half-merges what people wrote.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from dashboard.domain.messages import Refusal, Term
from dashboard.followup.database import Database
from dashboard.followup.models import Assignment, AuditEvent, FollowUp, FollowUpVersion, User

FORMAT = "malbild-followup-backup"
FORMAT_VERSION = 1
KEY_FIELDS = ("municipality", "area", "year", "goal_area", "goal", "indicator")


class BackupError(Refusal):
    """Refused, with the reason's catalogue key."""


def dump(db: Database) -> dict:
    with db.session() as session:
        users = [
            {
                "name": user.name,
                "role": user.role,
                "password_hash": user.password_hash,
                "active": user.active,
                "created_at": _time(user.created_at),
                "assignments": [{"municipality": a.municipality, "goal_area": a.goal_area} for a in user.assignments],
            }
            for user in session.scalars(select(User).order_by(User.id))
        ]
        texts = [
            {
                "municipality": row.municipality,
                "area": row.area,
                "year": row.year,
                "goal_area": row.goal_area,
                "goal": row.goal,
                "indicator": row.indicator,
                "created_at": _time(row.created_at),
                "versions": [
                    {
                        "number": version.number,
                        "state": version.state,
                        "assessment": version.assessment,
                        "analysis": version.analysis,
                        "author": version.author,
                        "created_at": _time(version.created_at),
                    }
                    for version in row.versions
                ],
            }
            for row in session.scalars(select(FollowUp).order_by(FollowUp.id))
        ]
        audit = [
            {"at": _time(event.at), "actor": event.actor, "action": event.action, "target": event.target}
            for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "users": users, "texts": texts, "audit": audit}


def load(db: Database, document: dict) -> dict[str, int]:
    """Load a dump into an empty database; returns how many of each were loaded."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError("backup.not_a_backup")
    if document.get("format_version") != FORMAT_VERSION:
        raise BackupError("backup.unknown_version", version=document.get("format_version"))
    try:
        with db.session() as session:
            if session.scalar(select(func.count()).select_from(FollowUp)) or session.scalar(
                select(func.count()).select_from(User)
            ):
                raise BackupError("backup.not_empty")
            for part, make in (("users", _user), ("texts", _text), ("audit", _event)):
                records = document.get(part)
                if not isinstance(records, list):
                    raise BackupError("backup.part_missing", part=part)
                for number, record in enumerate(records, start=1):
                    session.add(_made(make, record, part, number))
    except (KeyError, TypeError, ValueError, AttributeError) as error:  # the document's top level
        if isinstance(error, BackupError):
            raise
        raise BackupError(
            "backup.malformed", part=Term("backup.part_document"), number=1, detail=str(error)[:200]
        ) from None
    return counts(document)


def counts(document: dict) -> dict[str, int]:
    versions = sum(len(text["versions"]) for text in document["texts"])
    return {"users": len(document["users"]), "texts": len(document["texts"]), "versions": versions}


def _made(make, record, part: str, number: int):
    """One record of the document as a row; a missing field or an unreadable value names the record."""
    where = {"part": Term(f"backup.part_{part}"), "number": number}
    try:
        return make(record)
    except KeyError as missing:
        raise BackupError("backup.field_missing", field=missing.args[0], **where) from None
    except (TypeError, ValueError, AttributeError) as error:
        raise BackupError("backup.malformed", detail=str(error)[:200], **where) from None


def _user(user: dict) -> User:
    return User(
        name=user["name"],
        role=user["role"],
        password_hash=user["password_hash"],
        active=user["active"],
        created_at=_parse(user["created_at"]),
        assignments=[Assignment(**assignment) for assignment in user["assignments"]],
    )


def _text(text: dict) -> FollowUp:
    rows = text["versions"]
    return FollowUp(
        **{name: text[name] for name in KEY_FIELDS},
        version=max((row["number"] for row in rows), default=0),
        created_at=_parse(text["created_at"]),
        versions=[FollowUpVersion(**{**row, "created_at": _parse(row["created_at"])}) for row in rows],
    )


def _event(event: dict) -> AuditEvent:
    return AuditEvent(**{**event, "at": _parse(event["at"])})


def _time(value: datetime) -> str:
    return value.isoformat()


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)
