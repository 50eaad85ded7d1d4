"""The follow-up editor: open it on a goal, save a version, keep typed text in the browser."""

from __future__ import annotations

from dash import Input, Output, State, ctx
from dash.exceptions import PreventUpdate

from dashboard.analysis.selection import Selection
from dashboard.web.editing import open_text, save_text
from layouts import ids
from layouts.followup_editor import (
    BUTTONS,
    EDITOR_OUTPUTS,
    SAVE_OUTPUTS,
    key_from_target,
    key_of,
    opened_part,
    saved_part,
)


def register(app) -> None:
    @app.callback(
        output={name: Output(*target) for name, target in EDITOR_OUTPUTS.items()},
        inputs={
            # a click, passed on by the browser (clientside.py): drawing the buttons asks nothing of the server
            "asked": Input(ids.FOLLOWUP_ASKED, "data"),
            "stored": State(ids.SELECTION, "data"),
            "drafts": State(ids.FOLLOWUP_DRAFTS, "data"),
        },
        prevent_initial_call=True,
    )
    def open_editor(asked, stored, drafts):
        if not asked:
            raise PreventUpdate
        selection = Selection.from_store(stored)
        key = key_of(selection, asked["goal_area"], asked["goal"])
        return opened_part(open_text(key), drafts, selection.lang)

    @app.callback(
        output={
            **{name: Output(*EDITOR_OUTPUTS[name], allow_duplicate=True) for name in SAVE_OUTPUTS},
            "saved": Output(ids.FOLLOWUP_SAVED, "data"),
            "drafts": Output(ids.FOLLOWUP_DRAFTS, "data", allow_duplicate=True),
        },
        inputs={
            "clicks": {button: Input(button, "n_clicks") for button in BUTTONS},
            "analysis": State(ids.FOLLOWUP_ANALYSIS, "value"),
            "assessment": State(ids.FOLLOWUP_ASSESSMENT, "value"),
            "target": State(ids.FOLLOWUP_TARGET, "data"),
            "saved": State(ids.FOLLOWUP_SAVED, "data"),
            "drafts": State(ids.FOLLOWUP_DRAFTS, "data"),
            "stored": State(ids.SELECTION, "data"),
        },
        prevent_initial_call=True,
    )
    def save(clicks, analysis, assessment, target, saved, drafts, stored):
        if ctx.triggered_id not in BUTTONS or not target:
            raise PreventUpdate
        wanted = BUTTONS[ctx.triggered_id]
        outcome = save_text(key_from_target(target), analysis or "", assessment or None, wanted, target["version"])
        return saved_part(outcome, target, saved, drafts, Selection.from_store(stored).lang)
