"""The upload panel: a file, the facts a published table leaves out, a preview, and what was added."""
from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.i18n.formatting import format_number
from dashboard.domain.values import is_missing
from dashboard.i18n import text
from layouts import ids
from layouts.scorecard import problem_item

PREVIEW_ROWS = 6


def upload_panel(max_bytes: int, lang: str = "sv") -> html.Details:
    return html.Details([
        html.Summary(text("upload.summary", lang), className="fw-semibold"),
        html.P(text("upload.intro", lang), className="small"),
        dbc.Row([
            _field(lang, "municipality", ids.UPLOAD_MUNICIPALITY),
            _field(lang, "code", ids.UPLOAD_CODE, width=2),
            _field(lang, "goal_area", ids.UPLOAD_GOAL_AREA),
            _field(lang, "published", ids.UPLOAD_PUBLISHED, width=2),
            _field(lang, "source", ids.UPLOAD_SOURCE, width=2),
        ], className="g-2 mb-2"),
        html.P(text("upload.fields_note", lang), className="small text-muted mb-2"),
        # the label around the drop zone names its file input for screen readers
        html.Label(dcc.Upload(id=ids.UPLOAD, max_size=max_bytes, accept=".csv,.txt,.tsv,.xlsx", multiple=False,
                              children=html.Div([text("upload.drop", lang),
                                                 html.Span(text("upload.choose", lang),
                                                           className="text-decoration-underline")]),
                              className="upload-drop", style_active={"borderColor": "#0F4C81"}),
                   className="d-block"),
        html.Div(id=ids.UPLOAD_PREVIEW, className="mt-2", **{"aria-live": "polite"}),
        html.Div([
            dbc.Button(text("upload.add", lang), id=ids.UPLOAD_ADD, color="primary", size="sm", disabled=True,
                       className="me-2"),
            dbc.Button(text("upload.clear", lang), id=ids.UPLOAD_CLEAR, color="secondary", outline=True, size="sm"),
        ], className="my-2"),
        html.Div(id=ids.UPLOAD_LIST, className="small"),
    ], className="upload-panel mb-3")


def _field(lang: str, name: str, component_id: str, width: int = 3) -> dbc.Col:
    return dbc.Col([
        dbc.Label(text(f"upload.{name}", lang), html_for=component_id, className="small mb-0"),
        dbc.Input(id=component_id, placeholder=text(f"upload.{name}_hint", lang), size="sm", debounce=True, type="text"),
    ], xs=12, md=6, lg=width)


def problems_list(name: str, problems, ok: bool, lang: str = "sv") -> dbc.Alert:
    """Every problem with where it is, in the page's language (one without a translation stays Swedish,
    marked lang="sv"); the data already shown stays as it was."""
    items = [problem_item(problem, lang) for problem in problems]
    if ok:
        return dbc.Alert([html.Strong(text("upload.warnings", lang, name=name)), html.Ul(items)], color="warning",
                         className="py-2")
    return dbc.Alert([html.Strong(text("upload.failed", lang, name=name)), html.Ul(items, className="mb-0")],
                     color="danger", className="upload-problems")


def preview(name: str, observations: pd.DataFrame, lang: str = "sv") -> html.Div:
    """Rows, indicators and years in the file, and its first rows as they will be read."""
    years = observations["year"].dropna().astype(int)
    shown = observations.head(PREVIEW_ROWS)
    columns = [(text(key, lang), field) for key, field in (
        ("compare.municipality", "municipality"), ("filters.goal_area", "goal_area"), ("table.indicator", "indicator"),
        ("upload.col_year", "year"), ("compare.outcome", "outcome"), ("compare.target", "target"))]
    body = [html.Tr([html.Td(_cell(row[field], lang)) for _, field in columns]) for _, row in shown.iterrows()]
    summary = text("upload.preview", lang, name=name, rows=format_number(len(observations), lang=lang),
                   indicators=observations["indicator_key"].nunique(), first=years.min(), last=years.max())
    return html.Div([
        html.P(summary, className="fw-semibold mb-1 upload-summary"),
        html.Table([html.Thead(html.Tr([html.Th(label, scope="col") for label, _ in columns])), html.Tbody(body)],
                   className="table table-sm small upload-preview-table"),
    ])


def added_list(uploads: list[dict] | None, lang: str = "sv") -> list:
    if not uploads:
        return []
    return [html.P(text("upload.added", lang, names=", ".join(upload["name"] for upload in uploads)), className="mb-0")]


def _cell(value, lang: str) -> str:
    if is_missing(value):
        return "–"
    return format_number(value, lang=lang) if isinstance(value, float) else str(value)
