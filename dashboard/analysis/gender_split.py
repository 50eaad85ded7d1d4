"""Women's and men's outcomes side by side: the district comparison split by gender.

The figures are each gender's own outcomes for the year (dashboard/data/relations.py keeps them
apart), never derived from the total; an area without them is left out rather than shown empty.
"""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.report import selected_rows
from dashboard.analysis.selection import Selection
from dashboard.data.dataset import Dataset
from dashboard.domain.schema import MEN, TOTAL, WOMEN

SPLIT = (WOMEN, MEN)


def gender_coverage(dataset: Dataset, selection: Selection) -> tuple[int, int] | None:
    """For women's or men's figures: how many of the selection's indicators have them, of how many
    the total has (the others are left out of that view, never shown with the total's figures)."""
    if selection.gender == TOTAL or selection.municipality is None:
        return None
    keys = {}
    for gender in (selection.gender, TOTAL):
        rows = selected_rows(dataset.of_gender(gender), selection)
        keys[gender] = set(rows.loc[rows["outcome"].notna(), "indicator_key"])
    return len(keys[selection.gender]), len(keys[selection.gender] | keys[TOTAL])


def area_gender_split(dataset: Dataset, selection: Selection, areas: list[str]) -> pd.DataFrame:
    """The resolved rows (with `gender`) of each area of `areas` that has an outcome for both women
    and men in the selection's year, areas in the order given, women first. Empty when the data
    holds no split for the indicator."""
    if not set(SPLIT) <= set(dataset.genders) or selection.indicator is None or selection.year is None:
        return pd.DataFrame(columns=["area", "gender", "outcome"])
    found = []
    for gender in SPLIT:
        rows = dataset.of_gender(gender).resolved(selection.municipality, selection.as_of_date)
        wanted = (
            (rows["indicator_key"] == selection.indicator)
            & (rows["year"] == selection.year)
            & rows["area"].isin(areas)
            & rows["outcome"].notna()
        )
        found.append(rows[wanted].assign(gender=gender))
    split = pd.concat(found, ignore_index=True)
    both = [area for area in areas if set(split.loc[split["area"] == area, "gender"]) == set(SPLIT)]
    place = {area: i for i, area in enumerate(both)}
    split = split[split["area"].isin(both)]
    order = split["area"].map(place) * len(SPLIT) + split["gender"].map({g: i for i, g in enumerate(SPLIT)})
    return split.iloc[order.argsort(kind="stable")].reset_index(drop=True)
