"""The reference of other municipalities (all of them, or a group of similar ones) beside a chart's
outcomes: the middle half of their outcomes as a light band, their median as a dotted line, both
named with how many municipalities they cover. Made from analysis.references.Reference.

A median needs two municipalities and a band four (as a quartile in the comparisons), so a
reference of one municipality is never drawn as if it said where "the others" stand.
"""

from __future__ import annotations

from dashboard.analysis.comparisons import MIN_FOR_QUARTILES
from dashboard.analysis.references import Reference
from dashboard.figures.chart_text import TableRow, value_rows
from dashboard.figures.style import escape_text
from dashboard.i18n import term, text
from dashboard.i18n.formatting import format_number, format_value

PEER_COLOUR = "#6A3D9A"  # a dark purple, apart from the series, the targets and the whole municipality
BAND_FILL = "rgba(106, 61, 154, 0.14)"
MIN_FOR_MEDIAN = 2
MIN_FOR_BAND = MIN_FOR_QUARTILES  # quartiles mean something from four, as in the municipality comparison


def peer_name(reference: Reference, lang: str) -> str:
    return term(reference.name, lang)


def _counted(references: list[Reference], minimum: int) -> list[Reference]:
    """The references of at least `minimum` municipalities (with a median)."""
    return [ref for ref in references if ref.count >= minimum and ref.median is not None]


def _coverage(references: list[Reference], lang: str) -> str:
    """'3 kommuner', or '2–3 kommuner' when the years differ."""
    counts = [ref.count for ref in references]
    low, high = min(counts), max(counts)
    if low == high:
        return text("chart.peer_count", lang, count=high)
    most = text("chart.peer_count", lang, count=high)
    return text("chart.peer_count_range", lang, low=format_number(low, lang=lang), high=most)


def year_traces(references: list[Reference], unit: str | None, lang: str) -> tuple[list[dict], list[TableRow]]:
    """For a chart over the years: the band (where four or more count) and the median line, and
    the rows of the chart's data table. Empty when no year has a median to show."""
    medians = _counted(references, MIN_FOR_MEDIAN)
    if not medians:
        return [], []
    name = peer_name(medians[0], lang)
    coverage = _coverage(medians, lang)
    traces, rows = [], []
    banded = _counted(references, MIN_FOR_BAND)
    if banded:
        band_name = text("chart.peer_band", lang, name=name)
        xs, ys = _band_outline(banded)
        traces.append(
            dict(
                type="scatter",
                x=xs,
                y=ys,
                name=escape_text(band_name),
                mode="lines",
                fill="toself",
                fillcolor=BAND_FILL,
                # an outline in the fill's colour: a year alone (no neighbour to span to) still shows
                line=dict(width=8, color=BAND_FILL),
                hoverinfo="skip",
            )
        )
        rows += _rows("chart.peer_q1", name, banded, "q1", unit, lang)
        rows += _rows("chart.peer_q3", name, banded, "q3", unit, lang)
    median_name = text("chart.peer_median", lang, name=name, coverage=coverage)
    by_year = {ref.year: ref for ref in medians}
    years = list(range(min(by_year), max(by_year) + 1))
    traces.append(
        dict(
            type="scatter",
            x=years,
            y=[by_year[y].median if y in by_year else None for y in years],
            name=escape_text(median_name),
            mode="lines+markers",
            connectgaps=False,
            line=dict(color=PEER_COLOUR, dash="dot", width=2.5),
            marker=dict(size=8, symbol="square"),  # a year alone between gaps is this mark only
            customdata=[text("chart.peer_count", lang, count=by_year[y].count) if y in by_year else "" for y in years],
            hovertemplate=escape_text(text("chart.peer_median_short", lang, name=name))
            + " %{x}: %{y} (%{customdata})<extra></extra>",
        )
    )
    return traces, rows + _rows("chart.peer_median_short", name, medians, "median", unit, lang)


def _rows(key: str, name: str, references: list[Reference], value: str, unit: str | None, lang: str) -> list[TableRow]:
    """The data table's rows of one of the reference's values, a row per year."""
    return value_rows(
        text(key, lang, name=name), [r.year for r in references], [getattr(r, value) for r in references], unit, lang
    )


