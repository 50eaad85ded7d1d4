"""The meeting screen (Mötesläge): a presentation, one goal area per screen, paged with the arrow
keys, Page Up/Down and the buttons; the page is the goal area in the URL. Only what a council room
needs: each indicator's name, outcome against target, status and progress with their spans."""

from __future__ import annotations

from dataclasses import replace

from dash import dcc, html

from dashboard.analysis.goal_areas import selection_summaries
from dashboard.i18n import place_title, text, whose
from layouts import ids
from layouts.indicator_lines import indicator_line
from layouts.links import goal_area_href, indicator_href
from layouts.verdict_marks import coverage_note, fulfilment_line, split_targeted, status_strip
from layouts.written_texts import NOTHING_WRITTEN, assessment_badge


def meeting_screen(dataset, selection, settings, written=NOTHING_WRITTEN) -> dict:
    """heading, live, status_summary and overview for the meeting screen of `selection`'s goal area
    (the first one when none is chosen)."""
    lang = selection.lang
    summaries = selection_summaries(dataset, replace(selection, goal_area=None), settings)
    if not summaries:
        message = text("view.empty_selection", lang)
        return {"heading": place_title(selection, lang), "live": message, "overview": html.P(message)}
    names = [summary.name for summary in summaries]
    index = names.index(selection.goal_area) if selection.goal_area in names else 0
    summary = summaries[index]
    targeted, untargeted = split_targeted(summary.indicators)
    shown = replace(selection, goal_area=summary.name)
    page = text("meeting.page", lang, page=index + 1, pages=len(summaries))
    screen = [
        _pager(selection, names, index, page, lang),
        html.Div(
            [
                fulfilment_line(summary.verdict, lang),
                _assessment(written, summary, lang),
                status_strip(targeted, lang),
                *coverage_note(dataset, shown),
            ],
            className="meeting-answer",
        ),
        html.Ul(
            [
                indicator_line(row, None, indicator_href(shown, row["indicator_key"]), lang, large=True)
                for row in targeted
            ],
            className="indicator-lines list-unstyled meeting-lines",
        ),
        html.P(text("overview.untargeted", lang, count=len(untargeted)), className="untargeted-note")
        if untargeted
        else None,
    ]
    return {
        # whose figures in the heading too: at the back of the room women's 85 % must not pass for the total's
        "heading": " · ".join(
            filter(None, (summary.name, f"{selection.municipality} {selection.year}", whose(selection, lang)))
        ),
        "live": f"{summary.name}, {page}",
        "status_summary": [],
        "overview": screen,
    }


def _assessment(written, summary, lang: str):
    """The written assessment of the goal area, beside the computed fulfilment (marked when it differs)."""
    found = written.at(summary.name)
    return assessment_badge(found[1] if found else None, lang, summary.verdict and summary.verdict.fulfilment)


def _pager(selection, names: list[str], index: int, page: str, lang: str) -> html.Nav:
    """Previous and next goal area as links (the keyboard follows them), and where we are."""
    previous = names[index - 1] if index > 0 else None
    following = names[index + 1] if index + 1 < len(names) else None
    return html.Nav(
        [
            _page_link(ids.MEETING_PREV, text("meeting.previous", lang), selection, previous),
            html.Span(page, className="meeting-page", **{"aria-live": "polite"}),
            _page_link(ids.MEETING_NEXT, text("meeting.next", lang), selection, following),
        ],
        className="meeting-pager",
        **{"aria-label": text("meeting.pager", lang)},
    )


def _page_link(component_id: str, label: str, selection, goal_area: str | None):
    """A link to a goal area's screen; at either end a disabled button that says so."""
    if goal_area is None:
        return html.Span(
            label, id=component_id, className="btn btn-outline-primary disabled", **{"aria-disabled": "true"}
        )
    return dcc.Link(
        label, id=component_id, href=goal_area_href(selection, goal_area), className="btn btn-outline-primary"
    )
