"""The page: header, data problems, filters, scorecard, charts and downloads."""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.formatting import format_number
from layouts import ids
from layouts.scorecard import problems_panel

GRAPH_CONFIG = {"displaylogo": False, "responsive": True,
                "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
                "toImageButtonOptions": {"format": "png", "scale": 3}}


def build_page(dataset) -> html.Div:
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.SELECTION),
        _header(),
        dbc.Container([
            problems_panel(dataset.problems, dataset.is_empty),
            _filters(),
            html.Div(id=ids.NOTICES, role="status"),
            html.Main([
                html.Div([
                    html.H2(id=ids.HEADING, className="view-heading"),
                    html.Div(id=ids.STATUS_SUMMARY, className="status-summary"),
                ], className="d-flex flex-wrap align-items-baseline gap-3 mb-2"),
                html.Div(id=ids.SCORECARD),
                _downloads(),
                html.Section([
                    dcc.Graph(id=ids.GAP_CHART, config=GRAPH_CONFIG),
                ], className="chart-section", **{"aria-label": "Avvikelse från målen"}),
                html.Section([
                    html.H2("Utveckling över tid", className="h4 mt-4", id=ids.INDICATOR_HEADING),
                    _dropdown("Indikator", ids.INDICATOR, clearable=False, width=12),
                    dcc.Graph(id=ids.INDICATOR_CHART, config=GRAPH_CONFIG),
                ], className="chart-section"),
            ], id="main"),
            html.Footer(_footer_text(dataset), className="text-muted small my-4"),
        ], fluid="lg"),
    ])


def _header() -> html.Header:
    return html.Header(dbc.Container([
        html.H1("Målbild", className="h3 mb-0"),
        html.P("Uppföljning av kommunfullmäktiges mål: utfall mot målvärde", className="mb-0"),
    ], fluid="lg"), className="app-header py-3 mb-3")


def _filters() -> html.Section:
    return html.Section(dbc.Row([
        _dropdown("Kommun", ids.MUNICIPALITY, clearable=False, width=2),
        _dropdown("Område", ids.AREA, clearable=False),
        _dropdown("Målområde", ids.GOAL_AREA, placeholder="Alla målområden"),
        _dropdown("Uppföljningsår", ids.YEAR, clearable=False, width=2),
        _dropdown("Publicerat t.o.m.", ids.AS_OF, placeholder="Senaste publicering", width=2),
    ], className="g-3"), className="filters mb-3", **{"aria-label": "Urval"})


def _dropdown(label: str, component_id: str, clearable: bool = True, placeholder: str = "",
              width: int = 3) -> dbc.Col:
    return dbc.Col([
        html.Label(label, htmlFor=component_id, className="form-label fw-semibold mb-1"),
        dcc.Dropdown(id=component_id, clearable=clearable, placeholder=placeholder, searchable=True,
                     optionHeight=50),
    ], xs=12, md=6, lg=width)


def _downloads() -> html.Div:
    return html.Div([
        html.Span("Ladda ner tabellen: ", className="me-2"),
        html.A("CSV", id=ids.EXPORT_CSV, className="btn btn-outline-primary btn-sm me-2", download=""),
        html.A("Excel", id=ids.EXPORT_XLSX, className="btn btn-outline-primary btn-sm", download=""),
    ], className="downloads my-2")


def _footer_text(dataset) -> str:
    files = len(dataset.load.loaded_files)
    return (f"Data: {format_number(len(dataset.observations))} observationer från {files} fil(er). "
            "Status jämför senaste utfall till och med uppföljningsåret med målet för året.")
