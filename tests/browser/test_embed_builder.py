"""The embed builder in "Dela och bädda in": choose what, language and height, see it live, copy the
code; and the code on another site (another origin) sizes its frame to the content."""

from __future__ import annotations

import functools
import http.server
import re
import threading

import pytest
from playwright.sync_api import Page, expect

from dashboard.settings import PROJECT_ROOT
from layouts import ids
from tests.browser.pages import open_view, wait_until_idle
from tests.server import start_server

VIEW = "/?municipality=Bor%C3%A5s&year=2020&goal_area=V%C3%A5rd%20och%20omsorg"


@pytest.fixture(scope="module")
def host_and_app(tmp_path_factory):
    """An intranet page on one loopback port and Målbild on another, allowed to frame it."""
    folder = tmp_path_factory.mktemp("host")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    host = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    host_url = f"http://127.0.0.1:{host.server_address[1]}"
    env = {"MALBILD_FRAME_ANCESTORS": f"'self' {host_url}"}
    process, app = start_server(PROJECT_ROOT / "data", folder / "gunicorn.log", extra_env=env)
    yield folder, host_url, app
    process.terminate()
    process.wait(timeout=10)
    host.shutdown()


def _builder(page: Page, url: str) -> None:
    open_view(page, url + VIEW)
    page.locator(f"#{ids.SHARE_SUMMARY}").click()
    wait_until_idle(page)


def test_the_builder_makes_the_code_and_shows_it_live(page: Page, host_and_app, console_errors):
    _, _, app = host_and_app
    _builder(page, app)
    code = page.locator(f"#{ids.EMBED_CODE}")
    expect(code).to_have_value(re.compile(r'^<iframe src="http://127\.0\.0\.1:\d+/embed\?municipality=Bor%C3%A5s'))
    expect(code).to_have_value(
        re.compile(
            r'height="520".*data-malbild-embed></iframe>\n<script src=".*/vendor/embed-resize\.js" async></script>$',
            re.S,
        )
    )
    page.locator(f"#{ids.EMBED_KIND}").get_by_text("Tabell").click()
    page.locator(f"#{ids.EMBED_LANG}").select_option("en")
    page.locator(f"#{ids.EMBED_HEIGHT}").fill("600")
    expect(code).to_have_value(re.compile(r"embed=scorecard&amp;lang=en\" width=\"100%\" height=\"600\""))
    preview = page.frame_locator(f"#{ids.EMBED_PREVIEW}")
    table = preview.locator("table")
    expect(table.locator("thead")).to_contain_text("Indicator")
    # every embed says when its outcomes are from, and shows status as icon, words and colour
    expect(table.locator("tbody tr").first).to_contain_text("outcome 2019")
    status = table.locator(".status").first
    expect(status).to_have_text(re.compile(r"^✗ Not met$"))
    assert status.evaluate("e => getComputedStyle(e).color") == "rgb(166, 63, 0)"
    expect(preview.locator(".embed-caption a")).to_have_attribute("href", re.compile(r"lang=en"))
    assert page.locator(f"#{ids.EMBED_PREVIEW}").evaluate("e => e.style.height") == "600px"
    assert console_errors == []


def test_the_code_on_another_site_fits_the_frame_to_its_content(page: Page, host_and_app):
    folder, host_url, app = host_and_app
    _builder(page, app)
    page.locator(f"#{ids.EMBED_KIND}").get_by_text("Tabell").click()
    code = page.locator(f"#{ids.EMBED_CODE}")
    expect(code).to_have_value(re.compile("embed=scorecard"))
    (folder / "intranat.html").write_text(
        f"<!DOCTYPE html><html lang='sv'><body><h1>Intranät</h1>{code.input_value()}</body></html>", encoding="utf-8"
    )
    page.goto(host_url + "/intranat.html")
    frame = page.locator("iframe[data-malbild-embed]")
    expect(page.frame_locator("iframe[data-malbild-embed]").locator("table")).to_be_visible()
    # the frame started at the chosen 520 px and now has the height of what it shows: nothing hidden
    # below its edge, no empty band under the link back to Målbild
    page.wait_for_function("() => document.querySelector('iframe[data-malbild-embed]').style.height !== ''")
    height = int(frame.evaluate("e => e.style.height").removesuffix("px"))
    inside = page.frame_locator("iframe[data-malbild-embed]")
    last = inside.locator(".embed-caption").last.evaluate("e => e.getBoundingClientRect().bottom")
    assert height != 520 and 0 <= height - last <= 24
    assert inside.locator("html").evaluate("e => e.scrollHeight <= e.clientHeight")
