"""What the person asking may read and write of one view's follow-up texts (per request)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.domain.followup import ANONYMOUS, Actor, State, may_move
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from dashboard.followup import texts
from dashboard.followup.database import DatabaseUnavailable
from dashboard.web.sessions import current_actor, followup_database


@dataclass(frozen=True)
class Written:
    actor: Actor = ANONYMOUS
    municipality: str | None = None
    shown: dict = field(default_factory=dict)  # (goal_area, goal, indicator) → (Text, Version)
    unavailable: bool = False  # the database did not answer: texts missing, writes wait

    def at(self, goal_area: str, goal: str = "", indicator: str = ""):
        return self.shown.get((goal_area, goal, indicator))

    def may_edit(self, goal_area: str, goal: str = "", indicator: str = "") -> bool:
        """Whether to offer the editor here: the actor may save a draft, or approve a ready text."""
        if self.municipality is None or self.unavailable or not self.actor.signed_in:
            return False
        found = self.at(goal_area, goal, indicator)
        current = found[0].newest.state if found else None
        return may_move(self.actor, self.municipality, goal_area, current, State.DRAFT) or may_move(
            self.actor, self.municipality, goal_area, current, State.APPROVED
        )


def written_for(selection) -> Written:
    """The texts of the selection's municipality, area and year."""
    municipality, area, year = selection.municipality, selection.area, selection.year
    actor = current_actor()
    if municipality is None or year is None:
        return Written(actor)
    try:
        shown = texts.for_view(followup_database(), actor, municipality, area or WHOLE_MUNICIPALITY, int(year))
    except DatabaseUnavailable:
        return Written(actor, municipality, unavailable=True)
    return Written(actor, municipality, shown)


def approved_texts(selection) -> dict:
    """The approved texts of the selection's municipality, area and year by (goal_area, goal): what the
    exports and the deck publish, whoever asks."""
    if selection.municipality is None or selection.year is None:
        return {}
    area = selection.area or WHOLE_MUNICIPALITY
    try:
        found = texts.approved(followup_database(), selection.municipality, int(selection.year))
    except DatabaseUnavailable:
        return {}
    return {
        (text.key.goal_area, text.key.goal): text.approved
        for text in found
        if text.key.area == area and not text.key.indicator
    }
