"""Charts as plotly figures (graph_objects only: plotly.express is too slow for callbacks).

Each figure is built in one go from its traces and a whole layout: plotly validates a layout
given to the constructor once, while every `update_layout`/`add_annotation` call validates
again (ten times slower, and these figures are drawn on every filter change).

Every chart carries its title and a source line inside the figure, so a downloaded image or a
chart lifted into a presentation still says where the numbers come from.
"""
from __future__ import annotations

import textwrap
from functools import lru_cache
from typing import Mapping

import pandas as pd
import plotly.graph_objects as go

from dashboard.i18n.formatting import format_date, format_gap, format_percent, format_value, plotly_separators
from dashboard.domain.values import is_missing
from dashboard.domain.statuses import Status
from dashboard.i18n import status_label, text
from dashboard.figures.palette import (OUTCOME_COLOUR, REFERENCE_COLOUR, SERIES_COLOURS, STATUS_ICON,
                               STATUS_MARK_COLOUR, TARGET_COLOUR)

FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", size=15, color="#1A1A1A")
CAPTION_FONT = dict(size=12, color="#4A4F57")
_AXIS = dict(automargin=True, gridcolor="#E5E7EB", linecolor="white", ticks="", title=dict(standoff=15),
             zerolinecolor="#E5E7EB", zerolinewidth=2)
# What the charts take from a template, instead of plotly's default one (6,5 kB in every figure
# sent to the browser).
TEMPLATE = dict(layout=dict(
    colorway=list(SERIES_COLOURS), hoverlabel=dict(align="left"), xaxis=_AXIS, yaxis=_AXIS))


@lru_cache(maxsize=256)
def empty_figure(message: str) -> go.Figure:
    """A blank chart that says why it is blank: no axes, only the message. Shared (the same few
    messages are drawn on every filter change): never change the returned figure."""
    return go.Figure(layout=dict(
        template=TEMPLATE, xaxis=dict(visible=False), yaxis=dict(visible=False), height=260, font=FONT,
        plot_bgcolor="white", paper_bgcolor="white", margin=dict(l=20, r=20, t=20, b=20),
        annotations=[dict(text=message, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5,
                          font=dict(size=16, color="#4A4F57"))],
    ))


def gap_bar_figure(table: pd.DataFrame, title: str, large: bool = False, lang: str = "sv") -> go.Figure:
    """Diverging bars of relative gap per indicator: right of zero is met, left is short."""
    bars = table[table["relative_gap"].notna()].sort_values("relative_gap", ascending=True)
    if bars.empty:
        return empty_figure(text("chart.no_gap_bars", lang))
    traces = []
    for status in Status:
        group = bars[bars["status"] == status]
        if group.empty:
            continue
        traces.append(dict(
            type="bar",
            x=(group["relative_gap"] * 100).round(2).tolist(),
            y=[_wrap(name, 42) for name in group["indicator"]],
            orientation="h", name=f"{STATUS_ICON[status]} {status_label(status, lang)}",
            marker=dict(color=STATUS_MARK_COLOUR[status], line=dict(color="#1A1A1A", width=0.5)),
            text=[f"{STATUS_ICON[status]} {format_percent(v, signed=True, lang=lang)}" for v in group["relative_gap"]],
            textposition="outside", cliponaxis=False,
            customdata=[_bar_hover(row, lang) for row in group.itertuples()],
            hovertemplate="%{customdata}<extra></extra>",
        ))
    reach = max(10.0, float((bars["relative_gap"].abs() * 100).max()) * 1.35)
    missing = table[table["relative_gap"].isna()]
    statuses = ", ".join(sorted(status_label(status, lang) for status in set(missing["status"])))
    notes = [text("chart.without_bar", lang, count=len(missing), statuses=statuses)] if not missing.empty else []
    goal_line_label = dict(x=0, y=1, xref="x", yref="paper", yanchor="bottom", text=text("chart.target_marker", lang),
                           showarrow=False, font=dict(size=13))
    return styled_figure(
        traces, title, source_caption(table, notes, lang), large=large, lang=lang, annotations=[goal_line_label],
        barmode="overlay", height=max(340, 200 + (84 if large else 64) * len(bars)), bargap=0.25,
        xaxis=dict(title=text("chart.gap_axis", lang), range=[-reach, reach], ticksuffix=" %",
                   zeroline=True, zerolinecolor="#1A1A1A", zerolinewidth=2, gridcolor="#E5E7EB"),
        yaxis=dict(categoryorder="array", categoryarray=[_wrap(n, 42) for n in bars["indicator"]],
                   automargin=True),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0),
    )


