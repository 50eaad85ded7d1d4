"""Resolve revised figures (vintages) into the current value of each observation.

Outcome and target resolve separately: the current outcome of a (municipality, area, indicator,
year) is the non-empty outcome with the latest publication date, the current target likewise.
An empty cell in a later publication means "not reported there", so it never hides an earlier
value. Rows without a publication date count as older than every dated row; among rows published
the same day the later file and row win. Name, unit, direction and the other descriptive columns
of every year come from the indicator's most recent publication.

One SQL query does it, over any relation of observations: the store's Parquet files (a municipality,
or an indicator across municipalities), or a frame registered by `resolve`.
"""

from __future__ import annotations

import pandas as pd

from dashboard.data import engine
from dashboard.data.frames import fetch

SERIES_KEY = ["municipality", "area", "indicator_key", "year"]
# Descriptive columns come from the most recent publication of the indicator.
DESCRIPTIVE = ["municipality_code", "goal_area", "goal", "indicator_id", "indicator", "unit", "direction"]
VALUES = {
    "outcome": ["outcome", "published", "source", "comment"],
    "target": ["target", "published", "source", "comment"],
}
RESOLVED_COLUMNS = (
    SERIES_KEY
    + DESCRIPTIVE
    + [f"{value}{'' if part == value else '_' + part}" for value, parts in VALUES.items() for part in parts]
)
UNDATED = "DATE '1000-01-01'"
# Which of a series' or an indicator's rows is the newest (its description is the current one):
# the latest publication (undated rows first), then year, file and row.
NEWEST = f"(coalesce(published, {UNDATED}), year, file, row)"


def resolution_sql(
    source: str,
    where: str = "TRUE",
    order: str | None = "municipality, area, indicator_key, year",
    descriptive: tuple[str, ...] | list[str] = DESCRIPTIVE,
    values: dict[str, list[str]] = VALUES,
) -> str:
    """SQL: the current values of the observations of `source` that pass `where`, sorted by `order`.

    One pass groups the rows by series, keeping per series its newest outcome, newest target and
    newest description; a window then gives every year of an indicator the newest description of
    all its years. `descriptive` and `values` narrow the answer to the columns a reader needs (a
    part of each: the same rules pick them)."""
    series = ", ".join(SERIES_KEY)
    described = ", ".join(f"{name}: {name}" for name in descriptive)
    picks = [
        f"max_by({{{', '.join(f'{part}: {part}' for part in parts)}}}, (_order, file, row)) "
        f"FILTER (WHERE {value} IS NOT NULL) AS {value}_pick"
        for value, parts in values.items()
    ]
    columns = SERIES_KEY + [f"described.{name} AS {name}" for name in descriptive]
    for value, parts in values.items():
        columns += [f"{value}_pick.{part} AS {value}{'' if part == value else '_' + part}" for part in parts]
    return (
        f"WITH obs AS (SELECT *, coalesce(published, {UNDATED}) AS _order FROM {source} WHERE {where}), "
        f"series AS (SELECT {series}, max_by({{{described}}}, (_order, year, file, row)) AS newest_described, "
        f"max((_order, year, file, row)) AS newest, {', '.join(picks)} FROM obs GROUP BY {series}), "
        f"indicators AS (SELECT *, max_by(newest_described, newest) OVER (PARTITION BY {', '.join(SERIES_KEY[:3])}) "
        "AS described FROM series) "
        f"SELECT {', '.join(columns)} FROM indicators{_ordered(order)}"
    )


def _ordered(order: str | None) -> str:
    """The ORDER BY clause; None for a reader that does not need the rows in any order (sorting
    them was a sixth of reading one indicator across every municipality)."""
    return "" if order is None else f" ORDER BY {order}"


def projection_sql(
    source: str,
    where: str = "TRUE",
    order: str | None = "municipality, area, indicator_key, year",
    descriptive: tuple[str, ...] | list[str] = DESCRIPTIVE,
    values: dict[str, list[str]] = VALUES,
) -> str:
    """SQL: the same as `resolution_sql` for observations that were never revised (one row per
    series): each row is current, and only the description comes from its indicator's newest row."""
    indicator = ", ".join(SERIES_KEY[:3])
    described = ", ".join(f"{name}: {name}" for name in descriptive)
    columns = [f"rows.{name}" for name in SERIES_KEY] + [
        f"indicators.described.{name} AS {name}" for name in descriptive
    ]
    for value, parts in values.items():
        columns += [
            f"rows.{part} AS {value}"
            if part == value
            else f"CASE WHEN rows.{value} IS NOT NULL THEN rows.{part} END AS {value}_{part}"
            for part in parts
        ]
    return (
        f"WITH rows AS (SELECT * FROM {source} WHERE {where}), "
        f"indicators AS (SELECT {indicator}, max_by({{{described}}}, {NEWEST}) AS described "
        f"FROM rows GROUP BY {indicator}) "
        f"SELECT {', '.join(columns)} FROM rows JOIN indicators USING ({indicator}){_ordered(order)}"
    )


def published_by(as_of: pd.Timestamp | None) -> tuple[str, dict]:
    """SQL condition and parameters: the rows a reader could have seen on `as_of` (undated rows
    count as always published)."""
    if as_of is None:
        return "TRUE", {}
    return "(published IS NULL OR published <= $as_of::DATE)", {"as_of": pd.Timestamp(as_of).date()}


def resolve(observations: pd.DataFrame, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per (municipality, area, indicator, year) with its current outcome and target."""
    where, params = published_by(as_of)
    with engine.session() as connection:
        view = f"_resolving_{id(observations)}"
        connection.register(view, observations)
        try:
            return fetch(connection, resolution_sql(view, where), params or None)[RESOLVED_COLUMNS]
        finally:
            connection.unregister(view)