def _band_outline(references: list[Reference]) -> tuple[list, list]:
    """The band as closed shapes, one per run of consecutive years (None between runs)."""
    runs, run = [], []
    for ref in sorted(references, key=lambda r: r.year):
        if run and ref.year != run[-1].year + 1:
            runs.append(run)
            run = []
        run.append(ref)
    runs.append(run)
    xs, ys = [], []
    for run in runs:
        if xs:
            xs.append(None)
            ys.append(None)
        xs += [r.year for r in run] + [r.year for r in reversed(run)]
        ys += [r.q3 for r in run] + [r.q1 for r in reversed(run)]
    return xs, ys


def year_marks(
    reference: Reference | None, unit: str | None, lang: str
) -> tuple[list[dict], list[dict], list[TableRow]]:
    """For bars of one year: (shapes, legend traces, data rows): the band behind the bars and the
    median's dotted line, named in the legend with the value and the count."""
    if reference is None or not _counted([reference], MIN_FOR_MEDIAN):
        return [], [], []
    name = peer_name(reference, lang)
    coverage = text("chart.peer_count", lang, count=reference.count)
    shapes, traces, rows = [], [], []
    if reference.count >= MIN_FOR_BAND:
        shapes.append(
            across_plot("rect", reference.q1, reference.q3, fillcolor=BAND_FILL, line=dict(width=0), layer="below")
        )
        band = text(
            "chart.peer_band_values",
            lang,
            name=name,
            low=format_value(reference.q1, unit, lang),
            high=format_value(reference.q3, unit, lang),
        )
        traces.append(_legend_only(band, dict(symbol="square", size=14, color=BAND_FILL)))
        rows += _rows("chart.peer_q1", name, [reference], "q1", unit, lang)
        rows += _rows("chart.peer_q3", name, [reference], "q3", unit, lang)
    shapes.append(
        across_plot("line", reference.median, reference.median, line=dict(color=PEER_COLOUR, width=3, dash="dot"))
    )
    median = text(
        "chart.peer_median_value",
        lang,
        name=name,
        value=format_value(reference.median, unit, lang),
        coverage=coverage,
    )
    traces.insert(0, _legend_only(median, None, line=dict(color=PEER_COLOUR, width=3, dash="dot")))
    rows = _rows("chart.peer_median_short", name, [reference], "median", unit, lang) + rows
    return shapes, traces, rows


def across_plot(kind: str, x0: float, x1: float, **look) -> dict:
    """A shape from the plot's bottom to its top between two values of the x axis: a reference's
    line (x0 = x1) or band."""
    return dict(type=kind, x0=x0, x1=x1, xref="x", y0=0, y1=1, yref="y domain", **look)


def _legend_only(name: str, marker: dict | None, line: dict | None = None) -> dict:
    """A trace with no points: only its legend entry, for a mark drawn as a shape."""
    return dict(
        type="scatter",
        x=[None],
        y=[None],
        name=escape_text(name),
        mode="lines" if line else "markers",
        line=line or {},
        marker=marker or {},
        hoverinfo="skip",
        showlegend=True,
    )


def span(references: list[Reference]) -> list[float]:
    """Every value the reference draws: for the y axis' range and tick labels."""
    medians = _counted(references, MIN_FOR_MEDIAN)
    values = [r.median for r in medians]
    values += [v for r in _counted(references, MIN_FOR_BAND) for v in (r.q1, r.q3)]
    return values


def peer_sentence(reference: Reference | None, unit: str | None, lang: str) -> str:
    """The reference in words, for the chart's summary: its median (and middle half), or why none
    is drawn. Empty when no reference was chosen."""
    if reference is None:
        return ""
    name = peer_name(reference, lang)
    if not _counted([reference], MIN_FOR_MEDIAN):
        return text("summary.peer_too_few", lang, name=name, year=reference.year, count=reference.count)
    values = dict(
        name=name,
        year=reference.year,
        value=format_value(reference.median, unit, lang),
        coverage=text("chart.peer_count", lang, count=reference.count),
    )
    if reference.count < MIN_FOR_BAND:
        return text("summary.peer_median", lang, **values)
    low, high = format_value(reference.q1, unit, lang), format_value(reference.q3, unit, lang)
    return text("summary.peer_band", lang, low=low, high=high, **values)
