"""Callbacks called directly: URL ↔ filters, and what the view shows for a selection."""
from dash import html

from callbacks.state import state_outputs
from callbacks.parts import view_outputs
from dashboard.app import create_app
from dashboard.analysis.selection import Selection
from dashboard.settings import Settings
from layouts import ids
from tests.conftest import HEADER, dataset_from

DATA = HEADER + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2019,17,,Budget,2020-11-12,
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2020,17,15,Budget,2021-01-01,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2019,221,,Budget,2020-11-12,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2020,,230,Budget,2020-11-12,
Borås,1490,Sjöbo,Vård och omsorg,,Bostäder,antal,increase,2020,20,,Budget,2020-11-12,
Köping,1983,,Arbete,,Jobb,%,increase,2020,70,75,Budget,2021-01-01,
"""
SETTINGS = Settings()


def _texts(component) -> list[str]:
    """Every string inside a tree of components and markup (layouts/markup.py), in order."""
    if isinstance(component, str):
        return [component]
    if isinstance(component, (list, tuple)):
        return [t for child in component for t in _texts(child)]
    if isinstance(component, dict):
        children = component.get("props", {}).get("children")
    else:
        children = getattr(component, "children", None)
    return _texts(children) if children is not None else []


def _state(asked: Selection, announce: bool = True) -> dict:
    search, stored, notices, *rest = state_outputs(dataset_from(DATA), asked, announce)
    options, values, (meeting, detail_open) = rest[:8], rest[8:16], rest[16:]
    return dict(search=search, stored=stored, notices=notices, options=options, values=values,
                meeting=meeting, detail_open=detail_open)


def test_url_selection_is_normalized_and_written_back():
    state = _state(Selection.from_query("?municipality=Borås&goal_area=Vård och omsorg"))
    assert state["search"] == "?municipality=Bor%C3%A5s&area=Hela+kommunen&goal_area=V%C3%A5rd+och+omsorg&year=2020"
    assert state["stored"]["year"] == 2020
    assert [o["value"] for o in state["options"][1]] == ["Hela kommunen", "Sjöbo"]
    # native <select> values are strings; "*" is "latest publication" (and "all goal areas")
    assert state["values"] == ["Borås", "Hela kommunen", "Vård och omsorg", "2020", "*", "*", [], []]
    assert state["options"][2][0] == {"label": "Alla målområden", "value": "*"}
    assert (state["meeting"], state["detail_open"]) == (False, False)


def test_indicator_in_the_url_opens_the_detail_and_meeting_mode_is_kept():
    state = _state(Selection.from_query("?municipality=Borås&indicator=Personal&meeting=1"))
    assert state["detail_open"] is True and state["meeting"] is True
    assert "indicator=U21401" in state["search"] and "meeting=1" in state["search"]


def test_unknown_value_in_url_is_announced_but_filter_changes_are_not():
    asked = Selection(municipality="Borås", area="Norrby")
    assert any("Norrby" in text for text in _texts(_state(asked)["notices"]))
    assert _texts(_state(asked, announce=False)["notices"]) == []


def test_switching_municipality_drops_values_that_do_not_exist_there():
    asked = Selection(municipality="Köping", area="Sjöbo", goal_area="Vård och omsorg", year=2020,
                      indicator="U21401")
    state = _state(asked, announce=False)
    assert state["values"] == ["Köping", "Hela kommunen", "*", "2020", "*", "*", [], []]
    assert state["detail_open"] is False


def test_view_shows_overview_statuses_charts_and_export_links():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020)
    view = view_outputs(dataset_from(DATA), selection, SETTINGS)
    assert view[ids.HEADING] == "Borås · Hela kommunen · Vård och omsorg · 2020"
    table_text = _texts(view[ids.SCORECARD])
    assert "Nära målet" in table_text and "Ej uppnått" in table_text
    assert "utfall 2019" in table_text  # Bostäder's outcome comes from the year before
    overview = _texts(view[ids.OVERVIEW])
    assert "Vård och omsorg" in overview and "Små framsteg" in overview  # Personal 17 → 17, target 15
    # Bostäder has a single outcome below its target: too little data to judge progress
    assert "Utveckling: Små framsteg 1 · För lite data 1" in overview
    assert view[ids.EXPORT_CSV] == "/export/gaps.csv" + selection.to_query()
    assert view[ids.LIVE] == "Visar 2 indikatorer för Vård och omsorg, 2020"
    assert len(view[ids.GAP_CHART].data) == 2
    assert view[ids.DETAIL_TITLE] == ""


def test_chosen_indicator_fills_the_detail_with_progress_sentence_and_chart():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", "U21401", 2020)
    view = view_outputs(dataset_from(DATA), selection, SETTINGS)
    assert view[ids.DETAIL_TITLE] == "Personal"
    body = " ".join(_texts(view[ids.DETAIL_BODY]))
    # 17 (2019) → target 15 (2020): (15/17)^(1/1) − 1 = −11,8 % per year needed; nothing changed
    assert "Utfallet behöver minska med 11,8\u00a0% per år för att nå målet 2020 (15); det har legat still sedan 2019." in body
    assert view[ids.INDICATOR_CHART].data[0].name == "Utfall"


def test_district_view_adds_the_whole_municipality_for_comparison():
    selection = Selection("Borås", "Sjöbo", "Vård och omsorg", "Bostäder", 2020)
    view = view_outputs(dataset_from(DATA), selection, SETTINGS)
    assert "Utfall hela kommunen" in _texts(view[ids.SCORECARD])
    assert view[ids.INDICATOR_CHART].data[0].name == "Utfall Hela kommunen"


def test_meeting_mode_sets_the_page_class_and_larger_chart_text():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020, meeting=True)
    view = view_outputs(dataset_from(DATA), selection, SETTINGS)
    assert view[ids.ROOT] == "view-overview meeting-mode"
    assert view[ids.GAP_CHART].layout.font.size == 20


def test_selection_with_no_rows_says_so_without_axes():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 1990)
    view = view_outputs(dataset_from(DATA), selection, SETTINGS)
    assert "Det finns inga indikatorer" in " ".join(_texts(view[ids.SCORECARD]))
    assert view[ids.GAP_CHART].layout.xaxis.visible is False


def test_each_app_gets_its_own_callbacks():
    first = create_app(SETTINGS, dataset_from(DATA))
    second = create_app(SETTINGS, dataset_from(DATA))
    for app in (first, second):
        outputs = " ".join(app.callback_map)
        assert ids.SCORECARD in outputs and ids.URL in outputs
    assert isinstance(first.layout(), html.Div)  # built anew on each page load
