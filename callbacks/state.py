"""One callback keeps the URL, the filters, meeting mode, the detail dialog and the selection store
in step (the presenter is layouts/filters.py)."""

from __future__ import annotations

from dash import Input, Output, State, ctx

from dashboard.data.uploads import session_dataset
from layouts import ids
from layouts.filters import FILTERS, STATE_OUTPUTS, asked_selection, state_part


def register(app, source) -> None:
    inputs = {
        "search": Input(ids.URL, "search"),
        **{field: Input(component, "value") for component, field in FILTERS},
        "meeting": Input(ids.MEETING, "value"),
        "detail_open": Input(ids.DETAIL, "is_open"),
        "uploads": Input(ids.SESSION_DATA, "data"),
        "stored": State(ids.SELECTION, "data"),
    }

    @app.callback(output={name: Output(*target) for name, target in STATE_OUTPUTS.items()}, inputs=inputs)
    def sync_state(search, meeting, detail_open, uploads, stored, **values):
        asked, announce = asked_selection(ctx.triggered_id, search, values, meeting, detail_open, stored)
        return state_part(session_dataset(source.current(), uploads), asked, announce)
