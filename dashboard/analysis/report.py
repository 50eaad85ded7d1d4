"""The tables behind a view: the scorecard and one indicator's series, for a normalized selection.

The page, its charts and the exports all read from here, so the export returns the numbers the
page shows.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from dashboard.analysis.comparisons import AREA_COLUMNS, MUNICIPALITY_COLUMNS, area_comparison, municipality_comparison
from dashboard.analysis.gaps import EXTRA_COLUMNS, GAP_COLUMNS, gap_table
from dashboard.analysis.progress import ProgressRules, progress_columns, yearly_series
from dashboard.analysis.references import PEER_COLUMNS, with_peer_columns
from dashboard.analysis.selection import Selection
from dashboard.data.dataset import Dataset
from dashboard.domain.schema import TOTAL, WHOLE_MUNICIPALITY
from dashboard.settings import Settings

# The foundation's columns, then progress toward the target (how it was measured, since when, and
# what is still needed per year) and the trend arrow (↑ → ↓) since the previous outcome's year.
EXPORT_COLUMNS = GAP_COLUMNS + [
    "progress",
    "progress_ratio",
    "progress_method",
    "progress_base_year",
    "needed_per_year",
    "trend",
    "trend_from_year",
    "target_source",  # the target's own source (a council decision, a budget), beside the outcome's `source`
    "gender",  # whose figures: T (total), K (women) or M (men), as the view chose
]


def selected_rows(
    dataset: Dataset, selection: Selection, area: str | None = None, all_areas: bool = False
) -> pd.DataFrame:
    """Resolved rows of the selection's municipality, area (or every area) and goal area (all if none)."""
    return dataset.rows_in(
        selection.municipality,
        None if all_areas else (area or selection.area),
        selection.goal_area,
        selection.as_of_date,
    )


def scorecard(dataset: Dataset, selection: Selection, settings: Settings) -> pd.DataFrame:
    """Gap, progress and trend per indicator; for a district, with the whole municipality's outcome.

    Kept for the last few selections (the page's parts, its exports and the dialog ask for the
    same table): callers must not change it."""
    if selection.municipality is None or selection.year is None:
        return pd.DataFrame(columns=list(dict.fromkeys(EXPORT_COLUMNS + EXTRA_COLUMNS)))
    return _scorecard(
        dataset,
        Selection(
            selection.municipality, selection.area, selection.goal_area, year=selection.year, as_of=selection.as_of
        ),
        settings,
    )


@lru_cache(maxsize=16)
def _scorecard(dataset: Dataset, selection: Selection, settings: Settings) -> pd.DataFrame:
    rows = selected_rows(dataset, selection)
    table = gap_table(rows, selection.year, settings.near_tolerance, settings.stale_years)
    progress = progress_columns(rows, list(table["indicator_key"]), selection.year, ProgressRules.of(settings))
    table = pd.concat([table, progress], axis=1)
    if selection.area != WHOLE_MUNICIPALITY:
        whole = gap_table(
            selected_rows(dataset, selection, WHOLE_MUNICIPALITY),
            selection.year,
            settings.near_tolerance,
            settings.stale_years,
        )
        reference = whole[["indicator_key", "outcome", "outcome_year"]].rename(
            columns={"outcome": "municipality_outcome", "outcome_year": "municipality_outcome_year"}
        )
        table = table.merge(reference, on="indicator_key", how="left")
    return table


def indicator_series(dataset: Dataset, selection: Selection, area: str | None = None) -> pd.DataFrame:
    """Every year of the chosen indicator in an area, oldest first."""
    if selection.indicator is None:
        return selected_rows(dataset, selection).iloc[0:0]
    resolved = dataset.resolved(selection.municipality, selection.as_of_date)
    rows = resolved[(resolved["area"] == (area or selection.area)) & (resolved["indicator_key"] == selection.indicator)]
    return rows.sort_values("year")


def table_rows(table: pd.DataFrame) -> list[dict]:
    """The table's rows as dicts (missing values stay NA/NaN), built column by column: pandas'
    own row iterators cost about 50 µs a row, and a national view shows hundreds of rows."""
    columns = list(table.columns)
    return [dict(zip(columns, values)) for values in zip(*(table[name].tolist() for name in columns))]


def export_table(table: pd.DataFrame, gender: str = TOTAL) -> pd.DataFrame:
    """The scorecard with exactly the export columns, in their contract order."""
    return table.assign(gender=gender)[EXPORT_COLUMNS]


def series_by_indicator(rows: pd.DataFrame, year: int) -> dict[str, tuple[list, tuple | None]]:
    """Per indicator key: its outcomes up to `year` as (year, value) pairs, and its target for `year`."""
    if year is None:
        return {}
    found = {}
    for key, (outcomes, targets, _) in yearly_series(rows[rows["year"] <= year]).items():
        target = dict(targets).get(year)
        found[key] = (outcomes, (year, target) if target is not None else None)
    return found


def area_comparison_table(dataset: Dataset, selection: Selection, only_indicator: bool = False) -> pd.DataFrame:
    """Districts against the whole municipality for the selection's year: every indicator with
    district data in the selection, or only the chosen one."""
    rows = selected_rows(dataset, selection, area=None, all_areas=True)
    keys = list(rows.loc[rows["area"] != WHOLE_MUNICIPALITY, "indicator_key"].unique())
    if only_indicator:
        keys = [key for key in keys if key == selection.indicator]
    return area_comparison(rows, selection.year, list(selection.areas), keys)


def municipality_comparison_table(dataset: Dataset, selection: Selection) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The compared indicator's rows in the chosen municipalities, and their ranked table for the year."""
    if selection.indicator is None:  # indicator_everywhere(…, None) would decode every indicator
        everywhere = dataset.resolved(None)
    else:
        everywhere = dataset.indicator_everywhere(selection.as_of_date, selection.indicator)
    series = everywhere[everywhere["municipality"].isin(selection.municipalities)]
    return series, municipality_comparison(series, selection.year)


def comparison_export(dataset: Dataset, selection: Selection, only_indicator: bool) -> pd.DataFrame:
    """The compared numbers of a normalized comparison view (/export/compare.csv): districts against
    the whole municipality, or municipalities side by side; with `peers`, the reference of every
    row's indicator and year beside it (peer_group, peer_median, peer_q1, peer_q3, peer_n)."""
    areas = selection.view == "areas"
    columns = (AREA_COLUMNS if areas else MUNICIPALITY_COLUMNS) + (PEER_COLUMNS if selection.peers else []) + ["gender"]
    if selection.indicator is None or selection.year is None:
        return pd.DataFrame(columns=columns)
    if areas:
        table = area_comparison_table(dataset, selection, only_indicator=only_indicator).assign(gender=selection.gender)
        return with_peer_columns(table, dataset, selection.peers, selection.as_of_date)[columns]
    # the indicator's rows read once, without the columns the export does not show: the comparison
    # and its reference are both computed from them
    everywhere = dataset.indicator_compared(selection.as_of_date, selection.indicator)
    series = everywhere[everywhere["municipality"].isin(selection.municipalities)]
    table = municipality_comparison(series, selection.year).assign(
        indicator_key=selection.indicator, gender=selection.gender
    )
    return with_peer_columns(table, dataset, selection.peers, selection.as_of_date, everywhere)[columns]
