"""The council overview: a card per goal area, a compact line per indicator.

`overview_part` is the presenter of the page's top: heading, status counts, the cards, the live
announcement, the navigation, the download links and each chart's image file name.
"""

from __future__ import annotations

from collections import Counter

import dash_bootstrap_components as dbc
from dash import html

from dashboard.analysis.fulfilment import Verdict
from dashboard.analysis.gaps import status_counts
from dashboard.analysis.goal_areas import GoalAreaSummary, selection_summaries
from dashboard.analysis.report import scorecard, selected_rows, series_by_indicator
from dashboard.domain.statuses import Fulfilment, Progress, Status
from dashboard.domain.values import is_missing
from dashboard.exports.names import file_stem
from dashboard.figures.palette import STATUS_CLASS, STATUS_MARK_COLOUR
from dashboard.figures.sparklines import sparkline_svg, svg_data_uri
from dashboard.i18n import label, place_title, progress_label, render, text
from dashboard.i18n.formatting import format_number, format_value
from dashboard.i18n.verdicts import progress_span, trend_span
from layouts import ids
from layouts.comparison import view_nav
from layouts.graph_config import graph_config
from layouts.links import indicator_href, view_href
from layouts.markup import Markup, element, link
from layouts.scorecard import status_badge, status_summary

OVERVIEW_OUTPUTS = {
    "heading": (ids.HEADING, "children"),
    "status_summary": (ids.STATUS_SUMMARY, "children"),
    "overview": (ids.OVERVIEW, "children"),
    "live": (ids.LIVE, "children"),
    "nav": (ids.NAV, "children"),
    "page_class": (ids.ROOT, "className"),
    "export_csv": (ids.EXPORT_CSV, "href"),
    "export_xlsx": (ids.EXPORT_XLSX, "href"),
    "export_pptx": (ids.EXPORT_PPTX, "href"),
    **{f"config_{graph}": (graph, "config") for graph in ids.GRAPHS},
}


def overview_part(dataset, selection, settings) -> dict:
    """Heading, status counts, goal-area cards, announcement, navigation and download links."""
    query, lang = selection.to_query(), selection.lang
    classes = [f"view-{selection.view or 'overview'}"] + (["meeting-mode"] if selection.meeting else [])
    part = {
        "export_csv": f"/export/gaps.csv{query}",
        "export_xlsx": f"/export/gaps.xlsx{query}",
        "export_pptx": f"/export/slides.pptx{query}",
        **_image_names(dataset, selection),
        "page_class": " ".join(classes),
        "status_summary": [],
        "overview": [],
        "nav": view_nav(selection.view, lambda view: view_href(selection, view), lang),
    }
    if selection.view is not None:
        return {**part, **_compare_heading(selection)}
    if selection.municipality is None:
        message = text("view.no_data", lang)
        return {**part, "heading": message, "live": message}
    table = scorecard(dataset, selection, settings)
    part["heading"] = place_title(selection, lang)
    part["live"] = text(
        "view.live",
        lang,
        count=len(table),
        year=selection.year,
        goal_area=selection.goal_area or text("view.live_all", lang),
    )
    summaries = selection_summaries(dataset, selection, settings)
    series = series_by_indicator(selected_rows(dataset, selection), selection.year)
    part["overview"] = overview_cards(summaries, series, lambda key: indicator_href(selection, key), lang)
    if not table.empty:
        part["status_summary"] = status_summary(status_counts(table), lang)
    return part


def _image_names(dataset, selection) -> dict:
    """Each chart's export file name: what it shows and the year, e.g. malbild_personer-som-en-…_2020."""
    subject = selection.indicator or selection.goal_area or "alla-malomraden"
    if selection.indicator and selection.municipality:
        names = dataset.resolved(selection.municipality, selection.as_of_date)
        match = names.loc[names["indicator_key"] == selection.indicator, "indicator"]
        subject = match.iloc[-1] if not match.empty else subject
    stem = file_stem("malbild", selection.municipality, subject, selection.year)
    names = {
        ids.GAP_CHART: f"{stem}_avvikelser",
        ids.INDICATOR_CHART: stem,
        ids.COMPARE_BARS: f"{stem}_jamforelse",
        ids.COMPARE_LINES: f"{stem}_over-tid",
    }
    return {f"config_{graph}": graph_config(name, selection.lang) for graph, name in names.items()}


def _compare_heading(selection) -> dict:
    lang = selection.lang
    if selection.view == "areas":
        heading = text("view.areas_heading", lang, municipality=selection.municipality, year=selection.year or "")
        live = text("view.areas_live", lang, municipality=selection.municipality, year=selection.year)
    else:
        heading = text("view.municipalities_heading", lang, year=selection.year or "")
        live = text("view.municipalities_live", lang, count=len(selection.municipalities), year=selection.year)
    return {"heading": heading.rstrip(" ·"), "live": live}


def overview_cards(summaries: list[GoalAreaSummary], series_by_key: dict, href_for, lang: str = "sv") -> list:
    """Cards for the goal areas; `series_by_key` maps indicator key → (outcomes, target) for sparklines."""
    return [_card(summary, series_by_key, href_for, lang) for summary in summaries]


def _card(summary: GoalAreaSummary, series_by_key: dict, href_for, lang: str) -> dbc.Card:
    rows = summary.indicators
    body = [_goals(summary, lang)]
    if not rows:
        body.append(html.P(text("overview.no_indicators", lang), className="text-muted fst-italic mb-0 no-indicators"))
    else:
        body.append(
            html.Ul(
                [_indicator_line(row, series_by_key.get(row["indicator_key"]), href_for, lang) for row in rows],
                className="indicator-lines list-unstyled mb-0",
            )
        )
    return dbc.Card(
        [
            dbc.CardHeader(
                [
                    html.H3(summary.name, className="h5 mb-1"),
                    fulfilment_line(summary.verdict, lang),
                    html.Div(_counts(summary.counts, lang), className="card-counts"),
                    _progress_counts(rows, lang),
                ]
            ),
            dbc.CardBody(body),
        ],
        className="goal-area-card mb-3",
    )


