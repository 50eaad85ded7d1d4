"""The tables behind a view: the scorecard and one indicator's series, for a normalized selection.

The page, its charts and the exports all read from here, so the export returns the numbers the
page shows.
"""
from __future__ import annotations

import pandas as pd

from dashboard.dataset import Dataset
from dashboard.gaps import EXTRA_COLUMNS, GAP_COLUMNS, gap_table
from dashboard.schema import WHOLE_MUNICIPALITY
from dashboard.selection import Selection


def selected_rows(dataset: Dataset, selection: Selection, area: str | None = None) -> pd.DataFrame:
    """Resolved rows of the selection's municipality, area and goal area (all goal areas if none)."""
    resolved = dataset.resolved(selection.municipality, selection.as_of_date)
    rows = resolved[resolved["area"] == (area or selection.area)]
    if selection.goal_area is not None:
        rows = rows[rows["goal_area"] == selection.goal_area]
    return rows


def scorecard(dataset: Dataset, selection: Selection, tolerance: float) -> pd.DataFrame:
    """The gap table of a normalized selection; for a district, with the whole municipality's outcome."""
    if selection.municipality is None or selection.year is None:
        return pd.DataFrame(columns=GAP_COLUMNS + EXTRA_COLUMNS)
    table = gap_table(selected_rows(dataset, selection), selection.year, tolerance)
    if selection.area != WHOLE_MUNICIPALITY:
        whole = gap_table(selected_rows(dataset, selection, WHOLE_MUNICIPALITY), selection.year, tolerance)
        reference = whole[["indicator_key", "outcome", "outcome_year"]].rename(
            columns={"outcome": "municipality_outcome", "outcome_year": "municipality_outcome_year"})
        table = table.merge(reference, on="indicator_key", how="left")
    return table


def indicator_series(dataset: Dataset, selection: Selection, area: str | None = None) -> pd.DataFrame:
    """Every year of the chosen indicator in an area, oldest first."""
    if selection.indicator is None:
        return selected_rows(dataset, selection).iloc[0:0]
    resolved = dataset.resolved(selection.municipality, selection.as_of_date)
    rows = resolved[(resolved["area"] == (area or selection.area))
                    & (resolved["indicator_key"] == selection.indicator)]
    return rows.sort_values("year")


def export_table(table: pd.DataFrame) -> pd.DataFrame:
    """The scorecard with exactly the export columns, in their contract order."""
    return table[GAP_COLUMNS]
