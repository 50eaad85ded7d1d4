"""Comparisons on the same data model: districts against the whole municipality, and
municipalities against each other.

Areas: difference = outcome − reference_outcome (the whole municipality, same year),
relative_difference = difference / |reference_outcome|, assessment `bättre`, `sämre` or `lika`
with the indicator's direction taken into account.
Municipalities: rank 1 = best (direction-aware, ties share the better rank); quartile 1–4 by
rank position, 1 = the best quarter, given once four or more municipalities have data.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from dashboard.domain.schema import DECREASE, DIRECTIONS, WHOLE_MUNICIPALITY
from dashboard.domain.statuses import Assessment
from dashboard.domain.values import swedish_sort_key

MIN_FOR_QUARTILES = 4
AREA_COLUMNS = [
    "municipality",
    "area",
    "indicator",
    "unit",
    "direction",
    "year",
    "outcome",
    "reference_outcome",
    "difference",
    "relative_difference",
    "assessment",
]
MUNICIPALITY_COLUMNS = [
    "municipality",
    "indicator",
    "unit",
    "direction",
    "year",
    "outcome",
    "target",
    "rank",
    "quartile",
]
_DECIMALS = 10


def assess_difference(difference: float, direction: str) -> Assessment | None:
    """Better, worse or equal than the reference, where lower is better for `decrease`; nothing where
    the data does not declare which way is better (an outcome is then only higher or lower)."""
    if difference is None or (isinstance(difference, float) and math.isnan(difference)):
        return None
    if direction not in DIRECTIONS:
        return None
    if difference == 0:
        return Assessment.EQUAL
    return Assessment.BETTER if (difference > 0) != (direction == DECREASE) else Assessment.WORSE


def area_comparison(
    resolved: pd.DataFrame, year: int, areas: list[str] | None = None, indicator_keys: list[str] | None = None
) -> pd.DataFrame:
    """One row per (indicator, area) with the area's outcome for `year` beside the whole municipality's.

    `resolved` is one municipality's resolved rows. Only outcomes for exactly `year` are
    compared: a difference between different years would mislead. Missing stays missing.
    """
    rows = resolved if indicator_keys is None else resolved[resolved["indicator_key"].isin(indicator_keys)]
    districts = rows[rows["area"] != WHOLE_MUNICIPALITY]
    if areas:
        districts = districts[districts["area"].isin(areas)]
    pairs = districts[["indicator_key", "area"]].drop_duplicates()
    at_year = rows[(rows["year"] == year)]
    outcome = at_year[["indicator_key", "area", "outcome", "target"]]
    reference = at_year[at_year["area"] == WHOLE_MUNICIPALITY][["indicator_key", "outcome", "target"]].rename(
        columns={"outcome": "reference_outcome", "target": "reference_target"}
    )
    described = rows.sort_values("year").drop_duplicates(["indicator_key", "area"], keep="last")[
        ["indicator_key", "area", "municipality", "indicator", "unit", "direction"]
    ]
    table = (
        pairs.merge(described, on=["indicator_key", "area"], how="left")
        .merge(outcome, on=["indicator_key", "area"], how="left")
        .merge(reference, on="indicator_key", how="left")
    )
    table["year"] = year
    table["difference"] = (table["outcome"] - table["reference_outcome"]).round(_DECIMALS)
    magnitude = table["reference_outcome"].abs()
    table["relative_difference"] = (table["difference"] / magnitude.where(magnitude > 0)).round(_DECIMALS)
    verdicts = [assess_difference(d, direction) for d, direction in zip(table["difference"], table["direction"])]
    table["assessment"] = [None if verdict is None else verdict.value for verdict in verdicts]
    own_target = table["target"].notna()
    table["compared_target"] = table["target"].where(own_target, table["reference_target"])
    table["target_is_own"] = own_target
    sign = np.where(table["direction"] == DECREASE, -1.0, 1.0)
    table["gap"] = (sign * (table["outcome"] - table["compared_target"])).round(_DECIMALS)
    table = table.sort_values(["indicator", "area"], key=lambda column: column.map(swedish_sort_key))
    return table[AREA_COLUMNS + ["indicator_key", "compared_target", "target_is_own", "gap"]].reset_index(drop=True)


def rank_and_quartile(outcomes: pd.Series, direction: str) -> tuple[pd.Series, pd.Series]:
    """Direction-aware rank (1 = best, ties share the better rank) and quartile by rank position;
    none where the data does not declare which way is better."""
    rank, quartile = _ranks(outcomes.to_numpy(dtype="float64", na_value=np.nan), direction)
    index = outcomes.index
    return pd.Series(rank, index=index, dtype="Int64"), pd.Series(quartile, index=index, dtype="Int64")


def _ranks(values: np.ndarray, direction: str) -> tuple[list, list]:
    """`rank_and_quartile` of an array of outcomes (NaN: none), as lists with None where none is
    given. Ranks as pandas' rank(method="min"): one more than the number of better outcomes."""
    missing = [None] * len(values)
    if direction not in DIRECTIONS:
        return missing, list(missing)
    present = ~np.isnan(values)
    ordered = np.sort(values[present])
    if direction == DECREASE:  # lower is better
        better = np.searchsorted(ordered, values, side="left")
    else:
        better = len(ordered) - np.searchsorted(ordered, values, side="right")
    ranks = (better + 1).tolist()
    count = len(ordered)
    rank = [r if p else None for r, p in zip(ranks, present.tolist())]
    if count < MIN_FOR_QUARTILES:
        return rank, list(missing)
    return rank, [None if r is None else (r - 1) * 4 // count + 1 for r in rank]


def municipality_comparison(series: pd.DataFrame, year: int) -> pd.DataFrame:
    """One row per municipality for `year`: its outcome, its own target, rank and quartile.

    `series` holds the compared indicator's resolved rows (whole municipality) of every chosen
    municipality; a municipality without an outcome that year is listed with the outcome missing.
    Computed on the columns as lists (a comparison may hold 290 municipalities, and pandas'
    indexing per step cost more than the work).
    """
    codes, found_names = pd.factorize(series["municipality"])  # in order of appearance, as unique() gives
    uniques = found_names.tolist()
    order = sorted(range(len(uniques)), key=lambda code: swedish_sort_key(uniques[code]))
    names = [uniques[code] for code in order]
    years = series["year"].to_numpy(dtype="float64", na_value=np.nan)
    # each municipality described by its latest year's row (a missing year sorts last, as in sort_values)
    by_year = np.lexsort((np.where(np.isnan(years), np.inf, years), codes))
    last = np.flatnonzero(np.append(codes[by_year][1:] != codes[by_year][:-1], True)) if len(codes) else by_year
    latest = np.empty(len(uniques), dtype=np.intp)
    latest[codes[by_year[last]]] = by_year[last]
    picked = latest[order].tolist()
    at_year = np.full(len(uniques), -1, dtype=np.intp)
    in_year = np.flatnonzero(years == year)
    at_year[codes[in_year]] = in_year
    found = at_year[order]
    table = pd.DataFrame({"municipality": names})
    for name in ("indicator", "unit", "direction"):
        values = series[name].tolist()
        table[name] = [values[position] for position in picked]
    table["year"] = year
    for name in ("outcome", "target"):
        values = np.append(series[name].to_numpy(dtype="float64", na_value=np.nan), np.nan)
        table[name] = values[found]  # -1: the NaN appended, no row that year
    declared = [d for d in table["direction"] if d in DIRECTIONS]
    direction = declared[0] if declared else ""
    rank, quartile = _ranks(table["outcome"].to_numpy(), direction)
    table["rank"] = pd.array(rank, dtype="Int64")
    table["quartile"] = pd.array(quartile, dtype="Int64")
    return table[MUNICIPALITY_COLUMNS]
