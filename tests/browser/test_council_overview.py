"""The council overview as the first screen, and meeting mode for the projector."""

from __future__ import annotations

import io
import re
import urllib.request

import pandas as pd
from playwright.sync_api import expect

from layouts import ids
from tests.browser.pages import chosen, open_view, wait_until_idle

STAFF = "Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)"


def _font_size(page, selector: str) -> float:
    return page.locator(selector).first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")


def test_opening_the_app_shows_the_municipality_with_most_targets_goal_area_by_goal_area(page, app_url, console_errors):
    open_view(page, app_url + "/")
    expect(chosen(page, ids.MUNICIPALITY)).to_have_text("Borås")  # the most targets in data/
    cards = page.locator(f"#{ids.OVERVIEW} .goal-area-card")
    titles = cards.locator(".card-header h3").all_inner_texts()
    assert titles == [
        "Bo, bygga och miljö",
        "Kommun och politik",
        "Omsorg och stöd",
        "Socialt hållbart Borås",
        "Uppleva och göra",
        "Utbildning och förskola",
        "Vård och omsorg",
    ]
    assert console_errors == []


def test_goals_without_indicators_say_so(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Borl%C3%A4nge")
    cards = page.locator(f"#{ids.OVERVIEW} .goal-area-card")
    titles = cards.locator(".card-header h3").all_inner_texts()
    assert titles[:3] == ["Boende", "Digital utveckling", "Kommunen som arbetsgivare"] and len(titles) == 10
    digital = cards.filter(has_text="Digital utveckling")
    expect(digital).to_contain_text("Inga indikatorer ännu")
    expect(digital).to_contain_text("0 av 1 mål har indikatorer, 1 saknar.")
    assert console_errors == []


def test_overview_line_shows_outcome_target_status_progress_and_trend(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020")
    line = page.locator(f"#{ids.OVERVIEW} .indicator-line").filter(has_text=STAFF)
    expect(line.locator(".line-outcome")).to_have_text("Utfall17 (2020)")
    expect(line.locator(".line-target")).to_have_text("Mål 202015")
    expect(line.locator(".line-status")).to_contain_text("Ej uppnått")
    expect(line.locator(".line-progress")).to_contain_text("Står still sedan 2017")
    expect(line.locator(".line-progress")).to_contain_text("senaste året oförändrat (17 → 17)")
    expect(line.locator(".trend-arrow")).to_have_text("→")
    expect(line.locator(".trend .visually-hidden")).to_have_text("senaste året oförändrat (17 → 17)")
    assert "17" in line.locator("img.sparkline").get_attribute("alt")
    assert console_errors == []


def test_meeting_mode_hides_controls_and_enlarges_text_and_charts(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020")
    normal_size = _font_size(page, f"#{ids.HEADING}")
    page.get_by_text("Mötesläge").click()
    expect(page.locator(".filters")).to_be_hidden()
    expect(page).to_have_url(re.compile("meeting=1"))
    wait_until_idle(page)
    assert _font_size(page, f"#{ids.HEADING}") > normal_size * 1.3
    page.locator(f"#{ids.OVERVIEW}").get_by_role("link", name=STAFF).click()
    expect(page.get_by_role("dialog")).to_contain_text("Står still sedan 2017")
    wait_until_idle(page)
    chart_font = page.evaluate(f"document.querySelector('#{ids.INDICATOR_CHART} .js-plotly-plot').layout.font.size")
    assert chart_font == 20

    page.reload()  # the link alone reproduces meeting mode and the open detail
    expect(page.get_by_role("dialog")).to_contain_text(STAFF)
    expect(page.locator(".filters")).to_be_hidden()
    assert console_errors == []


def test_export_carries_progress_with_its_method_span_and_the_trend(app_url):
    url = app_url + "/export/gaps.csv?municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020"
    with urllib.request.urlopen(url) as response:
        table = pd.read_csv(io.BytesIO(response.read()), keep_default_na=False).set_index("indicator")
    shown = [
        "progress",
        "progress_ratio",
        "progress_method",
        "progress_base_year",
        "needed_per_year",
        "trend",
        "trend_from_year",
    ]
    assert list(table.columns[-7:]) == shown
    # 17 every year since 2017 against 15 (lower is better): R = 0, standing still; 15 − 17 = −2 still needed
    assert table.loc[STAFF, shown].tolist() == ["Står still", 0, "cagr", 2017, -2, "→", 2019]
