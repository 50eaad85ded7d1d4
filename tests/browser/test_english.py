"""A visiting researcher reads Målbild in English: the interface translated, the data as published."""

from __future__ import annotations

import io

import pandas as pd
from playwright.sync_api import expect

from layouts import ids
from tests.browser.pages import open_table, open_view, scorecard_rows, wait_until_idle

STAFF = "Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)"
ENGLISH = "/?municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020&lang=en"


def test_the_overview_in_english_with_english_numbers_and_swedish_data(page, app_url, console_errors):
    open_view(page, app_url + ENGLISH)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(f"#{ids.HEADING}")).to_have_text("Borås · Whole municipality · Vård och omsorg · 2020")
    expect(page.locator(f"#{ids.LIVE}")).to_have_text("Showing 4 indicators for Vård och omsorg, 2020")
    expect(page.get_by_role("combobox", name="Municipality")).to_be_visible()
    eldercare = page.locator(f"#{ids.OVERVIEW} .goal-area")
    expect(eldercare.locator(".fulfilment-line")).to_contain_text("Goal fulfilment: Not fulfilled")
    expect(eldercare.locator(".status-strip")).to_contain_text("1 Close to target")
    open_table(page)
    staff = scorecard_rows(page)[STAFF]
    assert staff["Outcome"] == "17" and staff["Target 2020"] == "15"
    assert staff["Gap"].split("\n") == ["−2", "−13.3\u00a0%"]  # decimal point, not comma
    assert "Not met" in staff["Status"] and "Outcome: Borås Stad" in staff["Source"]
    expect(page.locator(f"#{ids.CHART_SUMMARY.format(ids.GAP_CHART)}")).to_have_text(
        "4 indicators with both an outcome and a target in 2020: 1 Close to target, 3 Not met."
    )
    expect(page.locator(f"#{ids.GAP_CHART} .gtitle")).to_contain_text(
        "Gap from the targets · Borås · Whole municipality"
    )
    # the export keeps its contract: Swedish status labels
    with page.expect_download() as download:
        page.locator(f"#{ids.EXPORT_CSV}").click()
    table = pd.read_csv(io.BytesIO(open(download.value.path(), "rb").read())).set_index("indicator")
    assert table.loc[STAFF, "status"] == "Ej uppnått"
    assert console_errors == []


def test_the_detail_sentence_and_chart_table_in_english(page, app_url, console_errors):
    open_view(page, app_url + ENGLISH + "&indicator=U21401")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Not met · Standing still since 2017 · unchanged over the last year (17 → 17)")
    expect(dialog).to_contain_text(
        "The target for 2020 (15) is not met: 2 is missing. Since 2017 the outcome has stood still."
    )
    summary = page.locator(f"#{ids.CHART_SUMMARY.format(ids.INDICATOR_CHART)}")
    expect(summary).to_have_text("The outcome in 2020 was 17, the target 15; the target is not met.")
    dialog.get_by_text("Show as table").click()
    rows = dialog.locator(f"#{ids.CHART_TABLE.format(ids.INDICATOR_CHART)} tbody tr").all_inner_texts()
    assert "Outcome\t2017\t17" in rows and "Target\t2020\t15" in rows
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    assert console_errors == []


def test_the_switch_keeps_the_view_and_the_statement_is_linked(page, app_url, console_errors):
    open_view(page, app_url + ENGLISH)
    page.get_by_role("link", name="På svenska").click()
    expect(page.locator(f"#{ids.HEADING}")).to_have_text(
        "Borås · Hela kommunen · Vård och omsorg · 2020", timeout=20000
    )
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    assert "lang=" not in page.url and "goal_area=V%C3%A5rd" in page.url
    wait_until_idle(page)
    open_table(page)
    # the chart toolbar speaks the page's language too
    expect(page.locator(f"#{ids.GAP_CHART} .modebar-btn[data-title='Ladda ner diagrammet som PNG']")).to_have_count(1)
    page.get_by_role("link", name="Tillgänglighetsredogörelse").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tillgänglighetsredogörelse för Målbild")
    expect(page.get_by_role("heading", name="Tillsyn")).to_be_visible()
    page.get_by_role("link", name="In English").click()
    expect(page.get_by_role("heading", name="Supervision")).to_be_visible()
    assert console_errors == []


def test_a_failed_upload_is_explained_in_english(page, app_url, console_errors):
    from dashboard.settings import PROJECT_ROOT

    open_view(page, app_url + ENGLISH)
    page.locator("summary", has_text="Upload your own data").click()
    page.locator(f"#{ids.UPLOAD} input[type=file]").set_input_files(
        str(PROJECT_ROOT / "tests" / "fixtures" / "invalid" / "unknown_direction.csv")
    )
    problems = page.locator(".upload-problems")
    expect(problems).to_contain_text(
        "unknown_direction.csv, row 3, column direction: 'up' is not a known direction (increase or decrease)"
    )
    expect(problems.locator("li[lang=sv]")).to_have_count(0)
    assert console_errors == []
