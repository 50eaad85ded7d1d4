"""A goal area of the overview opened for the first time: its goals and indicators, drawn then."""

from __future__ import annotations

from dash import MATCH, Input, Output, State, no_update

from dashboard.analysis.selection import Selection
from dashboard.data.uploads import session_dataset
from layouts import ids
from layouts.overview import goal_area_body_part


def register(app, source, settings) -> None:
    summary = {"type": ids.GOAL_AREA_SUMMARY, "goal_area": MATCH, "shown": MATCH}

    @app.callback(
        Output({**summary, "type": ids.GOAL_AREA_BODY}, "children"),
        Input(summary, "n_clicks"),
        State(summary, "id"),
        State(ids.SELECTION, "data"),
        State(ids.SESSION_DATA, "data"),
        prevent_initial_call=True,
    )
    def open_goal_area(clicks, summary_id, stored, uploads):
        # each click toggles the goal area; an odd count opens one that came closed
        opening = bool(clicks % 2) != summary_id["shown"]
        if not opening:
            return no_update
        dataset = session_dataset(source.current(), uploads)
        return goal_area_body_part(dataset, Selection.from_store(stored), settings, summary_id["goal_area"])
