"""Gap and status of each indicator against its target for a follow-up year.

For follow-up year Y: the outcome used is the outcome for Y, else the latest earlier one (as
published tables compare "Utfall 2018" with "Mål 2019"); the target is the target for Y.
gap = outcome − target for `increase`, target − outcome for `decrease`, so gap ≥ 0 means met;
relative gap = gap / |target| (undefined when the target is 0).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.formatting import swedish_sort_key
from dashboard.schema import INCREASE

MET = "Uppnått"
NEAR = "Nära målet"
NOT_MET = "Ej uppnått"
NO_OUTCOME = "Utfall saknas"
NO_TARGET = "Mål saknas"
STATUSES = (MET, NEAR, NOT_MET, NO_OUTCOME, NO_TARGET)

GAP_COLUMNS = [
    "municipality", "area", "goal_area", "indicator", "unit", "direction", "year", "outcome",
    "outcome_year", "target", "gap", "relative_gap", "status", "source", "published", "target_published",
]
# Kept beside the export columns for the page: identity, goal text and per-value sources.
EXTRA_COLUMNS = ["indicator_key", "indicator_id", "goal", "outcome_source", "outcome_published", "target_source",
                 "outcome_comment", "target_comment"]
INDICATOR = ["municipality", "area", "indicator_key"]
# Published figures carry a few decimals; rounding removes float noise such as 92.3 − 90 = 2.2999…
_DECIMALS = 10


def follow_up_year(resolved: pd.DataFrame) -> int | None:
    """The latest year with a target, else the latest year with an outcome."""
    for value in ("target", "outcome"):
        years = resolved.loc[resolved[value].notna(), "year"]
        if not years.empty:
            return int(years.max())
    return None


def assess(gap: pd.Series, relative_gap: pd.Series, has_outcome: pd.Series, has_target: pd.Series,
           tolerance: float) -> pd.Series:
    """Status labels; 'near' means a shortfall of at most `tolerance` of the target."""
    conditions = [
        has_target & ~has_outcome,
        ~has_target,
        gap >= 0,
        relative_gap >= -tolerance,
    ]
    labels = np.select(conditions, [NO_OUTCOME, NO_TARGET, MET, NEAR], default=NOT_MET)
    return pd.Series(labels, index=gap.index, dtype="string")


def gap_table(resolved: pd.DataFrame, year: int, tolerance: float) -> pd.DataFrame:
    """One row per indicator that has a target for `year` or an outcome at or before it."""
    targets = resolved[(resolved["year"] == year) & resolved["target"].notna()]
    targets = targets[INDICATOR + ["target", "target_published", "target_source", "target_comment"]]
    earlier = resolved[(resolved["year"] <= year) & resolved["outcome"].notna()].sort_values(INDICATOR + ["year"])
    outcomes = earlier.drop_duplicates(INDICATOR, keep="last")[
        INDICATOR + ["year", "outcome", "outcome_published", "outcome_source", "outcome_comment"]
    ].rename(columns={"year": "outcome_year"})

    keys = pd.concat([targets[INDICATOR], outcomes[INDICATOR]]).drop_duplicates()
    described = resolved.drop_duplicates(INDICATOR)[
        INDICATOR + ["goal_area", "goal", "indicator", "indicator_id", "unit", "direction"]]
    table = (keys.merge(described, on=INDICATOR, how="left")
                 .merge(outcomes, on=INDICATOR, how="left")
                 .merge(targets, on=INDICATOR, how="left"))

    increase = table["direction"] == INCREASE
    raw_gap = np.where(increase, table["outcome"] - table["target"], table["target"] - table["outcome"])
    table["gap"] = pd.Series(raw_gap, index=table.index, dtype="float64").round(_DECIMALS)
    magnitude = table["target"].abs()
    table["relative_gap"] = (table["gap"] / magnitude.where(magnitude > 0)).round(_DECIMALS)
    table["status"] = assess(table["gap"], table["relative_gap"], table["outcome"].notna(),
                             table["target"].notna(), tolerance)
    table["year"] = year
    table["outcome_year"] = table["outcome_year"].astype("Int64")
    table["source"] = table["outcome_source"].fillna(table["target_source"])
    table["published"] = table["outcome_published"]
    table = table.sort_values(["goal_area", "indicator"], key=lambda column: column.map(swedish_sort_key),
                              kind="stable")
    return table[GAP_COLUMNS + EXTRA_COLUMNS].reset_index(drop=True)


def status_counts(table: pd.DataFrame) -> dict[str, int]:
    """How many indicators have each status, in the fixed order of STATUSES."""
    counts = table["status"].value_counts()
    return {status: int(counts.get(status, 0)) for status in STATUSES}
