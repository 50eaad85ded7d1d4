"""Names and comments from data files are always text: nothing runs, nothing becomes a live link."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from layouts import ids
from tests.browser.pages import open_view, wait_until_idle
from tests.conftest import HEADER
from tests.server import serving

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
LINK = "javascript:alert(3)"
DATA = (
    HEADER.replace("goal_area,", "goal_area,goal,")
    + f'''
Testkommun,0001,,Testområde,"{LINK}",,"{IMG}",%,increase,2019,5,,"{SCRIPT}",2020-01-01,"{LINK}"
Testkommun,0001,,Testområde,"{LINK}",,"{IMG}",%,increase,2020,6,8,"{SCRIPT}",2021-01-01,"=HYPERLINK(""http://x"")"
Testkommun,0001,Norr,Testområde,"{LINK}",,"{IMG}",%,increase,2020,7,,"{SCRIPT}",2021-01-01,
'''
)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    (folder / "fientlig.csv").write_text(DATA, encoding="utf-8")
    with serving(folder, tmp_path_factory) as url:
        yield url


@pytest.fixture
def dialogs(page) -> list[str]:
    """Messages of any alert/confirm the page opens: a script from the data would open one."""
    opened: list[str] = []
    page.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
    return opened


def _no_live_markup(page) -> None:
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0


@pytest.mark.parametrize(
    "path",
    [
        "/?municipality=Testkommun&year=2020",
        "/?municipality=Testkommun&year=2020&indicator=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "/?view=areas&municipality=Testkommun",
    ],
)
def test_hostile_names_show_as_text_in_every_view(page, hostile_url, console_errors, dialogs, path):
    page.goto(hostile_url + path)
    expect(page.get_by_text(IMG).filter(visible=True).first).to_be_visible(timeout=20000)  # not a closed <select>
    wait_until_idle(page)
    _no_live_markup(page)
    assert dialogs == [] and console_errors == []


def test_hostile_names_show_as_text_in_embeds(page, hostile_url, dialogs):
    for kind in ("chart", "scorecard"):
        page.goto(f"{hostile_url}/embed?municipality=Testkommun&year=2020&embed={kind}")
        page.wait_for_timeout(1500)
        _no_live_markup(page)
        assert IMG in page.content().replace("&lt;", "<").replace("&gt;", ">")
    assert dialogs == []


def test_overview_detail_opens_for_a_hostile_name(page, hostile_url, dialogs):
    open_view(page, hostile_url + "/?municipality=Testkommun&year=2020")
    page.locator(f"#{ids.OVERVIEW}").get_by_role("link", name=IMG).click()
    expect(page.get_by_role("dialog")).to_contain_text(IMG)
    _no_live_markup(page)
    assert dialogs == []
