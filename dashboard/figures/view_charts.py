"""The charts of each view, built from a normalized selection: one place for the page, the embeds
and the image exports, so they always show the same thing. Each is a Chart: the figure with its
summary sentence and its values as rows."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from dashboard.analysis import references
from dashboard.analysis.comparisons import MIN_FOR_QUARTILES
from dashboard.analysis.gender_split import SPLIT, area_gender_split
from dashboard.analysis.progress import ProgressMeasure, ProgressRules, measure_progress
from dashboard.analysis.references import Reference
from dashboard.analysis.report import (
    area_comparison_table,
    indicator_series,
    municipality_comparison_table,
    selected_rows,
)
from dashboard.domain.schema import DECREASE, WHOLE_MUNICIPALITY
from dashboard.domain.values import is_missing
from dashboard.figures.chart_text import Chart, comparison_summary, gap_summary, indicator_summary
from dashboard.figures.comparison_charts import QUARTILE_COLOURS, bars_chart, colour_for, lines_chart
from dashboard.figures.gender_charts import gender_bars_chart, gender_summary
from dashboard.figures.indicator_charts import gap_chart, indicator_chart
from dashboard.figures.peer_marks import peer_sentence
from dashboard.figures.style import first_present, source_lines
from dashboard.i18n import area_label, place_title, text
from dashboard.i18n.formatting import format_value


@dataclass(frozen=True)
class IndicatorDetail:
    name: str
    direction: str
    unit: str | None
    row: pd.Series | None  # the indicator's scorecard row, when it has one
    progress: ProgressMeasure
    chart: Chart


@dataclass(frozen=True)
class Comparison:
    table: pd.DataFrame  # every compared row (all indicators, in the area view)
    chosen: pd.DataFrame  # the compared indicator's rows
    bars: Chart | None  # the year's bars; None when not asked for (`draw`)
    lines: Chart | None  # over the years; None when not asked for


# The charts a comparison draws: the page's two parts ask for one each, an export or a test for both
BOTH = ("bars", "lines")


def scorecard_chart(table: pd.DataFrame, selection) -> Chart:
    """The gap of every indicator in the scorecard, in one chart."""
    lang = selection.lang
    chart = gap_chart(
        table,
        text("chart.gap_title", lang, place=place_title(selection, lang)),
        large=selection.meeting,
        lang=lang,
        narrow=selection.narrow,
    )
    return chart.described(gap_summary(table, selection.year, lang))


def indicator_detail(dataset, selection, table: pd.DataFrame, settings) -> IndicatorDetail | None:
    """The chosen indicator over the years, with its gap, progress and (for a district) the whole
    municipality beside it."""
    series = indicator_series(dataset, selection)
    if series.empty:
        return None
    match = table[table["indicator_key"] == selection.indicator]
    row = match.iloc[0] if not match.empty else None
    name, direction, unit = series["indicator"].iloc[-1], series["direction"].iloc[-1], first_present(series["unit"])
    outcomes = series[series["outcome"].notna()]
    targets = series[series["target"].notna()]
    progress = measure_progress(
        zip(outcomes["year"], outcomes["outcome"]),
        zip(targets["year"], targets["target"]),
        direction,
        selection.year,
        ProgressRules.of(settings),
    )
    reference = None
    if selection.area != WHOLE_MUNICIPALITY:
        reference = indicator_series(dataset, selection, WHOLE_MUNICIPALITY)
    lang = selection.lang
    better = text("chart.lower_better" if direction == DECREASE else "chart.higher_better", lang)
    gap_row = row if row is not None and not is_missing(row["gap"]) else None
    chart = indicator_chart(
        series,
        name,
        f"{place_title(selection, lang)} · {better}",
        gap_row,
        reference,
        area_label(WHOLE_MUNICIPALITY, lang),
        large=selection.meeting,
        lang=lang,
        narrow=selection.narrow,
        peers=_peer_series(dataset, selection),
        gender=selection.gender,
        other_genders=_other_genders(dataset, selection),
    )
    summary = _with_peers(indicator_summary(row, lang), _peer_year(dataset, selection), unit, lang)
    return IndicatorDetail(name, direction, unit, row, progress, chart.described(summary))


def _other_genders(dataset, selection) -> list[tuple[str, pd.DataFrame]]:
    """The indicator's outcomes for the genders not chosen (total, women, men), where it has any."""
    others = [gender for gender in dataset.genders if gender != selection.gender]
    return [(gender, indicator_series(dataset.of_gender(gender), selection)) for gender in others]


def area_comparison_charts(dataset, selection, draw=BOTH) -> Comparison:
    """Districts beside the whole municipality for the year (bars, reference line) and over time."""
    lang = selection.lang
    table = area_comparison_table(dataset, selection)
    rows = selected_rows(dataset, selection, all_areas=True)
    series = rows[rows["indicator_key"] == selection.indicator]
    chosen = table[table["indicator_key"] == selection.indicator]
    name, unit = series["indicator"].iloc[-1], first_present(series["unit"])
    year_reference = _peer_year(dataset, selection)
    reference = series[(series["area"] == WHOLE_MUNICIPALITY) & (series["year"] == selection.year)]["outcome"]
    names = list(chosen["area"])
    whole = area_label(WHOLE_MUNICIPALITY, lang)
    colours = colour_for(names + [WHOLE_MUNICIPALITY], WHOLE_MUNICIPALITY)
    by_area = {area: series[series["area"] == area].sort_values("year") for area in names + [WHOLE_MUNICIPALITY]}
    drawn = series[series["area"].isin(by_area)]
    bars = lines = None
    if "bars" in draw:
        bars = bars_chart(
            names,
            list(chosen["outcome"]),
            text("chart.compare_title", lang, name=name, place=selection.municipality, year=selection.year),
            unit,
            source_lines(drawn[drawn["year"] == selection.year], lang),
            [colours[n] for n in names],
            reference=(whole, reference.iloc[0] if not reference.empty else None),
            **_shown_as(selection),
            peers=year_reference,
        )
    if "lines" in draw:
        shown = {area_label(area, lang): frame for area, frame in by_area.items()}
        lines = lines_chart(
            shown,
            text("chart.over_time", lang, name=name, place=selection.municipality),
            unit,
            source_lines(drawn, lang),
            {area_label(area, lang): colour for area, colour in colours.items()},
            emphasise=whole,
            targets=shown,
            **_shown_as(selection),
            peers=_peer_series(dataset, selection),
        )
    summary = comparison_summary(text("compare.areas_caption", lang, year=selection.year), chosen, "area", lang)
    summary = _with_peers(summary, year_reference, unit, lang)
    return _described(Comparison(table, chosen, bars, lines), summary)


