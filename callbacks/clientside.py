"""Clientside wiring for image downloads, the link to copy, the embed snippet, the language switch, closing
the dialogs and keeping typed follow-up text in the browser."""

from __future__ import annotations

from dash import ALL, ClientsideFunction, Input, Output, State

from layouts import ids


def register(app) -> None:
    for graph in ids.GRAPHS:
        app.clientside_callback(
            ClientsideFunction(namespace="malbild", function_name="downloadImage"),
            Output(f"{graph}-exported", "data"),
            Input(f"{graph}-png", "n_clicks"),
            Input(f"{graph}-svg", "n_clicks"),
            State(graph, "id"),
            State(graph, "config"),
            prevent_initial_call=True,
        )
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="currentLink"),
        Output(ids.COPY_LINK, "content"),
        Input(ids.COPY_LINK, "n_clicks"),
    )
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="closeDialog"),
        Output(ids.DETAIL, "is_open", allow_duplicate=True),
        Input(ids.DETAIL_CLOSE, "n_clicks"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="closeDialog"),
        Output(ids.FOLLOWUP_EDITOR, "is_open", allow_duplicate=True),
        Input(ids.FOLLOWUP_CLOSE, "n_clicks"),
        prevent_initial_call=True,
    )
    # an edit button's click becomes the goal to open; a redraw of the buttons (no click) stays in the browser
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="editAsked"),
        Output(ids.FOLLOWUP_ASKED, "data"),
        Input({"type": ids.FOLLOWUP_EDIT, "goal_area": ALL, "goal": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    # text typed in the follow-up editor goes to local storage as it is typed (no request per keystroke)
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="keepDraft"),
        Output(ids.FOLLOWUP_DRAFTS, "data"),
        Input(ids.FOLLOWUP_ANALYSIS, "value"),
        Input(ids.FOLLOWUP_ASSESSMENT, "value"),
        State(ids.FOLLOWUP_TARGET, "data"),
        State(ids.FOLLOWUP_DRAFTS, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="languageLink"),
        Output(ids.LANGUAGE_SWITCH, "href"),
        Input(ids.URL, "search"),
        State(ids.LANGUAGE, "data"),
    )
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="viewport"),
        Output(ids.VIEWPORT, "data"),
        Input(ids.URL, "pathname"),
    )
    app.clientside_callback(
        ClientsideFunction(namespace="malbild", function_name="embedCode"),
        Output(ids.EMBED_CODE, "value"),
        Output(ids.EMBED_PREVIEW, "src"),
        Output(ids.EMBED_PREVIEW, "style"),
        Input(ids.URL, "search"),
        Input(ids.EMBED_KIND, "value"),
        Input(ids.EMBED_LANG, "value"),
        Input(ids.EMBED_HEIGHT, "value"),
        Input(ids.SHARE_SUMMARY, "n_clicks"),  # the preview loads only once the panel has been opened
    )