FULFILMENT_CLASS = {
    Fulfilment.FULFILLED: "met",
    Fulfilment.PARTLY: "near",
    Fulfilment.NOT_FULFILLED: "not-met",
    Fulfilment.NOT_ASSESSABLE: "missing",
}


def fulfilment_line(verdict: Verdict | None, lang: str):
    """'Måluppfyllelse: Delvis uppfyllt — 1 av 4 bedömda indikatorer uppnådda, 1 nära målet'."""
    if verdict is None:
        return None
    rule = ", ".join(render(part, lang) for part in verdict.rule)
    return html.Span(
        [
            html.Span(text("overview.fulfilment", lang), className="label-inline"),
            html.Span(
                label(verdict.fulfilment, lang), className=f"fulfilment status-{FULFILMENT_CLASS[verdict.fulfilment]}"
            ),
            html.Span(f" — {rule}", className="small fulfilment-rule"),
        ],
        className="fulfilment-line d-block mb-1",
    )


def _counts(counts: dict[str, int], lang: str) -> list:
    return [
        html.Span([status_badge(status, lang), html.Span(f" {count}")], className="me-3")
        for status in Status
        if (count := counts.get(status, 0))
    ]


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
        note = (
            []
            if goal.indicator_count
            else [html.Span(f" – {text('overview.no_indicators', lang).lower()}", className="text-muted")]
        )
        sdg = (
            [
                html.Span(
                    " " + text("overview.agenda2030", lang, goals=", ".join(map(str, goal.agenda2030))),
                    className="small text-muted",
                )
            ]
            if goal.agenda2030
            else []
        )
        about = (
            [
                html.Details(
                    [html.Summary(text("overview.about_goal", lang)), html.P(goal.description, className="mb-1")],
                    className="goal-description small",
                )
            ]
            if goal.description
            else []
        )
        verdict = [html.Div(fulfilment_line(goal.verdict, lang))] if goal.indicator_count else []
        items.append(html.Li([html.Span(goal.text, className="goal-text"), *note, *sdg, *verdict, *about]))
    with_indicators = summary.goals_with_indicators
    coverage = text(
        "overview.coverage",
        lang,
        covered=with_indicators,
        total=len(summary.goals),
        missing=len(summary.goals) - with_indicators,
    )
    return html.Div(
        [html.Ul(items, className="goals mb-1"), html.P(coverage, className="small text-muted coverage")],
        className="goal-list mb-2",
    )


def _indicator_line(row: dict, series, href_for, lang: str) -> Markup:
    """One indicator's line, as markup (layouts/markup.py): the overview repeats it per indicator."""
    unit = None if is_missing(row["unit"]) else row["unit"]
    outcome = format_value(row["outcome"], unit, lang)
    if not is_missing(row["outcome_year"]):
        outcome += f" ({int(row['outcome_year'])})"
    target = format_value(row["target"], unit, lang)
    arrow = row.get("trend")
    described = trend_span(
        arrow, row.get("trend_from_year"), row.get("trend_previous"), row["outcome"], row["outcome_year"], unit, lang
    )
    trend = (
        element(
            "Span",
            [
                element("Span", arrow, className="trend-arrow", **{"aria-hidden": "true"}),
                element("Span", described, className="visually-hidden"),
            ],
            className="trend",
            title=described,
        )
        if not is_missing(arrow)
        else None
    )
    spark = _sparkline(series, row, lang)
    comment = _comment(row, lang)
    return element(
        "Li",
        [
            link(row["indicator"], href_for(row["indicator_key"]), className="indicator-link line-name"),
            element(
                "Span",
                [element("Span", text("overview.outcome", lang), className="label"), outcome],
                className="line-outcome",
            ),
            element(
                "Span",
                [element("Span", text("overview.target", lang, year=int(row["year"])), className="label"), target],
                className="line-target",
            ),
            element("Span", [status_badge(row["status"], lang), trend], className="line-status"),
            element(
                "Span",
                [
                    element("Span", text("overview.progress", lang), className="label"),
                    progress_span(row["progress"], row.get("progress_base_year"), lang),
                    element("Span", described, className="d-block small line-trend") if described else None,
                ],
                className="line-progress",
            ),
            spark,
            comment,
        ],
        className=f"indicator-line line-{STATUS_CLASS[row['status']]}",
    )


def _sparkline(series, row: dict, lang: str):
    if not series:
        return None
    outcomes, target = series
    svg = sparkline_svg(outcomes, target, STATUS_MARK_COLOUR.get(row["status"], "#0F4C81"))
    if svg is None:
        return None
    values = ", ".join(f"{year}: {format_number(value, lang=lang)}" for year, value in outcomes)
    return element(
        "Img",
        None,
        src=svg_data_uri(svg),
        className="sparkline",
        alt=text("overview.sparkline", lang, values=values),
        width=120,
        height=32,
    )


def _comment(row: dict, lang: str):
    texts = []
    for column in ("outcome_comment", "target_comment"):
        comment = row.get(column)
        if not is_missing(comment) and comment not in texts:
            texts.append(comment)
    if not texts:
        return None
    return element(
        "Details",
        [element("Summary", text("overview.comment", lang)), element("P", " ".join(texts), className="mb-0")],
        className="line-comment small text-muted",
    )
