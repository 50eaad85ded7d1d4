"""The goal structure a council decided: goal areas and goals, with or without indicators yet.

A goals file (`goals.csv`, or any CSV whose name starts with `goals`) has one row per goal:
municipality, goal_area and goal (empty: the row only declares the goal area), plus optional
municipality_code, description, agenda2030 (UN goal numbers 1–17 separated by ';'), source and
published. An indicator follows a goal when its observation rows carry the same `goal` text.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from dashboard.data import checks
from dashboard.data.validation import each_row, header_problems
from dashboard.domain.problems import ERROR, Problem, problem

GOAL_COLUMNS = (
    "municipality",
    "municipality_code",
    "goal_area",
    "goal",
    "description",
    "agenda2030",
    "source",
    "published",
)
GOAL_REQUIRED = ("municipality", "goal_area")
GOALS_FRAME_COLUMNS = GOAL_COLUMNS + ("file", "row")


def is_goals_file(name: str) -> bool:
    return name.lower().startswith("goals")


def empty_goals() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype="string") for name in GOALS_FRAME_COLUMNS})


def validate_goals(raw: pd.DataFrame, file: str, row_numbers=None) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Check a goals file; returns the goals (None on any error) and every problem found."""
    problems = header_problems(list(raw.columns), file, GOAL_REQUIRED + ("goal",), GOAL_COLUMNS, values=())
    if any(p.severity == ERROR for p in problems):
        return None, problems
    cells = pd.DataFrame(
        {name: (raw[name].astype(str).str.strip() if name in raw.columns else "") for name in GOAL_COLUMNS},
        index=raw.index,
    )
    numbers = np.arange(len(cells)) + 2 if row_numbers is None else np.asarray(row_numbers)
    rows = pd.Series(numbers, index=cells.index)
    for name in GOAL_REQUIRED:
        problems += each_row(file, rows[cells[name] == ""], name, "value_missing")
    published, bad = checks.dates(cells["published"])
    problems += [
        problem(file, row, "published", "not_a_date", text=text)
        for row, text in zip(rows[bad], cells["published"][bad])
    ]
    bad = checks.bad_codes(cells["municipality_code"])
    problems += [
        problem(file, row, "municipality_code", "not_a_municipality_code", text=text)
        for row, text in zip(rows[bad], cells["municipality_code"][bad])
    ]
    agenda = [_agenda_numbers(text, file, int(row), problems) for text, row in zip(cells["agenda2030"], rows)]

    key = cells[["municipality", "goal_area", "goal"]]
    for row in rows[key.duplicated(keep="first")]:
        problems.append(problem(file, row, "goal", "goal_repeated"))
    if any(p.severity == ERROR for p in problems):
        return None, problems
    goals = cells.replace("", None).assign(agenda2030=agenda, published=published, file=file, row=rows)
    text = [name for name in GOALS_FRAME_COLUMNS if name not in ("published", "row")]
    goals = goals.astype({name: "string" for name in text})
    return goals[list(GOALS_FRAME_COLUMNS)].reset_index(drop=True), problems


def _agenda_numbers(text: str, file: str, row: int, problems: list[Problem]) -> str | None:
    """'3; 4,10' → '3;4;10'; anything but the numbers 1–17 is a problem."""
    tokens = [t for t in re.split(r"[;,\s]+", text) if t]
    if not tokens:
        return None
    bad = [t for t in tokens if not (t.isdigit() and 1 <= int(t) <= 17)]
    if bad:
        problems.append(problem(file, row, "agenda2030", "not_a_global_goal", values=", ".join(bad)))
        return None
    return ";".join(str(n) for n in sorted({int(t) for t in tokens}))
