"""An analyst compares districts with the whole municipality, and municipalities with each other."""

from __future__ import annotations

import io
import re

import pandas as pd
from playwright.sync_api import expect

from layouts import ids
from tests.browser.pages import choose, open_view, traces, wait_until_idle

TURNOUT = "Valdeltagande riksdagsval"
POPULATION = "Folkmängd 31 dec"


def _open_compare(page, url: str) -> None:
    page.goto(url)
    expect(page.locator(f"#{ids.COMPARE_TABLE} table")).to_be_visible(timeout=20000)
    for graph in (ids.COMPARE_BARS, ids.COMPARE_LINES):  # plotly draws after the table is in place
        expect(page.locator(f"#{graph} .gtitle")).to_be_visible()
    wait_until_idle(page)


def _table(page) -> list[list[str]]:
    return [row.locator("th, td").all_inner_texts() for row in page.locator(f"#{ids.COMPARE_TABLE} tbody tr").all()]


def test_link_reproduces_a_district_against_the_whole_municipality(page, app_url, console_errors):
    _open_compare(
        page, app_url + "/?view=areas&municipality=Bor%C3%A5s&indicator=Valdeltagande%20riksdagsval&year=2018"
    )
    expect(page.locator(f"#{ids.HEADING}")).to_have_text("Borås: områden jämförda med hela kommunen · 2018")
    hassleholmen = [row for row in _table(page) if row[1] == "Hässleholmen"][0]
    # 56,5 − 86,4 = −29,9 percentage points; −29,9 / 86,4 = −34,6 %
    assert hassleholmen[2:6] == ["56,5\u00a0%", "86,4\u00a0%", "−29,9\u00a0p.e. (−34,6\u00a0%)", "sämre"]
    bars = traces(page, ids.COMPARE_BARS)
    assert list(bars.values())[0][0] == [56.5]
    assert "Hela kommunen: 86,4" in page.locator(f"#{ids.COMPARE_BARS}").text_content()
    lines = traces(page, ids.COMPARE_LINES)
    assert lines["Hela kommunen"] == [[2018, 2022], [86.4, 81]]
    expect(page.locator(".filters")).to_be_visible()
    expect(page.locator(f"#{ids.OVERVIEW}")).to_be_hidden()
    assert console_errors == []


def test_the_district_comparison_opens_on_the_indicator_most_districts_share(page, app_url, console_errors):
    _open_compare(page, app_url + "/?view=areas&municipality=Bor%C3%A5s")
    indicator = page.locator(f"#{ids.COMPARE_INDICATOR} option:checked").inner_text()
    names = {row[0] for row in _table(page)}
    assert len(names) == 1 and indicator.startswith(names.pop())  # the table lists only the chosen indicator
    # with the whole municipality the same year: a reference line to compare against
    assert "Hela kommunen:" in page.locator(f"#{ids.COMPARE_BARS}").text_content()
    assert console_errors == []


def test_a_municipality_without_districts_says_so_without_empty_charts(page, app_url, console_errors):
    page.goto(app_url + "/?view=areas&municipality=K%C3%B6ping")
    expect(page.locator(f"#{ids.COMPARE_RESULTS} .empty-state")).to_contain_text("Köping")
    expect(page.locator(f"#{ids.COMPARE} .js-plotly-plot")).to_have_count(0)
    expect(page.get_by_role("button", name="PNG")).to_have_count(0)
    assert console_errors == []


def test_sjobo_against_boras_shows_missing_years_as_missing(page, app_url, console_errors):
    _open_compare(page, app_url + "/?view=areas&municipality=Bor%C3%A5s&areas=Sj%C3%B6bo")
    expect(page.locator(f"#{ids.COMPARE_AREAS}").get_by_label("Sjöbo")).to_be_checked()
    sjobo = [row for row in _table(page) if row[1] == "Sjöbo"][0]
    # Sjöbo has turnout for 2006 and 2010; the whole municipality has none for those years
    assert sjobo[2] == "67,1\u00a0%" and sjobo[3] == "saknas" and sjobo[4] == "saknas"
    lines = traces(page, ids.COMPARE_LINES)
    assert lines["Sjöbo"] == [[2006, 2010], [61.2, 67.1]]
    with page.expect_download() as download:
        page.locator(f"#{ids.COMPARE_EXPORT}").click()
    table = pd.read_csv(io.BytesIO(open(download.value.path(), "rb").read()))
    assert table["area"].tolist() == ["Sjöbo"] and table["reference_outcome"].isna().all()
    assert console_errors == []


def test_three_municipalities_on_one_indicator_over_time(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Bor%C3%A5s")
    page.get_by_role("link", name="Jämför kommuner").click()
    expect(page.locator(f"#{ids.COMPARE_TABLE} table")).to_be_visible(timeout=20000)
    choose(page, ids.COMPARE_INDICATOR, f"{POPULATION} (3 kommuner)")
    expect(page.locator(f"#{ids.COMPARE_MUNICIPALITIES} input:checked")).to_have_count(3)
    lines = traces(page, ids.COMPARE_LINES)
    assert set(lines) == {"Borlänge", "Borås", "Köping"}
    assert lines["Borås"][0][0] == 2013 and lines["Borås"][1][0] == 105995
    assert None in lines["Borås"][1]  # years other municipalities report but Borås does not: a gap
    rows = {row[0]: row for row in _table(page)}
    ranked = [name for name, row in rows.items() if row[3] != "saknas"]
    assert rows["Borås"][3].startswith("1 av") and len(ranked) >= 2
    assert re.search("view=municipalities", page.url) and "municipalities=" in page.url
    assert console_errors == []


def test_overview_link_returns_from_a_comparison(page, app_url):
    _open_compare(page, app_url + "/?view=municipalities&indicator=Folkm%C3%A4ngd%2031%20dec")
    page.get_by_role("link", name="Översikt").click()
    expect(page.locator(f"#{ids.OVERVIEW} .goal-area").first).to_be_visible(timeout=20000)
    expect(page.locator(f"#{ids.COMPARE}")).to_be_hidden()


def test_compare_with_all_municipalities_draws_their_median_and_keeps_it_in_the_link(page, app_url, console_errors):
    _open_compare(page, app_url + "/?view=municipalities&indicator=Folkm%C3%A4ngd%2031%20dec&year=2019")
    assert "median" not in page.locator(f"#{ids.COMPARE_BARS}").text_content()
    choose(page, ids.PEERS, "Alla kommuner")
    # 2019: Borlänge 52 590 and Borås 113 179 (Köping has no 2019 figure): median (52 590 + 113 179) / 2
    legend = page.locator(f"#{ids.COMPARE_BARS} .legend")
    expect(legend).to_contain_text("Alla kommuner: median 82\u00a0884,5 (2 kommuner)")
    expect(page).to_have_url(re.compile(r"[?&]peers=alla(&|$)"))
    lines = traces(page, ids.COMPARE_LINES)
    assert lines["Alla kommuner: median (2 kommuner)"][1][-1] == 82884.5
    page.reload()  # the link alone brings the reference back
    expect(page.locator(f"#{ids.COMPARE_BARS} .legend")).to_contain_text("Alla kommuner: median")
    expect(page.locator(f"#{ids.PEERS} option:checked")).to_have_text("Alla kommuner")
    assert console_errors == []
