"""The council overview: every goal area with its goals, status counts and indicators."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from dashboard.analysis.report import table_rows
from dashboard.domain.statuses import Status
from dashboard.domain.values import is_missing, swedish_sort_key


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
    indicators: list[dict] = field(default_factory=list)  # the scorecard rows of this goal area, as dicts

    @property
    def goals_with_indicators(self) -> int:
        return sum(1 for goal in self.goals if goal.indicator_count)


def goal_area_summaries(
    table: pd.DataFrame, goals: pd.DataFrame, goal_area: str | None = None
) -> list[GoalAreaSummary]:
    """One summary per goal area that has indicators or declared goals (only `goal_area` if given).

    `goals` holds the municipality's rows of the goals files; an indicator follows a goal when
    its `goal` text is the goal's text.
    """
    names = set(table["goal_area"].dropna()) | set(goals["goal_area"].dropna())
    if goal_area is not None:
        names &= {goal_area}
    rows_of: dict[str, list[dict]] = {}
    for row in table_rows(table):
        if not is_missing(row["goal_area"]):
            rows_of.setdefault(row["goal_area"], []).append(row)
    goals_of = {name: rows for name, rows in goals[goals["goal"].notna()].groupby("goal_area", sort=False)}
    summaries = []
    for name in sorted(names, key=swedish_sort_key):
        rows = rows_of.get(name, [])
        declared = goals_of.get(name, goals.iloc[0:0])
        linked = Counter(row["goal"] for row in rows if not is_missing(row["goal"]))
        summaries.append(
            GoalAreaSummary(
                name=name,
                goals=[
                    Goal(
                        text,
                        None if is_missing(description) else description,
                        _numbers(agenda),
                        int(linked.get(text, 0)),
                    )
                    for text, description, agenda in zip(
                        declared["goal"], declared["description"], declared["agenda2030"]
                    )
                ],
                counts=_status_counts(rows),
                indicators=rows,
            )
        )
    return summaries


def _status_counts(rows: list[dict]) -> dict[str, int]:
    counts = Counter(row["status"] for row in rows)
    return {status: counts.get(status, 0) for status in Status}


def _numbers(agenda) -> tuple[int, ...]:
    if is_missing(agenda):
        return ()
    return tuple(int(n) for n in str(agenda).split(";") if n)
