"""Charts for the comparisons: side by side for a year, and one line per area or municipality.

Missing data stays missing: a year without an outcome breaks the line, and an area or
municipality without an outcome for the year is named as missing, never drawn as zero.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.analysis.references import Reference
from dashboard.domain.values import is_missing
from dashboard.figures import peer_marks
from dashboard.figures.chart_text import Chart, value_rows
from dashboard.figures.palette import REFERENCE_COLOUR, SERIES_COLOURS
from dashboard.figures.style import (
    TICK_CHAR_PX,
    VALUE_TICKS,
    empty_figure,
    escape_text,
    styled_figure,
    value_labels,
    year_axis,
)
from dashboard.i18n import text
from dashboard.i18n.formatting import format_value

QUARTILE_COLOURS = {1: "#009E73", 2: "#E6B400", 3: "#E6B400", 4: "#D55E00"}


def colour_for(names: list[str], reference: str | None = None) -> dict[str, str]:
    """A fixed colour per name, in the given order; the reference keeps its own colour."""
    others = [name for name in names if name != reference]
    colours = {name: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, name in enumerate(others)}
    if reference is not None:
        colours[reference] = REFERENCE_COLOUR
    return colours


def bars_chart(
    names: list[str],
    values: list,
    title: str,
    unit: str | None,
    caption: list[str],
    colours: list[str],
    labels: list[str] | None = None,
    reference: tuple[str, float] | None = None,
    large: bool = False,
    lang: str = "sv",
    narrow: bool = False,
    peers: Reference | None = None,
) -> Chart:
    """Horizontal bars for one year; a missing value is written out as 'saknas'. `reference` is
    one value drawn as a dashed line (the whole municipality), `peers` other municipalities' median
    (dotted) and middle half (a band), named in the legend."""
    if all(is_missing(value) for value in values):
        return Chart(empty_figure(text("chart.no_outcome_year", lang)))
    rows = value_rows(title, names, values, unit, lang)
    if reference is not None and not is_missing(reference[1]):
        rows += value_rows(title, [reference[0]], [reference[1]], unit, lang)
    shown = [0 if is_missing(value) else value for value in values]
    texts = labels or [format_value(value, unit, lang) for value in values]
    texts = [text("chart.missing", lang) if is_missing(value) else label for value, label in zip(values, texts)]
    bars = dict(
        type="bar",
        x=shown,
        y=[escape_text(name) for name in names],
        orientation="h",
        text=texts,
        textposition="outside",
        cliponaxis=False,
        marker=dict(color=colours, opacity=[0 if is_missing(v) else 1 for v in values]),
        hovertemplate="%{y}: %{text}<extra></extra>",
        showlegend=False,
    )
    peer_shapes, peer_traces, peer_rows = peer_marks.year_marks(peers, unit, lang)
    rows += peer_rows
    known = [v for v in values if not is_missing(v)]
    known += [reference[1]] if reference and not is_missing(reference[1]) else []
    known += [shape[end] for shape in peer_shapes for end in ("x0", "x1")]
    low, high = min(0.0, min(known)), max(0.0, max(known))
    # on a phone in meeting type "113 179 · rang 1" was cut at the figure's edge before the room
    room = label_room(names, texts, large, narrow)
    shapes, annotations = list(peer_shapes), []
    if reference is not None and not is_missing(reference[1]):
        shapes.append(
            peer_marks.across_plot(
                "line", reference[1], reference[1], line=dict(color=REFERENCE_COLOUR, width=3, dash="dash")
            )
        )
        annotations.append(
            dict(
                x=reference[1],
                xref="x",
                # written towards the middle of the plot, so it stays inside the figure at either end
                xanchor="right" if reference[1] - low * room > (high - low) * room / 2 else "left",
                y=1,
                yref="y domain",
                yanchor="bottom",
                showarrow=False,
                text=f"{escape_text(reference[0])}: {format_value(reference[1], unit, lang)}",
            )
        )
    figure = styled_figure(
        [bars, *peer_traces],
        title,
        caption,
        large=large,
        lang=lang,
        narrow=narrow,
        legend=[trace["name"] for trace in peer_traces],
        annotations=annotations,
        shapes=shapes,
        height=max(160, (56 if large else 44) * len(names)),
        x_title=bool(unit),
        xaxis=dict(title=unit or "", gridcolor="#E5E7EB", range=[low * room, high * room], tickformat=VALUE_TICKS),
        yaxis=dict(autorange="reversed"),
        y_labels=[escape_text(name) for name in names],
    )
    return Chart(figure, rows=rows)


def label_room(names: list[str], texts: list[str], large: bool, narrow: bool) -> float:
    """How much longer the value axis must be than the longest bar for its written value, in the type's
    width (meeting type is wider); a phone's plot is what the names leave of about 330 px, otherwise
    about 800 px. The bars keep a fifth at least."""
    char = TICK_CHAR_PX[large]
    plot = 330 - char * max(len(name) for name in names) if narrow else 800
    return 1 / (1 - min(0.8, char * max(len(label) for label in texts) / plot))


def lines_chart(
    series: dict[str, pd.DataFrame],
    title: str,
    unit: str | None,
    caption: list[str],
    colours: dict[str, str],
    emphasise: str | None = None,
    targets: dict[str, pd.DataFrame] | None = None,
    large: bool = False,
    lang: str = "sv",
    narrow: bool = False,
    peers: Sequence[Reference] = (),
) -> Chart:
    """One line per name over the years; gaps where a year has no outcome; targets as diamonds;
    `peers` other municipalities' median and middle half per year, behind the lines."""
    frames = [frame for frame in series.values() if frame["outcome"].notna().any()]
    if not frames:
        return Chart(empty_figure(text("chart.no_lines", lang)))
    all_years = sorted({int(y) for frame in frames for y in frame.loc[frame["outcome"].notna(), "year"]})
    peers = [ref for ref in peers if all_years[0] <= ref.year <= all_years[-1]]
    traces, rows = peer_marks.year_traces(peers, unit, lang)
    for name, frame in series.items():
        known = dict(zip(frame.loc[frame["outcome"].notna(), "year"].astype(int), frame["outcome"].dropna()))
        if not known:
            continue
        years = [y for y in all_years if min(known) <= y <= max(known)]
        rows += value_rows(name, years, [known.get(y) for y in years], unit, lang)
        strong = name == emphasise
        traces.append(
            dict(
                type="scatter",
                x=years,
                y=[known.get(y) for y in years],
                name=escape_text(name),
                mode="lines+markers",
                connectgaps=False,
                line=dict(color=colours[name], width=4 if strong else 2),
                marker=dict(size=9 if strong else 7),
                hovertemplate=f"{escape_text(name)} %{{x}}: %{{y}}<extra></extra>",
            )
        )
    for name, frame in (targets or {}).items():
        frame = frame[frame["target"].notna()]
        if frame.empty:
            continue
        rows += value_rows(
            text("chart.target_of", lang, name=name), frame["year"].astype(int), frame["target"], unit, lang
        )
        traces.append(
            dict(
                type="scatter",
                x=frame["year"].astype(int).tolist(),
                y=frame["target"].tolist(),
                name=text("chart.target_of", lang, name=escape_text(name)),
                mode="markers",
                marker=dict(symbol="diamond-open", size=13, color=colours[name], line=dict(width=2.5)),
                hovertemplate=text("chart.target_of", lang, name=escape_text(name)) + " %{x}: %{y}<extra></extra>",
            )
        )
    figure = styled_figure(
        traces,
        title,
        caption,
        large=large,
        lang=lang,
        narrow=narrow,
        height=(420 if large else 340) if not narrow else 300,
        legend=[trace["name"] for trace in traces],
        xaxis=year_axis(all_years[0], all_years[-1], lang, narrow, large),
        yaxis=dict(title=unit or "", gridcolor="#E5E7EB", tickformat=VALUE_TICKS),
        y_labels=value_labels(
            [
                *(v for f in frames for v in f["outcome"]),
                *(v for f in (targets or {}).values() for v in f["target"]),
                *peer_marks.span(peers),
            ],
            lang,
        ),
        y_title=bool(unit),
    )
    return Chart(figure, rows=rows)
