"""The filters, and the state they share with the URL, meeting mode and the detail dialog.

`asked_selection` reads what a person asked for from whatever changed (the URL, a filter, the
dialog, their uploads); `state_part` narrows it to what exists and writes it everywhere: the URL,
the store, every filter's options and value, the notices. One path for a link, the back button,
a filter change and closing the dialog.
"""

from __future__ import annotations

from dataclasses import asdict, replace

import dash_bootstrap_components as dbc
from dash import html

from dashboard.analysis.selection import Choices, Selection, normalize
from dashboard.data.groups import ALL_PEERS
from dashboard.i18n import area_label, render, text
from layouts import ids
from layouts.controls import select_field

# (component, the Selection field it edits)
FILTERS = (
    (ids.MUNICIPALITY, "municipality"),
    (ids.AREA, "area"),
    (ids.GOAL_AREA, "goal_area"),
    (ids.YEAR, "year"),
    (ids.AS_OF, "as_of"),
    (ids.PEERS, "peers"),
    (ids.GENDER, "gender"),
    (ids.COMPARE_INDICATOR, "indicator"),
    (ids.COMPARE_AREAS, "areas"),
    (ids.COMPARE_MUNICIPALITIES, "municipalities"),
)
# The value of the "all goal areas" and "latest publication" options: not "", which a <select> keeps
# for its hidden placeholder option (it would be shown as chosen instead).
ANY = "*"
STATE_OUTPUTS = {
    "search": (ids.URL, "search"),
    "stored": (ids.SELECTION, "data"),
    "notices": (ids.NOTICES, "children"),
    **{f"{field}_options": (component, "options") for component, field in FILTERS},
    **{f"{field}_value": (component, "value") for component, field in FILTERS},
    "gender_field": (ids.GENDER_FIELD, "className"),
    "meeting": (ids.MEETING, "value"),
    "detail_open": (ids.DETAIL, "is_open"),
}


def filters_section(lang: str) -> html.Section:
    """One row from 1200 px, three a row below (layouts/controls.py); on a phone the municipality and
    year side by side, then one filter a line: a goal area's or a publication's name is never cut."""
    phone_after = "order-2 order-lg-0"
    return html.Section(
        dbc.Row(
            [
                select_field(
                    text("filters.municipality", lang),
                    ids.MUNICIPALITY,
                    width=True,
                    xs=6,
                    class_name="not-municipalities filter-1",
                ),
                select_field(
                    text("filters.area", lang), ids.AREA, width=True, class_name=f"only-overview filter-1 {phone_after}"
                ),
                select_field(
                    text("filters.goal_area", lang),
                    ids.GOAL_AREA,
                    width=True,
                    class_name=f"not-municipalities filter-2 {phone_after}",
                ),
                select_field(
                    text("filters.year", lang), ids.YEAR, width=True, xs=6, class_name="filter-0 order-1 order-lg-0"
                ),
                select_field(text("filters.as_of", lang), ids.AS_OF, width=True, class_name=f"filter-2 {phone_after}"),
                select_field(
                    text("filters.peers", lang),
                    ids.PEERS,
                    width=True,
                    class_name=f"only-compare filter-1 {phone_after}",
                ),
            ],
            className="g-3",
        ),
        className="filters mb-3",
        **{"aria-label": text("filters.region", lang)},
    )


def gender_field(lang: str) -> html.Fieldset:
    """Whose figures: Totalt, Kvinnor or Män as one row of buttons beside the views' tabs (a seventh
    select cut the others' values at 1280 px). Hidden until the data holds women's or men's figures."""
    return html.Fieldset(
        [
            html.Legend(text("filters.gender", lang), className="gender-legend fw-semibold"),
            dbc.RadioItems(
                id=ids.GENDER,
                options=[],
                value="",
                inline=True,
                className="btn-group",
                inputClassName="btn-check",
                labelClassName="btn btn-outline-primary btn-sm",
                labelCheckedClassName="active",
            ),
        ],
        id=ids.GENDER_FIELD,
        className=_gender_class([]),
    )


