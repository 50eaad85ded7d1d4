"""The comparison views: controls, the two charts, and the table of compared numbers."""
from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.compare_figures import QUARTILE_TEXT
from dashboard.formatting import format_number, format_percent, format_value, is_missing
from layouts import ids
from layouts.layout_config import DROPDOWN_LABELS, GRAPH_CONFIG
from layouts.share import chart_tools

MISSING = "saknas"
VIEW_LINKS = ((None, "Översikt"), ("areas", "Jämför områden"), ("municipalities", "Jämför kommuner"))


def compare_section() -> html.Section:
    return html.Section([
        dbc.Row([
            _control("Indikator", ids.COMPARE_INDICATOR, width=6, clearable=False),
            _control("Områden att jämföra", ids.COMPARE_AREAS, width=6, multi=True, class_name="only-areas",
                     placeholder="Alla områden med uppgifter"),
            _control("Kommuner att jämföra", ids.COMPARE_MUNICIPALITIES, width=6, multi=True,
                     class_name="only-municipalities"),
        ], className="g-3 mb-2 compare-controls"),
        dcc.Graph(id=ids.COMPARE_BARS, config=GRAPH_CONFIG),
        chart_tools(ids.COMPARE_BARS),
        dcc.Graph(id=ids.COMPARE_LINES, config=GRAPH_CONFIG),
        chart_tools(ids.COMPARE_LINES),
        html.Div(id=ids.COMPARE_TABLE),
        html.A("Ladda ner jämförelsen (CSV)", id=ids.COMPARE_EXPORT, download="",
               className="btn btn-outline-primary btn-sm my-2 downloads"),
    ], id=ids.COMPARE, className="only-compare", **{"aria-label": "Jämförelse"})


def _control(label: str, component_id: str, width: int, multi: bool = False, clearable: bool = True,
             class_name: str = "", placeholder: str = "") -> dbc.Col:
    return dbc.Col([
        html.Label(label, htmlFor=component_id, className="form-label fw-semibold mb-1"),
        dcc.Dropdown(id=component_id, multi=multi, clearable=clearable, placeholder=placeholder,
                     labels=DROPDOWN_LABELS),
    ], xs=12, lg=width, className=class_name)


def view_nav(active: str | None, href_for) -> html.Nav:
    """Links between the overview and the comparisons, keeping the rest of the selection."""
    items = [html.Li(dcc.Link(label, href=href_for(view), className="nav-link" + (" active" if view == active else ""),
                              title=f"{label} (visas nu)" if view == active else label), className="nav-item")
             for view, label in VIEW_LINKS]
    return html.Nav(html.Ul(items, className="nav nav-pills"), className="view-nav mb-3", **{"aria-label": "Vyer"})


def area_table(table: pd.DataFrame) -> html.Div:
    """Each area against the whole municipality, and against a target (its own or the municipality's)."""
    header = ["Indikator", "Område", "Utfall", "Hela kommunen", "Skillnad", "Bedömning", "Mål", "Avvikelse"]
    body = []
    for _, row in table.iterrows():
        unit = None if is_missing(row["unit"]) else row["unit"]
        target = MISSING if is_missing(row["compared_target"]) else format_value(row["compared_target"], unit)
        if not is_missing(row["compared_target"]) and not row["target_is_own"]:
            target += " (kommunens mål)"
        body.append(html.Tr([
            html.Td(row["indicator"]), html.Th(row["area"], scope="row"),
            html.Td(_value(row["outcome"], unit), className="num"),
            html.Td(_value(row["reference_outcome"], unit), className="num"),
            html.Td(_difference(row["difference"], row["relative_difference"], unit), className="num"),
            html.Td(row["assessment"] or MISSING),
            html.Td(target, className="num"),
            html.Td(_value(row["gap"], unit, signed=True), className="num"),
        ]))
    return _table(header, body, f"Områden jämförda med hela kommunen {int(table['year'].iloc[0])}")


def municipality_table(table: pd.DataFrame) -> html.Div:
    header = ["Kommun", "Utfall", "Mål", "Rang", "Kvartil"]
    body = []
    count = int(table["outcome"].notna().sum())
    for _, row in table.iterrows():
        unit = None if is_missing(row["unit"]) else row["unit"]
        rank = MISSING if is_missing(row["rank"]) else f"{int(row['rank'])} av {count}"
        quartile = "–" if is_missing(row["quartile"]) else f"{int(row['quartile'])} ({QUARTILE_TEXT[int(row['quartile'])]})"
        body.append(html.Tr([html.Th(row["municipality"], scope="row"), html.Td(_value(row["outcome"], unit), className="num"),
                             html.Td(_value(row["target"], unit), className="num"), html.Td(rank), html.Td(quartile)]))
    return _table(header, body, f"Kommuner jämförda {int(table['year'].iloc[0])}")


def _table(header: list[str], body: list, caption: str) -> html.Div:
    return html.Div(html.Table([
        html.Caption(caption, className="caption-top fw-semibold"),
        html.Thead(html.Tr([html.Th(name, scope="col") for name in header])),
        html.Tbody(body),
    ], className="table table-sm align-middle compare-table"), className="table-responsive")


def _value(value, unit, signed: bool = False) -> str:
    if is_missing(value):
        return MISSING
    return format_number(value, signed=True) if signed else format_value(value, unit)


def _difference(difference, relative, unit) -> str:
    if is_missing(difference):
        return MISSING
    text = format_number(difference, signed=True) + ("\u00a0p.e." if unit == "%" else "")
    return text if is_missing(relative) else f"{text} ({format_percent(relative, signed=True)})"
