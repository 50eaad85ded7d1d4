"""The indicator detail: progress explained in a sentence, the numbers behind it, comments."""
from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.formatting import format_number, format_percent, format_value, is_missing
from dashboard.narrative import progress_sentence
from dashboard.progress import Progress
from layouts import ids
from layouts.layout_config import GRAPH_CONFIG
from layouts.scorecard import status_badge
from layouts.share import chart_tools


def detail_modal() -> dbc.Modal:
    return dbc.Modal([
        dbc.ModalHeader(dbc.ModalTitle(id=ids.DETAIL_TITLE), close_button=True),
        dbc.ModalBody([html.Div(id=ids.DETAIL_BODY), dcc.Graph(id=ids.INDICATOR_CHART, config=GRAPH_CONFIG),
                       chart_tools(ids.INDICATOR_CHART)]),
    ], id=ids.DETAIL, size="xl", is_open=False, scrollable=True)


def detail_body(row: pd.Series | None, progress: Progress, direction: str, unit: str | None) -> list:
    """Status, progress sentence, the numbers behind it and any comments on the figures."""
    parts = []
    if row is not None:
        trend = [] if is_missing(row.get("trend")) else [html.Span(f" {row['trend']} {row['trend_text']}",
                                                                 className="ms-3")]
        parts.append(html.P([status_badge(row["status"]), html.Span(f" Utveckling: {progress.status}",
                                                                    className="ms-3 fw-semibold"), *trend],
                            className="detail-status"))
    parts.append(html.P(progress_sentence(progress, direction, unit), className="lead progress-sentence"))
    parts.append(_numbers(progress, unit))
    comments = _comments(row)
    if comments:
        parts.append(html.Div([html.H3("Kommentarer", className="h6"), html.Ul(comments)], className="comments"))
    return parts


def _numbers(progress: Progress, unit: str | None) -> dbc.Table:
    def value(number, year):
        return "–" if number is None else f"{format_value(number, unit)} ({year})"

    def growth(rate):
        return "–" if rate is None else format_percent(rate, signed=True) + " per år"

    rows = [("Basvärde", value(progress.base, progress.base_year)),
            ("Senaste utfall", value(progress.current, progress.current_year)),
            ("Mål", value(progress.target, progress.target_year)),
            ("Faktisk årlig förändring", growth(progress.actual_growth)),
            ("Krävd årlig förändring", growth(progress.required_growth))]
    if progress.ratio is not None:
        rows.append(("Kvot faktisk/krävd förändring (R)", format_number(progress.ratio, max_decimals=2)))
    return dbc.Table([html.Tbody([html.Tr([html.Th(name, scope="row"), html.Td(text)]) for name, text in rows])],
                     size="sm", className="numbers-behind w-auto")


def _comments(row: pd.Series | None) -> list:
    if row is None:
        return []
    items = []
    for label, column in (("Utfall", "outcome_comment"), ("Mål", "target_comment")):
        text = row.get(column)
        if not is_missing(text):
            items.append(html.Li(f"{label}: {text}"))
    return items
