"""Upload: read and preview a file, then add it to this browser session's data (or clear it); the
presenters are in layouts/upload_panel.py."""

from __future__ import annotations

from dash import Input, Output, State, ctx, no_update

from dashboard.analysis.selection import Selection, for_gender
from dashboard.data.uploads import session_dataset
from layouts import ids
from layouts.upload_panel import (
    ADD_OUTPUTS,
    CHECK_OUTPUTS,
    LIST_OUTPUTS,
    UPLOAD_FORM,
    added_or_cleared,
    checked_upload,
    download_with_uploads,
    uploads_listed,
)


def _outputs(spec: dict) -> dict:
    return {
        name: Output(*target, allow_duplicate=name in ("preview", "add_disabled") and spec is ADD_OUTPUTS)
        for name, target in spec.items()
    }


def register(app, source, settings) -> None:
    @app.callback(
        output=_outputs(CHECK_OUTPUTS),
        prevent_initial_call=True,
        inputs={
            "contents": Input(ids.UPLOAD, "contents"),
            **{field: Input(component, "value") for component, field in UPLOAD_FORM},
            "filename": State(ids.UPLOAD, "filename"),
            "uploads": State(ids.SESSION_DATA, "data"),
            "lang": State(ids.LANGUAGE, "data"),
        },
    )
    def check_upload(contents, filename, uploads, lang, **form):
        if not contents:
            return {name: no_update for name in CHECK_OUTPUTS}
        return checked_upload(session_dataset(source.current(), uploads), contents, filename, form, settings, lang)

    @app.callback(
        output=_outputs(ADD_OUTPUTS),
        prevent_initial_call=True,
        inputs={
            "added": Input(ids.UPLOAD_ADD, "n_clicks"),
            "cleared": Input(ids.UPLOAD_CLEAR, "n_clicks"),
            "pending": State(ids.PENDING_UPLOAD, "data"),
            "uploads": State(ids.SESSION_DATA, "data"),
            "lang": State(ids.LANGUAGE, "data"),
        },
    )
    def add_or_clear(added, cleared, pending, uploads, lang):
        return added_or_cleared(ctx.triggered_id == ids.UPLOAD_CLEAR, pending, uploads, lang)

    @app.callback(
        output=_outputs(LIST_OUTPUTS),
        inputs={"uploads": Input(ids.SESSION_DATA, "data"), "lang": State(ids.LANGUAGE, "data")},
    )
    def list_uploads(uploads, lang):
        return uploads_listed(uploads, lang)

    @app.callback(
        Output(ids.DOWNLOAD, "data"),
        Input(ids.SESSION_CSV, "n_clicks"),
        Input(ids.SESSION_XLSX, "n_clicks"),
        State(ids.SELECTION, "data"),
        State(ids.SESSION_DATA, "data"),
        prevent_initial_call=True,
    )
    def download(csv_clicks, xlsx_clicks, stored, uploads):
        kind = "csv" if ctx.triggered_id == ids.SESSION_CSV else "xlsx"
        selection = Selection.from_store(stored)
        dataset = for_gender(session_dataset(source.current(), uploads), selection)
        return download_with_uploads(dataset, selection, settings, kind)
