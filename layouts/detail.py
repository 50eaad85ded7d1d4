"""The indicator detail: progress explained in a sentence, the numbers behind it, comments.

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
from layouts.chart_block import BLANK, chart_block, chart_outputs, chart_values
from layouts.scorecard import status_badge

DETAIL_OUTPUTS = {
    "title": (ids.DETAIL_TITLE, "children"),
    "body": (ids.DETAIL_BODY, "children"),
    **chart_outputs("chart", ids.INDICATOR_CHART),
}


def detail_part(dataset, selection, settings) -> dict | None:
    """The indicator dialog's title, text and chart; None when no indicator is open."""
    if selection.view is not None or selection.indicator is None or selection.municipality is None:
        return None
    lang = selection.lang
    detail = indicator_detail(dataset, selection, scorecard(dataset, selection, settings), settings)
    if detail is None:
        return {"title": "", "body": [], **chart_values("chart", BLANK, lang)}
    return {
        "title": detail.name,
        "body": detail_body(detail.row, detail.progress, detail.direction, detail.unit, lang),
        **chart_values("chart", detail.chart, lang),
    }


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
            dbc.ModalBody([html.Div(id=ids.DETAIL_BODY), chart_block(ids.INDICATOR_CHART, lang)]),
        ],
        id=ids.DETAIL,
        size="xl",
        is_open=False,
        scrollable=True,
        labelledby=ids.DETAIL_TITLE,
    )


def detail_body(
    row: pd.Series | None, progress: ProgressMeasure, direction: str, unit: str | None, lang: str = "sv"
) -> list:
    """The verdicts as one line with their spans, the progress sentence, the numbers behind it and
    any comments on the figures."""
    parts = []
    if row is not None:
        line = verdict_line(row.to_dict(), lang).split(SEPARATOR, 1)
        rest = [html.Span(SEPARATOR + line[1], className="verdict-spans")] if len(line) > 1 else []
        parts.append(html.P([status_badge(row["status"], lang), *rest], className="detail-status"))
    parts.append(html.P(progress_sentence(progress, direction, unit, lang), className="lead progress-sentence"))
    parts.append(_numbers(progress, unit, lang))
    comments = _comments(row, lang)
    if comments:
        parts.append(
            html.Div([html.H3(text("detail.comments", lang), className="h6"), html.Ul(comments)], className="comments")
        )
    return parts


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
    if progress.ratio is not None:
        rows.append((text("detail.ratio", lang), format_number(progress.ratio, max_decimals=2, lang=lang)))
    return dbc.Table(
        [html.Tbody([html.Tr([html.Th(name, scope="row"), html.Td(shown)]) for name, shown in rows])],
        size="sm",
        className="numbers-behind w-auto",
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
