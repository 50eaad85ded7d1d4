"""The shared look of every chart (graph_objects only: plotly.express is too slow for callbacks).

Each figure is built in one go from its traces and a whole layout: plotly validates a layout
given to the constructor once, while every `update_layout`/`add_annotation` call validates
again (ten times slower, and these figures are drawn on every filter change).

Every chart carries its title and a source line inside the figure, so a downloaded image or a
chart lifted into a presentation still says where the numbers come from.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.values import is_missing
from dashboard.figures.palette import SERIES_COLOURS
from dashboard.i18n import text
from dashboard.i18n.formatting import format_date, plotly_separators

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


def styled_figure(
    traces: list[dict],
    title: str,
    caption: str,
    subtitle: str = "",
    large: bool = False,
    annotations: list[dict] = (),
    shapes: list[dict] = (),
    lang: str = "sv",
    **layout,
) -> go.Figure:
    """The traces in the shared look, plus `layout`. Title and subtitle are plain text (escaped
    here); the caption is ready markup, added as an annotation after `annotations`.

    `large` is meeting mode: bigger type for a projector."""
    heading = wrap(title, 80) + (f"<br><span style='font-size:14px'>{escape_text(subtitle)}</span>" if subtitle else "")
    top = 50 + 24 * heading.count("<br>") + 30
    caption_note = dict(
        text=caption,
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-62,
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
                xanchor="left",
                y=1,
                yref="container",
                yanchor="top",
                pad=dict(t=12),
                font=dict(size=18),
            ),
            font={**FONT, "size": 20} if large else FONT,
            separators=plotly_separators(lang),
            plot_bgcolor="white",
            paper_bgcolor="white",
            margin=dict(l=20, r=40, t=top, b=110),
            hoverlabel=dict(font_size=14),
            annotations=[*annotations, caption_note],
            shapes=list(shapes),
            **layout,
        ),
    )


def source_caption(rows: pd.DataFrame, notes: list[str], lang: str = "sv") -> str:
    """'Källa: …, publicerad …' lines for the distinct sources behind the shown values."""
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
    lines = [
        text("chart.source", lang, source=source, date=date)
        if date != "–"
        else text("chart.source_undated", lang, source=source)
        for source, date in pairs[:3]
    ]
    if len(pairs) > 3:
        lines.append(text("chart.more_sources", lang, count=len(pairs) - 3))
    return "<br>".join(escape_text(line) for line in lines + notes)


def wrap(text: str, width: int) -> str:
    lines = textwrap.wrap(escape_text(str(text)), width)
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] = lines[-1][: width - 1] + "…"
    return "<br>".join(lines)


def escape_text(text: str) -> str:
    """Plotly renders a subset of HTML in text; data strings must show as typed."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def first_present(values: pd.Series):
    present = values.dropna()
    return present.iloc[0] if not present.empty else None
