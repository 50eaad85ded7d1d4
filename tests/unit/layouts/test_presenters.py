"""The presenters the callbacks run: URL ↔ filters, and what each part of the page shows for a
selection; and the callbacks' wiring, through Dash's own HTTP endpoint."""

import json

from dash import html

from dashboard.analysis.selection import Selection
from dashboard.app import create_app
from dashboard.settings import Settings
from layouts import ids
from layouts.filters import FILTERS, state_part
from tests.conftest import HEADER, dataset_from
from tests.presenters import draw_parts, texts

DATA = (
    HEADER
    + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2019,17,,Budget,2020-11-12,
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2020,17,15,Budget,2021-01-01,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2019,221,,Budget,2020-11-12,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2020,,230,Budget,2020-11-12,
Borås,1490,Sjöbo,Vård och omsorg,,Bostäder,antal,increase,2020,20,,Budget,2020-11-12,
Köping,1983,,Arbete,,Jobb,%,increase,2020,70,75,Budget,2021-01-01,
"""
)
SETTINGS = Settings()
FIELDS = [field for _, field in FILTERS]


def _state(asked: Selection, announce: bool = True) -> dict:
    return state_part(dataset_from(DATA), asked, announce)


def _values(state: dict) -> list:
    return [state[f"{field}_value"] for field in FIELDS]


def test_url_selection_is_normalized_and_written_back():
    state = _state(Selection.from_query("?municipality=Borås&goal_area=Vård och omsorg"))
    assert state["search"] == "?municipality=Bor%C3%A5s&area=Hela+kommunen&goal_area=V%C3%A5rd+och+omsorg&year=2020"
    assert state["stored"]["year"] == 2020
    assert [o["value"] for o in state["area_options"]] == ["Hela kommunen", "Sjöbo"]
    # native <select> values are strings; "*" is "latest publication" (and "all goal areas")
    assert _values(state) == ["Borås", "Hela kommunen", "Vård och omsorg", "2020", "*", "*", [], []]
    assert state["goal_area_options"][0] == {"label": "Alla målområden", "value": "*"}
    assert (state["meeting"], state["detail_open"]) == (False, False)


def test_indicator_in_the_url_opens_the_detail_and_meeting_mode_is_kept():
    state = _state(Selection.from_query("?municipality=Borås&indicator=Personal&meeting=1"))
    assert state["detail_open"] is True and state["meeting"] is True
    assert "indicator=U21401" in state["search"] and "meeting=1" in state["search"]


def test_unknown_value_in_url_is_announced_but_filter_changes_are_not():
    asked = Selection(municipality="Borås", area="Norrby")
    assert any("Norrby" in text for text in texts(_state(asked)["notices"]))
    assert texts(_state(asked, announce=False)["notices"]) == []


def test_switching_municipality_drops_values_that_do_not_exist_there():
    asked = Selection(municipality="Köping", area="Sjöbo", goal_area="Vård och omsorg", year=2020, indicator="U21401")
    state = _state(asked, announce=False)
    assert _values(state) == ["Köping", "Hela kommunen", "*", "2020", "*", "*", [], []]
    assert state["detail_open"] is False


def test_the_overview_and_table_show_statuses_charts_and_export_links():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020)
    drawn = draw_parts(dataset_from(DATA), selection, SETTINGS)
    overview, table = drawn["overview"], drawn["table"]
    assert overview["heading"] == "Borås · Hela kommunen · Vård och omsorg · 2020"
    table_text = texts(table["scorecard"])
    assert "Nära målet" in table_text and "Ej uppnått" in table_text
    assert "utfall 2019" in table_text  # Bostäder's outcome comes from the year before
    cards = texts(overview["overview"])
    # Personal 17 → 17 against 15: standing still since 2019, and the latest year unchanged
    assert "Vård och omsorg" in cards and "Står still sedan 2019" in cards
    assert "senaste året oförändrat (17 → 17)" in cards
    # Bostäder has a single outcome below its target: too little data to judge progress
    assert "Utveckling: Står still 1 · För lite data 1" in cards
    assert overview["export_csv"] == "/export/gaps.csv" + selection.to_query()
    assert overview["live"] == "Visar 2 indikatorer för Vård och omsorg, 2020"
    assert len(table["gap_chart"].data) == 2
    assert table["gap_chart_summary"] == "2 indikatorer med både utfall och mål 2020: 1 Nära målet, 1 Ej uppnått."
    assert drawn["detail"] is None and drawn["compare"] is None  # not on screen: left as they were


def test_the_chart_tables_hold_the_values_the_charts_draw():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020)
    table = draw_parts(dataset_from(DATA), selection, SETTINGS)["table"]
    rows = [texts(row) for row in table["gap_chart_table"].children[1].children]
    # Bostäder: (221 − 230) / 230 = −3,9 %; Personal (decrease): (15 − 17) / 15 = −13,3 %
    assert rows == [["≈ Nära målet", "Bostäder", "−3,9\u00a0%"], ["✗ Ej uppnått", "Personal", "−13,3\u00a0%"]]


def test_chosen_indicator_fills_the_detail_with_progress_sentence_and_chart():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", "U21401", 2020)
    detail = draw_parts(dataset_from(DATA), selection, SETTINGS)["detail"]
    assert detail["title"] == "Personal"
    body = " ".join(texts(detail["body"]))
    # 17 (2019), 17 (2020) against 15 for 2020: the year is reached, 17 − 15 = 2 missing; nothing changed
    assert "Målet för 2020 (15) är inte nått: det saknas 2. Sedan 2019 har utfallet legat still." in body
    assert "· Står still sedan 2019 · senaste året oförändrat (17 → 17)" in body
    assert detail["chart"].data[0].name == "Utfall"
    assert detail["chart_summary"] == "Utfallet 2020 var 17, målet 15; målet är inte uppnått."


def test_district_view_adds_the_whole_municipality_for_comparison():
    selection = Selection("Borås", "Sjöbo", "Vård och omsorg", "Bostäder", 2020)
    drawn = draw_parts(dataset_from(DATA), selection, SETTINGS)
    assert "Utfall hela kommunen" in texts(drawn["table"]["scorecard"])
    assert drawn["detail"]["chart"].data[0].name == "Utfall Hela kommunen"


def test_meeting_mode_sets_the_page_class_and_larger_chart_text():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020, meeting=True)
    drawn = draw_parts(dataset_from(DATA), selection, SETTINGS)
    assert drawn["overview"]["page_class"] == "view-overview meeting-mode"
    assert drawn["table"]["gap_chart"].layout.font.size == 20


def test_selection_with_no_rows_says_so_without_axes():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 1990)
    table = draw_parts(dataset_from(DATA), selection, SETTINGS)["table"]
    assert "Det finns inga indikatorer" in " ".join(texts(table["scorecard"]))
    assert table["gap_chart"].layout.xaxis.visible is False


def test_each_app_gets_its_own_callbacks():
    first = create_app(SETTINGS, dataset_from(DATA))
    second = create_app(SETTINGS, dataset_from(DATA))
    for app in (first, second):
        outputs = " ".join(app.callback_map)
        assert ids.SCORECARD in outputs and ids.URL in outputs
    assert isinstance(first.layout(), html.Div)  # built anew on each page load


def test_a_part_answers_through_dash_with_its_named_outputs():
    """The table part through Dash's own endpoint, as the browser asks for it."""
    app = create_app(SETTINGS, dataset_from(DATA))
    client = app.server.test_client()
    client.get("/")
    callback = next(c for c in client.get("/_dash-dependencies").json if ids.SCORECARD in c["output"])
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020)
    stored = {**selection.__dict__, "areas": [], "municipalities": []}
    outputs = [
        {"id": part.split(".")[0], "property": part.split(".")[1]}
        for part in callback["output"].strip(".").split("...")
    ]
    body = {
        "output": callback["output"],
        "outputs": outputs,
        "inputs": [{"id": ids.SELECTION, "property": "data", "value": stored}],
        "state": [{"id": ids.SESSION_DATA, "property": "data", "value": None}],
        "changedPropIds": [],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    answer = json.loads(response.data)["response"]
    assert "Bostäder" in json.dumps(answer[ids.SCORECARD], ensure_ascii=False)
    assert answer[ids.CHART_SUMMARY.format(ids.GAP_CHART)]["children"].startswith("2 indikatorer")
