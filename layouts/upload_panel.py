"""The upload panel: a file, the facts a published table leaves out, a preview, and what was added.

The presenters below (`checked_upload`, `added_or_cleared`, `uploads_listed`, `download_with_uploads`)
are what callbacks/upload.py returns."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html, no_update

from dashboard.data.readers import ImportOptions
from dashboard.data.uploads import read_upload
from dashboard.domain.values import is_missing
from dashboard.exports.tables import scorecard_file
from dashboard.i18n import text
from dashboard.i18n.formatting import format_number
from layouts import ids
from layouts.scorecard import problem_item

PREVIEW_ROWS = 6


def upload_panel(max_bytes: int, lang: str = "sv") -> html.Details:
    return html.Details(
        [
            html.Summary(text("upload.summary", lang), className="fw-semibold"),
            html.P(text("upload.intro", lang), className="small"),
            dbc.Row(
                [
                    _field(lang, "municipality", ids.UPLOAD_MUNICIPALITY),
                    _field(lang, "code", ids.UPLOAD_CODE, width=2),
                    _field(lang, "goal_area", ids.UPLOAD_GOAL_AREA),
                    _field(lang, "published", ids.UPLOAD_PUBLISHED, width=2),
                    _field(lang, "source", ids.UPLOAD_SOURCE, width=2),
                ],
                className="g-2 mb-2",
            ),
            html.P(text("upload.fields_note", lang), className="small text-muted mb-2"),
            # the label around the drop zone names its file input for screen readers
            html.Label(
                dcc.Upload(
                    id=ids.UPLOAD,
                    max_size=max_bytes,
                    accept=".csv,.txt,.tsv,.xlsx",
                    multiple=False,
                    children=html.Div(
                        [
                            text("upload.drop", lang),
                            html.Span(text("upload.choose", lang), className="text-decoration-underline"),
                        ]
                    ),
                    className="upload-drop",
                    style_active={"borderColor": "#0F4C81"},
                ),
                className="d-block",
            ),
            html.Div(id=ids.UPLOAD_PREVIEW, className="mt-2", **{"aria-live": "polite"}),
            html.Div(
                [
                    dbc.Button(
                        text("upload.add", lang),
                        id=ids.UPLOAD_ADD,
                        color="primary",
                        size="sm",
                        disabled=True,
                        className="me-2",
                    ),
                    dbc.Button(
                        text("upload.clear", lang), id=ids.UPLOAD_CLEAR, color="secondary", outline=True, size="sm"
                    ),
                ],
                className="my-2",
            ),
            html.Div(id=ids.UPLOAD_LIST, className="small"),
        ],
        className="upload-panel mb-3",
    )


def _field(lang: str, name: str, component_id: str, width: int = 3) -> dbc.Col:
    return dbc.Col(
        [
            dbc.Label(text(f"upload.{name}", lang), html_for=component_id, className="small mb-0"),
            dbc.Input(
                id=component_id, placeholder=text(f"upload.{name}_hint", lang), size="sm", debounce=True, type="text"
            ),
        ],
        xs=12,
        md=6,
        lg=width,
    )


def problems_list(name: str, problems, ok: bool, lang: str = "sv") -> dbc.Alert:
    """Every problem with where it is, in the page's language (one without a translation stays Swedish,
    marked lang="sv"); the data already shown stays as it was."""
    items = [problem_item(problem, lang) for problem in problems]
    if ok:
        return dbc.Alert(
            [html.Strong(text("upload.warnings", lang, name=name)), html.Ul(items)], color="warning", className="py-2"
        )
    return dbc.Alert(
        [html.Strong(text("upload.failed", lang, name=name)), html.Ul(items, className="mb-0")],
        color="danger",
        className="upload-problems",
    )


def preview(name: str, observations: pd.DataFrame, lang: str = "sv") -> html.Div:
    """Rows, indicators and years in the file, and its first rows as they will be read."""
    years = observations["year"].dropna().astype(int)
    shown = observations.head(PREVIEW_ROWS)
    columns = [
        (text(key, lang), field)
        for key, field in (
            ("compare.municipality", "municipality"),
            ("filters.goal_area", "goal_area"),
            ("table.indicator", "indicator"),
            ("upload.col_year", "year"),
            ("compare.outcome", "outcome"),
            ("compare.target", "target"),
        )
    ]
    body = [html.Tr([html.Td(_cell(row[field], lang)) for _, field in columns]) for _, row in shown.iterrows()]
    summary = text(
        "upload.preview",
        lang,
        name=name,
        rows=format_number(len(observations), lang=lang),
        indicators=observations["indicator_key"].nunique(),
        first=years.min(),
        last=years.max(),
    )
    return html.Div(
        [
            html.P(summary, className="fw-semibold mb-1 upload-summary"),
            html.Table(
                [html.Thead(html.Tr([html.Th(label, scope="col") for label, _ in columns])), html.Tbody(body)],
                className="table table-sm small upload-preview-table",
            ),
        ]
    )


def added_list(uploads: list[dict] | None, lang: str = "sv") -> list:
    if not uploads:
        return []
    return [html.P(text("upload.added", lang, names=", ".join(upload["name"] for upload in uploads)), className="mb-0")]


def _cell(value, lang: str) -> str:
    if is_missing(value):
        return "–"
    return format_number(value, lang=lang) if isinstance(value, float) else str(value)


UPLOAD_FORM = (
    (ids.UPLOAD_MUNICIPALITY, "municipality"),
    (ids.UPLOAD_CODE, "municipality_code"),
    (ids.UPLOAD_GOAL_AREA, "goal_area"),
    (ids.UPLOAD_PUBLISHED, "published"),
    (ids.UPLOAD_SOURCE, "source"),
)
CHECK_OUTPUTS = {
    "preview": (ids.UPLOAD_PREVIEW, "children"),
    "pending": (ids.PENDING_UPLOAD, "data"),
    "add_disabled": (ids.UPLOAD_ADD, "disabled"),
}
ADD_OUTPUTS = {
    "uploads": (ids.SESSION_DATA, "data"),
    "preview": (ids.UPLOAD_PREVIEW, "children"),
    "add_disabled": (ids.UPLOAD_ADD, "disabled"),
    "contents": (ids.UPLOAD, "contents"),
}
LIST_OUTPUTS = {"listed": (ids.UPLOAD_LIST, "children"), "downloads_style": (ids.SESSION_DOWNLOADS, "style")}


def checked_upload(base, contents: str, filename: str | None, form: dict, settings, lang: str) -> dict:
    """A file just dropped: read with the common reader, then its preview (and warnings) or every problem."""
    options = ImportOptions(
        **{field: value or None for field, value in form.items()},
        max_rows=settings.upload_max_rows,
        max_columns=settings.upload_max_columns,
    )
    upload = read_upload(
        contents, filename or text("upload.default_name", lang), options, base, settings.max_content_length
    )
    if not upload.ok:
        return {
            "preview": problems_list(upload.name, upload.problems, ok=False, lang=lang),
            "pending": None,
            "add_disabled": True,
        }
    shown = [preview(upload.name, upload.observations, lang)]
    if upload.problems:
        shown.append(problems_list(upload.name, upload.problems, ok=True, lang=lang))
    return {"preview": shown, "pending": upload.stored(), "add_disabled": False}


def added_or_cleared(cleared: bool, pending: dict | None, uploads: list | None, lang: str) -> dict:
    """The session's uploads after "Lägg till i min vy" or "Ta bort mina uppladdade data"."""
    if cleared:
        return {"uploads": [], "preview": text("upload.removed", lang), "add_disabled": True, "contents": None}
    if not pending:
        return {"uploads": no_update, "preview": no_update, "add_disabled": True, "contents": no_update}
    return {
        "uploads": (uploads or []) + [pending],
        "preview": text("upload.added_one", lang, name=pending["name"]),
        "add_disabled": True,
        "contents": None,
    }


def uploads_listed(uploads: list | None, lang: str) -> dict:
    return {"listed": added_list(uploads, lang), "downloads_style": {} if uploads else {"display": "none"}}


def download_with_uploads(dataset, selection, settings, kind: str) -> dict:
    """The table on screen, uploaded data included (the /export routes see only the server's data)."""
    payload, name = scorecard_file(dataset, selection, settings, kind)
    return dcc.send_bytes(payload, name)
