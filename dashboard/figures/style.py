"""The shared look of every chart (graph_objects only: plotly.express is too slow for callbacks).

Each figure is built in one go from its traces and a whole layout: plotly validates a layout
given to the constructor once, while every `update_layout`/`add_annotation` call validates
again (ten times slower, and these figures are drawn on every filter change).

Every chart carries its title and a source line inside the figure, so a downloaded image or a
chart lifted into a presentation still says where the numbers come from.
"""

from __future__ import annotations

import math
import textwrap
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.values import is_missing
from dashboard.figures.palette import SERIES_COLOURS
from dashboard.i18n import text
from dashboard.i18n.formatting import format_date, format_number, plotly_separators

FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", size=15, color="#1A1A1A")
CAPTION_FONT = dict(size=12, color="#4A4F57")
_AXIS = dict(
    automargin=True,
    gridcolor="#E5E7EB",
    linecolor="white",
    ticks="",
    title=dict(standoff=15),
    zerolinecolor="#E5E7EB",
    zerolinewidth=2,
)
# What the charts take from a template, instead of plotly's default one (6,5 kB in every figure
# sent to the browser).
TEMPLATE = dict(layout=dict(colorway=list(SERIES_COLOURS), hoverlabel=dict(align="left"), xaxis=_AXIS, yaxis=_AXIS))


@lru_cache(maxsize=256)
def empty_figure(message: str) -> go.Figure:
    """A blank chart that says why it is blank: no axes, only the message. Shared (the same few
    messages are drawn on every filter change): never change the returned figure."""
    return go.Figure(
        layout=dict(
            template=TEMPLATE,
            xaxis=dict(visible=False),
            yaxis=dict(visible=False),
            height=260,
            font=FONT,
            plot_bgcolor="white",
            paper_bgcolor="white",
            margin=dict(l=20, r=20, t=20, b=20),
            annotations=[
                dict(
                    text=message,
                    showarrow=False,
                    xref="paper",
                    yref="paper",
                    x=0.5,
                    y=0.5,
                    font=dict(size=16, color="#4A4F57"),
                )
            ],
        )
    )


# Characters that fit on one line of a chart's title and of its caption, wide and narrow (a phone,
# a narrow intranet column): plotly does not wrap text, so lines are broken here and the margins
# are computed from them, so every line stays inside the figure.
TITLE_CHARS = {False: 70, True: 32}
CAPTION_CHARS = {False: 110, True: 44}
# a legend's box: 32 px for its first row (padding included), 21 px for each further row (measured in Chromium)
CAPTION_LINE, LEGEND_FIRST_ROW, LEGEND_ROW = 16, 32, 21
LEGEND_CHARS_NARROW = 24  # characters of a legend entry's line on a phone (about 190 px beside its marker)
# a title's lines, in units of its font size (a smaller subtitle line still takes a title line's
# height), and the pixels above its first line
LINE_HEIGHT, TITLE_TOP = 1.32, 12
# the width of a tick label's character, normal and in meeting mode (measured: 15 px type averages
# about 8 px a character, digits and Swedish names alike)
TICK_CHAR_PX = {False: 8.6, True: 11.5}
# a value axis: numbers in the page's format (plotly's default writes 20k)
VALUE_TICKS = ",~f"