def area_gender_chart(dataset, selection) -> Chart | None:
    """The compared districts and the whole municipality, women beside men for the year; None when
    no area has both (nothing is read when the data holds no women's and men's figures)."""
    if not set(SPLIT) <= set(dataset.genders):
        return None
    table = area_comparison_table(dataset, selection, only_indicator=True)
    areas = [*table.loc[table["indicator_key"] == selection.indicator, "area"], WHOLE_MUNICIPALITY]
    split = area_gender_split(dataset, selection, areas)
    if split.empty:
        return None
    lang = selection.lang
    name = split["indicator"].iloc[0]
    title = text("chart.gender_title", lang, name=name, place=selection.municipality, year=selection.year)
    chart = gender_bars_chart(split, title, lang, large=selection.meeting, narrow=selection.narrow)
    return chart.described(gender_summary(split, lang))


def municipality_comparison_charts(dataset, selection, draw=BOTH) -> Comparison:
    """Municipalities side by side for the year (ranked, quartile colours from four) and over time."""
    lang = selection.lang
    series, table = municipality_comparison_table(dataset, selection)
    ranked = table.sort_values("rank", na_position="last")
    name, unit = series["indicator"].iloc[-1], first_present(series["unit"])
    year_reference = _peer_year(dataset, selection)
    names = list(ranked["municipality"])
    colours = colour_for(list(table["municipality"]))
    use_quartiles = ranked["outcome"].notna().sum() >= MIN_FOR_QUARTILES
    bar_colours = [
        QUARTILE_COLOURS[int(q)] if use_quartiles and not is_missing(q) else colours[n]
        for n, q in zip(names, ranked["quartile"])
    ]
    labels = [
        f"{format_value(value, unit, lang)} · {text('chart.rank', lang, rank=int(rank))}"
        if not is_missing(rank)
        else ""
        for value, rank in zip(ranked["outcome"], ranked["rank"])
    ]
    by_name = {n: series[series["municipality"] == n].sort_values("year") for n in table["municipality"]}
    drawn = series[series["municipality"].isin(names)]
    bars = lines = None
    if "bars" in draw:
        bars = bars_chart(
            names,
            list(ranked["outcome"]),
            text("chart.compare_title", lang, name=name, place=text("chart.municipalities", lang), year=selection.year),
            unit,
            source_lines(drawn[drawn["year"] == selection.year], lang),
            bar_colours,
            labels=labels,
            **_shown_as(selection),
            peers=year_reference,
        )
    if "lines" in draw:
        emphasise = selection.municipality if selection.municipality in by_name else None
        lines = lines_chart(
            by_name,
            text("chart.over_time", lang, name=name, place=text("chart.municipalities", lang)),
            unit,
            source_lines(drawn, lang),
            colours,
            emphasise=emphasise,
            targets=by_name,
            **_shown_as(selection),
            peers=_peer_series(dataset, selection),
        )
    summary = comparison_summary(
        text("compare.municipalities_caption", lang, year=selection.year), table, "municipality", lang
    )
    summary = _with_peers(summary, year_reference, unit, lang)
    return _described(Comparison(table, table, bars, lines), summary)


def _shown_as(selection) -> dict:
    """How a comparison's charts are drawn for the screen asked for: meeting type, language, phone."""
    return {"large": selection.meeting, "lang": selection.lang, "narrow": selection.narrow}


def _peer_series(dataset, selection) -> list[Reference]:
    """The chosen reference (`peers`) of the chosen indicator, every year; none when not chosen."""
    if not selection.peers or not selection.indicator:
        return []
    return references.reference_series(dataset, selection.indicator, selection.peers, selection.as_of_date)


def _peer_year(dataset, selection) -> Reference | None:
    """The chosen reference of the chosen indicator in the selection's year."""
    if not selection.peers or not selection.indicator or selection.year is None:
        return None
    return references.reference(dataset, selection.indicator, selection.year, selection.peers, selection.as_of_date)


def _with_peers(summary: str, year_reference: Reference | None, unit: str | None, lang: str) -> str:
    """The summary, and the chosen reference of the year in words (or why none is drawn)."""
    sentence = peer_sentence(year_reference, unit, lang)
    return f"{summary} {sentence}" if sentence else summary


def _described(compared: Comparison, summary: str) -> Comparison:
    """Both drawn charts carry the same summary sentence."""
    return replace(
        compared,
        bars=compared.bars.described(summary) if compared.bars else None,
        lines=compared.lines.described(summary) if compared.lines else None,
    )


def comparison(dataset, selection, draw=BOTH) -> Comparison:
    """The compared table and the charts of `draw` ("bars", "lines"): a page part draws one, so
    building the other would be work thrown away."""
    build = area_comparison_charts if selection.view == "areas" else municipality_comparison_charts
    return build(dataset, selection, draw)
