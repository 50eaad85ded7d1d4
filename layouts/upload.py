"""The upload panel: a file, the facts a published table leaves out, a preview, and what was added."""
from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.formatting import format_number, is_missing
from layouts import ids

PREVIEW_ROWS = 6


def upload_panel(max_bytes: int) -> html.Details:
    return html.Details([
        html.Summary("Ladda upp egna data", className="fw-semibold"),
        html.P(["CSV (komma, semikolon eller tabb; decimalkomma går bra) eller Excel (.xlsx), antingen i ",
                "Målbilds långa format eller som en publicerad tabell med kolumner som ”Utfall 2018” och ",
                "”Mål 2019”. Uppgifterna visas bara för dig, i den här webbläsarflikens session."], className="small"),
        dbc.Row([
            _field("Kommun", ids.UPLOAD_MUNICIPALITY, "t.ex. Borås"),
            _field("Kommunkod", ids.UPLOAD_CODE, "t.ex. 1490", width=2),
            _field("Målområde", ids.UPLOAD_GOAL_AREA, "t.ex. Vård och omsorg"),
            _field("Publicerad", ids.UPLOAD_PUBLISHED, "ÅÅÅÅ-MM-DD", width=2),
            _field("Källa", ids.UPLOAD_SOURCE, "t.ex. Budget 2019", width=2),
        ], className="g-2 mb-2"),
        html.P("Fälten behövs för publicerade tabeller, som inte har kolumner för kommun och målområde.",
               className="small text-muted mb-2"),
        dcc.Upload(id=ids.UPLOAD, max_size=max_bytes, accept=".csv,.txt,.tsv,.xlsx", multiple=False,
                   children=html.Div(["Dra hit en fil eller ", html.Span("välj en fil", className="text-decoration-underline")]),
                   className="upload-drop", style_active={"borderColor": "#0F4C81"}),
        html.Div(id=ids.UPLOAD_PREVIEW, className="mt-2", **{"aria-live": "polite"}),
        html.Div([
            dbc.Button("Lägg till i min vy", id=ids.UPLOAD_ADD, color="primary", size="sm", disabled=True,
                       className="me-2"),
            dbc.Button("Ta bort mina uppladdade data", id=ids.UPLOAD_CLEAR, color="secondary", outline=True, size="sm"),
        ], className="my-2"),
        html.Div(id=ids.UPLOAD_LIST, className="small"),
    ], className="upload-panel mb-3")


def _field(label: str, component_id: str, placeholder: str, width: int = 3) -> dbc.Col:
    return dbc.Col([
        dbc.Label(label, html_for=component_id, className="small mb-0"),
        dbc.Input(id=component_id, placeholder=placeholder, size="sm", debounce=True, type="text"),
    ], xs=12, md=6, lg=width)


def problems_list(name: str, problems, ok: bool) -> dbc.Alert:
    """Every problem, in Swedish, with where it is; the data already shown stays as it was."""
    items = [html.Li(problem.describe()) for problem in problems]
    if ok:
        return dbc.Alert([html.Strong(f"{name}: varningar"), html.Ul(items)], color="warning", className="py-2")
    return dbc.Alert([html.Strong(f"{name} kunde inte läsas. Rätta felen och ladda upp filen igen; "
                                  "det som redan visas påverkas inte."), html.Ul(items, className="mb-0")],
                     color="danger", className="upload-problems")


def preview(name: str, observations: pd.DataFrame) -> html.Div:
    """Rows, indicators and years in the file, and its first rows as they will be read."""
    years = observations["year"].dropna().astype(int)
    shown = observations.head(PREVIEW_ROWS)
    columns = [("Kommun", "municipality"), ("Målområde", "goal_area"), ("Indikator", "indicator"), ("År", "year"),
               ("Utfall", "outcome"), ("Mål", "target")]
    body = [html.Tr([html.Td(_cell(row[field])) for _, field in columns]) for _, row in shown.iterrows()]
    return html.Div([
        html.P(f"{name}: {format_number(len(observations))} rader, {observations['indicator_key'].nunique()} "
               f"indikatorer, år {years.min()}–{years.max()}.", className="fw-semibold mb-1 upload-summary"),
        html.Table([html.Thead(html.Tr([html.Th(label, scope="col") for label, _ in columns])), html.Tbody(body)],
                   className="table table-sm small upload-preview-table"),
    ])


def added_list(uploads: list[dict] | None) -> list:
    if not uploads:
        return []
    return [html.P("Tillagt i din vy: " + ", ".join(upload["name"] for upload in uploads), className="mb-0")]


def _cell(value) -> str:
    if is_missing(value):
        return "–"
    return format_number(value) if isinstance(value, float) else str(value)
