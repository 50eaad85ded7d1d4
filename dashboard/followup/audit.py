"""The audit log: sign-ins (and refused ones) and every write, in the same transaction as the write."""

from __future__ import annotations

from sqlalchemy import select

from dashboard.followup.models import AuditEvent


def record(session, actor: str, action: str, target: str = "") -> None:
    session.add(AuditEvent(actor=actor[:200], action=action, target=target[:2000]))


def recent(db, limit: int = 200) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)))
