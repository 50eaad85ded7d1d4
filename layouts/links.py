"""Links within the page: each keeps the rest of the selection in the URL."""

from __future__ import annotations

from dataclasses import replace


def indicator_href(selection, indicator_key: str) -> str:
    """The same view with an indicator's detail open."""
    return replace(selection, indicator=indicator_key).to_query()


def view_href(selection, view: str | None) -> str:
    """The same municipality, year and goal area in another view; lists and indicator start afresh."""
    return replace(selection, view=view, indicator=None, areas=(), municipalities=()).to_query() or "?"


def goal_area_href(selection, goal_area: str | None) -> str:
    """The same view on another goal area (the meeting screen's pages)."""
    return replace(selection, goal_area=goal_area, indicator=None).to_query() or "?"
