"""The scorecard table with its gap chart, the status badge and the data-problems panel.

`table_part` is the presenter of the table view (view=table): drawn only when that view is open.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.analysis.report import scorecard
from dashboard.domain.problems import ERROR
from dashboard.exports.scorecard_rows import ScorecardRow, scorecard_header, scorecard_rows
from dashboard.figures.palette import STATUS_CLASS, STATUS_ICON
from dashboard.figures.view_charts import scorecard_chart
from dashboard.i18n import area_label, describe_problem, status_label, text
from layouts import ids
from layouts.chart_block import chart_block
from layouts.graph_config import chart_file_name
from layouts.links import indicator_href
from layouts.markup import Markup, element, link

MAX_PROBLEMS_SHOWN = 200
TABLE_OUTPUTS = {"scorecard": (ids.SCORECARD, "children")}


def table_part(dataset, selection, settings) -> dict | None:
    """The scorecard table and the gap chart; nothing (not on screen) outside the table view."""
    lang = selection.lang
    if selection.view != "table":
        return None
    if selection.municipality is None:
        return {"scorecard": html.P(text("view.no_data", lang))}
    table = scorecard(dataset, selection, settings)
    if table.empty:
        return {"scorecard": no_data_message(selection)}
    rows = scorecard_rows(table, lang)
    return {
        "scorecard": [
            scorecard_table(rows, "municipality_outcome" in table.columns, selection, lang),
            chart_block(
                ids.GAP_CHART,
                scorecard_chart(table, selection),
                chart_file_name(dataset, selection, "avvikelser"),
                lang,
            ),
        ]
    }


def status_badge(status: str, lang: str = "sv") -> Markup:
    """Icon and label together; the colour only repeats what they say."""
    return element(
        "Span",
        [
            element("Span", STATUS_ICON[status], className="status-icon", **{"aria-hidden": "true"}),
            element("Span", status_label(status, lang), className="status-label"),
        ],
        className=f"status status-{STATUS_CLASS[status]}",
    )


def status_summary(counts: dict[str, int], lang: str = "sv") -> list:
    return [
        html.Span(
            [status_badge(status, lang), html.Span(f" {count}", className="status-count")],
            className="me-3 summary-item",
            title=text("overview.counts", lang, count=count, status=status_label(status, lang)),
        )
        for status, count in counts.items()
        if count
    ]


def scorecard_table(rows: list[ScorecardRow], has_reference: bool, selection, lang: str = "sv") -> html.Div:
    """One row per indicator; the indicator name links to its chart."""
    year = rows[0].year
    header = scorecard_header(year, has_reference, lang)
    body = [_row(row, has_reference, indicator_href(selection, row.key), header[1:], lang) for row in rows]
    return html.Div(
        html.Table(
            [
                html.Caption(text("table.caption", lang, year=year), className="visually-hidden"),
                html.Thead(html.Tr([html.Th(name, scope="col") for name in header])),
                html.Tbody(body),
            ],
            className="table table-sm align-middle scorecard-table stacked-on-phones",
        ),
        className="table-responsive",
    )


def _row(row: ScorecardRow, has_reference: bool, href: str, labels: list[str], lang: str) -> Markup:
    """One indicator's table row, as markup (layouts/markup.py): a table repeats it per indicator.
    Each cell names its column (`labels`), for a phone where the rows stack."""
    cells = [
        element(
            "Th",
            [
                link(row.indicator, href, className="indicator-link"),
                element(
                    "Div", text("table.unit", lang, unit=row.unit) if row.unit else "", className="small text-muted"
                ),
            ],
            scope="row",
        ),
        element("Td", _with_note(row.outcome, row.outcome_year_note), className="num"),
    ]
    if has_reference:
        cells.append(element("Td", _with_note(row.whole_outcome, row.whole_outcome_year_note), className="num"))
    cells += [
        element("Td", row.target, className="num"),
        element(
            "Td",
            [
                element("Div", row.gap),
                element("Div", row.relative_gap, className="small text-muted") if row.relative_gap else None,
            ],
            className="num",
        ),
        element(
            "Td",
            [
                status_badge(row.status, lang),
                element("Div", row.spans, className="small verdict-spans") if row.spans else None,
            ],
        ),
        element("Td", [element("Div", line) for line in row.sources], className="small source"),
    ]
    for cell, label in zip(cells[1:], labels):
        cell["props"]["data-label"] = label
    return element("Tr", cells, className=f"row-{row.status_class}")


def _with_note(value: str, note: str | None) -> list:
    return [value, element("Div", note, className="small text-muted")] if note else [value]


def problem_item(problem, lang: str) -> html.Li:
    """A data problem in the page's language, with where it is."""
    return html.Li(describe_problem(problem, lang))


def problems_panel(problems, no_data: bool, lang: str = "sv") -> html.Div | None:
    """Every problem found in the data files, so the person who can fix them sees where."""
    if not problems:
        return None
    errors = [p for p in problems if p.severity == ERROR]
    failed = sorted({p.file for p in errors})
    if no_data:
        summary = text("problems.no_data", lang)
    elif failed:
        summary = text("problems.failed", lang, count=len(failed), files=", ".join(failed))
    else:
        summary = text("problems.warnings", lang, count=len(problems))
    shown = problems[:MAX_PROBLEMS_SHOWN]
    items = [problem_item(p, lang) for p in shown]
    if len(problems) > len(shown):
        items.append(html.Li(text("problems.more", lang, count=len(problems) - len(shown))))
    return dbc.Alert(
        [
            html.Strong(summary),
            html.Details([html.Summary(text("problems.show_all", lang, count=len(problems))), html.Ul(items)]),
        ],
        color="danger" if errors else "warning",
        className="data-problems",
    )


def no_data_message(selection) -> dbc.Alert:
    lang = selection.lang
    parts = [
        selection.municipality,
        area_label(selection.area, lang),
        selection.goal_area or text("view.live_all", lang),
    ]
    where = ", ".join(str(p) for p in parts if p)
    return dbc.Alert(text("view.no_data_for", lang, where=where), color="info", className="empty-state")
