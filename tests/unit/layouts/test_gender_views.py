"""Women's and men's figures on screen and in files: chosen in the URL, drawn beside the total in
the indicator's chart, split per district, and named in every export (tests/fixtures/genders)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from dashboard.analysis.gender_split import area_gender_split
from dashboard.analysis.selection import Selection, for_gender, normalize
from dashboard.data.dataset import Dataset
from dashboard.exports.tables import scorecard_file
from dashboard.i18n import render
from dashboard.settings import Settings
from layouts.filters import state_part
from tests.conftest import dataset_from
from tests.paths import FIXTURES
from tests.presenters import draw_parts, find, texts

SETTINGS = Settings()
INDICATOR = "X00001"


@pytest.fixture(scope="module")
def dataset():
    return Dataset.from_path(FIXTURES / "genders")


def test_the_url_keeps_a_chosen_gender_and_leaves_the_total_out():
    assert Selection.from_query("?gender=k").gender == "K"
    assert Selection.from_query("?gender=X").gender == "T"
    assert Selection(municipality="Alfaby", gender="M").to_query() == "?municipality=Alfaby&gender=M"
    assert Selection(municipality="Alfaby", gender="T").to_query() == "?municipality=Alfaby"


def test_a_gender_the_data_lacks_falls_back_to_the_total_and_says_so():
    plain = dataset_from(
        "municipality,area,goal_area,indicator,unit,direction,year,outcome,target\n"
        "Alfaby,,Skola,Behöriga,%,increase,2021,80,90\n"
    )
    selection, _, notices = normalize(Selection(gender="K"), plain)
    assert selection.gender == "T"
    assert [render(notice) for notice in notices] == ["Uppgifter för kvinnor finns inte i data; visar totalt."]
    assert state_part(plain, Selection(), True)["gender_field"] == "d-none"


def test_the_filter_offers_the_genders_the_data_holds(dataset):
    state = state_part(dataset, Selection(gender="M"), True)
    assert [o["label"] for o in state["gender_options"]] == ["Totalt", "Kvinnor", "Män"]
    assert state["gender_value"] == "M" and "d-none" not in state["gender_field"]
    assert "gender=M" in state["search"]


def test_women_are_measured_against_the_councils_target(dataset):
    """Women in the whole municipality 2021: 85,5 against the total's 90 → gap −4,5 points (−5 %)."""
    selection, _, _ = normalize(Selection(gender="K"), dataset)
    payload, name = scorecard_file(for_gender(dataset, selection), selection, SETTINGS, "csv")
    table = pd.read_csv(pd.io.common.BytesIO(payload))
    row = table[table["indicator"].str.startswith("Elever")].iloc[0]
    assert (row["outcome"], row["target"], row["gap"], row["relative_gap"], row["gender"]) == (
        85.5,
        90,
        -4.5,
        -0.05,
        "K",
    )
    assert list(table["indicator"]) == [row["indicator"]]  # X00002 has no women's figures
    assert "kvinnor" in name
    total, _ = scorecard_file(dataset, replace(selection, gender="T"), SETTINGS, "csv")
    totals = pd.read_csv(pd.io.common.BytesIO(total))
    assert list(totals["gender"]) == ["T", "T"] and list(totals["gap"]) == [-8.0, -5.0]


def test_the_detail_draws_women_and_men_beside_the_total(dataset):
    selection, _, _ = normalize(Selection(indicator=INDICATOR), dataset)
    detail = draw_parts(dataset, selection, SETTINGS)["detail"]
    figure = _figure(detail["body"], "indicator-chart")
    lines = {trace["name"]: trace["y"] for trace in figure["data"] if trace.get("mode", "").startswith("lines")}
    assert lines == {
        "Utfall, alla": [80.0, 81.5, 82.0],
        "Utfall, kvinnor": [84.0, 85.0, 85.5],
        "Utfall, män": [76.0, 78.0, 78.5],
    }
    women, _, _ = normalize(Selection(indicator=INDICATOR, gender="K"), dataset)
    figure = _figure(draw_parts(dataset, women, SETTINGS)["detail"]["body"], "indicator-chart")
    main = next(trace for trace in figure["data"] if trace.get("legendrank") == 1)
    assert (main["name"], main["y"]) == ("Utfall, kvinnor", [84.0, 85.0, 85.5])
    assert "Kvinnor" in figure["layout"]["title"]["text"]


