"""The indicator detail: progress explained in a sentence, the numbers behind it, comments, and
what the indicator measures ("Definition och källa", layouts/indicator_definition.py).

`detail_part` is the presenter of the dialog: nothing (not on screen) when no indicator is open."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from dashboard.analysis.progress import CAGR, ProgressMeasure
from dashboard.analysis.report import scorecard
from dashboard.domain.statuses import Progress
from dashboard.domain.values import is_missing
from dashboard.figures.view_charts import indicator_detail
from dashboard.i18n import text
from dashboard.i18n.formatting import MISSING, format_gap, format_number, format_percent, format_value
from dashboard.i18n.narrative import progress_sentence
from dashboard.i18n.verdicts import SEPARATOR, verdict_line
from layouts import ids
from layouts.chart_block import chart_block
from layouts.graph_config import chart_file_name
from layouts.indicator_definition import definition_section
from layouts.scorecard import status_badge
from layouts.written_texts import NOTHING_WRITTEN, written_block

DETAIL_OUTPUTS = {
    "title": (ids.DETAIL_TITLE, "children"),
    "body": (ids.DETAIL_BODY, "children"),
    # the dialog is drawn outside the page (at the end of <body>): meeting mode enlarges it by its own class
    "dialog_class": (ids.DETAIL, "class_name"),
}


def detail_part(dataset, selection, settings, written=NOTHING_WRITTEN) -> dict | None:
    """The indicator dialog's title, text and chart; None when no indicator is open."""
    if selection.compares or selection.indicator is None or selection.municipality is None:
        return None
    lang = selection.lang
    detail = indicator_detail(dataset, selection, scorecard(dataset, selection, settings), settings)
    dialog_class = "meeting-dialog" if selection.meeting else ""
    if detail is None:
        return {"title": "", "body": [], "dialog_class": dialog_class}
    chart = chart_block(ids.INDICATOR_CHART, detail.chart, chart_file_name(dataset, selection), lang)
    body = detail_body(detail.row, detail.progress, detail.direction, detail.unit, lang, chart)
    definition = definition_section(dataset.definitions.get(selection.indicator), detail.unit, detail.direction, lang)
    followed = _followup(written, detail.row, detail.name, lang) + ([] if definition is None else [definition])
    return {
        "title": detail.name,
        "body": body[:-1] + followed + body[-1:],  # before the method
        "dialog_class": dialog_class,
    }


def _followup(written, row, name: str, lang: str) -> list:
    """The written analysis of the indicator itself and of the goal (or goal area) it follows, read only."""
    if row is None:
        return []
    goal = "" if is_missing(row["goal"]) else str(row["goal"])
    about_goal = (
        text("followup.heading_goal", lang, goal=goal)
        if goal
        else text("followup.heading_goal_area", lang, goal_area=row["goal_area"])
    )
    shown = [
        written_block(written, row["goal_area"], "", None, lang, editable=False, indicator=name),
        written_block(written, row["goal_area"], goal, None, lang, editable=False, heading=about_goal),
    ]
    return [block for block in shown if block is not None]


def detail_modal(lang: str = "sv") -> dbc.Modal:
    return dbc.Modal(
        [
            dbc.ModalHeader(
                [
                    dbc.ModalTitle(id=ids.DETAIL_TITLE, tag="h2", className="h5"),
                    html.Button(
                        id=ids.DETAIL_CLOSE,
                        type="button",
                        className="btn-close",
                        **{"aria-label": text("detail.close", lang)},
                    ),
                ],
                close_button=False,
            ),
            dbc.ModalBody(html.Div(id=ids.DETAIL_BODY)),
        ],
        id=ids.DETAIL,
        size="xl",
        is_open=False,
        scrollable=True,
        labelledby=ids.DETAIL_TITLE,
    )


def detail_body(row, progress: ProgressMeasure, direction: str, unit: str | None, lang: str = "sv", chart=None) -> list:
    """The verdicts as one line with their spans, the sentences, the chart, the numbers behind it,
    the comments on the figures, and how it is computed ("Så räknar vi")."""
    parts = []
    if row is not None:
        line = verdict_line(row.to_dict(), lang).split(SEPARATOR, 1)
        rest = [html.Span(SEPARATOR + line[1], className="verdict-spans")] if len(line) > 1 else []
        parts.append(html.P([status_badge(row["status"], lang), *rest], className="detail-status"))
    parts.append(html.P(progress_sentence(progress, direction, unit, lang), className="lead progress-sentence"))
    parts.append(chart)
    parts.append(html.H3(text("detail.numbers", lang), className="h6 mt-3 hide-in-meeting"))
    parts.append(_numbers(progress, unit, lang))
    comments = _comments(row, lang)
    if comments:
        parts.append(
            html.Div(
                [html.H3(text("detail.comments", lang), className="h6"), html.Ul(comments)],
                className="comments hide-in-meeting",
            )
        )
    parts.append(_method(progress, lang))
    return [part for part in parts if part is not None]


def _method(progress: ProgressMeasure, lang: str) -> html.Details:
    """How the verdicts are computed, in words, with this indicator's ratio: the jargon stays here."""
    items = [html.P(text(f"detail.method_{name}", lang)) for name in ("status", "progress", "classes", "spans")]
    if progress.ratio is not None:
        items.append(
            html.P(
                text(
                    "detail.ratio",
                    lang,
                    ratio=format_number(progress.ratio, max_decimals=2, lang=lang),
                    method=text(f"detail.method_name_{progress.method}", lang),
                )
            )
        )
    return html.Details([html.Summary(text("detail.method", lang)), *items], className="method small hide-in-meeting")


def _numbers(progress: ProgressMeasure, unit: str | None, lang: str) -> dbc.Table:
    """Base, current and target, the yearly change so far and the one required (in percent for
    compound growth, in the unit for a linear pace), and what is needed from where the outcome is now."""

    def value(number, year):
        return MISSING if number is None else f"{format_value(number, unit, lang)} ({year})"

    def change(rate, relative: bool):
        if rate is None:
            return MISSING
        shown = format_percent(rate, signed=True, lang=lang) if relative else format_gap(rate, unit, lang)
        return text("detail.per_year", lang, rate=shown)

    relative = progress.method == CAGR
    rows = [
        (text("detail.base", lang), value(progress.base, progress.base_year)),
        (text("detail.current", lang), value(progress.current, progress.current_year)),
        (text("detail.target", lang), value(progress.target, progress.target_year)),
    ]
    if progress.base_year is not None and progress.actual_growth is not None:
        rows.append((text("detail.actual", lang, year=progress.base_year), change(progress.actual_growth, relative)))
    if progress.required_growth is not None:
        rows.append(
            (text("detail.required", lang, year=progress.base_year), change(progress.required_growth, relative))
        )
    if progress.needed_per_year is not None and progress.status != Progress.TARGET_MET:
        rows.append((text("detail.needed", lang, year=progress.current_year), change(progress.needed_per_year, False)))
    return dbc.Table(
        [html.Tbody([html.Tr([html.Th(name, scope="row"), html.Td(shown)]) for name, shown in rows])],
        size="sm",
        className="numbers-behind w-auto hide-in-meeting",
    )


def _comments(row: pd.Series | None, lang: str) -> list:
    if row is None:
        return []
    items = []
    for key, column in (("detail.comment_outcome", "outcome_comment"), ("detail.comment_target", "target_comment")):
        comment = row.get(column)
        if not is_missing(comment):
            items.append(html.Li(text(key, lang, text=comment)))
    return items
