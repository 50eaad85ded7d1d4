"""Narrowing for the comparison views: which areas, municipalities, indicator and year exist."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from dashboard.i18n.formatting import swedish_sort_key
from dashboard.domain.schema import WHOLE_MUNICIPALITY

MAX_DEFAULT_MUNICIPALITIES = 8


def match_indicator(wanted: str | None, indicators: list[tuple[str, str]], notices: list[str]) -> str | None:
    """An indicator is named in the URL by its indicator_id or its name; the key is kept."""
    if wanted is None:
        return None
    for key, name in indicators:
        if wanted in (key, name) or wanted.casefold() in (key.casefold(), name.casefold()):
            return key
    notices.append(f"Indikatorn ”{wanted}” finns inte i urvalet.")
    return None


def narrow_areas_view(asked, selection, choices, resolved: pd.DataFrame, notices: list[str]):
    """Districts of the chosen municipality against the whole municipality, for one indicator."""
    rows = resolved if selection.goal_area is None else resolved[resolved["goal_area"] == selection.goal_area]
    districts = rows[rows["area"] != WHOLE_MUNICIPALITY]
    indicator, indicators = _pick_indicator(asked.indicator, districts, "area", notices)
    series = rows[rows["indicator_key"] == indicator]
    area_names = sorted(set(districts["area"].unique()), key=swedish_sort_key)
    areas = _known(asked.areas, area_names, "Inga uppgifter för område {} i urvalet.", notices)
    years = sorted(int(y) for y in series.loc[series["outcome"].notna(), "year"].unique())
    year = asked.year if asked.year in years else _latest_shared_year(series, areas)
    _note_year(asked.year, year, notices)
    normalized = replace(selection, view="areas", indicator=indicator, year=year, areas=areas)
    return normalized, replace(choices, years=years, indicators=indicators, compare_areas=area_names), notices


def narrow_municipalities_view(asked, selection, choices, dataset, notices: list[str]):
    """One indicator across municipalities (matched by indicator_id, else by name)."""
    spread = dataset.indicator_spread(selection.as_of_date)
    indicator, indicators = _pick_indicator(asked.indicator, spread, "municipality", notices)
    series = dataset.indicator_everywhere(selection.as_of_date, indicator) if indicator else dataset.resolved(None)
    names = sorted(set(series["municipality"].unique()), key=swedish_sort_key)
    municipalities = _known(asked.municipalities, names, "Inga uppgifter för {} om indikatorn.", notices)
    if not municipalities:
        municipalities = tuple(names[:MAX_DEFAULT_MUNICIPALITIES])
    chosen = series[series["municipality"].isin(municipalities)]
    years = sorted(int(y) for y in chosen.loc[chosen["outcome"].notna(), "year"].unique())
    year = asked.year if asked.year in years else _year_most_have(chosen)
    _note_year(asked.year, year, notices)
    normalized = replace(selection, view="municipalities", indicator=indicator, year=year,
                         municipalities=municipalities)
    return normalized, replace(choices, years=years, indicators=indicators, compare_municipalities=names), notices


def _pick_indicator(wanted: str | None, rows: pd.DataFrame, spread: str, notices: list[str]):
    """The asked indicator if it exists, else the one found in most areas/municipalities."""
    names, labels = _choices(rows, spread)
    indicator = match_indicator(wanted, names, notices)
    if indicator is None and names:
        indicator = names[0][0]
    return indicator, labels


def _known(asked: tuple[str, ...], existing: list[str], message: str, notices: list[str]) -> tuple[str, ...]:
    """The asked names that exist; the others are named in a notice."""
    unknown = [name for name in asked if name not in existing]
    if unknown:
        notices.append(message.format(", ".join(unknown)))
    return tuple(name for name in asked if name in existing)


def _note_year(asked: int | None, shown: int | None, notices: list[str]) -> None:
    if asked is not None and shown is not None and asked != shown:
        notices.append(f"Indikatorn har inga utfall {asked} att jämföra; visar {shown}.")


def _choices(rows: pd.DataFrame, spread: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(key, name) pairs to match a URL against, and (key, label) pairs to show, in the same
    order: indicators found in the most areas/municipalities first."""
    if rows.empty:
        return [], []
    counts = rows.groupby("indicator_key")[spread].nunique()
    names = rows.sort_values("year").drop_duplicates("indicator_key", keep="last").set_index("indicator_key")["indicator"]
    nouns = ("område", "områden") if spread == "area" else ("kommun", "kommuner")
    ordered = sorted(counts.index, key=lambda key: (-counts[key], swedish_sort_key(names[key])))
    return ([(str(key), str(names[key])) for key in ordered],
            [(str(key), f"{names[key]} ({counts[key]} {nouns[int(counts[key] != 1)]})") for key in ordered])


def _latest_shared_year(series: pd.DataFrame, areas: tuple[str, ...]) -> int | None:
    """Latest year where a compared district and the whole municipality both have an outcome,
    else the latest year a compared district has one."""
    outcomes = series[series["outcome"].notna()]
    districts = outcomes[outcomes["area"] != WHOLE_MUNICIPALITY]
    if areas:
        districts = districts[districts["area"].isin(areas)]
    whole_years = set(outcomes.loc[outcomes["area"] == WHOLE_MUNICIPALITY, "year"])
    shared = [int(y) for y in districts["year"] if y in whole_years]
    if shared:
        return max(shared)
    return int(districts["year"].max()) if not districts.empty else None


def _year_most_have(series: pd.DataFrame) -> int | None:
    """The latest of the years in which the most chosen municipalities have an outcome."""
    outcomes = series[series["outcome"].notna()]
    if outcomes.empty:
        return None
    counts = outcomes.groupby("year")["municipality"].nunique()
    return int(counts[counts == counts.max()].index.max())
