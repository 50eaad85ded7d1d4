"""The presenters the callbacks run: URL ↔ filters, and what each part of the page shows for a
selection; and the callbacks' wiring, through Dash's own HTTP endpoint."""

import json

from dash import html

from dashboard.analysis.selection import Selection
from dashboard.app import create_app
from dashboard.settings import Settings
from layouts import ids
from layouts.filters import FILTERS, state_part
from layouts.overview import goal_area_body_part
from tests.conftest import HEADER, dataset_from
from tests.presenters import draw_parts, find, texts

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
    # native <select> values are strings; "*" is "latest publication" (and "all goal areas", "no reference")
    assert _values(state) == ["Borås", "Hela kommunen", "Vård och omsorg", "2020", "*", "*", "T", "*", [], []]
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
    assert _values(state) == ["Köping", "Hela kommunen", "*", "2020", "*", "*", "T", "*", [], []]
    assert state["detail_open"] is False


def test_the_overview_answers_first_with_verdicts_strips_and_folded_untargeted_indicators():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020)
    drawn = draw_parts(dataset_from(DATA), selection, SETTINGS)
    overview = drawn["overview"]
    assert overview["heading"] == "Borås · Hela kommunen · Vård och omsorg · 2020"
    headline = texts(overview["status_summary"])
    # Personal 17 > 15 (decrease): not met; Bostäder 221 vs 230: −3,9 % is near. Met or near 1 of 2 judged ≥ 1 → Delvis
    assert "1 målområde:" in headline and "Delvis uppfyllt" in headline and "2 indikatorer med mål:" in headline
    area = overview["overview"][0]
    summary = texts(area.children[0])
    assert summary[0] == "Vård och omsorg" and "Delvis uppfyllt" in summary
    assert " — 0 av 2 bedömda indikatorer uppnådda, 1 nära målet" in summary
    assert ["≈", "1 ", "Nära målet", "✗", "1 ", "Ej uppnått"] == [
        t for t in summary if t in ("≈", "✗", "1 ", "Nära målet", "Ej uppnått")
    ]
    assert area.open is True  # one goal area chosen: opened
    lines = texts(area.children[1])
    # Personal 17 → 17 against 15: standing still since 2019, and the latest year unchanged
    assert "Står still sedan 2019" in lines and "senaste året oförändrat (17 → 17)" in lines
    assert overview["export_csv"] == "/export/gaps.csv" + selection.to_query()
    assert overview["export_goals"] == "/export/goals.csv" + selection.to_query()
    assert overview["live"] == "Visar 2 indikatorer för Vård och omsorg, 2020"
    # the table, the dialog and the comparisons are not on screen: left as they were, nothing drawn
    assert drawn["table"] is None and drawn["detail"] is None and drawn["compare"] is None


def test_indicators_without_a_target_are_folded_apart():
    data = DATA + "Borås,1490,,Vård och omsorg,,Besök,antal,increase,2020,40,,Budget,2020-11-12,\n"
    area = draw_parts(dataset_from(data), Selection("Borås", "Hela kommunen", year=2020), SETTINGS)["overview"][
        "overview"
    ][-1]
    folded = area.children[1].children[-1]
    assert texts(folded.children[0]) == ["Följs utan mål (1)"] and "Besök" in texts(folded.children[1])
    assert "Följs utan mål (1)" in texts(area.children[0])  # said beside the strip too


def test_closed_goal_areas_come_without_their_body_which_is_drawn_when_opened():
    data = DATA + "Borås,1490,,Arbete,,Jobb,%,increase,2020,70,75,Budget,2021-01-01,\n"
    selection = Selection("Borås", "Hela kommunen", year=2020)
    areas = draw_parts(dataset_from(data), selection, SETTINGS)["overview"]["overview"]
    assert [texts(area.children[0])[0] for area in areas] == ["Arbete", "Vård och omsorg"]
    # two goal areas, none chosen: both closed, their summaries answer, their bodies wait to be opened
    assert [area.open for area in areas] == [False, False]
    assert all(area.children[1].children == [] for area in areas)
    assert "Ej uppfyllt" in texts(areas[0].children[0])  # Jobb 70 against 75: −6,7 %, not met
    summary_id, body_id = areas[1].children[0].id, areas[1].children[1].id
    assert summary_id == {"type": ids.GOAL_AREA_SUMMARY, "goal_area": "Vård och omsorg", "shown": False}
    assert body_id == {**summary_id, "type": ids.GOAL_AREA_BODY}
    body = texts(goal_area_body_part(dataset_from(data), selection, SETTINGS, "Vård och omsorg"))
    assert "Personal" in body and "Bostäder" in body and "Jobb" not in body
    assert goal_area_body_part(dataset_from(data), selection, SETTINGS, "Finns inte") == []


def test_the_table_view_shows_the_scorecard_and_the_gap_chart_with_its_text():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020, view="table")
    table = draw_parts(dataset_from(DATA), selection, SETTINGS)["table"]["scorecard"]
    table_text = texts(table)
    assert "Nära målet" in table_text and "Ej uppnått" in table_text
    assert "utfall 2019" in table_text  # Bostäder's outcome comes from the year before
    graph = find(table, ids.GAP_CHART)
    assert len(graph.figure.data) == 2
    assert graph.config["toImageButtonOptions"]["filename"] == "malbild_boras_vard-och-omsorg_2020_avvikelser"
    summary = find(table, ids.CHART_SUMMARY.format(ids.GAP_CHART))
    assert summary.children == "2 indikatorer med både utfall och mål 2020: 1 Nära målet, 1 Ej uppnått."
    rows = [texts(row) for row in find(table, ids.CHART_TABLE.format(ids.GAP_CHART)).children.children[1].children]
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
    assert "Så räknar vi" in body and "(R)" not in body
    assert find(detail["body"], ids.INDICATOR_CHART).figure.data[0].name == "Utfall"
    summary = find(detail["body"], ids.CHART_SUMMARY.format(ids.INDICATOR_CHART))
    assert summary.children == "Utfallet 2020 var 17, målet 15; målet är inte uppnått."


