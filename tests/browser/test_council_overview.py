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
    areas = page.locator(f"#{ids.OVERVIEW} .goal-area")
    titles = areas.locator(".goal-area-name").all_inner_texts()
    assert titles == [
        "Bo, bygga och miljö",
        "Kommun och politik",
        "Omsorg och stöd",
        "Socialt hållbart Borås",
        "Uppleva och göra",
        "Utbildning och förskola",
        "Vård och omsorg",
    ]
    # every goal area answers before it is opened: its fulfilment, and a status strip where it has targets
    expect(areas.locator(".fulfilment-line")).to_have_count(7)
    eldercare = areas.filter(has_text="Vård och omsorg")
    expect(eldercare.locator(".fulfilment-line")).to_contain_text("Ej uppfyllt — 0 av 4 bedömda indikatorer uppnådda")
    expect(eldercare.locator(".status-strip")).to_have_text(re.compile(r"≈\s*1 Nära målet\s*✗\s*3 Ej uppnått"))
    expect(areas.filter(has_text="Utbildning och förskola").locator(".untargeted-note")).to_have_text(
        "Följs utan mål (12)"
    )
    assert console_errors == []


def test_goals_without_indicators_say_so(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Borl%C3%A4nge")
    areas = page.locator(f"#{ids.OVERVIEW} .goal-area")
    titles = areas.locator(".goal-area-name").all_inner_texts()
    assert titles[:3] == ["Boende", "Digital utveckling", "Kommunen som arbetsgivare"] and len(titles) == 10
    digital = areas.filter(has_text="Digital utveckling")
    expect(digital.locator(".fulfilment-line")).to_contain_text("Kan inte bedömas — inga indikatorer ännu")
    digital.locator("summary").first.click()
    expect(digital.locator(".goals")).to_contain_text("Inga indikatorer ännu")
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
    expect(line.locator(".line-trend")).to_have_text("senaste året oförändrat (17 → 17)")
    assert "17" in line.locator("img.sparkline").get_attribute("alt")
    # comments live in the detail, not as a row expander in the overview
    expect(page.locator(f"#{ids.OVERVIEW} .comments")).to_have_count(0)
    assert console_errors == []


def test_meeting_mode_is_a_presentation_of_one_goal_area_with_large_type(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020")
    normal_size = _font_size(page, f"#{ids.HEADING}")
    normal_figure = _font_size(page, f"#{ids.OVERVIEW} .line-outcome .figure")
    page.get_by_text("Mötesläge").click()
    expect(page.locator(".filters")).to_be_hidden()
    expect(page).to_have_url(re.compile("meeting=1"))
    expect(page.locator(".meeting-page")).to_have_text("7 av 7")  # Vård och omsorg, the last goal area
    wait_until_idle(page)
    assert _font_size(page, f"#{ids.HEADING}") > normal_size * 1.3
    assert _font_size(page, ".meeting-lines .figure") >= normal_figure * 1.5
    for hidden in (".downloads", ".tools", f"#{ids.NAV}"):  # on the page, hidden by meeting mode
        assert page.locator(hidden).count() > 0
        for element in page.locator(hidden).all():
            expect(element).to_be_hidden()
    page.locator(f"#{ids.OVERVIEW}").get_by_role("link", name=STAFF).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Står still sedan 2017")
    expect(dialog.locator(f"#{ids.INDICATOR_CHART} .gtitle")).to_be_visible()
    chart_font = page.evaluate(f"document.querySelector('#{ids.INDICATOR_CHART} .js-plotly-plot').layout.font.size")
    assert chart_font == 20
    # the dialog is enlarged too, and shows no downloads, comments or method
    assert _font_size(page, ".modal-content") >= 19
    expect(dialog.locator(".chart-tools")).to_be_hidden()

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
    assert list(table.columns[-9:]) == [*shown, "target_source", "gender"]
    # 17 every year since 2017 against 15 (lower is better): R = 0, standing still; 15 − 17 = −2 still needed
    assert table.loc[STAFF, shown].tolist() == ["Står still", 0, "cagr", 2017, -2, "→", 2019]
