"""Keep the URL, the filters, meeting mode, the detail dialog and the selection store in step.

One callback owns all of them, so a link, the browser's back button, a filter change and closing
the detail all take the same path: read what was asked, narrow it to what exists, write it
everywhere.
"""
from __future__ import annotations

from dataclasses import asdict, replace

import dash_bootstrap_components as dbc
from dash import Input, Output, State, ctx, html

from dashboard.i18n import area_label, render, text
from dashboard.analysis.selection import Choices, Selection, normalize
from dashboard.data.uploads import session_dataset
from layouts import ids

FILTERS = (ids.MUNICIPALITY, ids.AREA, ids.GOAL_AREA, ids.YEAR, ids.AS_OF,
           ids.COMPARE_INDICATOR, ids.COMPARE_AREAS, ids.COMPARE_MUNICIPALITIES)
FILTER_FIELDS = ("municipality", "area", "goal_area", "year", "as_of", "indicator", "areas", "municipalities")
# The value of the "all goal areas" and "latest publication" options: not "", which a <select> keeps
# for its hidden placeholder option (it would be shown as chosen instead).
ANY = "*"


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
            asked = replace(current, municipality=_chosen(municipality), area=_chosen(area),
                            goal_area=_chosen(goal_area), year=_year(year), as_of=_chosen(as_of), meeting=bool(meeting))
            if current.view is not None:  # the comparison controls are on screen
                asked = replace(asked, indicator=_chosen(indicator), areas=tuple(areas or ()),
                                municipalities=tuple(municipalities or ()))
        return state_outputs(session_dataset(source.current(), uploads), asked, announce=trigger in (None, ids.URL))


def state_outputs(dataset, asked: Selection, announce: bool) -> list:
    """What the callback writes, for a selection asked for by the URL, the filters or the dialog."""
    selection, choices, notices = normalize(asked, dataset)
    shown_notices = [dbc.Alert(_notice(notice, selection.lang), color="warning", className="py-2")
                     for notice in notices] if announce else []
    values = [ANY if getattr(selection, name) is None else str(getattr(selection, name)) for name in FILTER_FIELDS[:-2]]
    values += [list(selection.areas), list(selection.municipalities)]
    return [selection.to_query(), asdict(selection), html.Div(shown_notices),
            *filter_options(choices, selection.lang), *values,
            selection.meeting, selection.indicator is not None and selection.view is None]


def filter_options(choices: Choices, lang: str = "sv") -> list[list[dict]]:
    """Options for the native selects (string values) and the checklists; "all" and "latest" are
    options of their own (value ANY)."""
    areas = [{"label": area_label(area, lang), "value": str(area)} for area in choices.areas]
    return [
        _options(choices.municipalities),
        areas,
        [{"label": text("filters.all_goal_areas", lang), "value": ANY}] + _options(choices.goal_areas),
        _options(reversed(choices.years)),
        [{"label": text("filters.latest", lang), "value": ANY}] + _options(choices.publication_dates),
        [{"label": _indicator_label(choices, key, name, lang), "value": str(key)} for key, name in choices.indicators],
        _options(choices.compare_areas),
        _options(choices.compare_municipalities),
    ]


def _options(values) -> list[dict]:
    return [{"label": str(value), "value": str(value)} for value in values]


def _indicator_label(choices: Choices, key: str, name: str, lang: str) -> str:
    """'Folkmängd 31 dec (3 kommuner)' in a comparison: the data's name, and in how many it is found."""
    if choices.counted is None or key not in choices.indicator_counts:
        return name
    return text(f"compare.option_{choices.counted}", lang, name=name, count=choices.indicator_counts[key])


def _notice(notice, lang: str) -> html.Span:
    """A notice from the core in the page's language."""
    return html.Span(render(notice, lang))


def _chosen(value) -> str | None:
    return None if value in (None, "", ANY) else value


def _year(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
