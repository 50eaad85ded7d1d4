"""What the comparison views show for a normalized selection (thin: the core computes)."""
from __future__ import annotations

from dataclasses import replace

from dashboard.compare import MIN_FOR_QUARTILES
from dashboard.compare_figures import QUARTILE_COLOURS, colour_for, lines_figure, side_by_side_figure
from dashboard.figures import empty_figure, source_caption
from dashboard.formatting import format_value, is_missing
from dashboard.report import area_comparison_table, municipality_comparison_table, selected_rows
from dashboard.schema import WHOLE_MUNICIPALITY
from layouts import ids
from layouts.compare import area_table, municipality_table


def compare_outputs(dataset, selection) -> dict:
    empty = {ids.COMPARE_BARS: empty_figure(""), ids.COMPARE_LINES: empty_figure(""), ids.COMPARE_TABLE: None,
             ids.COMPARE_EXPORT: ""}
    if selection.view is None:
        return empty
    export = f"/export/compare.csv{export_query(selection)}"
    if selection.indicator is None or selection.year is None:
        message = "Det finns inga uppgifter att jämföra i urvalet."
        return {**empty, ids.COMPARE_BARS: empty_figure(message), ids.COMPARE_EXPORT: export}
    build = _areas if selection.view == "areas" else _municipalities
    return {**build(dataset, selection), ids.COMPARE_EXPORT: export}


def export_query(selection) -> str:
    """The page's table as a file: in the area view every indicator of the selection is listed."""
    return (replace(selection, indicator=None) if selection.view == "areas" else selection).to_query()


def _areas(dataset, selection) -> dict:
    table = area_comparison_table(dataset, selection)
    rows = selected_rows(dataset, selection, all_areas=True)
    series = rows[rows["indicator_key"] == selection.indicator]
    chosen = table[table["indicator_key"] == selection.indicator]
    name, unit = series["indicator"].iloc[-1], _unit(series)
    reference = series[(series["area"] == WHOLE_MUNICIPALITY) & (series["year"] == selection.year)]["outcome"]
    names = list(chosen["area"])
    colours = colour_for(names + [WHOLE_MUNICIPALITY], WHOLE_MUNICIPALITY)
    by_area = {area: series[series["area"] == area].sort_values("year") for area in names + [WHOLE_MUNICIPALITY]}
    caption = source_caption(series[series["area"].isin(by_area)], [])
    bars = side_by_side_figure(
        names, list(chosen["outcome"]), f"{name} {selection.year}", unit, caption, [colours[n] for n in names],
        reference=(WHOLE_MUNICIPALITY, reference.iloc[0] if not reference.empty else None), large=selection.meeting)
    lines = lines_figure(by_area, f"{name} över tid", unit, caption, colours, emphasise=WHOLE_MUNICIPALITY,
                         targets=by_area, large=selection.meeting)
    return {ids.COMPARE_BARS: bars, ids.COMPARE_LINES: lines, ids.COMPARE_TABLE: area_table(table)}


def _municipalities(dataset, selection) -> dict:
    series, table = municipality_comparison_table(dataset, selection)
    ranked = table.sort_values("rank", na_position="last")
    name, unit = series["indicator"].iloc[-1], _unit(series)
    names = list(ranked["municipality"])
    colours = colour_for(list(table["municipality"]))
    use_quartiles = ranked["outcome"].notna().sum() >= MIN_FOR_QUARTILES
    bar_colours = [QUARTILE_COLOURS[int(q)] if use_quartiles and not is_missing(q) else colours[n]
                   for n, q in zip(names, ranked["quartile"])]
    labels = [f"{format_value(value, unit)} · rang {int(rank)}" if not is_missing(rank) else ""
              for value, rank in zip(ranked["outcome"], ranked["rank"])]
    by_name = {n: series[series["municipality"] == n].sort_values("year") for n in table["municipality"]}
    caption = source_caption(series, [])
    bars = side_by_side_figure(names, list(ranked["outcome"]), f"{name} {selection.year}", unit, caption,
                               bar_colours, labels=labels, large=selection.meeting)
    emphasise = selection.municipality if selection.municipality in by_name else None
    lines = lines_figure(by_name, f"{name} över tid", unit, caption, colours, emphasise=emphasise,
                         targets=by_name, large=selection.meeting)
    return {ids.COMPARE_BARS: bars, ids.COMPARE_LINES: lines, ids.COMPARE_TABLE: municipality_table(table)}


def _unit(series):
    unit = series["unit"].dropna()
    return unit.iloc[-1] if not unit.empty else None
