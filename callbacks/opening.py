"""A goal area of the overview opened for the first time: its goals and indicators, drawn then; and a
goal area drawn again (staying open) when a follow-up text in it is saved."""

from __future__ import annotations

from dash import ALL, MATCH, Input, Output, State, no_update

from dashboard.analysis.selection import Selection, for_gender
from dashboard.data.uploads import session_dataset
from dashboard.web.written import written_for
from layouts import ids
from layouts.overview import goal_area_body_part, refreshed_goal_area


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
        selection = Selection.from_store(stored)
        dataset = for_gender(session_dataset(source.current(), uploads), selection)
        written = written_for(selection)
        return goal_area_body_part(dataset, selection, settings, summary_id["goal_area"], written)

    goal_areas = {"goal_area": ALL, "shown": ALL}

    @app.callback(
        Output({"type": ids.GOAL_AREA_SUMMARY, **goal_areas}, "children", allow_duplicate=True),
        Output({"type": ids.GOAL_AREA_BODY, **goal_areas}, "children", allow_duplicate=True),
        Input(ids.FOLLOWUP_SAVED, "data"),
        State(ids.FOLLOWUP_TARGET, "data"),
        State({"type": ids.GOAL_AREA_SUMMARY, **goal_areas}, "id"),
        State({"type": ids.GOAL_AREA_BODY, **goal_areas}, "id"),
        State(ids.SELECTION, "data"),
        State(ids.SESSION_DATA, "data"),
        prevent_initial_call=True,
    )
    def show_saved(_saved, target, summary_ids, body_ids, stored, uploads):
        selection = Selection.from_store(stored)
        dataset = for_gender(session_dataset(source.current(), uploads), selection)
        names = [[part["goal_area"] for part in found] for found in (summary_ids, body_ids)]
        return refreshed_goal_area(dataset, selection, settings, target["goal_area"], *names, written_for(selection))
