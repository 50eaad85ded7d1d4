"""Upload: read and preview a file, then add it to this browser session's data (or clear it)."""
from __future__ import annotations

from dash import Input, Output, State, ctx, dcc, no_update

from dashboard.i18n import text
from dashboard.data.readers import ImportOptions
from dashboard.web.routes import table_export
from dashboard.analysis.selection import Selection
from dashboard.data.uploads import read_upload, session_dataset
from layouts import ids
from layouts.upload_panel import added_list, preview, problems_list

FORM = (ids.UPLOAD_MUNICIPALITY, ids.UPLOAD_CODE, ids.UPLOAD_GOAL_AREA, ids.UPLOAD_PUBLISHED, ids.UPLOAD_SOURCE)


def register(app, source, settings) -> None:
    @app.callback(
        Output(ids.UPLOAD_PREVIEW, "children"), Output(ids.PENDING_UPLOAD, "data"), Output(ids.UPLOAD_ADD, "disabled"),
        Input(ids.UPLOAD, "contents"), *(Input(field, "value") for field in FORM),
        State(ids.UPLOAD, "filename"), State(ids.SESSION_DATA, "data"), State(ids.LANGUAGE, "data"),
        prevent_initial_call=True)
    def check_upload(contents, municipality, code, goal_area, published, source_title, filename, uploads, lang):
        if not contents:
            return no_update, no_update, no_update
        options = ImportOptions(municipality=municipality or None, municipality_code=code or None,
                                goal_area=goal_area or None, published=published or None, source=source_title or None,
                                max_rows=settings.upload_max_rows, max_columns=settings.upload_max_columns)
        upload = read_upload(contents, filename or text("upload.default_name", lang), options, session_dataset(source.current(), uploads),
                             settings.max_content_length)
        if not upload.ok:
            return problems_list(upload.name, upload.problems, ok=False, lang=lang), None, True
        shown = [preview(upload.name, upload.observations, lang)]
        if upload.problems:
            shown.append(problems_list(upload.name, upload.problems, ok=True, lang=lang))
        return shown, upload.stored(), False

    @app.callback(
        Output(ids.SESSION_DATA, "data"), Output(ids.UPLOAD_PREVIEW, "children", allow_duplicate=True),
        Output(ids.UPLOAD_ADD, "disabled", allow_duplicate=True), Output(ids.UPLOAD, "contents"),
        Input(ids.UPLOAD_ADD, "n_clicks"), Input(ids.UPLOAD_CLEAR, "n_clicks"),
        State(ids.PENDING_UPLOAD, "data"), State(ids.SESSION_DATA, "data"), State(ids.LANGUAGE, "data"),
        prevent_initial_call=True)
    def add_or_clear(add_clicks, clear_clicks, pending, uploads, lang):
        if ctx.triggered_id == ids.UPLOAD_CLEAR:
            return [], text("upload.removed", lang), True, None
        if not pending:
            return no_update, no_update, True, no_update
        return (uploads or []) + [pending], text("upload.added_one", lang, name=pending["name"]), True, None

    @app.callback(Output(ids.UPLOAD_LIST, "children"), Output(ids.SESSION_DOWNLOADS, "style"),
                  Input(ids.SESSION_DATA, "data"), State(ids.LANGUAGE, "data"))
    def list_uploads(uploads, lang):
        return added_list(uploads, lang), ({} if uploads else {"display": "none"})

    @app.callback(Output(ids.DOWNLOAD, "data"), Input(ids.SESSION_CSV, "n_clicks"), Input(ids.SESSION_XLSX, "n_clicks"),
                  State(ids.SELECTION, "data"), State(ids.SESSION_DATA, "data"), prevent_initial_call=True)
    def download_with_uploads(csv_clicks, xlsx_clicks, stored, uploads):
        """The table on screen, uploaded data included (the /export routes see only the server's data)."""
        kind = "csv" if ctx.triggered_id == ids.SESSION_CSV else "xlsx"
        selection = Selection.from_store(stored)
        payload, name = table_export(session_dataset(source.current(), uploads), selection, settings, kind)
        return dcc.send_bytes(payload, name)
