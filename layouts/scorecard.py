"""The scorecard table, the status summary and the data-problems panel."""
from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.formatting import format_date, format_gap, format_number, format_percent, format_value, is_missing
from dashboard.palette import STATUS_CLASS, STATUS_ICON
from dashboard.report import table_rows
from dashboard.schema import ERROR, WHOLE_MUNICIPALITY

MAX_PROBLEMS_SHOWN = 200


def status_badge(status: str) -> html.Span:
    """Icon and label together; the colour only repeats what they say."""
    return html.Span([html.Span(STATUS_ICON[status], className="status-icon", **{"aria-hidden": "true"}),
                      html.Span(status, className="status-label")],
                     className=f"status status-{STATUS_CLASS[status]}")


def status_summary(counts: dict[str, int]) -> list:
    return [html.Span([status_badge(status), html.Span(f" {count}", className="status-count")],
                      className="me-3 summary-item", title=f"{count} indikator(er): {status}")
            for status, count in counts.items() if count]


def scorecard_table(table: pd.DataFrame, query_for_indicator) -> html.Div:
    """One row per indicator; the indicator name links to its chart."""
    has_reference = "municipality_outcome" in table.columns
    year = int(table["year"].iloc[0])
    header = ["Indikator", "Utfall", f"Mål {year}", "Avvikelse", "Status"]
    if has_reference:
        header.insert(2, f"Utfall {WHOLE_MUNICIPALITY.lower()}")
    header.append("Källa")
    body = [_row(row, has_reference, query_for_indicator(row["indicator_key"])) for row in table_rows(table)]
    return html.Div(html.Table([
        html.Caption(f"Indikatorer, mål och avvikelse {year}", className="visually-hidden"),
        html.Thead(html.Tr([html.Th(name, scope="col") for name in header])),
        html.Tbody(body),
    ], className="table table-sm align-middle scorecard-table"), className="table-responsive")


def _row(row: dict, has_reference: bool, indicator_href: str) -> html.Tr:
    unit = None if is_missing(row["unit"]) else row["unit"]
    cells = [
        html.Th([dcc.Link(row["indicator"], href=indicator_href, className="indicator-link"),
                 html.Div(_unit_text(unit), className="small text-muted")], scope="row"),
        html.Td(_outcome_text(row, unit), className="num"),
    ]
    if has_reference:
        cells.append(html.Td(_reference_text(row, unit), className="num"))
    cells += [
        html.Td(format_value(row["target"], unit), className="num"),
        html.Td([html.Div(format_gap(row["gap"], unit)),
                 html.Div(format_percent(row["relative_gap"], signed=True), className="small text-muted")
                 if not is_missing(row["relative_gap"]) else None], className="num"),
        html.Td(status_badge(row["status"])),
        html.Td(_source_text(row), className="small source"),
    ]
    return html.Tr(cells, className=f"row-{STATUS_CLASS[row['status']]}")


def _unit_text(unit: str | None) -> str:
    return f"Enhet: {unit}" if unit else ""


def _outcome_text(row: dict, unit: str | None) -> list:
    text = [format_value(row["outcome"], unit)]
    if not is_missing(row["outcome_year"]) and int(row["outcome_year"]) != int(row["year"]):
        text.append(html.Div(f"utfall {int(row['outcome_year'])}", className="small text-muted"))
    return text


def _reference_text(row: dict, unit: str | None) -> list:
    text = [format_value(row["municipality_outcome"], unit)]
    ref_year = row.get("municipality_outcome_year")
    if not is_missing(ref_year) and int(ref_year) != int(row["year"]):
        text.append(html.Div(f"utfall {int(ref_year)}", className="small text-muted"))
    return text


def _source_text(row: dict) -> list:
    lines = []
    if not is_missing(row["outcome"]):
        lines.append(html.Div(f"Utfall: {_or_unknown(row['outcome_source'])}, publ. {format_date(row['published'])}"))
    if not is_missing(row["target"]):
        lines.append(html.Div(f"Mål: {_or_unknown(row['target_source'])}, publ. {format_date(row['target_published'])}"))
    return lines


def _or_unknown(value) -> str:
    return "okänd källa" if is_missing(value) else str(value)


def problems_panel(problems, no_data: bool) -> html.Div | None:
    """Every problem found in the data files, so the person who can fix them sees where."""
    if not problems:
        return None
    errors = [p for p in problems if p.severity == ERROR]
    failed = sorted({p.file for p in errors})
    if no_data:
        summary = "Inga data kunde läsas in. Rätta filerna nedan; de läses in igen inom några sekunder."
    elif failed:
        summary = (f"{len(failed)} fil(er) lästes inte in på grund av fel: {', '.join(failed)}. "
                   "Övriga data visas som vanligt. En rättad fil läses in inom några sekunder.")
    else:
        summary = f"Data inlästa med {len(problems)} varning(ar)."
    shown = problems[:MAX_PROBLEMS_SHOWN]
    items = [html.Li(p.describe()) for p in shown]
    if len(problems) > len(shown):
        items.append(html.Li(f"… och {format_number(len(problems) - len(shown))} problem till (se /healthz)."))
    return dbc.Alert([
        html.Strong(summary),
        html.Details([html.Summary(f"Visa alla {format_number(len(problems))} problem"), html.Ul(items)]),
    ], color="danger" if errors else "warning", className="data-problems")


def no_data_message(selection) -> dbc.Alert:
    parts = [selection.municipality, selection.area, selection.goal_area or "alla målområden"]
    where = ", ".join(str(p) for p in parts if p)
    return dbc.Alert(f"Det finns inga indikatorer med utfall eller mål för {where} och valt år.",
                     color="info", className="empty-state")

