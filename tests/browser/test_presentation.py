"""Out of the page and into presentations: images, the deck, embeds, links and print."""

from __future__ import annotations

import http.server
import shutil
import subprocess
import threading

import pytest
from playwright.sync_api import expect
from pptx import Presentation

from layouts import ids
from tests.browser.conftest import PROJECT_ROOT
from tests.browser.pages import open_view, wait_until_idle
from tests.server import start_server

VIEW = "/?municipality=Bor%C3%A5s&goal_area=V%C3%A5rd%20och%20omsorg&year=2020"


def _download(page, button):
    with page.expect_download() as download:
        button.click()
    return download.value


def test_svg_export_carries_title_and_source_and_is_named_after_indicator_and_year(page, app_url, console_errors):
    open_view(page, app_url + VIEW + "&indicator=U21401")
    dialog = page.get_by_role("dialog")
    expect(dialog.locator(f"#{ids.INDICATOR_CHART} .gtitle")).to_contain_text("Personer som en")
    wait_until_idle(page)
    svg = _download(page, dialog.get_by_role("button", name="SVG", exact=True))
    assert svg.suggested_filename == "malbild_boras_personer-som-en-hemtjansttagare-moter-antal-14-dagar_2020.svg"
    text = open(svg.path(), encoding="utf-8").read()
    assert "<svg" in text and "Källa: Borås Stad, Mål och uppdrag, Budget 2021, publicerad 2021-01-01" in text
    assert "Personer som en hemtjänsttagare" in text
    png = _download(page, dialog.get_by_role("button", name="PNG", exact=True))
    assert png.suggested_filename.endswith("_2020.png")
    assert open(png.path(), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    assert console_errors == []


def test_powerpoint_button_downloads_a_deck_with_one_native_chart_per_indicator(page, app_url, tmp_path):
    open_view(page, app_url + VIEW)
    deck = _download(page, page.get_by_role("link", name="PowerPoint"))
    assert deck.suggested_filename == "malbild_boras_vard-och-omsorg_2020.pptx"
    slides = Presentation(deck.path()).slides
    charts = [[shape for shape in slide.shapes if shape.has_chart] for slide in slides]
    assert len(slides) == 6 and [len(c) for c in charts[2:]] == [1, 1, 1, 1]
    if shutil.which("libreoffice") or shutil.which("soffice"):
        copy = tmp_path / "deck.pptx"
        shutil.copy(deck.path(), copy)
        office = shutil.which("libreoffice") or shutil.which("soffice")
        subprocess.run(
            [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(copy)],
            check=True,
            timeout=180,
            capture_output=True,
        )
        assert (tmp_path / "deck.pdf").stat().st_size > 10_000
    else:
        pytest.skip("LibreOffice is not installed: the deck was checked with python-pptx only")


class _Parent(http.server.BaseHTTPRequestHandler):
    html = b""

    def do_GET(self):  # noqa: N802 (the http.server API)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(self.html)

    def log_message(self, *args):
        pass


@pytest.fixture
def intranet_page():
    """Another site (another port) that frames Målbild, like an intranet page."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Parent)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


def _frame(page, parent, embed_url: str):
    _Parent.html = (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head><body><h1>Intranät</h1>'
        f'<iframe id="malbild" src="{embed_url}" '
        'width="900" height="520" title="Målbild"></iframe></body></html>'
    ).encode()
    page.goto(f"http://127.0.0.1:{parent.server_address[1]}/")
    return page.frame_locator("#malbild")


def test_embed_renders_in_an_iframe_on_an_allowed_site(page, intranet_page, tmp_path):
    parent = f"http://127.0.0.1:{intranet_page.server_address[1]}"
    process, url = start_server(
        PROJECT_ROOT / "data", tmp_path / "gunicorn.log", extra_env={"MALBILD_FRAME_ANCESTORS": f"'self' {parent}"}
    )
    try:
        frame = _frame(page, intranet_page, url + "/embed" + VIEW[1:] + "&indicator=U21401")
        expect(frame.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=20000)
        link = frame.locator(".embed-caption a").get_attribute("href")
        assert link == (
            url + "/?municipality=Bor%C3%A5s&area=Hela+kommunen&goal_area=V%C3%A5rd+och+omsorg"
            "&indicator=U21401&year=2020"
        )
        assert "Källa: Borås Stad" in frame.locator(".js-plotly-plot").text_content()
        frame_table = _frame(page, intranet_page, url + "/embed" + VIEW[1:] + "&embed=scorecard")
        expect(frame_table.locator("table")).to_contain_text("Nära målet")
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_embed_is_refused_on_sites_not_allowed(page, app_url, intranet_page):
    frame = _frame(page, intranet_page, app_url + "/embed" + VIEW[1:][1:])
    page.wait_for_timeout(1500)
    assert frame.locator(".js-plotly-plot").count() == 0


def test_share_panel_offers_the_embed_code_for_the_current_view(page, app_url):
    open_view(page, app_url + VIEW)
    page.locator("summary", has_text="Dela och bädda in").click()
    code = page.locator(f"#{ids.EMBED_CODE}")
    expect(code).to_have_value(
        f'<iframe src="{app_url}/embed?municipality=Bor%C3%A5s&amp;area=Hela+kommunen&amp;'
        'goal_area=V%C3%A5rd+och+omsorg&amp;year=2020" width="100%" height="520" '
        'style="border:0" title="Målbild" loading="lazy" data-malbild-embed></iframe>\n'
        f'<script src="{app_url}/vendor/embed-resize.js" async></script>'
    )
    expect(page.locator(f"#{ids.COPY_LINK}")).to_be_visible()


def test_print_layout_hides_controls(page, app_url):
    open_view(page, app_url + VIEW)
    page.emulate_media(media="print")
    expect(page.locator(".filters")).to_be_hidden()
    expect(page.locator(".downloads").first).to_be_hidden()
    expect(page.locator(f"#{ids.OVERVIEW} .goal-area").first).to_be_visible()
    expect(page.get_by_text("Visa som tabell")).to_have_count(0)
    pdf = page.pdf(format="A4", landscape=True)
    assert pdf[:4] == b"%PDF" and len(pdf) > 10_000