def styled_figure(
    traces: list[dict],
    title: str,
    caption_lines: list[str],
    subtitle: str = "",
    large: bool = False,
    annotations: list[dict] = (),
    shapes: list[dict] = (),
    lang: str = "sv",
    narrow: bool = False,
    height: int = 460,
    legend: list[str] = (),
    x_title: bool = True,
    y_labels: list[str] | None = None,
    y_title: bool = False,
    **layout,
) -> go.Figure:
    """The traces in the shared look, plus `layout`. Title, subtitle and caption lines are plain
    text (escaped and wrapped here) and placed so that none is ever clipped: the title (and the
    legend of `legend`'s names) above the plot, the caption below its x axis, every margin computed
    from the lines it holds. `height` is the plot's own height; the figure grows by the margins.

    `large` is meeting mode: bigger type for a projector; `narrow` a phone-wide chart.

    The margins are computed here, never by plotly's automargin: fitting margins to tick labels makes
    plotly draw every chart twice, a third of its first drawing's time. `y_labels` are the longest
    texts the y axis writes (names, or its largest numbers) and `y_title` whether it has a title;
    None leaves the y axis to plotly's automargin."""
    title_size = 24 if large else 18  # a projector's back row
    title_lines = _lines(title, TITLE_CHARS[narrow] * 18 // title_size)
    subtitle_lines = _lines(subtitle, TITLE_CHARS[narrow] + 10) if subtitle else []
    caption = [line for text_line in caption_lines for line in _lines(text_line, CAPTION_CHARS[narrow])]
    if narrow:  # plotly never wraps a legend entry: one longer than a phone's plot is cut at its edge
        shown = set(legend)
        traces = [{**t, "name": _legend_name(t["name"])} if t.get("name") in shown else t for t in traces]
        legend = [_legend_name(name) for name in legend]
    legend_rows = _legend_rows(legend, narrow)
    heading = "<br>".join(title_lines)
    if subtitle_lines:
        heading += "<br>" + "<br>".join(
            f"<span style='font-size:{18 if large else 14}px'>{line}</span>" for line in subtitle_lines
        )
    title_px = round(LINE_HEIGHT * title_size * (len(title_lines) + len(subtitle_lines)))
    # the legend: above the plot, or on a phone below its x axis (above, it pushed the plot down
    # under a tall title)
    legend_px = LEGEND_FIRST_ROW + LEGEND_ROW * (legend_rows - 1) if legend_rows else 0
    legend_above = legend_px if not narrow else 0
    legend_below = legend_px + 4 if narrow else 0
    top = TITLE_TOP + title_px + legend_above + 14
    axis = 58 if x_title else 34
    bottom = axis + legend_below + CAPTION_LINE * len(caption) + 12
    total = height + top + bottom
    left = 20
    layout["xaxis"] = {**layout.get("xaxis", {}), "automargin": False}
    if y_labels is not None:
        widest = max((len(line) for label in y_labels for line in str(label).split("<br>")), default=0)
        left += round(TICK_CHAR_PX[large] * widest) + (8 if widest else 0) + (30 if y_title else 0)
        layout["yaxis"] = {**layout.get("yaxis", {}), "automargin": False}
    if narrow:  # few, level ticks: plotly turns long numbers on edge when they crowd a phone-wide axis
        layout["xaxis"] = {"nticks": 4, "tickangle": 0, **layout.get("xaxis", {})}
    caption_note = dict(
        text="<br>".join(caption),
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-axis - legend_below,  # pixels below the plot, under the x axis (and legend)
        # from the figure's left edge, not the plot's (known where the margin is ours): the whole width
        xshift=16 - left if y_labels is not None else 0,
        xanchor="left",
        yanchor="top",
        align="left",
        font=CAPTION_FONT,
    )
    return go.Figure(
        data=traces,
        layout=dict(
            template=TEMPLATE,
            title=dict(
                text=heading,
                x=0,
                xref="container",
                xanchor="left",
                pad=dict(l=16),
                y=1 - (TITLE_TOP + _first_line_offset(heading, title_size)) / total,
                yref="container",
                yanchor="top",
                font=dict(size=title_size),
            ),
            font={**FONT, "size": 20} if large else FONT,
            separators=plotly_separators(lang),
            plot_bgcolor="white",
            paper_bgcolor="white",
            height=total,
            margin=dict(l=left, r=40 if not narrow else 16, t=top, b=bottom),
            hoverlabel=dict(font_size=14),
            showlegend=bool(legend),
            legend=dict(
                orientation="h",
                x=0,
                xanchor="left",
                y=(bottom - axis) / total if narrow else 1,
                yanchor="top" if narrow else "bottom",
                yref="container" if narrow else "paper",
                font=dict(size=18 if large else 14),
            ),
            annotations=[*annotations, *([caption_note] if caption else [])],
            shapes=list(shapes),
            **layout,
        ),
    )


def year_axis(first: int, last: int, lang: str = "sv", narrow: bool = False, large: bool = False) -> dict:
    """An x axis of years, one tick a year where they fit: at most 5 on a phone-wide chart (seven
    years a tick each ran into one another at 390 px), 12 in meeting type, 15 otherwise."""
    most = 5 if narrow else 12 if large else 15
    return dict(
        title=text("chart.year", lang),
        tickformat="d",
        tickmode="linear",
        tick0=int(first),
        dtick=max(1, math.ceil((int(last) - int(first) + 1) / most)),
        gridcolor="#E5E7EB",
    )


def value_labels(values, lang: str = "sv") -> list[str]:
    """The widest numbers a value axis over `values` may write (its ends, with room above), for
    styled_figure's `y_labels`."""
    known = [abs(float(v)) for v in values if not is_missing(v)]
    if not known:
        return ["0"]
    top = max(known) * 1.25
    return [
        format_number(round(top, 1), max_decimals=1, lang=lang),
        "−" + format_number(round(min(known), 1), 1, lang=lang),
    ]


def _first_line_offset(heading: str, size: int) -> float:
    """How far above plotly's anchor a title's first line starts, measured in Chromium with plotly.js
    4.1: a one-line title hangs from a top anchor (0,19 em above it), a wrapped one ignores the anchor
    and puts its first baseline there (0,89 em). Placing the anchor this much lower keeps every line
    of the title inside the figure (a browser test checks it at four sizes)."""
    return size * (0.89 if "<br>" in heading else 0.19)


def _lines(text_value: str, width: int) -> list[str]:
    """Escaped text broken into lines of at most `width` characters (a word longer than that stays whole)."""
    return textwrap.wrap(escape_text(str(text_value)), width, break_long_words=False) or [""]


def _legend_name(name: str) -> str:
    """A legend entry broken into lines that fit a phone's plot (its text is escaped already)."""
    if len(name) <= LEGEND_CHARS_NARROW or "<br>" in name:
        return name
    return "<br>".join(textwrap.wrap(name, LEGEND_CHARS_NARROW, break_long_words=False))


def _legend_rows(names: list[str], narrow: bool) -> int:
    """How many rows a horizontal legend of these names takes, as plotly lays it out: in one row when
    all fit the plot's width (about 240 px on a phone), else in a grid whose columns are as wide as
    the widest entry. About 8 px a character and 46 px a marker, counted generously: a row too many
    is a gap, a row too few runs into the caption. An entry of several lines makes its row taller."""
    if not names:
        return 0
    width = 240 if narrow else 900
    lines = [name.split("<br>") for name in names]
    widths = [46 + 8 * max(len(line) for line in entry) for entry in lines]
    if sum(widths) <= width:
        return max(len(entry) for entry in lines)
    columns = max(1, width // max(widths))
    return sum(max(len(entry) for entry in lines[start : start + columns]) for start in range(0, len(lines), columns))


def source_lines(rows: pd.DataFrame, lang: str = "sv") -> list[str]:
    """'Källa: …, publicerad …' for each distinct source behind the values drawn (`rows` holds only
    those values), every one of them: a chart lifted into a report credits all its sources."""
    pairs = []
    for value in ("outcome", "target"):
        shown = rows[rows[value].notna()]
        for source, published in zip(shown[f"{value}_source"], shown[f"{value}_published"]):
            pair = (
                str(source) if not is_missing(source) else text("table.unknown_source", lang),
                format_date(published, lang),
            )
            if pair not in pairs:
                pairs.append(pair)
    return [
        text("chart.source", lang, source=source, date=date)
        if date != "–"
        else text("chart.source_undated", lang, source=source)
        for source, date in pairs
    ]


def processing_line(rows: pd.DataFrame, lang: str = "sv", dated: bool = False) -> str:
    """'Bearbetning: Målbild, underlag från Kolada': what Målbild computed (gaps, statuses, progress)
    is credited to Målbild on the sources' figures, never to the sources themselves (Kolada's terms).
    `dated`: each source with its publication date (a chart of computed values only)."""
    names = []
    for value in ("outcome", "target"):
        shown = rows[rows[value].notna()]
        for source, published in zip(shown[f"{value}_source"], shown[f"{value}_published"]):
            name = str(source) if not is_missing(source) else text("table.unknown_source", lang)
            date = format_date(published, lang)
            if dated and date != "–":
                name = f"{name} ({text('report.published', lang)} {date})"
            if name not in names:
                names.append(name)
    return text("attribution.processing", lang, sources=", ".join(names) or "–")


def wrap(text: str, width: int, most: int = 3) -> str:
    """Escaped text in at most `most` lines of `width` characters (the last cut with …), joined by <br>."""
    lines = textwrap.wrap(escape_text(str(text)), width)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1][: width - 1] + "…"
    return "<br>".join(lines)


def escape_text(text: str) -> str:
    """Plotly renders a subset of HTML in text; data strings must show as typed."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def first_present(values: pd.Series):
    present = values.dropna()
    return present.iloc[0] if not present.empty else None
