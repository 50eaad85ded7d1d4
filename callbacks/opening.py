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
        # a goal area that came closed gets its body at the first click; it stays in the page while
        # the goal area is closed and opened again (a new overview comes with new, closed summaries)
        if summary_id["shown"] or clicks != 1:
            return no_update
        dataset = session_dataset(source.current(), uploads)
        return goal_area_body_part(dataset, Selection.from_store(stored), settings, summary_id["goal_area"])
