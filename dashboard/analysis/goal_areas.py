"""The council overview: every goal area with its goals, their fulfilment, status counts and indicators."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from dashboard.analysis.fulfilment import FulfilmentRules, Verdict, judge_rows
from dashboard.analysis.report import scorecard, table_rows
from dashboard.domain.statuses import Status
from dashboard.domain.values import is_missing, swedish_sort_key


@dataclass(frozen=True)
class Goal:
    text: str
    description: str | None
    agenda2030: tuple[int, ...]
    indicator_count: int
    verdict: Verdict | None = None


@dataclass(frozen=True)
class GoalAreaSummary:
    name: str
    goals: list[Goal] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    indicators: list[dict] = field(default_factory=list)  # the scorecard rows of this goal area, as dicts
    verdict: Verdict | None = None  # the goal area's fulfilment, from all its indicators

    @property
    def goals_with_indicators(self) -> int:
        return sum(1 for goal in self.goals if goal.indicator_count)


def selection_summaries(dataset, selection, settings, goal_area: str | None = None) -> list[GoalAreaSummary]:
    """The summaries of a normalized selection: its scorecard against the municipality's goals
    (of `goal_area` only, if given: from the same, kept scorecard)."""
    if selection.municipality is None or selection.year is None:
        return []
    return goal_area_summaries(
        scorecard(dataset, selection, settings),
        dataset.goals(selection.municipality),
        goal_area or selection.goal_area,
        FulfilmentRules.of(settings),
    )


def goal_area_summaries(
    table: pd.DataFrame,
    goals: pd.DataFrame,
    goal_area: str | None = None,
    rules: FulfilmentRules = FulfilmentRules(),
) -> list[GoalAreaSummary]:
    """One summary per goal area that has indicators or declared goals (only `goal_area` if given).

    `goals` holds the municipality's rows of the goals files; an indicator follows a goal when
    its `goal` text is the goal's text. Goals named only by indicators follow the declared ones.
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
        rows_of_goal: dict[str, list[dict]] = {}
        for row in rows:
            if not is_missing(row["goal"]):
                rows_of_goal.setdefault(row["goal"], []).append(row)
        described = list(zip(declared["goal"], declared["description"], declared["agenda2030"]))
        described += [(text, None, None) for text in rows_of_goal if text not in set(declared["goal"])]
        summaries.append(
            GoalAreaSummary(
                name=name,
                goals=[
                    Goal(
                        text,
                        None if is_missing(description) else description,
                        _numbers(agenda),
                        len(rows_of_goal.get(text, [])),
                        judge_rows(rows_of_goal.get(text, []), rules),
                    )
                    for text, description, agenda in described
                ],
                counts=_status_counts(rows),
                indicators=rows,
                verdict=judge_rows(rows, rules),
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


# The columns of /export/goals.csv (a contract): a goal area's own row has an empty goal.
FULFILMENT_COLUMNS = [
    "municipality",
    "area",
    "goal_area",
    "goal",
    "year",
    "fulfilment",
    "indicators",
    "met",
    "near",
    "not_met",
    "not_judged",
    "rule",
]


def fulfilment_table(summaries: list[GoalAreaSummary], municipality: str, area: str, year: int) -> pd.DataFrame:
    """Every goal area and then each of its goals with its verdict; `rule` holds the verdict's
    messages (the exports render them)."""
    rows = []
    for summary in summaries:
        for goal, verdict in [(None, summary.verdict), *((goal.text, goal.verdict) for goal in summary.goals)]:
            rows.append(
                {
                    "municipality": municipality,
                    "area": area,
                    "goal_area": summary.name,
                    "goal": goal,
                    "year": year,
                    "fulfilment": verdict.fulfilment.value,
                    "indicators": verdict.indicators,
                    "met": verdict.met,
                    "near": verdict.near,
                    "not_met": verdict.not_met,
                    "not_judged": verdict.not_judged,
                    "rule": verdict.rule,
                }
            )
    return pd.DataFrame(rows, columns=FULFILMENT_COLUMNS)
