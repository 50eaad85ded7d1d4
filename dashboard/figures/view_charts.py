"""The charts of each view, built from a normalized selection: one place for the page, the embeds
and the image exports, so they always show the same thing."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.analysis.comparisons import MIN_FOR_QUARTILES
from dashboard.figures.comparison_charts import QUARTILE_COLOURS, colour_for, lines_figure, side_by_side_figure
from dashboard.figures.style import gap_bar_figure, indicator_line_figure, source_caption
from dashboard.i18n.formatting import format_value
from dashboard.domain.values import is_missing
from dashboard.i18n import area_label, text
from dashboard.analysis.progress import ProgressMeasure, measure_progress
from dashboard.analysis.report import area_comparison_table, indicator_series, municipality_comparison_table, selected_rows
from dashboard.domain.schema import DECREASE, WHOLE_MUNICIPALITY


@dataclass(frozen=True)
class IndicatorDetail:
    name: str
    direction: str
    unit: str | None
    row: pd.Series | None  # the indicator's scorecard row, when it has one
    progress: ProgressMeasure
    figure: go.Figure


@dataclass(frozen=True)
class Comparison:
    table: pd.DataFrame
    bars: go.Figure
    lines: go.Figure


def gap_chart(table: pd.DataFrame, selection) -> go.Figure:
    return gap_bar_figure(table, text("chart.gap_title", selection.lang, year=selection.year,
                                      area=area_label(selection.area, selection.lang)),
                          large=selection.meeting, lang=selection.lang)


def indicator_detail(dataset, selection, table: pd.DataFrame, settings) -> IndicatorDetail | None:
    """The chosen indicator over the years, with its gap, progress and (for a district) the whole
    municipality beside it."""
    series = indicator_series(dataset, selection)
    if series.empty:
        return None
    match = table[table["indicator_key"] == selection.indicator]
    row = match.iloc[0] if not match.empty else None
    name, direction, unit = series["indicator"].iloc[-1], series["direction"].iloc[-1], _unit(series)
    outcomes = series[series["outcome"].notna()]
    targets = series[series["target"].notna()]
    progress = measure_progress(zip(outcomes["year"], outcomes["outcome"]), zip(targets["year"], targets["target"]),
                                direction, selection.year, settings.progress_base_year)
    reference = None
    if selection.area != WHOLE_MUNICIPALITY:
        reference = indicator_series(dataset, selection, WHOLE_MUNICIPALITY)
    better = text("chart.lower_better" if direction == DECREASE else "chart.higher_better", selection.lang)
    gap_row = row if row is not None and not is_missing(row["gap"]) else None
    figure = indicator_line_figure(series, name, f"{selection.municipality}, {selection.area} · {better}",
                                   gap_row, reference, WHOLE_MUNICIPALITY, large=selection.meeting, lang=selection.lang)
    return IndicatorDetail(name, direction, unit, row, progress, figure)


def area_comparison_charts(dataset, selection) -> Comparison:
    """Districts beside the whole municipality for the year (bars, reference line) and over time."""
    table = area_comparison_table(dataset, selection)
    rows = selected_rows(dataset, selection, all_areas=True)
    series = rows[rows["indicator_key"] == selection.indicator]
    chosen = table[table["indicator_key"] == selection.indicator]
    name, unit = series["indicator"].iloc[-1], _unit(series)
    reference = series[(series["area"] == WHOLE_MUNICIPALITY) & (series["year"] == selection.year)]["outcome"]
    names = list(chosen["area"])
    colours = colour_for(names + [WHOLE_MUNICIPALITY], WHOLE_MUNICIPALITY)
    by_area = {area: series[series["area"] == area].sort_values("year") for area in names + [WHOLE_MUNICIPALITY]}
    caption = source_caption(series[series["area"].isin(by_area)], [], selection.lang)
    bars = side_by_side_figure(
        names, list(chosen["outcome"]), f"{name} {selection.year}", unit, caption, [colours[n] for n in names],
        reference=(WHOLE_MUNICIPALITY, reference.iloc[0] if not reference.empty else None), large=selection.meeting,
        lang=selection.lang)
    lines = lines_figure(by_area, text("chart.over_time", selection.lang, name=name), unit, caption, colours,
                         emphasise=WHOLE_MUNICIPALITY, targets=by_area, large=selection.meeting, lang=selection.lang)
    return Comparison(table, bars, lines)


def municipality_comparison_charts(dataset, selection) -> Comparison:
    """Municipalities side by side for the year (ranked, quartile colours from four) and over time."""
    series, table = municipality_comparison_table(dataset, selection)
    ranked = table.sort_values("rank", na_position="last")
    name, unit = series["indicator"].iloc[-1], _unit(series)
    names = list(ranked["municipality"])
    colours = colour_for(list(table["municipality"]))
    use_quartiles = ranked["outcome"].notna().sum() >= MIN_FOR_QUARTILES
    bar_colours = [QUARTILE_COLOURS[int(q)] if use_quartiles and not is_missing(q) else colours[n]
                   for n, q in zip(names, ranked["quartile"])]
    labels = [f"{format_value(value, unit, selection.lang)} · {text('chart.rank', selection.lang, rank=int(rank))}"
              if not is_missing(rank) else ""
              for value, rank in zip(ranked["outcome"], ranked["rank"])]
    by_name = {n: series[series["municipality"] == n].sort_values("year") for n in table["municipality"]}
    caption = source_caption(series, [], selection.lang)
    bars = side_by_side_figure(names, list(ranked["outcome"]), f"{name} {selection.year}", unit, caption,
                               bar_colours, labels=labels, large=selection.meeting, lang=selection.lang)
    emphasise = selection.municipality if selection.municipality in by_name else None
    lines = lines_figure(by_name, text("chart.over_time", selection.lang, name=name), unit, caption, colours,
                         emphasise=emphasise, targets=by_name, large=selection.meeting, lang=selection.lang)
    return Comparison(table, bars, lines)


def comparison(dataset, selection) -> Comparison:
    build = area_comparison_charts if selection.view == "areas" else municipality_comparison_charts
    return build(dataset, selection)


def _unit(series: pd.DataFrame) -> str | None:
    unit = series["unit"].dropna()
    return unit.iloc[-1] if not unit.empty else None
