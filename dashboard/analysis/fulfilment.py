"""Is the council's goal fulfilled (måluppfyllelse)? A verdict for a goal or a goal area from its
indicators' statuses for the follow-up year.

Of the indicators with a target, the judged ones have a status that compares an outcome with it
(Uppnått, Nära målet, Ej uppnått); the others have no outcome, or only a stale one.
- `Kan inte bedömas`: no indicator has a target, or fewer than `judged_share` (a half) of those
  with a target are judged;
- `Uppfyllt`: every judged indicator is met;
- `Delvis uppfyllt`: at least `partly_share` (a half) of the judged ones are met or near the target;
- `Ej uppfyllt`: otherwise.
The rule that gave the verdict travels with it as messages ("3 av 4 bedömda indikatorer uppnådda").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.domain.messages import Message
from dashboard.domain.statuses import Fulfilment, Status
from dashboard.domain.values import is_missing


@dataclass(frozen=True)
class FulfilmentRules:
    judged_share: float = 0.5
    partly_share: float = 0.5

    @classmethod
    def of(cls, settings) -> FulfilmentRules:
        return cls(settings.fulfilment_judged_share, settings.fulfilment_partly_share)


@dataclass(frozen=True)
class Verdict:
    fulfilment: Fulfilment
    indicators: int
    met: int
    near: int
    not_met: int
    with_target: int

    @property
    def judged(self) -> int:
        return self.met + self.near + self.not_met

    @property
    def not_judged(self) -> int:
        """Indicators without a judged status: no target, no outcome, or a stale one."""
        return self.indicators - self.judged

    @property
    def rule(self) -> list[Message]:
        """Why: the counts behind the verdict, as messages for the catalogues."""
        if self.indicators == 0:
            return [Message.of("rule.no_indicators")]
        if self.with_target == 0:
            return [Message.of("rule.no_target")]
        if self.fulfilment == Fulfilment.NOT_ASSESSABLE:
            return [Message.of("rule.too_few", judged=self.judged, count=self.with_target)]
        parts = [Message.of("rule.met", met=self.met, count=self.judged)]
        if self.near:
            parts.append(Message.of("rule.near", count=self.near))
        if self.with_target > self.judged:
            parts.append(Message.of("rule.not_judged", count=self.with_target - self.judged))
        if self.indicators > self.with_target:
            parts.append(Message.of("rule.without_target", count=self.indicators - self.with_target))
        return parts


def judge(statuses: Iterable[str], has_target: Iterable[bool], rules: FulfilmentRules = FulfilmentRules()) -> Verdict:
    """The verdict for indicators with these statuses (and whether each has a target for the year)."""
    pairs = list(zip(statuses, has_target))
    count = {
        status: sum(1 for shown, _ in pairs if shown == status) for status in (Status.MET, Status.NEAR, Status.NOT_MET)
    }
    with_target = sum(1 for shown, targeted in pairs if targeted or shown in (Status.MET, Status.NEAR, Status.NOT_MET))
    met, near, not_met = count[Status.MET], count[Status.NEAR], count[Status.NOT_MET]
    judged = met + near + not_met
    if with_target == 0 or judged < rules.judged_share * with_target:
        fulfilment = Fulfilment.NOT_ASSESSABLE
    elif met == judged:
        fulfilment = Fulfilment.FULFILLED
    elif met + near >= rules.partly_share * judged:
        fulfilment = Fulfilment.PARTLY
    else:
        fulfilment = Fulfilment.NOT_FULFILLED
    return Verdict(fulfilment, len(pairs), met, near, not_met, with_target)


def judge_rows(rows: list[dict], rules: FulfilmentRules = FulfilmentRules()) -> Verdict:
    """The verdict for scorecard rows (dicts with `status` and `target`)."""
    return judge([row["status"] for row in rows], [not is_missing(row["target"]) for row in rows], rules)
