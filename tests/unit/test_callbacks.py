"""Callbacks called directly: URL ↔ filters, and what the view shows for a selection."""
from dash import html

from callbacks.state import state_outputs
from callbacks.views import view_outputs
from dashboard.app import create_app
from dashboard.selection import Selection
from dashboard.settings import Settings
from layouts import ids
from tests.conftest import HEADER, dataset_from

DATA = HEADER + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2020,17,15,Budget,2021-01-01,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2019,221,,Budget,2020-11-12,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2020,,230,Budget,2020-11-12,
Borås,1490,Sjöbo,Vård och omsorg,,Bostäder,antal,increase,2020,20,,Budget,2020-11-12,
Köping,1983,,Arbete,,Jobb,%,increase,2020,70,75,Budget,2021-01-01,
"""


def _texts(component) -> list[str]:
    """Every string inside a component tree, in order."""
    if isinstance(component, str):
        return [component]
    if isinstance(component, (list, tuple)):
        return [t for child in component for t in _texts(child)]
    children = getattr(component, "children", None)
    return _texts(children) if children is not None else []


def test_url_selection_is_normalized_and_written_back():
    search, stored, notices, *rest = state_outputs(dataset_from(DATA), Selection.from_query(
        "?municipality=Borås&goal_area=Vård och omsorg"), announce=True)
    assert search == ("?municipality=Bor%C3%A5s&area=Hela+kommunen&goal_area=V%C3%A5rd+och+omsorg"
                      "&indicator=Bost%C3%A4der&year=2020")
    assert stored["year"] == 2020
    options, values = rest[:6], rest[6:]
    assert [o["value"] for o in options[1]] == ["Hela kommunen", "Sjöbo"]
    assert values == ["Borås", "Hela kommunen", "Vård och omsorg", 2020, None, "Bostäder"]


def test_unknown_value_in_url_is_announced_but_filter_changes_are_not():
    asked = Selection(municipality="Borås", area="Norrby")
    notices = state_outputs(dataset_from(DATA), asked, announce=True)[2]
    assert any("Norrby" in text for text in _texts(notices))
    assert _texts(state_outputs(dataset_from(DATA), asked, announce=False)[2]) == []


def test_switching_municipality_drops_values_that_do_not_exist_there():
    asked = Selection(municipality="Köping", area="Sjöbo", goal_area="Vård och omsorg", year=2020)
    values = state_outputs(dataset_from(DATA), asked, announce=False)[-6:]
    assert values == ["Köping", "Hela kommunen", None, 2020, None, "Jobb"]


def test_view_shows_statuses_charts_and_export_links():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", "U21401", 2020)
    heading, summary, table, bars, line, csv_href, xlsx_href = view_outputs(dataset_from(DATA), selection, 0.05)
    assert heading == "Borås · Hela kommunen · Vård och omsorg · 2020"
    text = _texts(table)
    assert "Nära målet" in text and "Ej uppnått" in text
    assert "utfall 2019" in text  # Bostäder's outcome comes from the year before
    assert csv_href == "/export/gaps.csv" + selection.to_query()
    assert xlsx_href == "/export/gaps.xlsx" + selection.to_query()
    assert len(bars.data) == 2 and line.data[0].name == "Utfall"


def test_district_view_adds_the_whole_municipality_for_comparison():
    selection = Selection("Borås", "Sjöbo", "Vård och omsorg", "Bostäder", 2020)
    _, _, table, _, line, _, _ = view_outputs(dataset_from(DATA), selection, 0.05)
    assert "Utfall hela kommunen" in _texts(table)
    assert [trace.name for trace in line.data][0] == "Utfall Hela kommunen"


def test_selection_with_no_rows_says_so_without_axes():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 1990)
    _, _, message, bars, _, _, _ = view_outputs(dataset_from(DATA), selection, 0.05)
    assert "Det finns inga indikatorer" in " ".join(_texts(message))
    assert bars.layout.xaxis.visible is False


def test_each_app_gets_its_own_callbacks():
    first = create_app(Settings(), dataset_from(DATA))
    second = create_app(Settings(), dataset_from(DATA))
    for app in (first, second):
        outputs = " ".join(app.callback_map)
        assert ids.SCORECARD in outputs and ids.URL in outputs
    assert isinstance(first.layout, html.Div)
