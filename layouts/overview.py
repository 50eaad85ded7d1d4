"""The council overview: a card per goal area, a compact line per indicator."""
from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.formatting import format_number, format_value, is_missing
from dashboard.gaps import STATUSES
from dashboard.overview import GoalAreaSummary
from dashboard.palette import STATUS_CLASS, STATUS_MARK_COLOUR
from dashboard.progress import PROGRESS_STATUSES
from dashboard.report import table_rows
from dashboard.sparklines import sparkline_svg, svg_data_uri
from layouts.scorecard import status_badge

NO_INDICATORS = "Inga indikatorer ännu"


def overview_cards(summaries: list[GoalAreaSummary], series_by_key: dict, href_for) -> list:
    """Cards for the goal areas; `series_by_key` maps indicator key → (outcomes, target) for sparklines."""
    return [_card(summary, series_by_key, href_for) for summary in summaries]


def _card(summary: GoalAreaSummary, series_by_key: dict, href_for) -> dbc.Card:
    rows = summary.indicators if summary.indicators is not None else pd.DataFrame()
    body = [_goals(summary)]
    if rows.empty:
        body.append(html.P(NO_INDICATORS, className="text-muted fst-italic mb-0 no-indicators"))
    else:
        body.append(html.Ul([_indicator_line(row, series_by_key.get(row["indicator_key"]), href_for)
                             for row in table_rows(rows)], className="indicator-lines list-unstyled mb-0"))
    return dbc.Card([
        dbc.CardHeader([
            html.H3(summary.name, className="h5 mb-1"),
            html.Div(_counts(summary.counts), className="card-counts"),
            _progress_counts(rows),
        ]),
        dbc.CardBody(body),
    ], className="goal-area-card mb-3")


def _counts(counts: dict[str, int]) -> list:
    return [html.Span([status_badge(status), html.Span(f" {count}")], className="me-3")
            for status in STATUSES if (count := counts.get(status, 0))]


def _progress_counts(rows: pd.DataFrame) -> html.Div | None:
    """How many indicators are on track, slipping, … toward their targets."""
    if rows.empty:
        return None
    counts = rows["progress"].value_counts()
    parts = [f"{label} {int(counts[label])}" for label in PROGRESS_STATUSES if label in counts]
    return html.Div("Utveckling: " + " · ".join(parts), className="small progress-counts")


def _goals(summary: GoalAreaSummary) -> html.Div | None:
    if not summary.goals:
        return None
    items = []
    for goal in summary.goals:
        note = [] if goal.indicator_count else [html.Span(f" – {NO_INDICATORS.lower()}", className="text-muted")]
        sdg = [html.Span(f" Agenda 2030: mål {', '.join(map(str, goal.agenda2030))}", className="small text-muted")
               ] if goal.agenda2030 else []
        about = [html.Details([html.Summary("Om målet"), html.P(goal.description, className="mb-1")],
                              className="goal-description small")] if goal.description else []
        items.append(html.Li([html.Span(goal.text, className="goal-text"), *note, *sdg, *about]))
    with_indicators = summary.goals_with_indicators
    coverage = (f"{with_indicators} av {len(summary.goals)} mål har indikatorer, "
                f"{len(summary.goals) - with_indicators} saknar.")
    return html.Div([html.Ul(items, className="goals mb-1"), html.P(coverage, className="small text-muted coverage")],
                    className="goal-list mb-2")


def _indicator_line(row: dict, series, href_for) -> html.Li:
    unit = None if is_missing(row["unit"]) else row["unit"]
    outcome = format_value(row["outcome"], unit)
    if not is_missing(row["outcome_year"]):
        outcome += f" ({int(row['outcome_year'])})"
    target = format_value(row["target"], unit)
    arrow = row.get("trend")
    trend = html.Span([html.Span(arrow, className="trend-arrow", **{"aria-hidden": "true"}),
                       html.Span(row["trend_text"], className="visually-hidden")],
                      className="trend", title=row["trend_text"]) if not is_missing(arrow) else None
    spark = _sparkline(series, row, unit)
    comment = _comment(row)
    return html.Li([
        dcc.Link(row["indicator"], href=href_for(row["indicator_key"]), className="indicator-link line-name"),
        html.Span([html.Span("Utfall", className="label"), outcome], className="line-outcome"),
        html.Span([html.Span(f"Mål {int(row['year'])}", className="label"), target], className="line-target"),
        html.Span([status_badge(row["status"]), trend], className="line-status"),
        html.Span([html.Span("Utveckling", className="label"), row["progress"]], className="line-progress"),
        spark,
        comment,
    ], className=f"indicator-line line-{STATUS_CLASS[row['status']]}")


def _sparkline(series, row: dict, unit: str | None):
    if not series:
        return None
    outcomes, target = series
    svg = sparkline_svg(outcomes, target, STATUS_MARK_COLOUR.get(row["status"], "#0F4C81"))
    if svg is None:
        return None
    values = ", ".join(f"{year}: {format_number(value)}" for year, value in outcomes)
    return html.Img(src=svg_data_uri(svg), className="sparkline", alt=f"Utfall {values}", width=120, height=32)


def _comment(row: dict):
    texts = []
    for column in ("outcome_comment", "target_comment"):
        text = row.get(column)
        if not is_missing(text) and text not in texts:
            texts.append(text)
    if not texts:
        return None
    return html.Details([html.Summary("Kommentar"), html.P(" ".join(texts), className="mb-0")],
                        className="line-comment small text-muted")
