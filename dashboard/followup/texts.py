"""Analyses and assessments: saved as versions, moved through Utkast → Klar → Godkänd, never overwritten.

A save names the version it started from (`base`, 0 for a new text). When another save came first
it is refused with Conflict, which carries the newer version so the writer can merge; their text is
kept in the history as a version of its own only once they save again. Whether the actor may save
is asked of dashboard.domain.followup here, on the server, for every write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from dashboard.domain.followup import ASSESSMENTS, Actor, State, may_move, may_read_drafts, refusal
from dashboard.domain.messages import Refusal
from dashboard.followup import audit
from dashboard.followup.database import Database
from dashboard.followup.models import FollowUp, FollowUpVersion

MAX_ANALYSIS_CHARS = 20_000


@dataclass(frozen=True)
class Key:
    """What a text is about; an empty goal is the goal area itself, an empty indicator the goal."""

    municipality: str
    area: str
    year: int
    goal_area: str
    goal: str = ""
    indicator: str = ""

    def describe(self) -> str:
        parts = [self.municipality, self.area, str(self.year), self.goal_area, self.goal, self.indicator]
        return " / ".join(part for part in parts if part)


@dataclass(frozen=True)
class Version:
    number: int
    state: State
    assessment: str | None
    analysis: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class Text:
    id: int
    key: Key
    newest: Version
    approved: Version | None  # the newest approved version: what the public sees

    @property
    def version(self) -> int:
        return self.newest.number


class NotAllowed(PermissionError):
    """The actor may not make this change; `key` and `params` say why (dashboard.domain.followup.refusal)."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(key)


class Invalid(Refusal):
    """Refused, with the reason's catalogue key."""


class Conflict(RuntimeError):
    """Someone saved a newer version since `base`; `current` is theirs."""

    def __init__(self, current: Text):
        self.current = current
        super().__init__(f"version {current.version}")


def save(db: Database, actor: Actor, key: Key, analysis: str, assessment: str | None, state: State, base: int) -> Text:
    """Write a new version of the text at `key` (created on its first save)."""
    state = State(state)
    _check(key, analysis, assessment)
    try:
        return _save(db, actor, key, analysis, assessment, state, base)
    except IntegrityError:  # two first saves at once: the other one came first
        raise Conflict(find(db, key)) from None


def _save(db: Database, actor: Actor, key: Key, analysis: str, assessment: str | None, state: State, base: int):
    with db.session() as session:
        row = session.scalar(_at(key))
        if row is None:
            if base != 0:
                raise Invalid("followup.unknown_version", version=base)
            if not may_move(actor, key.municipality, key.goal_area, None, state):
                reason, params = refusal(actor, key.municipality, key.goal_area, None, state)
                raise NotAllowed(reason, **params)
            row = FollowUp(**vars(key), version=0)
            session.add(row)
            session.flush()
        return _write(session, actor, row, analysis, assessment, state, base)


def change(db: Database, actor: Actor, text_id: int, analysis: str, assessment: str | None, state: State, base: int):
    """The same as save, for a text known by its id (the API's PUT)."""
    state = State(state)
    with db.session() as session:
        row = session.get(FollowUp, text_id)
        if row is None:
            raise LookupError(text_id)
        _check(_key(row), analysis, assessment)
        return _write(session, actor, row, analysis, assessment, state, base)


def _write(session, actor: Actor, row: FollowUp, analysis, assessment, state: State, base: int) -> Text:
    current = _state_of(row)
    if not may_move(actor, row.municipality, row.goal_area, current, state):
        reason, params = refusal(actor, row.municipality, row.goal_area, current, state)
        raise NotAllowed(reason, **params)
    # the version moves on only if nobody else moved it since `base`: atomic in every database
    moved = session.execute(
        update(FollowUp).where(FollowUp.id == row.id, FollowUp.version == base).values(version=base + 1)
    ).rowcount
    if moved != 1:
        session.rollback()
        raise Conflict(_text(session.get(FollowUp, row.id, populate_existing=True)))
    session.add(
        FollowUpVersion(
            follow_up_id=row.id,
            number=base + 1,
            state=state.value,
            assessment=assessment,
            analysis=analysis,
            author=actor.name,
        )
    )
    audit.record(session, actor.name, f"text_{state.name.lower()}", f"#{row.id} v{base + 1} {_key(row).describe()}")
    session.flush()
    session.refresh(row)
    return _text(row)


def find(db: Database, key: Key) -> Text | None:
    with db.session() as session:
        row = session.scalar(_at(key))
        return None if row is None else _text(row)


def get(db: Database, text_id: int) -> Text | None:
    with db.session() as session:
        row = session.get(FollowUp, text_id)
        return None if row is None else _text(row)


def history(db: Database, text_id: int) -> list[Version]:
    with db.session() as session:
        row = session.get(FollowUp, text_id)
        return [] if row is None else [_version(version) for version in row.versions]


def for_view(db: Database, actor: Actor, municipality: str, area: str, year: int) -> dict[tuple, tuple[Text, Version]]:
    """The texts of one view by (goal_area, goal, indicator), each with the version this actor sees:
    the newest one for those who may read drafts of its goal area, else the newest approved one."""
    shown = {}
    with db.session() as session:
        rows = session.scalars(
            _with_versions(select(FollowUp)).where(
                FollowUp.municipality == municipality, FollowUp.area == area, FollowUp.year == year
            )
        ).all()
        for row in rows:
            text = _text(row)
            version = text.newest if may_read_drafts(actor, municipality, row.goal_area) else text.approved
            if version is not None:
                shown[(row.goal_area, row.goal, row.indicator)] = (text, version)
    return shown


def approved(db: Database, municipality: str | None = None, year: int | None = None) -> list[Text]:
    """Every text with an approved version (the public API), in a stable order."""
    query = select(FollowUp).order_by(
        FollowUp.municipality, FollowUp.year, FollowUp.area, FollowUp.goal_area, FollowUp.id
    )
    if municipality is not None:
        query = query.where(FollowUp.municipality == municipality)
    if year is not None:
        query = query.where(FollowUp.year == year)
    with db.session() as session:
        texts = [_text(row) for row in session.scalars(query)]
    return [text for text in texts if text.approved is not None]


def _check(key: Key, analysis: str, assessment: str | None) -> None:
    if len(analysis) > MAX_ANALYSIS_CHARS:
        raise Invalid("followup.too_long", count=MAX_ANALYSIS_CHARS)
    if assessment is not None:
        if key.indicator:
            raise Invalid("followup.assessment_on_indicator")
        if assessment not in ASSESSMENTS:
            raise Invalid("followup.unknown_assessment", value=assessment)


def _at(key: Key):
    return _with_versions(select(FollowUp)).where(
        *(getattr(FollowUp, name) == value for name, value in vars(key).items())
    )


def _with_versions(query):
    """The texts with their versions in one more query, not one per text (the overview asks per draw)."""
    return query.options(selectinload(FollowUp.versions))


def _key(row: FollowUp) -> Key:
    return Key(row.municipality, row.area, row.year, row.goal_area, row.goal, row.indicator)


def _state_of(row: FollowUp) -> State | None:
    return State(row.versions[-1].state) if row.versions else None


def _version(row: FollowUpVersion) -> Version:
    return Version(row.number, State(row.state), row.assessment, row.analysis, row.author, row.created_at)


def _text(row: FollowUp) -> Text:
    versions = [_version(version) for version in row.versions]
    approved_versions = [version for version in versions if version.state is State.APPROVED]
    return Text(row.id, _key(row), versions[-1], approved_versions[-1] if approved_versions else None)
