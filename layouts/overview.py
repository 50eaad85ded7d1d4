"""The council overview: a card per goal area, a compact line per indicator."""
from __future__ import annotations

from collections import Counter

import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n.formatting import format_number, format_value
from dashboard.domain.values import is_missing
from dashboard.domain.statuses import Progress, Status
from dashboard.i18n import progress_label, text, trend_words
from dashboard.analysis.goal_areas import GoalAreaSummary
from dashboard.figures.palette import STATUS_CLASS, STATUS_MARK_COLOUR
from dashboard.figures.sparklines import sparkline_svg, svg_data_uri
from layouts.markup import Markup, element, link
from layouts.scorecard import status_badge


def overview_cards(summaries: list[GoalAreaSummary], series_by_key: dict, href_for, lang: str = "sv") -> list:
    """Cards for the goal areas; `series_by_key` maps indicator key → (outcomes, target) for sparklines."""
    return [_card(summary, series_by_key, href_for, lang) for summary in summaries]


def _card(summary: GoalAreaSummary, series_by_key: dict, href_for, lang: str) -> dbc.Card:
    rows = summary.indicators
    body = [_goals(summary, lang)]
    if not rows:
        body.append(html.P(text("overview.no_indicators", lang), className="text-muted fst-italic mb-0 no-indicators"))
    else:
        body.append(html.Ul([_indicator_line(row, series_by_key.get(row["indicator_key"]), href_for, lang)
                             for row in rows], className="indicator-lines list-unstyled mb-0"))
    return dbc.Card([
        dbc.CardHeader([
            html.H3(summary.name, className="h5 mb-1"),
            html.Div(_counts(summary.counts, lang), className="card-counts"),
            _progress_counts(rows, lang),
        ]),
        dbc.CardBody(body),
    ], className="goal-area-card mb-3")


def _counts(counts: dict[str, int], lang: str) -> list:
    return [html.Span([status_badge(status, lang), html.Span(f" {count}")], className="me-3")
            for status in Status if (count := counts.get(status, 0))]


def _progress_counts(rows: list[dict], lang: str) -> html.Div | None:
    """How many indicators are on track, slipping, … toward their targets."""
    if not rows:
        return None
    counts = Counter(row["progress"] for row in rows)
    parts = [f"{progress_label(label, lang)} {int(counts[label])}" for label in Progress if label in counts]
    return html.Div(text("overview.progress_counts", lang, parts=" · ".join(parts)), className="small progress-counts")


def _goals(summary: GoalAreaSummary, lang: str) -> html.Div | None:
    if not summary.goals:
        return None
    items = []
    for goal in summary.goals:
        note = [] if goal.indicator_count else [html.Span(f" – {text('overview.no_indicators', lang).lower()}", className="text-muted")]
        sdg = [html.Span(" " + text("overview.agenda2030", lang, goals=", ".join(map(str, goal.agenda2030))),
                         className="small text-muted")
               ] if goal.agenda2030 else []
        about = [html.Details([html.Summary(text("overview.about_goal", lang)), html.P(goal.description, className="mb-1")],
                              className="goal-description small")] if goal.description else []
        items.append(html.Li([html.Span(goal.text, className="goal-text"), *note, *sdg, *about]))
    with_indicators = summary.goals_with_indicators
    coverage = text("overview.coverage", lang, covered=with_indicators, total=len(summary.goals),
                    missing=len(summary.goals) - with_indicators)
    return html.Div([html.Ul(items, className="goals mb-1"), html.P(coverage, className="small text-muted coverage")],
                    className="goal-list mb-2")


def _indicator_line(row: dict, series, href_for, lang: str) -> Markup:
    """One indicator's line, as markup (layouts/markup.py): the overview repeats it per indicator."""
    unit = None if is_missing(row["unit"]) else row["unit"]
    outcome = format_value(row["outcome"], unit, lang)
    if not is_missing(row["outcome_year"]):
        outcome += f" ({int(row['outcome_year'])})"
    target = format_value(row["target"], unit, lang)
    arrow = row.get("trend")
    described = trend_words(arrow, row.get("trend_from_year"), lang)
    trend = element("Span", [element("Span", arrow, className="trend-arrow", **{"aria-hidden": "true"}),
                             element("Span", described, className="visually-hidden")],
                    className="trend", title=described) if not is_missing(arrow) else None
    spark = _sparkline(series, row, lang)
    comment = _comment(row, lang)
    return element("Li", [
        link(row["indicator"], href_for(row["indicator_key"]), className="indicator-link line-name"),
        element("Span", [element("Span", text("overview.outcome", lang), className="label"), outcome],
                className="line-outcome"),
        element("Span", [element("Span", text("overview.target", lang, year=int(row["year"])), className="label"),
                         target], className="line-target"),
        element("Span", [status_badge(row["status"], lang), trend], className="line-status"),
        element("Span", [element("Span", text("overview.progress", lang), className="label"),
                         progress_label(row["progress"], lang)], className="line-progress"),
        spark,
        comment,
    ], className=f"indicator-line line-{STATUS_CLASS[row['status']]}")


def _sparkline(series, row: dict, lang: str):
    if not series:
        return None
    outcomes, target = series
    svg = sparkline_svg(outcomes, target, STATUS_MARK_COLOUR.get(row["status"], "#0F4C81"))
    if svg is None:
        return None
    values = ", ".join(f"{year}: {format_number(value, lang=lang)}" for year, value in outcomes)
    return element("Img", None, src=svg_data_uri(svg), className="sparkline",
                   alt=text("overview.sparkline", lang, values=values), width=120, height=32)


def _comment(row: dict, lang: str):
    texts = []
    for column in ("outcome_comment", "target_comment"):
        comment = row.get(column)
        if not is_missing(comment) and comment not in texts:
            texts.append(comment)
    if not texts:
        return None
    return element("Details", [element("Summary", text("overview.comment", lang)),
                               element("P", " ".join(texts), className="mb-0")],
                   className="line-comment small text-muted")