def asked_selection(
    trigger: str | None, search: str | None, values: dict, meeting, detail_open, stored: dict | None
) -> tuple[Selection, bool]:
    """What was asked for, and whether to announce notices (only for what came in a URL).

    `values` holds each filter's value by its Selection field."""
    current = Selection.from_store(stored)
    if stored is None:  # the first run after a page load: the URL is the only truth
        trigger = None
    if trigger in (None, ids.URL):
        return Selection.from_query(search or ""), True
    if trigger == ids.SESSION_DATA:
        return current, False
    if trigger == ids.DETAIL:
        return (current if detail_open else replace(current, indicator=None)), False
    asked = replace(
        current,
        municipality=_chosen(values["municipality"]),
        area=_chosen(values["area"]),
        goal_area=_chosen(values["goal_area"]),
        year=_year(values["year"]),
        as_of=_chosen(values["as_of"]),
        peers=_chosen(values["peers"]),
        gender=_chosen(values["gender"]) or current.gender,
        meeting=bool(meeting),
    )
    if current.compares:  # the comparison controls are on screen
        asked = replace(
            asked,
            indicator=_chosen(values["indicator"]),
            areas=tuple(values["areas"] or ()),
            municipalities=tuple(values["municipalities"] or ()),
        )
    return asked, False


def state_part(dataset, asked: Selection, announce: bool) -> dict:
    """What the state callback writes for a selection asked for by the URL, the filters or the dialog."""
    selection, choices, notices = normalize(asked, dataset)
    lang = selection.lang
    shown = (
        [dbc.Alert(html.Span(render(notice, lang)), color="warning", className="py-2") for notice in notices]
        if announce
        else []
    )
    part = {
        "search": selection.to_query(),
        "stored": asdict(selection),
        "notices": html.Div(shown),
        "meeting": selection.meeting,
        "detail_open": selection.indicator is not None and not selection.compares,
        "gender_field": _gender_class(choices.genders),
    }
    for (_, field), options in zip(FILTERS, filter_options(choices, lang)):
        value = getattr(selection, field)
        part[f"{field}_options"] = options
        part[f"{field}_value"] = (
            list(value) if field in ("areas", "municipalities") else ANY if value is None else str(value)
        )
    return part


def filter_options(choices: Choices, lang: str = "sv") -> list[list[dict]]:
    """Options for the native selects (string values) and the checklists, in FILTERS' order; "all"
    and "latest" are options of their own (value ANY)."""
    return [
        _options(choices.municipalities),
        [{"label": area_label(area, lang), "value": str(area)} for area in choices.areas],
        [{"label": text("filters.all_goal_areas", lang), "value": ANY}] + _options(choices.goal_areas),
        _options(reversed(choices.years)),
        [{"label": text("filters.latest", lang), "value": ANY}] + _options(choices.publication_dates),
        _peer_options(choices, lang),
        [{"label": text(f"filters.gender_{gender}", lang), "value": gender} for gender in choices.genders],
        [{"label": _indicator_label(choices, key, name, lang), "value": str(key)} for key, name in choices.indicators],
        _options(choices.compare_areas),
        _options(choices.compare_municipalities),
    ]


def _gender_class(genders) -> str:
    """The gender filter is there only when the data holds women's or men's figures."""
    return "gender-field" if len(genders) > 1 else "d-none"


def _peer_options(choices: Choices, lang: str) -> list[dict]:
    """No reference, every municipality, or a group of groups.csv (by its own name)."""
    if not choices.municipalities:
        return []
    return [
        {"label": text("filters.no_peers", lang), "value": ANY},
        {"label": text("peers.all", lang), "value": ALL_PEERS},
    ] + _options(choices.peer_groups)


def _options(values) -> list[dict]:
    return [{"label": str(value), "value": str(value)} for value in values]


def _indicator_label(choices: Choices, key: str, name: str, lang: str) -> str:
    """'Folkmängd 31 dec (3 kommuner)' in a comparison: the data's name, and in how many it is found."""
    if choices.counted is None or key not in choices.indicator_counts:
        return name
    return text(f"compare.option_{choices.counted}", lang, name=name, count=choices.indicator_counts[key])


def _chosen(value) -> str | None:
    return None if value in (None, "", ANY) else value


def _year(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
