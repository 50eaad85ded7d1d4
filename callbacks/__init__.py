"""Thin wiring between components and the core, registered per app with `register`."""
from __future__ import annotations

from callbacks import share, state, upload, views


def register(app, source, settings) -> None:
    """`source` gives the data of this moment (it may be refreshed while the app runs)."""
    state.register(app, source)
    views.register(app, source, settings)
    upload.register(app, source, settings)
    share.register(app)
