"""Women and men beside the total, in the browser: the indicator's chart draws their lines, the gender
filter switches every figure to theirs and keeps it in the URL, the district comparison splits by
gender, and the detail says what the indicator measures (tests/fixtures/genders, made-up numbers)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from layouts import ids
from tests.browser.pages import open_table, open_view, scorecard_rows, traces, wait_until_idle
from tests.paths import FIXTURES
from tests.server import serving

INDICATOR = "Elever i åk 9 som är behöriga till gymnasiet, andel (%)"


@pytest.fixture(scope="module")
def genders_url(tmp_path_factory):
    with serving(FIXTURES / "genders", tmp_path_factory) as url:
        yield url


def _lines(page, graph_id: str) -> dict:
    """Each drawn trace's name → its y values."""
    return {name: y for name, (_, y) in traces(page, graph_id).items()}


def test_the_detail_draws_women_and_men_and_says_what_the_indicator_measures(page, genders_url, console_errors):
    page.goto(genders_url + "/?indicator=X00001")
    expect(page.locator(f"#{ids.INDICATOR_CHART} .gtitle")).to_be_visible(timeout=20000)
    wait_until_idle(page)
    lines = _lines(page, ids.INDICATOR_CHART)
    assert lines["Utfall, alla"] == [80, 81.5, 82]
    assert lines["Utfall, kvinnor"] == [84, 85, 85.5]
    assert lines["Utfall, män"] == [76, 78, 78.5]
    legend = page.locator(f"#{ids.INDICATOR_CHART} .legendtext").evaluate_all("els => els.map(e => e.textContent)")
    assert legend[0] == "Utfall, alla" and {"Utfall, kvinnor", "Utfall, män"} <= set(legend)
    part = page.locator(f"#{ids.DEFINITION}")
    expect(part.get_by_role("heading", name="Definition och källa")).to_be_visible()
    expect(part).to_contain_text("behörighet <b>till</b> gymnasiets yrkesprogram")  # markup shown as text
    expect(part.get_by_role("link", name="https://example.org/x00001")).to_have_attribute("rel", "noopener noreferrer")
    assert console_errors == []


def test_choosing_women_switches_the_figures_and_keeps_it_in_the_url(page, genders_url, console_errors):
    open_view(page, genders_url + "/")
    open_table(page)
    assert scorecard_rows(page)[INDICATOR]["Utfall"].startswith("82")
    page.locator(f"#{ids.GENDER}").get_by_text("Kvinnor", exact=True).click()  # a button beside the views' tabs
    expect(page).to_have_url(re.compile(r"gender=K"))
    wait_until_idle(page)
    expect(page.locator(f"#{ids.SCORECARD}")).to_contain_text("85,5")
    rows = scorecard_rows(page)
    assert list(rows) == [INDICATOR]  # the indicator without women's figures is not passed off as theirs
    assert rows[INDICATOR]["Utfall"].startswith("85,5") and rows[INDICATOR]["Mål 2021"].startswith("90")
    page.reload()
    expect(page.locator(f"#{ids.GENDER} input[value='K']")).to_be_checked(timeout=20000)
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Kvinnor")
    assert console_errors == []


@pytest.mark.parametrize("width", [1280, 390])
def test_the_district_comparison_splits_by_gender(page, genders_url, console_errors, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(genders_url + "/?view=areas&indicator=X00001&areas=Norr,S%C3%B6der")
    chart = page.locator(f"#{ids.COMPARE_GENDER_BARS}")
    expect(chart.locator(".gtitle")).to_be_visible(timeout=20000)
    wait_until_idle(page)
    areas = ["Norr", "Söder", "Hela kommunen"]
    assert traces(page, ids.COMPARE_GENDER_BARS) == {
        "Kvinnor": [[79, 89.5, 85.5], areas],
        "Män": [[67, 88.5, 78.5], areas],
    }
    expect(page.locator(f"#{ids.COMPARE_GENDERS}")).to_contain_text("Störst skillnad mellan kvinnor och män i Norr")
    figure = chart.locator(".main-svg").first.bounding_box()
    for label in chart.locator(".bartext").all():  # every value written inside the figure
        box = label.bounding_box()
        assert figure["x"] <= box["x"] and box["x"] + box["width"] <= figure["x"] + figure["width"] + 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert console_errors == []
