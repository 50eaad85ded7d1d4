"""Thin wiring between components and the core, registered per app with `register`."""

from __future__ import annotations

from callbacks import clientside, drawing, editor, opening, state, upload


def register(app, source, settings) -> None:
    """`source` gives the data of this moment (it may be refreshed while the app runs)."""
    state.register(app, source)
    drawing.register(app, source, settings)
    opening.register(app, source, settings)
    upload.register(app, source, settings)
    clientside.register(app)
    editor.register(app)
