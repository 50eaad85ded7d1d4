"""Keep the URL, the filters and the selection store in step.

One callback owns all of them, so a link, the browser's back button and a filter change all
take the same path: read what was asked, narrow it to what exists, write it everywhere.
"""
from __future__ import annotations

from dataclasses import asdict

import dash_bootstrap_components as dbc
from dash import Input, Output, ctx, html

from dashboard.selection import Choices, Selection, normalize
from layouts import ids

FILTERS = (ids.MUNICIPALITY, ids.AREA, ids.GOAL_AREA, ids.YEAR, ids.AS_OF, ids.INDICATOR)


def register(app, dataset) -> None:
    outputs = [Output(ids.URL, "search"), Output(ids.SELECTION, "data"), Output(ids.NOTICES, "children")]
    outputs += [Output(component, "options") for component in FILTERS]
    outputs += [Output(component, "value") for component in FILTERS]
    inputs = [Input(ids.URL, "search")] + [Input(component, "value") for component in FILTERS]

    @app.callback(*outputs, *inputs)
    def sync_state(search, municipality, area, goal_area, year, as_of, indicator):
        from_url = ctx.triggered_id in (None, ids.URL)
        asked = Selection.from_query(search or "") if from_url else Selection(
            municipality, area, goal_area, indicator, year, as_of)
        return state_outputs(dataset, asked, announce=from_url)


def state_outputs(dataset, asked: Selection, announce: bool) -> list:
    """What the callback writes, for a selection asked for by the URL or by the filters."""
    selection, choices, notices = normalize(asked, dataset)
    shown_notices = [dbc.Alert(text, color="warning", className="py-2") for text in notices] if announce else []
    return [selection.to_query(), asdict(selection), html.Div(shown_notices),
            *filter_options(choices), *(getattr(selection, name) for name in
                                         ("municipality", "area", "goal_area", "year", "as_of", "indicator"))]


def filter_options(choices: Choices) -> list[list[dict]]:
    return [
        _options(choices.municipalities),
        _options(choices.areas),
        _options(choices.goal_areas),
        [{"label": str(year), "value": year} for year in reversed(choices.years)],
        _options(choices.publication_dates),
        [{"label": name, "value": key} for key, name in choices.indicators],
    ]


def _options(values: list) -> list[dict]:
    return [{"label": str(value), "value": value} for value in values]
