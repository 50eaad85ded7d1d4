"""Narrowing for the comparison views: which areas, municipalities, indicator and year exist."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import pandas as pd

from dashboard.domain.messages import Message
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from dashboard.domain.values import swedish_sort_key

MAX_DEFAULT_MUNICIPALITIES = 8


def match_indicator(wanted: str | None, indicators: list[tuple[str, str]], notices: list[Message]) -> str | None:
    """An indicator is named in the URL by its indicator_id or its name; the key is kept."""
    if wanted is None:
        return None
    for key, name in indicators:
        if wanted in (key, name) or wanted.casefold() in (key.casefold(), name.casefold()):
            return key
    notices.append(Message.of("notice.indicator", wanted=wanted))
    return None


def narrow_areas_view(asked, selection, choices, resolved: pd.DataFrame, notices: list[Message]):
    """Districts of the chosen municipality against the whole municipality, for one indicator."""
    rows = resolved if selection.goal_area is None else resolved[resolved["goal_area"] == selection.goal_area]
    districts = rows[rows["area"] != WHOLE_MUNICIPALITY]
    area_names = sorted(set(districts["area"].unique()), key=swedish_sort_key)
    areas = _known(asked.areas, area_names, "notice.areas", notices)
    best = _most_comparable(rows, areas)
    indicator, indicators, counts = _pick_indicator(
        asked.indicator, districts, "area", notices, first=best[0] if best else None
    )
    series = rows[rows["indicator_key"] == indicator]
    years = sorted(int(y) for y in series.loc[series["outcome"].notna(), "year"].unique())
    if asked.year in years:
        year = asked.year
    elif best and indicator == best[0]:
        year = best[1]
    else:
        year = _latest_shared_year(series, areas)
    _note_year(asked.year, year, notices)
    normalized = replace(selection, view="areas", indicator=indicator, year=year, areas=areas)
    return (
        normalized,
        replace(
            choices,
            years=years,
            indicators=indicators,
            indicator_counts=counts,
            counted="areas",
            compare_areas=area_names,
        ),
        notices,
    )


def narrow_municipalities_view(asked, selection, choices, dataset, notices: list[Message], read=None):
    """One indicator across municipalities (matched by indicator_id, else by name). `read(as_of,
    indicator_key)` gives the indicator's rows in every municipality (municipality, year and outcome
    are all this reads): `dataset.indicator_everywhere` unless another is given."""
    known = _municipality_choices(dataset, selection.as_of_date)
    indicator, indicators, counts = _pick_indicator(asked.indicator, None, "municipality", notices, choices=known)
    read = read or dataset.indicator_everywhere
    series = read(selection.as_of_date, indicator) if indicator else dataset.resolved(None)
    names = sorted(set(series["municipality"].unique()), key=swedish_sort_key)
    municipalities = _known(asked.municipalities, names, "notice.municipalities", notices)
    if not municipalities:
        municipalities = tuple(names[:MAX_DEFAULT_MUNICIPALITIES])
    chosen = series[series["municipality"].isin(municipalities)]
    years = sorted(int(y) for y in chosen.loc[chosen["outcome"].notna(), "year"].unique())
    year = asked.year if asked.year in years else _year_most_have(chosen)
    _note_year(asked.year, year, notices)
    normalized = replace(
        selection, view="municipalities", indicator=indicator, year=year, municipalities=municipalities
    )
    return (
        normalized,
        replace(
            choices,
            years=years,
            indicators=indicators,
            indicator_counts=counts,
            counted="municipalities",
            compare_municipalities=names,
        ),
        notices,
    )


def _pick_indicator(
    wanted: str | None,
    rows: pd.DataFrame | None,
    spread: str,
    notices: list[Message],
    first: str | None = None,
    choices=None,
):
    """The asked indicator if it exists, else `first`, else the one found in most areas/municipalities.
    `choices` are `_choices` made already (kept per data and date)."""
    names, counts = _choices(rows, spread) if choices is None else (list(choices[0]), dict(choices[1]))
    indicator = match_indicator(wanted, names, notices)
    if indicator is None and names:
        indicator = first if first in counts else names[0][0]
    return indicator, names, counts


def _most_comparable(rows: pd.DataFrame, areas: tuple[str, ...] = ()) -> tuple[str, int] | None:
    """The indicator and year with the most districts (of `areas`, when chosen) that have an outcome
    together with the whole municipality (the latest such year on a tie, then the name): what a
    comparison opens on. Where none shares a year with the whole municipality, the most districts alone."""
    outcomes = rows[rows["outcome"].notna() & rows["year"].notna()]
    whole = outcomes[outcomes["area"] == WHOLE_MUNICIPALITY][["indicator_key", "year"]].drop_duplicates()
    alone = outcomes[outcomes["area"] != WHOLE_MUNICIPALITY]
    if areas:
        alone = alone[alone["area"].isin(areas)]
    districts = alone.merge(whole, on=["indicator_key", "year"])
    if districts.empty:
        districts = alone
    if districts.empty:
        return None
    counts = districts.groupby(["indicator_key", "year"])["area"].nunique().reset_index(name="areas")
    names = rows.drop_duplicates("indicator_key", keep="last").set_index("indicator_key")["indicator"]
    best = min(
        zip(counts["indicator_key"], counts["year"], counts["areas"]),
        key=lambda found: (-found[2], -int(found[1]), swedish_sort_key(names.get(found[0], found[0]))),
    )
    return str(best[0]), int(best[1])


def _known(asked: tuple[str, ...], existing: list[str], key: str, notices: list[Message]) -> tuple[str, ...]:
    """The asked names that exist; the others are named in a notice."""
    found = set(existing)
    unknown = [name for name in asked if name not in found]
    if unknown:
        notices.append(Message.of(key, names=", ".join(unknown), count=len(unknown)))
    return tuple(name for name in asked if name in found)


def _note_year(asked: int | None, shown: int | None, notices: list[Message]) -> None:
    if asked is not None and shown is not None and asked != shown:
        notices.append(Message.of("notice.compare_year", asked=asked, shown=shown))


@lru_cache(maxsize=2)
def _municipality_choices(dataset, as_of) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """`_choices` of the municipality comparison: the same for every request on the same data and
    date, and a group-by over every municipality's indicators, so kept."""
    spread = dataset.indicator_spread(as_of)
    # only what can be compared: indicators that at least two municipalities have
    return _choices(spread[spread.groupby("indicator_key")["municipality"].transform("nunique") >= 2], "municipality")


def _choices(rows: pd.DataFrame, spread: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(key, name) pairs, indicators found in the most areas/municipalities first, and in how many
    each is found."""
    if rows.empty:
        return [], {}
    counts = rows.groupby("indicator_key")[spread].nunique()
    names = (
        rows.sort_values("year").drop_duplicates("indicator_key", keep="last").set_index("indicator_key")["indicator"]
    )
    ordered = sorted(counts.index, key=lambda key: (-counts[key], swedish_sort_key(names[key])))
    return [(str(key), str(names[key])) for key in ordered], {str(key): int(counts[key]) for key in ordered}


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
