"""The written follow-up: who may do what with an analysis and its assessment, and in which order.

A goal's (or a goal area's) follow-up for one municipality, area and year is an analysis text and,
for goals, an assessment among the fulfilment labels (Fulfilment). It moves through three states:
a draft (Utkast) is written by an analyst assigned to the goal area, marked ready (Klar) by them,
and approved (Godkänd) by an approver. Only approved versions are public. Every save is a new
version; nothing is overwritten.

These rules are plain functions of a role and its assignments, so the web layer (routes and
callbacks) and the command line ask the same question and the tests can ask it for every role.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dashboard.domain.messages import Term
from dashboard.domain.statuses import Fulfilment


class Role(StrEnum):
    READER = "läsare"
    ANALYST = "analytiker"
    APPROVER = "godkännare"
    ADMIN = "admin"

    @property
    def key(self) -> str:
        return f"role.{self.name.lower()}"


class State(StrEnum):
    DRAFT = "Utkast"
    READY = "Klar"
    APPROVED = "Godkänd"

    @property
    def key(self) -> str:
        return f"followup_state.{self.name.lower()}"


ASSESSMENTS = tuple(Fulfilment)
ANY = "*"  # an assignment to every municipality or every goal area

# the states a version may move to from the current one, and who may move it there
_TRANSITIONS: dict[tuple[State | None, State], frozenset[Role]] = {
    (None, State.DRAFT): frozenset({Role.ANALYST, Role.APPROVER, Role.ADMIN}),
    (State.DRAFT, State.DRAFT): frozenset({Role.ANALYST, Role.APPROVER, Role.ADMIN}),
    (State.DRAFT, State.READY): frozenset({Role.ANALYST, Role.APPROVER, Role.ADMIN}),
    (State.READY, State.DRAFT): frozenset({Role.ANALYST, Role.APPROVER, Role.ADMIN}),
    (State.READY, State.READY): frozenset({Role.ANALYST, Role.APPROVER, Role.ADMIN}),
    (State.READY, State.APPROVED): frozenset({Role.APPROVER, Role.ADMIN}),
    # an approved text stays public while a new draft of it is written
    (State.APPROVED, State.DRAFT): frozenset({Role.ANALYST, Role.APPROVER, Role.ADMIN}),
}


@dataclass(frozen=True)
class Assignment:
    """A user's goal areas: a municipality and a goal area, either of them ANY."""

    municipality: str
    goal_area: str

    def covers(self, municipality: str, goal_area: str) -> bool:
        return self.municipality in (ANY, municipality) and self.goal_area in (ANY, goal_area)


@dataclass(frozen=True)
class Actor:
    """Who asks: a signed-in user (name, role, assignments) or an anonymous reader (name None)."""

    name: str | None
    role: Role = Role.READER
    assignments: tuple[Assignment, ...] = ()

    @property
    def signed_in(self) -> bool:
        return self.name is not None

    def assigned(self, municipality: str, goal_area: str) -> bool:
        """Admins work everywhere; analysts and approvers where they are assigned."""
        if self.role is Role.ADMIN:
            return True
        return any(assignment.covers(municipality, goal_area) for assignment in self.assignments)


ANONYMOUS = Actor(name=None)


def may_read_drafts(actor: Actor, municipality: str, goal_area: str) -> bool:
    """Drafts and ready texts are shown to signed-in users with a role for that goal area."""
    return actor.signed_in and actor.role is not Role.READER and actor.assigned(municipality, goal_area)


def may_move(actor: Actor, municipality: str, goal_area: str, current: State | None, wanted: State) -> bool:
    """May `actor` save a version in state `wanted` where the newest version is in `current`?"""
    if not actor.signed_in or not actor.assigned(municipality, goal_area):
        return False
    return actor.role in _TRANSITIONS.get((current, wanted), frozenset())


def refusal(actor: Actor, municipality: str, goal_area: str, current: State | None, wanted: State):
    """Why `may_move` says no, as (catalogue key, parameters): who may, or what must come first."""
    if not actor.signed_in:
        return "followup.sign_in_first", {}
    if actor.role is Role.READER:
        return "followup.reader_only", {}
    if not actor.assigned(municipality, goal_area):
        return "followup.not_assigned", {"goal_area": goal_area, "municipality": municipality}
    if wanted is State.APPROVED and actor.role not in (Role.APPROVER, Role.ADMIN):
        return "followup.approver_only", {}
    return "followup.wrong_order", {"current": Term((current or State.DRAFT).key), "wanted": Term(wanted.key)}


def may_administer(actor: Actor) -> bool:
    return actor.signed_in and actor.role is Role.ADMIN


def differs(assessment: str | None, computed: str | None) -> bool:
    """A stated assessment that is not the computed fulfilment (shown marked beside it)."""
    return assessment is not None and computed is not None and assessment != computed


# the order of rights: a person in several groups gets the highest role any of them maps to
RANKED_ROLES = (Role.READER, Role.ANALYST, Role.APPROVER, Role.ADMIN)


def role_from_groups(groups, mapping: tuple[tuple[Role, str], ...]) -> Role:
    """The role an identity provider's groups claim gives (mapping: (role, group) pairs)."""
    held = {str(group) for group in (groups if isinstance(groups, list | tuple | set) else [groups]) if group}
    granted = [role for role, group in mapping if group in held]
    return max(granted, key=RANKED_ROLES.index, default=Role.READER)
