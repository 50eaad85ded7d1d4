"""Thin wiring between components and the core, registered per app with `register`."""
from __future__ import annotations

from callbacks import share, state, upload, views


def register(app, dataset, settings) -> None:
    state.register(app, dataset)
    views.register(app, dataset, settings)
    upload.register(app, dataset, settings)
    share.register(app)
