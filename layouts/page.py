"""The page: header, data problems, filters, the council overview, the table and its charts."""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.formatting import format_number
from layouts import ids
from layouts.compare import compare_section
from layouts.share import chart_tools, share_section
from layouts.upload import upload_panel
from layouts.detail import detail_modal
from layouts.layout_config import DROPDOWN_LABELS, GRAPH_CONFIG
from layouts.scorecard import problems_panel


def build_page(dataset, settings) -> html.Div:
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.SELECTION),
        dcc.Store(id=ids.SESSION_DATA, storage_type="session"),
        dcc.Store(id=ids.PENDING_UPLOAD),
        _header(),
        dbc.Container([
            problems_panel(dataset.problems, dataset.is_empty),
            html.Div(id=ids.NAV),
            upload_panel(settings.max_content_length),
            _filters(),
            html.Div(id=ids.NOTICES),
            html.Div(id=ids.LIVE, className="visually-hidden", **{"aria-live": "polite", "role": "status"}),
            html.Main([
                html.Div([
                    html.H2(id=ids.HEADING, className="view-heading"),
                    html.Div(id=ids.STATUS_SUMMARY, className="status-summary"),
                ], className="d-flex flex-wrap align-items-baseline gap-3 mb-3"),
                html.Section(id=ids.OVERVIEW, className="overview only-overview",
                             **{"aria-label": "Översikt per målområde"}),
                compare_section(),
                html.Section([
                    html.H2("Tabell och avvikelser", className="h4 mt-4"),
                    html.Div(id=ids.SCORECARD),
                    _downloads(),
                    dcc.Graph(id=ids.GAP_CHART, config=GRAPH_CONFIG),
                    chart_tools(ids.GAP_CHART),
                ], className="details-section only-overview", **{"aria-label": "Tabell och avvikelser"}),
                share_section(),
            ], id="main"),
            detail_modal(),
            html.Footer(_footer_text(dataset), className="text-muted small my-4"),
        ], fluid="lg"),
    ], id=ids.ROOT)


def _header() -> html.Header:
    return html.Header(dbc.Container([
        html.Div([
            html.H1("Målbild", className="h3 mb-0"),
            html.P("Uppföljning av kommunfullmäktiges mål: utfall mot målvärde", className="mb-0"),
        ]),
        dbc.Switch(id=ids.MEETING, label="Mötesläge", value=False, className="meeting-switch mb-0"),
    ], fluid="lg", className="d-flex justify-content-between align-items-center"), className="app-header py-3 mb-3")


def _filters() -> html.Section:
    return html.Section(dbc.Row([
        _dropdown("Kommun", ids.MUNICIPALITY, clearable=False, width=2, class_name="not-municipalities"),
        _dropdown("Område", ids.AREA, clearable=False, class_name="only-overview"),
        _dropdown("Målområde", ids.GOAL_AREA, placeholder="Alla målområden", class_name="not-municipalities"),
        _dropdown("Uppföljningsår", ids.YEAR, clearable=False, width=2),
        _dropdown("Publicerat t.o.m.", ids.AS_OF, placeholder="Senaste publicering", width=2),
    ], className="g-3"), className="filters mb-3", **{"aria-label": "Urval"})


def _dropdown(label: str, component_id: str, clearable: bool = True, placeholder: str = "",
              width: int = 3, class_name: str = "") -> dbc.Col:
    return dbc.Col([
        html.Label(label, htmlFor=component_id, className="form-label fw-semibold mb-1"),
        dcc.Dropdown(id=component_id, clearable=clearable, placeholder=placeholder, searchable=True,
                     labels=DROPDOWN_LABELS),
    ], xs=12, md=6, lg=width, className=class_name)


def _downloads() -> html.Div:
    return html.Div([
        html.Span("Ladda ner tabellen: ", className="me-2"),
        html.A("CSV", id=ids.EXPORT_CSV, className="btn btn-outline-primary btn-sm me-2", download=""),
        html.A("Excel", id=ids.EXPORT_XLSX, className="btn btn-outline-primary btn-sm me-2", download=""),
        html.A("PowerPoint", id=ids.EXPORT_PPTX, className="btn btn-outline-primary btn-sm", download=""),
        html.Span([
            html.Span("Med dina uppladdade data: ", className="ms-3 me-2"),
            dbc.Button("CSV", id=ids.SESSION_CSV, color="primary", outline=True, size="sm", className="me-2"),
            dbc.Button("Excel", id=ids.SESSION_XLSX, color="primary", outline=True, size="sm"),
        ], id=ids.SESSION_DOWNLOADS, style={"display": "none"}),
        dcc.Download(id=ids.DOWNLOAD),
    ], className="downloads my-2")


def _footer_text(dataset) -> str:
    files = len(dataset.load.loaded_files)
    return (f"Data: {format_number(dataset.row_count)} observationer från {files} fil(er). "
            "Status jämför senaste utfall till och med uppföljningsåret med målet för året; utvecklingen "
            "mäts med Open SDG:s framstegsmått.")
