"""The council overview, answer first: for every goal area its fulfilment and a status strip, then
(opened) its goals and indicators, those without a target folded apart.

`overview_part` is the presenter of the page's top: heading, headline counts, the goal areas (or,
in meeting mode, the meeting screen), the live announcement, the navigation, the download links and
each chart's image file name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from dash import html, no_update

from dashboard.analysis.goal_areas import GoalAreaSummary, selection_summaries
from dashboard.analysis.report import selected_rows, series_by_indicator
from dashboard.domain.statuses import Fulfilment
from dashboard.i18n import label, nothing_to_compare, place_title, text
from layouts import ids
from layouts.comparison import view_nav
from layouts.indicator_lines import indicator_line
from layouts.links import indicator_href, view_href
from layouts.meeting import meeting_screen
from layouts.verdict_marks import FULFILMENT_CLASS, coverage_note, fulfilment_line, split_targeted, status_strip
from layouts.written_texts import NOTHING_WRITTEN, assessment_badge, written_block

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
    "export_docx": (ids.EXPORT_DOCX, "href"),
    "export_goals": (ids.EXPORT_GOALS, "href"),
}


def overview_part(dataset, selection, settings, written=NOTHING_WRITTEN) -> dict:
    """Heading, headline counts, goal areas (or the meeting screen), announcement, navigation and links."""
    query, lang = selection.to_query(), selection.lang
    classes = [f"view-{selection.view or 'overview'}"] + (["meeting-mode"] if selection.meeting else [])
    part = {
        "export_csv": f"/export/gaps.csv{query}",
        "export_xlsx": f"/export/gaps.xlsx{query}",
        "export_pptx": f"/export/slides.pptx{query}",
        "export_docx": f"/export/report.docx{query}",
        "export_goals": f"/export/goals.csv{query}",
        "page_class": " ".join(classes),
        "status_summary": [],
        "overview": [],
        "nav": view_nav(selection.view, lambda view: view_href(selection, view), lang),
    }
    if selection.compares:
        return {**part, **_compare_heading(selection)}
    if selection.municipality is None:
        message = text("view.no_data", lang)
        return {**part, "heading": message, "live": message}
    if selection.meeting and selection.view is None:
        return {**part, **meeting_screen(dataset, selection, settings, written)}
    summaries = selection_summaries(dataset, selection, settings)
    rows = [row for summary in summaries for row in summary.indicators]
    part["heading"] = place_title(selection, lang)
    part["live"] = text(
        "view.live",
        lang,
        count=len(rows),
        year=selection.year,
        goal_area=selection.goal_area or text("view.live_all", lang),
    )
    part["status_summary"] = headline(summaries, lang) + coverage_note(dataset, selection)
    if selection.view is None:
        opened = selection.goal_area is not None or len(summaries) == 1
        # the sparklines' series, only for a goal area that comes opened (the others fetch their own)
        series = series_by_indicator(selected_rows(dataset, selection), selection.year) if opened else {}
        part["overview"] = [goal_area_block(summary, series, selection, lang, opened, written) for summary in summaries]
    return part


def headline(summaries: list[GoalAreaSummary], lang: str) -> list:
    """The municipality's answer in two lines: how its goal areas stand, and its indicators with a target."""
    verdicts = Counter(summary.verdict.fulfilment for summary in summaries)
    rows = [row for summary in summaries for row in summary.indicators]
    targeted, untargeted = split_targeted(rows)
    areas = [
        html.Span(
            [html.Span(str(verdicts[verdict]), className="count"), " ", label(verdict, lang)],
            className=f"headline-item fulfilment status-{FULFILMENT_CLASS[verdict]}",
        )
        for verdict in Fulfilment
        if verdicts[verdict]
    ]
    return [
        html.P(
            [html.Span(text("overview.goal_areas", lang, count=len(summaries)), className="headline-label"), *areas],
            className="headline mb-1",
        ),
        html.Div(
            [
                html.Span(text("overview.with_target", lang, count=len(targeted)), className="headline-label"),
                status_strip(targeted, lang),
                _untargeted_note(untargeted, lang),
            ],
            className="headline mb-0",
        ),
    ]


def goal_area_block(
    summary: GoalAreaSummary, series: dict, selection, lang: str, opened: bool, written=NOTHING_WRITTEN
) -> html.Details:
    """A goal area: its name, fulfilment with the rule and status strip (the answer), then opened its
    goals and indicators. A closed goal area's body is fetched when first opened (goal_area_body_part):
    every body on the first screen kept the browser busy for a second in one task."""
    return html.Details(
        [
            html.Summary(
                goal_area_summary(summary, lang, written),
                id=ids.goal_area_part(ids.GOAL_AREA_SUMMARY, summary.name, opened),
                className="goal-area-summary",
            ),
            html.Div(
                goal_area_body(summary, series, selection, lang, written) if opened else [],
                id=ids.goal_area_part(ids.GOAL_AREA_BODY, summary.name, opened),
                className="goal-area-body",
                **{"aria-live": "polite"},
            ),
        ],
        open=opened,
        className="goal-area",
    )


