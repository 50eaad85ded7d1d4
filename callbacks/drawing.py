"""Draw each part of the page for the selection in the store (the presenters are in layouts/)."""

from __future__ import annotations

from dataclasses import replace

from dash import Input, Output, State
from dash.exceptions import PreventUpdate

from dashboard.analysis.selection import Selection, for_gender
from dashboard.data.uploads import session_dataset
from dashboard.web.written import written_for
from layouts import ids
from layouts.page import NARROW, PARTS


def register(app, source, settings) -> None:
    for part in PARTS:
        _register_part(app, source, settings, part)


def _register_part(app, source, settings, part) -> None:
    inputs = {
        "stored": Input(ids.SELECTION, "data"),
        "uploads": State(ids.SESSION_DATA, "data"),
        "viewport": State(ids.VIEWPORT, "data"),
    }

    @app.callback(output={name: Output(*target) for name, target in part.outputs.items()}, inputs=inputs)
    def draw(stored, uploads, viewport):
        selection = replace(Selection.from_store(stored), narrow=(viewport or {}).get("width", NARROW) < NARROW)
        written = {"written": written_for(selection)} if part.with_texts else {}
        shown = part.present(
            for_gender(session_dataset(source.current(), uploads), selection), selection, settings, **written
        )
        if shown is None:  # not on screen: what it showed last stays, hidden
            raise PreventUpdate
        return shown
