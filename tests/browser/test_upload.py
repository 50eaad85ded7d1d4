"""Uploading one's own figures: preview, add to this session only, and clear messages on failure."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard.settings import PROJECT_ROOT
from layouts import ids
from tests.browser.pages import choose, open_view, wait_until_idle

SEED = PROJECT_ROOT / "tests" / "fixtures" / "seed000"
STAFF = "Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)"
FOUR = {
    STAFF,
    "Antal lägenheter som är trygghetsbostäder",
    "Andel hemtjänsttagare som uppger att hemtjänstpersonalen alltid eller oftast tar hänsyn till den äldres "
    "egna åsikter och önskemål, %.",
    "Andel hemtjänsttagare som uppger att det känns tryggt att bo hemma med stöd från hemtjänsten, %.",
}


def _fill_form(page) -> None:
    page.locator("summary", has_text="Ladda upp egna data").click()
    for field, value in (
        (ids.UPLOAD_MUNICIPALITY, "Testkommun"),
        (ids.UPLOAD_GOAL_AREA, "Vård och omsorg"),
        (ids.UPLOAD_PUBLISHED, "2019-05-03"),
        (ids.UPLOAD_SOURCE, "Budget 2019"),
    ):
        page.locator(f"#{field}").fill(value)
        page.locator(f"#{field}").press("Tab")
    wait_until_idle(page)


@pytest.mark.parametrize("name", ["boras_budget2019.xlsx", "boras_budget2019_excel.csv"])
def test_seed_table_uploads_into_the_same_four_indicators(page, app_url, console_errors, name):
    open_view(page, app_url + "/")
    _fill_form(page)
    page.locator(f"#{ids.UPLOAD} input[type=file]").set_input_files(str(SEED / name))
    expect(page.locator(".upload-summary")).to_have_text(f"{name}: 12 rader, 4 indikatorer, år 2017–2019.")
    page.get_by_role("button", name="Lägg till i min vy").click()
    expect(page.locator(f"#{ids.UPLOAD_LIST}")).to_contain_text(name)
    choose(page, ids.MUNICIPALITY, "Testkommun")
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Testkommun", timeout=20000)  # the view has caught up
    wait_until_idle(page)
    names = set(page.locator(f"#{ids.OVERVIEW} .indicator-line .line-name").all_inner_texts())
    assert names == FOUR
    staff = page.locator(f"#{ids.OVERVIEW} .indicator-line").filter(has_text=STAFF)
    expect(staff.locator(".line-outcome")).to_have_text("Utfall13 (2018)")
    expect(staff.locator(".line-target")).to_have_text("Mål 201913")
    assert console_errors == []


def test_uploaded_data_stays_in_its_own_session(page, app_url, browser):
    open_view(page, app_url + "/")
    _fill_form(page)
    page.locator(f"#{ids.UPLOAD} input[type=file]").set_input_files(str(SEED / "boras_budget2019.xlsx"))
    page.get_by_role("button", name="Lägg till i min vy").click()
    expect(page.locator(f"#{ids.UPLOAD_LIST}")).to_contain_text("boras_budget2019.xlsx")
    other = browser.new_context().new_page()
    open_view(other, app_url + "/?municipality=Testkommun")
    expect(other.locator(f"#{ids.MUNICIPALITY}")).not_to_contain_text("Testkommun")
    other.context.close()


def test_failed_upload_lists_every_problem_and_keeps_what_is_shown(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020")
    before = page.locator(f"#{ids.OVERVIEW}").inner_text()
    page.locator("summary", has_text="Ladda upp egna data").click()
    page.locator(f"#{ids.UPLOAD} input[type=file]").set_input_files(
        str(PROJECT_ROOT / "tests" / "fixtures" / "invalid" / "unknown_direction.csv")
    )
    problems = page.locator(".upload-problems")
    expect(problems).to_contain_text("unknown_direction.csv, rad 3, kolumn direction: 'up' är ingen känd riktning")
    expect(page.get_by_role("button", name="Lägg till i min vy")).to_be_disabled()
    assert page.locator(f"#{ids.OVERVIEW}").inner_text() == before
    assert console_errors == []


def test_downloads_include_the_uploaded_data_on_screen(page, app_url):
    open_view(page, app_url + "/")
    _fill_form(page)
    page.locator(f"#{ids.UPLOAD} input[type=file]").set_input_files(str(SEED / "boras_budget2019.xlsx"))
    page.get_by_role("button", name="Lägg till i min vy").click()
    choose(page, ids.MUNICIPALITY, "Testkommun")
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Testkommun", timeout=20000)  # the view has caught up
    wait_until_idle(page)
    downloads = page.locator(f"#{ids.SESSION_DOWNLOADS}")
    expect(downloads).to_be_visible()
    with page.expect_download() as download:
        downloads.get_by_role("button", name="CSV").click()
    text = open(download.value.path(), encoding="utf-8").read()
    assert download.value.suggested_filename == "malbild_testkommun_2019.csv"
    assert text.count("Testkommun,Hela kommunen,Vård och omsorg") == 4
