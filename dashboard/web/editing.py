"""The editor's two requests, on the server: what a goal's text is and what the person may do with
it (opening), and saving a version (every save asks the rules again; the page's buttons are only a
convenience)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.domain.followup import Actor, State, may_move, may_read_drafts
from dashboard.followup import texts
from dashboard.followup.database import DatabaseUnavailable
from dashboard.followup.texts import Conflict, Invalid, Key, NotAllowed
from dashboard.web.sessions import current_actor, database_down, followup_database


@dataclass(frozen=True)
class Editing:
    key: Key
    actor: Actor
    text: texts.Text | None = None
    history: tuple[texts.Version, ...] = ()
    allowed: tuple[State, ...] = ()  # the states a save may ask for now
    unavailable: bool = False

    @property
    def version(self) -> int:
        return self.text.version if self.text else 0


@dataclass(frozen=True)
class Outcome:
    """'saved', 'conflict' (theirs is `editing.text`), 'not_allowed', 'invalid', 'unavailable' or 'signed_out'."""

    kind: str
    editing: Editing | None = None
    problem: tuple[str, dict] = field(default=("", {}))


def open_text(key: Key) -> Editing:
    actor = current_actor()
    try:
        return _editing(key, actor)
    except DatabaseUnavailable:
        return Editing(key, actor, unavailable=True)


def save_text(key: Key, analysis: str, assessment: str | None, wanted: State, base: int) -> Outcome:
    actor = current_actor()
    if not actor.signed_in:
        return Outcome("unavailable" if database_down() else "signed_out")
    db = followup_database()
    try:
        texts.save(db, actor, key, analysis, assessment, wanted, base)
        return Outcome("saved", _editing(key, actor))
    except Conflict:
        return Outcome("conflict", _editing(key, actor))
    except NotAllowed as refused:
        return Outcome("not_allowed", problem=(refused.key, refused.params))
    except Invalid as invalid:
        return Outcome("invalid", problem=(invalid.key, invalid.params))
    except DatabaseUnavailable:
        return Outcome("unavailable")


def _editing(key: Key, actor: Actor) -> Editing:
    if not may_read_drafts(actor, key.municipality, key.goal_area):
        return Editing(key, actor)  # nothing to show or do: drafts stay with those who may read them
    db = followup_database()
    found = texts.find(db, key)
    current = found.newest.state if found else None
    allowed = tuple(state for state in State if may_move(actor, key.municipality, key.goal_area, current, state))
    history = tuple(texts.history(db, found.id)) if found else ()
    return Editing(key, actor, found, history, allowed)
