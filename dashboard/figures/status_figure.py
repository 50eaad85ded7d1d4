"""A goal area's status strip as a figure (for images in documents): one horizontal bar, a segment
per status with its icon, count and words, in the page's status colours."""

from __future__ import annotations

from collections import Counter

import plotly.graph_objects as go

from dashboard.domain.statuses import Status
from dashboard.figures.palette import STATUS_ICON, STATUS_MARK_COLOUR
from dashboard.i18n import status_label

STRIP = (Status.MET, Status.NEAR, Status.NOT_MET, Status.STALE, Status.NO_OUTCOME)


def strip_counts(statuses: list[str]) -> list[tuple[Status, int]]:
    """How many indicators have each status, in the strip's order, statuses none has left out."""
    counts = Counter(statuses)
    return [(status, counts[status]) for status in STRIP if counts[status]]


def strip_words(statuses: list[str], lang: str) -> str:
    """'2 Uppnått, 5 Ej uppnått': the strip in words (its alt text)."""
    return ", ".join(f"{count} {status_label(status, lang)}" for status, count in strip_counts(statuses))


def status_strip_figure(statuses: list[str], lang: str) -> go.Figure | None:
    """None when no indicator with a target has a status to show."""
    shown = strip_counts(statuses)
    if not shown:
        return None
    figure = go.Figure()
    for status, count in shown:
        label = f"{STATUS_ICON[status]} {count} {status_label(status, lang)}"
        figure.add_bar(
            x=[count],
            y=[""],
            orientation="h",
            name=label,
            marker_color=STATUS_MARK_COLOUR[status],
            text=[label],
            textposition="inside",
            insidetextanchor="middle",
            textfont={"size": 22, "color": "#1A1A1A" if status == Status.NEAR else "#FFFFFF"},
            hoverinfo="skip",
        )
    figure.update_layout(
        barmode="stack",
        showlegend=False,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        xaxis={"visible": False},
        yaxis={"visible": False},
        plot_bgcolor="#FFFFFF",
        paper_bgcolor="#FFFFFF",
        uniformtext={"minsize": 14, "mode": "hide"},
    )
    return figure