def test_the_district_comparison_splits_by_gender(dataset):
    selection, _, _ = normalize(Selection(view="areas", indicator=INDICATOR, areas=("Norr", "Söder")), dataset)
    split = area_gender_split(dataset, selection, ["Norr", "Söder", "Hela kommunen"])
    assert list(zip(split["area"], split["gender"], split["outcome"])) == [
        ("Norr", "K", 79.0),
        ("Norr", "M", 67.0),
        ("Söder", "K", 89.5),
        ("Söder", "M", 88.5),
        ("Hela kommunen", "K", 85.5),
        ("Hela kommunen", "M", 78.5),
    ]
    part = draw_parts(dataset, selection, SETTINGS)["genders"]["split"]
    bars = _figure(part, "compare-gender-bars")["data"]
    assert [(bar["name"], bar["x"]) for bar in bars] == [("Kvinnor", [79.0, 89.5, 85.5]), ("Män", [67.0, 88.5, 78.5])]
    assert "Störst skillnad mellan kvinnor och män i Norr: +12\xa0p.e. (kvinnor 79\xa0%, män 67\xa0%)." in texts(part)


def test_no_split_chart_without_women_and_men(dataset):
    selection, _, _ = normalize(Selection(view="areas", indicator="X00002", areas=("Norr",)), dataset)
    assert draw_parts(dataset, selection, SETTINGS)["genders"] == {"split": []}


def _figure(tree, graph_id: str) -> dict:
    found = find(tree, graph_id)
    assert found is not None, graph_id
    return found.figure if isinstance(found.figure, dict) else found.figure.to_plotly_json()


def test_the_overview_says_how_many_indicators_have_the_chosen_genders_figures(dataset):
    women, _, _ = normalize(Selection(gender="K"), dataset)
    summary = texts(draw_parts(dataset, women, SETTINGS)["overview"]["status_summary"])
    assert "1 av 2 indikatorer har uppgifter för kvinnor; de övriga finns under Totalt." in summary
    total, _, _ = normalize(Selection(), dataset)
    summary = texts(draw_parts(dataset, total, SETTINGS)["overview"]["status_summary"])
    assert summary and not any("uppgifter för" in line for line in summary)


def test_the_meeting_screen_says_whose_figures_it_shows(dataset):
    """On the projector women's 85,5 % 'Nära målet' must not pass for the total's 82 % 'Ej uppnått'."""
    women, _, _ = normalize(Selection(gender="K", meeting=True), dataset)
    overview = draw_parts(dataset, women, SETTINGS)["overview"]
    assert overview["heading"] == "Utbildning · Alfaby 2021 · Kvinnor"
    assert "1 av 2 indikatorer har uppgifter för kvinnor; de övriga finns under Totalt." in texts(overview["overview"])
    total, _, _ = normalize(Selection(meeting=True), dataset)
    assert draw_parts(dataset, total, SETTINGS)["overview"]["heading"] == "Utbildning · Alfaby 2021"


def test_every_file_of_women_s_figures_says_so(dataset):
    """The deck's foot of every slide, the report's cover and every file name end with the gender."""
    import io
    from datetime import date

    from docx import Document
    from pptx import Presentation

    from dashboard.exports.deck import build_deck
    from dashboard.exports.word_report import build_report
    from layouts.graph_config import chart_file_name

    women, _, _ = normalize(Selection(gender="K"), dataset)
    viewed = for_gender(dataset, women)
    deck = Presentation(io.BytesIO(build_deck(viewed, women, SETTINGS, approved={})))
    feet = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    assert any(line.startswith("Alfaby · Hela kommunen · Uppföljningsår 2021 · Kvinnor") for line in feet)
    pixel = bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005"
        "0001ff8d0b6d4d0000000049454e44ae426082"
    )
    report = build_report(viewed, women, SETTINGS, {}, lambda *_: pixel, date(2026, 12, 4))
    assert "Alfaby · Hela kommunen · Kvinnor" in [p.text for p in Document(io.BytesIO(report)).paragraphs]
    named = normalize(Selection(gender="K", indicator=INDICATOR), dataset)[0]
    assert chart_file_name(viewed, named).endswith("_2021_kvinnor")