def indicator_line_figure(series: pd.DataFrame, title: str, subtitle: str = "", gap_row: Mapping | None = None,
                          reference: pd.DataFrame | None = None, reference_name: str = "",
                          large: bool = False, lang: str = "sv") -> go.Figure:
    """Outcome over the years, targets as diamonds, and the gap at the follow-up year annotated."""
    outcomes = series[series["outcome"].notna()]
    targets = series[series["target"].notna()]
    if outcomes.empty and targets.empty:
        return empty_figure(text("chart.no_series", lang))
    unit = _first(series["unit"])
    traces = []
    if reference is not None and reference["outcome"].notna().any():
        ref = reference[reference["outcome"].notna()]
        traces.append(dict(
            type="scatter", x=ref["year"].astype(int).tolist(), y=ref["outcome"].tolist(),
            name=text("chart.outcome_of", lang, name=reference_name),
            mode="lines+markers", line=dict(color=REFERENCE_COLOUR, dash="dash", width=2),
            hovertemplate=f"{reference_name} %{{x}}: %{{y}}<extra></extra>"))
    traces.append(dict(
        type="scatter", x=outcomes["year"].astype(int).tolist(), y=outcomes["outcome"].tolist(),
        name=text("chart.outcome", lang),
        mode="lines+markers+text", line=dict(color=OUTCOME_COLOUR, width=3), marker=dict(size=9),
        text=[format_value(v, unit, lang) for v in outcomes["outcome"]], textposition="top center",
        hovertemplate=text("chart.outcome", lang) + " %{x}: %{text}<extra></extra>"))
    traces.append(dict(
        type="scatter", x=targets["year"].astype(int).tolist(), y=targets["target"].tolist(),
        name=text("chart.target", lang), mode="markers+text",
        marker=dict(symbol="diamond-open", size=14, color=TARGET_COLOUR, line=dict(width=2.5)),
        text=[text("chart.target_value", lang, value=format_value(v, unit, lang)) for v in targets["target"]],
        textposition="middle right", hovertemplate=text("chart.target", lang) + " %{x}: %{text}<extra></extra>"))
    years = pd.concat([outcomes["year"], targets["year"]]).astype(int)
    shapes, annotations = _gap_marks(gap_row, unit, lang) if gap_row is not None else ([], [])
    return styled_figure(
        traces, title, source_caption(series, [], lang), subtitle, large, lang=lang, annotations=annotations,
        shapes=shapes,
        height=560 if large else 460, legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0),
        xaxis=dict(title=text("chart.year", lang), tickmode="linear", dtick=1, tickformat="d", gridcolor="#E5E7EB",
                   range=[years.min() - 0.5, years.max() + 0.5]),
        yaxis=dict(title=unit or "", gridcolor="#E5E7EB", range=_padded_range(series)),
    )


def _gap_marks(row: Mapping, unit: str | None, lang: str = "sv") -> tuple[list[dict], list[dict]]:
    """The follow-up year's gap (a scorecard row) as shapes and a label: a bracket from the outcome
    used to the target."""
    if is_missing(row["gap"]):
        return [], []
    year, outcome_year = int(row["year"]), int(row["outcome_year"])
    colour = STATUS_MARK_COLOUR[row["status"]]
    shapes = []
    if outcome_year != year:  # carry the latest outcome forward to the follow-up year
        shapes.append(dict(type="line", x0=outcome_year, x1=year, y0=float(row["outcome"]), y1=float(row["outcome"]),
                           line=dict(color=colour, width=1.5, dash="dot")))
    shapes.append(dict(type="line", x0=year, x1=year, y0=float(row["outcome"]), y1=float(row["target"]),
                       line=dict(color=colour, width=3, dash="dot")))
    from_year = "" if outcome_year == year else text("chart.gap_note_year", lang, year=outcome_year)
    return shapes, [dict(
        x=year, y=(float(row["outcome"]) + float(row["target"])) / 2, xanchor="right", xshift=-12,
        showarrow=False, font=dict(color="#1A1A1A", size=14), bgcolor="rgba(255,255,255,0.85)",
        text=text("chart.gap_note", lang, icon=STATUS_ICON[row["status"]], status=status_label(row["status"], lang),
                  year=year, gap=format_gap(row["gap"], unit, lang), note=from_year))]


