"""Every view passes axe-core's WCAG 2.1 A and AA rules, in Swedish and in English.

The app's Content-Security-Policy rightly refuses injected scripts, so these pages are opened in a
browser context that bypasses CSP to let axe in; everything else is the page as served.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard.settings import PROJECT_ROOT
from layouts import ids
from tests.browser.axe import violations
from tests.browser.pages import wait_until_idle

BORAS_ELDERCARE = "municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020"
LANGS = ["sv", "en"]


@pytest.fixture
def audited(browser):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def _open(page, url: str, lang: str, ready: str) -> None:
    page.goto(url + ("&lang=en" if lang == "en" else ""))
    expect(page.locator(ready).first).to_be_visible(timeout=20000)
    wait_until_idle(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)


def _open_every_disclosure(page) -> None:
    """Chart tables, goal descriptions, comments, upload and share panels: audit what they hide too."""
    page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")


@pytest.mark.parametrize("lang", LANGS)
def test_indicator_detail(audited, app_url, lang):
    _open(audited, f"{app_url}/?{BORAS_ELDERCARE}&indicator=U21401", lang, f"#{ids.INDICATOR_CHART} .main-svg")
    expect(audited.get_by_role("dialog")).to_be_visible()
    _open_every_disclosure(audited)
    assert violations(audited) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "query, ready",
    [
        ("municipality=Bor%C3%A5s&year=2020", f"#{ids.OVERVIEW} .goal-area"),  # the overview
        (BORAS_ELDERCARE, f"#{ids.OVERVIEW} .indicator-line"),  # a goal area, opened
        (BORAS_ELDERCARE + "&view=table", f"#{ids.SCORECARD} table.scorecard-table"),
        (BORAS_ELDERCARE + "&meeting=1", ".meeting-lines .indicator-line"),
        ("view=areas&municipality=Bor%C3%A5s&areas=Sj%C3%B6bo", f"#{ids.COMPARE_TABLE} table"),
        ("view=municipalities&indicator=Folkm%C3%A4ngd%2031%20dec", f"#{ids.COMPARE_TABLE} table"),
    ],
)
def test_overview_and_comparisons(audited, app_url, lang, query, ready):
    _open(audited, f"{app_url}/?{query}", lang, ready)
    _open_every_disclosure(audited)
    assert violations(audited) == []


@pytest.mark.parametrize("lang", LANGS)
def test_upload_with_its_preview_and_its_problems(audited, app_url, lang):
    _open(audited, f"{app_url}/?{BORAS_ELDERCARE}", lang, f"#{ids.OVERVIEW} .indicator-line")
    audited.locator(".upload-panel > summary").click()
    files = audited.locator(f"#{ids.UPLOAD} input[type=file]")
    files.set_input_files(str(PROJECT_ROOT / "data" / "koping.csv"))
    expect(audited.locator(".upload-summary")).to_be_visible(timeout=20000)
    assert violations(audited) == []
    files.set_input_files(str(next((PROJECT_ROOT / "tests" / "fixtures" / "malformed").glob("*.csv"))))
    expect(audited.locator(".upload-problems")).to_be_visible(timeout=20000)
    assert violations(audited) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["chart", "scorecard"])
def test_embed(audited, app_url, lang, kind):
    _open(audited, f"{app_url}/embed?{BORAS_ELDERCARE}&embed={kind}", lang, "main")
    if kind == "chart":
        expect(audited.locator(".main-svg").first).to_be_visible(timeout=20000)
    assert violations(audited) == []


@pytest.mark.parametrize("lang", LANGS)
def test_accessibility_statement(audited, app_url, lang):
    _open(audited, f"{app_url}/tillganglighet?x=1", lang, "main h1")
    assert violations(audited) == []
