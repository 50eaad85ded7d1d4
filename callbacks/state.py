"""Keep the URL, the filters, meeting mode, the detail dialog and the selection store in step.

One callback owns all of them, so a link, the browser's back button, a filter change and closing
the detail all take the same path: read what was asked, narrow it to what exists, write it
everywhere.
"""
from __future__ import annotations

from dataclasses import asdict, replace

import dash_bootstrap_components as dbc
from dash import Input, Output, State, ctx, html

from dashboard.selection import Choices, Selection, normalize
from dashboard.session import session_dataset
from layouts import ids

FILTERS = (ids.MUNICIPALITY, ids.AREA, ids.GOAL_AREA, ids.YEAR, ids.AS_OF,
           ids.COMPARE_INDICATOR, ids.COMPARE_AREAS, ids.COMPARE_MUNICIPALITIES)
FILTER_FIELDS = ("municipality", "area", "goal_area", "year", "as_of", "indicator", "areas", "municipalities")


def register(app, source) -> None:
    outputs = [Output(ids.URL, "search"), Output(ids.SELECTION, "data"), Output(ids.NOTICES, "children")]
    outputs += [Output(component, "options") for component in FILTERS]
    outputs += [Output(component, "value") for component in FILTERS]
    outputs += [Output(ids.MEETING, "value"), Output(ids.DETAIL, "is_open")]
    inputs = [Input(ids.URL, "search")] + [Input(component, "value") for component in FILTERS]
    inputs += [Input(ids.MEETING, "value"), Input(ids.DETAIL, "is_open"), Input(ids.SESSION_DATA, "data"),
               State(ids.SELECTION, "data")]

    @app.callback(*outputs, *inputs)
    def sync_state(search, municipality, area, goal_area, year, as_of, indicator, areas, municipalities,
                   meeting, detail_open, uploads, stored):
        trigger = ctx.triggered_id
        current = Selection.from_store(stored)
        if stored is None:  # the first run after a page load: the URL is the only truth
            trigger = None
        if trigger in (None, ids.URL):
            asked = Selection.from_query(search or "")
        elif trigger == ids.SESSION_DATA:
            asked = current
        elif trigger == ids.DETAIL:
            asked = current if detail_open else replace(current, indicator=None)
        else:
            asked = replace(current, municipality=municipality, area=area, goal_area=goal_area, year=year,
                            as_of=as_of, meeting=bool(meeting))
            if current.view is not None:  # the comparison controls are on screen
                asked = replace(asked, indicator=indicator, areas=tuple(areas or ()),
                                municipalities=tuple(municipalities or ()))
        return state_outputs(session_dataset(source.current(), uploads), asked, announce=trigger in (None, ids.URL))


def state_outputs(dataset, asked: Selection, announce: bool) -> list:
    """What the callback writes, for a selection asked for by the URL, the filters or the dialog."""
    selection, choices, notices = normalize(asked, dataset)
    shown_notices = [dbc.Alert(text, color="warning", className="py-2") for text in notices] if announce else []
    values = [getattr(selection, name) for name in FILTER_FIELDS]
    values[-2:] = [list(selection.areas), list(selection.municipalities)]
    return [selection.to_query(), asdict(selection), html.Div(shown_notices),
            *filter_options(choices), *values,
            selection.meeting, selection.indicator is not None and selection.view is None]


def filter_options(choices: Choices) -> list[list[dict]]:
    return [
        _options(choices.municipalities),
        _options(choices.areas),
        _options(choices.goal_areas),
        [{"label": str(year), "value": year} for year in reversed(choices.years)],
        _options(choices.publication_dates),
        [{"label": label, "value": key} for key, label in choices.indicators],
        _options(choices.compare_areas),
        _options(choices.compare_municipalities),
    ]


def _options(values: list) -> list[dict]:
    return [{"label": str(value), "value": value} for value in values]