def _padded_range(series: pd.DataFrame) -> list[float]:
    """Room above and below the values for their labels."""
    values = pd.concat([series["outcome"], series["target"]]).dropna()
    low, high = float(values.min()), float(values.max())
    pad = (high - low) * 0.18 or max(abs(high) * 0.1, 1.0)
    return [low - pad, high + pad]


def styled_figure(traces: list[dict], title: str, caption: str, subtitle: str = "", large: bool = False,
                  annotations: list[dict] = (), shapes: list[dict] = (), lang: str = "sv", **layout) -> go.Figure:
    """The traces in the shared look, plus `layout`. Title and subtitle are plain text (escaped
    here); the caption is ready markup, added as an annotation after `annotations`.

    `large` is meeting mode: bigger type for a projector."""
    heading = _wrap(title, 80) + (f"<br><span style='font-size:14px'>{escape_text(subtitle)}</span>" if subtitle else "")
    top = 50 + 24 * heading.count("<br>") + 30
    caption_note = dict(text=caption, showarrow=False, xref="paper", yref="paper", x=0, y=0, xanchor="left",
                        yanchor="top", yshift=-62, align="left", font=CAPTION_FONT)
    return go.Figure(data=traces, layout=dict(
        template=TEMPLATE, title=dict(text=heading, x=0, xanchor="left", y=1, yref="container", yanchor="top",
                                      pad=dict(t=12), font=dict(size=18)),
        font={**FONT, "size": 20} if large else FONT, separators=plotly_separators(lang), plot_bgcolor="white",
        paper_bgcolor="white", margin=dict(l=20, r=40, t=top, b=110), hoverlabel=dict(font_size=14),
        annotations=[*annotations, caption_note], shapes=list(shapes), **layout))


def source_caption(rows: pd.DataFrame, notes: list[str], lang: str = "sv") -> str:
    """'Källa: …, publicerad …' lines for the distinct sources behind the shown values."""
    pairs = []
    for value in ("outcome", "target"):
        shown = rows[rows[value].notna()]
        for source, published in zip(shown[f"{value}_source"], shown[f"{value}_published"]):
            pair = (str(source) if not is_missing(source) else text("table.unknown_source", lang),
                    format_date(published, lang))
            if pair not in pairs:
                pairs.append(pair)
    lines = [text("chart.source", lang, source=source, date=date) if date != "–"
             else text("chart.source_undated", lang, source=source) for source, date in pairs[:3]]
    if len(pairs) > 3:
        lines.append(text("chart.more_sources", lang, count=len(pairs) - 3))
    return "<br>".join(escape_text(line) for line in lines + notes)


def _bar_hover(row, lang: str = "sv") -> str:
    unit = None if is_missing(row.unit) else row.unit
    year_note = "" if is_missing(row.outcome_year) or row.outcome_year == row.year else f" ({row.outcome_year})"
    lines = [text("chart.hover_outcome", lang, note=year_note, value=format_value(row.outcome, unit, lang)),
             text("chart.hover_target", lang, year=row.year, value=format_value(row.target, unit, lang)),
             text("chart.hover_gap", lang, gap=format_gap(row.gap, unit, lang),
                  relative=format_percent(row.relative_gap, signed=True, lang=lang)),
             status_label(row.status, lang)]
    return f"<b>{escape_text(row.indicator)}</b><br>" + "<br>".join(lines)


def _wrap(text: str, width: int) -> str:
    lines = textwrap.wrap(escape_text(str(text)), width)
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] = lines[-1][: width - 1] + "…"
    return "<br>".join(lines)


def escape_text(text: str) -> str:
    """Plotly renders a subset of HTML in text; data strings must show as typed."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _first(values: pd.Series):
    present = values.dropna()
    return present.iloc[0] if not present.empty else None

