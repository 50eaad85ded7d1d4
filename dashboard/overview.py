"""The council overview: every goal area with its goals, status counts and indicators."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from dashboard.formatting import is_missing, swedish_sort_key
from dashboard.gaps import STATUSES, status_counts


@dataclass(frozen=True)
class Goal:
    text: str
    description: str | None
    agenda2030: tuple[int, ...]
    indicator_count: int


@dataclass(frozen=True)
class GoalAreaSummary:
    name: str
    goals: list[Goal] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    indicators: pd.DataFrame | None = None  # the scorecard rows of this goal area

    @property
    def goals_with_indicators(self) -> int:
        return sum(1 for goal in self.goals if goal.indicator_count)


def goal_area_summaries(table: pd.DataFrame, goals: pd.DataFrame, goal_area: str | None = None
                        ) -> list[GoalAreaSummary]:
    """One summary per goal area that has indicators or declared goals (only `goal_area` if given).

    `goals` holds the municipality's rows of the goals files; an indicator follows a goal when
    its `goal` text is the goal's text.
    """
    names = set(table["goal_area"].dropna()) | set(goals["goal_area"].dropna())
    if goal_area is not None:
        names &= {goal_area}
    rows_of = {name: rows for name, rows in table.groupby("goal_area", sort=False)}
    goals_of = {name: rows for name, rows in goals[goals["goal"].notna()].groupby("goal_area", sort=False)}
    summaries = []
    for name in sorted(names, key=swedish_sort_key):
        rows = rows_of.get(name, table.iloc[0:0])
        declared = goals_of.get(name, goals.iloc[0:0])
        linked = Counter(rows["goal"].dropna())
        summaries.append(GoalAreaSummary(
            name=name,
            goals=[Goal(text, None if is_missing(description) else description, _numbers(agenda),
                        int(linked.get(text, 0)))
                   for text, description, agenda in zip(declared["goal"], declared["description"],
                                                        declared["agenda2030"])],
            counts=status_counts(rows) if not rows.empty else {status: 0 for status in STATUSES},
            indicators=rows,
        ))
    return summaries


def _numbers(agenda) -> tuple[int, ...]:
    if is_missing(agenda):
        return ()
    return tuple(int(n) for n in str(agenda).split(";") if n)
