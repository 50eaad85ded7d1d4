"""Gap and status of each indicator against its target for a follow-up year.

For follow-up year Y: the outcome used is the outcome for Y, else the latest earlier one (as
published tables compare "Utfall 2018" with "Mål 2019"); the target is the target for Y.
gap = outcome − target for `increase`, target − outcome for `decrease`, so gap ≥ 0 means met;
relative gap = gap / |target| (undefined when the target is 0).
An outcome older than Y − stale years is too old to judge Y: its status is `Inaktuellt utfall`
(with or without a target) and it has no gap (nothing on screen may suggest it says how Y went).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from dashboard.domain.schema import DECREASE
from dashboard.domain.statuses import Status
from dashboard.domain.values import swedish_sort_key

GAP_COLUMNS = [
    "municipality",
    "area",
    "goal_area",
    "indicator",
    "unit",
    "direction",
    "year",
    "outcome",
    "outcome_year",
    "target",
    "gap",
    "relative_gap",
    "status",
    "source",
    "published",
    "target_published",
]
# Kept beside the export columns for the page: identity, goal text and per-value sources.
EXTRA_COLUMNS = [
    "indicator_key",
    "indicator_id",
    "goal",
    "outcome_source",
    "outcome_published",
    "target_source",
    "outcome_comment",
    "target_comment",
]
INDICATOR = ["municipality", "area", "indicator_key"]
_DESCRIBED = ["goal_area", "goal", "indicator", "indicator_id", "unit", "direction"]
# Published figures carry a few decimals; rounding removes float noise such as 92.3 − 90 = 2.2999…
_DECIMALS = 10


def follow_up_year(resolved: pd.DataFrame) -> int | None:
    """The latest year with a target, else the latest year with an outcome."""
    for value in ("target", "outcome"):
        years = resolved.loc[resolved[value].notna(), "year"]
        if not years.empty:
            return int(years.max())
    return None


def assess(
    gap: pd.Series,
    relative_gap: pd.Series,
    has_outcome: pd.Series,
    has_target: pd.Series,
    tolerance: float,
    stale: pd.Series | None = None,
) -> pd.Series:
    """Status labels; 'near' means a shortfall of at most `tolerance` of the target."""
    stale = pd.Series(False, index=gap.index) if stale is None else stale
    conditions = [has_target & ~has_outcome, stale, ~has_target, gap >= 0, relative_gap >= -tolerance]
    labels = np.select(
        conditions,
        [Status.NO_OUTCOME.value, Status.STALE.value, Status.NO_TARGET.value, Status.MET.value, Status.NEAR.value],
        default=Status.NOT_MET.value,
    )
    return pd.Series(labels, index=gap.index, dtype="string")


def gap_table(resolved: pd.DataFrame, year: int, tolerance: float, stale_years: int | None = None) -> pd.DataFrame:
    """One row per indicator that has a target for `year` or an outcome at or before it.

    The rows are picked in one pass over plain arrays and the table is taken from the resolved
    columns (so every dtype stays as loaded): merging frames per view cost tens of milliseconds."""
    described, outcome_rows, target_rows = _pick_rows(resolved, year)
    keys = sorted(target_rows, key=target_rows.get) + sorted(k for k in outcome_rows if k not in target_rows)
    first = [described[key] for key in keys]
    outcome_at = [outcome_rows.get(key, -1) for key in keys]
    target_at = [target_rows.get(key, -1) for key in keys]

    def taken(column: str, rows: list[int]):
        return pd.api.extensions.take(resolved[column].array, rows, allow_fill=True)

    # in display order: by goal area, then indicator name (stable)
    goal_areas = resolved["goal_area"].to_numpy(dtype=object)
    names = resolved["indicator"].to_numpy(dtype=object)
    order = sorted(
        range(len(keys)), key=lambda i: (swedish_sort_key(goal_areas[first[i]]), swedish_sort_key(names[first[i]]))
    )
    first, outcome_at, target_at = ([rows[i] for i in order] for rows in (first, outcome_at, target_at))
    columns = {name: taken(name, first) for name in INDICATOR + _DESCRIBED}
    columns["outcome_year"] = pd.array(taken("year", outcome_at), dtype="Int64")
    for name in ("outcome", "outcome_published", "outcome_source", "outcome_comment"):
        columns[name] = taken(name, outcome_at)
    for name in ("target", "target_published", "target_source", "target_comment"):
        columns[name] = taken(name, target_at)

    outcome, target = np.asarray(columns["outcome"], dtype="float64"), np.asarray(columns["target"], dtype="float64")
    increase = np.asarray(columns["direction"] != DECREASE, dtype=bool)  # undeclared: higher is better
    gap = pd.Series(np.where(increase, outcome - target, target - outcome), dtype="float64").round(_DECIMALS)
    magnitude = pd.Series(np.abs(target))
    relative_gap = (gap / magnitude.where(magnitude > 0)).round(_DECIMALS)
    outcome_year = pd.array(columns["outcome_year"], dtype="Int64").to_numpy(dtype="float64", na_value=np.nan)
    stale = pd.Series((stale_years is not None) & (outcome_year < year - (stale_years or 0)), dtype=bool)
    status = assess(gap, relative_gap, pd.Series(~np.isnan(outcome)), pd.Series(~np.isnan(target)), tolerance, stale)
    columns.update(
        gap=gap.where(~stale).to_numpy(),
        relative_gap=relative_gap.where(~stale).to_numpy(),
        status=status.array,
        year=np.full(len(keys), year, dtype="int64"),
        source=pd.Series(columns["outcome_source"]).fillna(pd.Series(columns["target_source"])).array,
        published=columns["outcome_published"],
    )
    return pd.DataFrame({name: columns[name] for name in GAP_COLUMNS + EXTRA_COLUMNS})


def _pick_rows(resolved: pd.DataFrame, year: int) -> tuple[dict, dict, dict]:
    """Per indicator (municipality, area, key), the positions of its first row (its description),
    of its latest outcome at or before `year`, and of its target for `year`."""
    keys = zip(*(resolved[name].to_numpy(dtype=object, na_value=None) for name in INDICATOR))
    years = resolved["year"].to_numpy(dtype="float64", na_value=np.nan)
    has_outcome = resolved["outcome"].notna().to_numpy()
    has_target = resolved["target"].notna().to_numpy()
    described, outcome_rows, target_rows = {}, {}, {}
    for position, key in enumerate(keys):
        described.setdefault(key, position)
        at = years[position]
        if at == year and has_target[position]:
            target_rows[key] = position
        if at <= year and has_outcome[position]:
            latest = outcome_rows.get(key)
            if latest is None or at >= years[latest]:
                outcome_rows[key] = position
    return described, outcome_rows, target_rows


def status_counts(table: pd.DataFrame) -> dict[str, int]:
    """How many indicators have each status, in the fixed order of Status."""
    counts = Counter(table["status"].dropna())
    return {status: int(counts.get(status, 0)) for status in Status}
