"""Resolve revised figures (vintages) into the current value of each observation.

Outcome and target resolve separately: the current outcome of a (municipality, area, indicator,
year) is the non-empty outcome with the latest publication date, the current target likewise.
An empty cell in a later publication means "not reported there", so it never hides an earlier
value. Rows without a publication date count as older than every dated row.
"""

from __future__ import annotations

import pandas as pd

SERIES_KEY = ["municipality", "area", "indicator_key", "year"]
# Descriptive columns come from the most recent publication of the indicator.
DESCRIPTIVE = ["municipality_code", "goal_area", "goal", "indicator_id", "indicator", "unit", "direction"]
RESOLVED_COLUMNS = (
    SERIES_KEY
    + DESCRIPTIVE
    + [
        "outcome",
        "outcome_published",
        "outcome_source",
        "outcome_comment",
        "target",
        "target_published",
        "target_source",
        "target_comment",
    ]
)
_UNDATED = pd.Timestamp("1000-01-01")


def published_on_or_before(observations: pd.DataFrame, as_of: pd.Timestamp | None) -> pd.DataFrame:
    """The rows a reader could have seen on `as_of` (undated rows count as always published)."""
    if as_of is None:
        return observations
    published = observations["published"]
    return observations[published.isna() | (published <= as_of)]


def resolve(observations: pd.DataFrame, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per (municipality, area, indicator, year) with its current outcome and target."""
    rows = published_on_or_before(observations, as_of)
    if rows.empty:
        return pd.DataFrame({name: pd.Series(dtype=_dtype_of(observations, name)) for name in RESOLVED_COLUMNS})
    ordered = rows.assign(_order=rows["published"].fillna(_UNDATED)).sort_values(
        SERIES_KEY + ["_order", "file", "row"], kind="stable"
    )
    latest = ordered.drop_duplicates(SERIES_KEY, keep="last")[SERIES_KEY + DESCRIPTIVE]
    resolved = latest
    for value in ("outcome", "target"):
        reported = ordered[ordered[value].notna()].drop_duplicates(SERIES_KEY, keep="last")
        current = reported[SERIES_KEY + [value, "published", "source", "comment"]].rename(
            columns={"published": f"{value}_published", "source": f"{value}_source", "comment": f"{value}_comment"}
        )
        resolved = resolved.merge(current, on=SERIES_KEY, how="left")
    return _describe_from_latest(resolved, ordered)[RESOLVED_COLUMNS].reset_index(drop=True)


def _describe_from_latest(resolved: pd.DataFrame, ordered: pd.DataFrame) -> pd.DataFrame:
    """Give every year of an indicator the name, unit and direction of its latest publication."""
    indicator = ["municipality", "area", "indicator_key"]
    newest = ordered.sort_values(["_order", "year"], kind="stable").drop_duplicates(indicator, keep="last")
    return resolved.drop(columns=DESCRIPTIVE).merge(newest[indicator + DESCRIPTIVE], on=indicator, how="left")


def _dtype_of(frame: pd.DataFrame, name: str):
    source = {
        "outcome_published": "published",
        "target_published": "published",
        "outcome_source": "source",
        "target_source": "source",
        "outcome_comment": "comment",
        "target_comment": "comment",
    }.get(name, name)
    return frame[source].dtype if source in frame.columns else object
