"""The scorecard table, the status summary and the data-problems panel."""
from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from dashboard.i18n.formatting import format_date, format_gap, format_number, format_percent, format_value
from dashboard.domain.values import is_missing
from dashboard.i18n import describe_problem, status_label, text
from dashboard.figures.palette import STATUS_CLASS, STATUS_ICON
from dashboard.analysis.report import table_rows
from dashboard.domain.problems import ERROR
from layouts.markup import Markup, element, link

MAX_PROBLEMS_SHOWN = 200


def status_badge(status: str, lang: str = "sv") -> Markup:
    """Icon and label together; the colour only repeats what they say."""
    return element("Span", [element("Span", STATUS_ICON[status], className="status-icon", **{"aria-hidden": "true"}),
                            element("Span", status_label(status, lang), className="status-label")],
                   className=f"status status-{STATUS_CLASS[status]}")


def status_summary(counts: dict[str, int], lang: str = "sv") -> list:
    return [html.Span([status_badge(status, lang), html.Span(f" {count}", className="status-count")],
                      className="me-3 summary-item",
                      title=text("overview.counts", lang, count=count, status=status_label(status, lang)))
            for status, count in counts.items() if count]


def scorecard_table(table: pd.DataFrame, query_for_indicator, lang: str = "sv") -> html.Div:
    """One row per indicator; the indicator name links to its chart."""
    has_reference = "municipality_outcome" in table.columns
    year = int(table["year"].iloc[0])
    header = [text("table.indicator", lang), text("table.outcome", lang), text("table.target", lang, year=year),
              text("table.gap", lang), text("table.status", lang)]
    if has_reference:
        header.insert(2, text("table.whole_outcome", lang))
    header.append(text("table.source", lang))
    body = [_row(row, has_reference, query_for_indicator(row["indicator_key"]), lang) for row in table_rows(table)]
    return html.Div(html.Table([
        html.Caption(text("table.caption", lang, year=year), className="visually-hidden"),
        html.Thead(html.Tr([html.Th(name, scope="col") for name in header])),
        html.Tbody(body),
    ], className="table table-sm align-middle scorecard-table"), className="table-responsive")


def _row(row: dict, has_reference: bool, indicator_href: str, lang: str) -> Markup:
    """One indicator's table row, as markup (layouts/markup.py): a table repeats it per indicator."""
    unit = None if is_missing(row["unit"]) else row["unit"]
    cells = [
        element("Th", [link(row["indicator"], indicator_href, className="indicator-link"),
                       element("Div", text("table.unit", lang, unit=unit) if unit else "", className="small text-muted")],
                scope="row"),
        element("Td", _outcome_text(row, unit, "outcome", "outcome_year", lang), className="num"),
    ]
    if has_reference:
        cells.append(element("Td", _outcome_text(row, unit, "municipality_outcome", "municipality_outcome_year", lang),
                             className="num"))
    cells += [
        element("Td", format_value(row["target"], unit, lang), className="num"),
        element("Td", [element("Div", format_gap(row["gap"], unit, lang)),
                       element("Div", format_percent(row["relative_gap"], signed=True, lang=lang),
                               className="small text-muted") if not is_missing(row["relative_gap"]) else None],
                className="num"),
        element("Td", status_badge(row["status"], lang)),
        element("Td", _source_text(row, lang), className="small source"),
    ]
    return element("Tr", cells, className=f"row-{STATUS_CLASS[row['status']]}")


def _outcome_text(row: dict, unit: str | None, column: str, year_column: str, lang: str) -> list:
    shown = [format_value(row[column], unit, lang)]
    year = row.get(year_column)
    if not is_missing(year) and int(year) != int(row["year"]):
        shown.append(element("Div", text("table.outcome_year", lang, year=int(year)), className="small text-muted"))
    return shown


def _source_text(row: dict, lang: str) -> list:
    lines = []
    for value, key, source, published in (("outcome", "table.outcome_source", "outcome_source", "published"),
                                          ("target", "table.target_source", "target_source", "target_published")):
        if not is_missing(row[value]):
            name = text("table.unknown_source", lang) if is_missing(row[source]) else str(row[source])
            lines.append(element("Div", text(key, lang, source=name, date=format_date(row[published], lang))))
    return lines


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
    return dbc.Alert([
        html.Strong(summary),
        html.Details([html.Summary(text("problems.show_all", lang, count=len(problems))),
                      html.Ul(items)]),
    ], color="danger" if errors else "warning", className="data-problems")


def no_data_message(selection) -> dbc.Alert:
    lang = selection.lang
    parts = [selection.municipality, selection.area, selection.goal_area or text("view.live_all", lang)]
    where = ", ".join(str(p) for p in parts if p)
    return dbc.Alert(text("view.no_data_for", lang, where=where), color="info", className="empty-state")