def test_district_view_adds_the_whole_municipality_for_comparison():
    selection = Selection("Borås", "Sjöbo", "Vård och omsorg", "Bostäder", 2020, view="table")
    drawn = draw_parts(dataset_from(DATA), selection, SETTINGS)
    assert "Utfall hela kommunen" in texts(drawn["table"]["scorecard"])
    assert find(drawn["detail"]["body"], ids.INDICATOR_CHART).figure.data[0].name == "Utfall Hela kommunen"


def test_meeting_mode_is_one_goal_area_per_screen_with_a_pager():
    data = DATA + "Borås,1490,,Arbete,,Jobb,%,increase,2020,70,75,Budget,2021-01-01,\n"
    selection = Selection("Borås", "Hela kommunen", None, None, 2020, meeting=True)
    overview = draw_parts(dataset_from(data), selection, SETTINGS)["overview"]
    assert overview["page_class"] == "view-overview meeting-mode"
    # the first goal area in Swedish order is Arbete; the pager goes on to Vård och omsorg
    assert overview["heading"] == "Arbete · Borås 2020"
    pager = overview["overview"][0]
    assert texts(pager) == ["‹ Föregående", "1 av 2", "Nästa ›"]
    assert (
        find(pager, ids.MEETING_NEXT).href == "?municipality=Bor%C3%A5s&area=Hela+kommunen&goal_area=V%C3%A5rd+och"
        "+omsorg&year=2020&meeting=1"
    )
    assert find(pager, ids.MEETING_PREV).className.endswith("disabled")
    second = draw_parts(
        dataset_from(data), Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020, meeting=True), SETTINGS
    )["overview"]
    assert texts(second["overview"][0]) == ["‹ Föregående", "2 av 2", "Nästa ›"]
    assert "Personal" in texts(second["overview"]) and "Kommentar" not in texts(second["overview"])


def test_selection_with_no_rows_says_so():
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 1990, view="table")
    table = draw_parts(dataset_from(DATA), selection, SETTINGS)["table"]
    assert "Det finns inga indikatorer" in " ".join(texts(table["scorecard"]))


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
    selection = Selection("Borås", "Hela kommunen", "Vård och omsorg", None, 2020, view="table")
    stored = {**selection.__dict__, "areas": [], "municipalities": []}
    outputs = [
        {"id": part.split(".")[0], "property": part.split(".")[1]}
        for part in callback["output"].strip(".").split("...")
    ]
    body = {
        "output": callback["output"],
        "outputs": outputs,
        "inputs": [{"id": ids.SELECTION, "property": "data", "value": stored}],
        "state": [
            {"id": ids.SESSION_DATA, "property": "data", "value": None},
            {"id": ids.VIEWPORT, "property": "data", "value": {"width": 1280}},
        ],
        "changedPropIds": [],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    answer = json.loads(response.data)["response"]
    drawn = json.dumps(answer[ids.SCORECARD], ensure_ascii=False)
    assert "Bostäder" in drawn and "2 indikatorer med både utfall och mål 2020" in drawn and ids.GAP_CHART in drawn


def test_opening_a_goal_area_fetches_its_body_through_dash():
    """The pattern-matched callback behind a goal area's summary, as the browser asks for it."""
    data = DATA + "Borås,1490,,Arbete,,Jobb,%,increase,2020,70,75,Budget,2021-01-01,\n"
    app = create_app(SETTINGS, dataset_from(data))
    client = app.server.test_client()
    client.get("/")
    callback = next(c for c in client.get("/_dash-dependencies").json if ids.GOAL_AREA_BODY in c["output"])
    summary = {"type": ids.GOAL_AREA_SUMMARY, "goal_area": "Vård och omsorg", "shown": False}
    stored = {**Selection("Borås", "Hela kommunen", year=2020).__dict__, "areas": [], "municipalities": []}

    def clicked(times: int):
        body = {
            "output": callback["output"],
            "outputs": {"id": {**summary, "type": ids.GOAL_AREA_BODY}, "property": "children"},
            "inputs": [{"id": summary, "property": "n_clicks", "value": times}],
            "state": [
                {"id": summary, "property": "id", "value": summary},
                {"id": ids.SELECTION, "property": "data", "value": stored},
                {"id": ids.SESSION_DATA, "property": "data", "value": None},
            ],
            "changedPropIds": [json.dumps(summary, separators=(",", ":"), sort_keys=True) + ".n_clicks"],
        }
        return client.post("/_dash-update-component", json=body)

    opened = clicked(1)
    assert opened.status_code == 200
    drawn = json.dumps(json.loads(opened.data)["response"], ensure_ascii=False)
    assert "Personal" in drawn and "Bostäder" in drawn and "Jobb" not in drawn
    closed = clicked(2)  # closing it again: the body stays as it is, nothing sent
    assert closed.status_code in (200, 204) and "Personal" not in closed.get_data(as_text=True)