def goal_area_summary(summary: GoalAreaSummary, lang: str, written=NOTHING_WRITTEN) -> list:
    """A goal area's summary line: name, fulfilment with its rule, the written assessment, the strip."""
    targeted, untargeted = split_targeted(summary.indicators)
    found = written.at(summary.name)
    return [
        html.H3(summary.name, className="goal-area-name"),
        fulfilment_line(summary.verdict, lang),
        assessment_badge(found[1] if found else None, lang, summary.verdict and summary.verdict.fulfilment),
        # the strip on a line of its own; without one, the untargeted count stays on the first line
        html.Div([status_strip(targeted, lang), _untargeted_note(untargeted, lang)], className="strip-row")
        if targeted
        else _untargeted_note(untargeted, lang),
    ]


def refreshed_goal_area(dataset, selection, settings, goal_area: str, summaries: list, bodies: list, written):
    """After a text is saved: the summary and body of its goal area drawn again (it stays open), the
    others left as they are. `summaries` and `bodies`: the goal area names of those on the page."""
    found = selection_summaries(dataset, selection, settings, goal_area)
    if not found:
        return [no_update] * len(summaries), [no_update] * len(bodies)
    body = goal_area_body_part(dataset, selection, settings, goal_area, written)
    return (
        [
            goal_area_summary(found[0], selection.lang, written) if name == goal_area else no_update
            for name in summaries
        ],
        [body if name == goal_area else no_update for name in bodies],
    )


def goal_area_body_part(dataset, selection, settings, goal_area: str, written=NOTHING_WRITTEN) -> list:
    """The body of one goal area of the overview, when a person opens it: its goals with their
    verdicts, its indicators with a target, and those without one folded apart."""
    summaries = selection_summaries(dataset, selection, settings, goal_area)  # the overview's own scorecard
    if not summaries:
        return []
    series = series_by_indicator(selected_rows(dataset, replace(selection, goal_area=goal_area)), selection.year)
    return goal_area_body(summaries[0], series, selection, selection.lang, written)


def goal_area_body(summary: GoalAreaSummary, series: dict, selection, lang: str, written=NOTHING_WRITTEN) -> list:
    targeted, untargeted = split_targeted(summary.indicators)
    body = [
        written_block(written, summary.name, "", summary.verdict and summary.verdict.fulfilment, lang),
        _goals(summary, lang, written),
    ]
    if not summary.indicators:
        body.append(html.P(text("overview.no_indicators", lang), className="text-muted fst-italic mb-0"))
    if targeted:
        body.append(_lines(targeted, series, selection, lang))
    if untargeted:
        body.append(
            html.Details(
                [
                    html.Summary(text("overview.untargeted", lang, count=len(untargeted))),
                    _lines(untargeted, series, selection, lang),
                ],
                className="untargeted",
            )
        )
    return body


def _untargeted_note(rows: list[dict], lang: str):
    return html.Span(text("overview.untargeted", lang, count=len(rows)), className="untargeted-note") if rows else None


def _lines(rows: list[dict], series: dict, selection, lang: str) -> html.Ul:
    return html.Ul(
        [
            indicator_line(row, series.get(row["indicator_key"]), indicator_href(selection, row["indicator_key"]), lang)
            for row in rows
        ],
        className="indicator-lines list-unstyled mb-2",
    )


def _goals(summary: GoalAreaSummary, lang: str, written=NOTHING_WRITTEN) -> html.Ul | None:
    """The council's goals in this goal area, each with its verdict (or that it has no indicators yet)."""
    if not summary.goals:
        return None
    items = []
    for goal in summary.goals:
        verdict = (
            fulfilment_line(goal.verdict, lang)
            if goal.indicator_count
            else html.Span(text("overview.no_indicators", lang), className="text-muted")
        )
        sdg = (
            html.Span(
                text("overview.agenda2030", lang, goals=", ".join(map(str, goal.agenda2030))),
                className="small text-muted d-block",
            )
            if goal.agenda2030
            else None
        )
        about = (
            html.Details(
                [html.Summary(text("overview.about_goal", lang)), html.P(goal.description)],
                className="goal-description small",
            )
            if goal.description
            else None
        )
        computed = goal.verdict.fulfilment if goal.verdict and goal.indicator_count else None
        own = written_block(written, summary.name, goal.text, computed, lang)
        items.append(html.Li([html.Span(goal.text, className="goal-text d-block"), verdict, own, sdg, about]))
    return html.Ul(items, className="goals")


def _compare_heading(selection) -> dict:
    lang = selection.lang
    if selection.year is None:  # nothing to compare: say so, never "None"
        return {"heading": text(f"nav.{selection.view}", lang), "live": nothing_to_compare(selection, lang)}
    if selection.view == "areas":
        heading = text("view.areas_heading", lang, municipality=selection.municipality, year=selection.year)
        live = text("view.areas_live", lang, municipality=selection.municipality, year=selection.year)
    else:
        heading = text("view.municipalities_heading", lang, year=selection.year)
        live = text("view.municipalities_live", lang, count=len(selection.municipalities), year=selection.year)
    return {"heading": heading, "live": live}
