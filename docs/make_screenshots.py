"""`make screenshots`: every view of the default data, at the sizes people use, into docs/screenshots/.

The app is served from data/ as `make run` serves it and photographed in headless Chromium at
1920×1080 (a projector, a big screen), 1280×800 (a laptop), 1024×768 (an older projector) and
390×844 (a phone), each view once its answer or chart is drawn. README.md shows some of them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import expect, sync_playwright

from dashboard.settings import PROJECT_ROOT
from tests.server import start_server

OUT = Path(__file__).with_name("screenshots")
CHROMIUM = "/usr/bin/chromium"
SIZES = ((1920, 1080), (1280, 800), (1024, 768), (390, 844))
STAFF = quote("Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)")
ELDERCARE = f"municipality=Bor%C3%A5s&goal_area={quote('Vård och omsorg')}&year=2020"
POPULATION = quote("Folkmängd 31 dec")
PLOTLY_DRAWN = ".js-plotly-plot .gtitle"
# name: (address, what shows that it is drawn)
VIEWS = {
    "overview": ("/", "#overview .status-strip"),
    "goal_area": (f"/?{ELDERCARE}", "#overview .indicator-line"),
    "table": (f"/?{ELDERCARE}&view=table", f"#scorecard {PLOTLY_DRAWN}"),
    "detail": (f"/?{ELDERCARE}&indicator={STAFF}", f"#indicator-chart {PLOTLY_DRAWN}"),
    "areas": ("/?view=areas&municipality=Bor%C3%A5s", f"#compare-lines {PLOTLY_DRAWN}"),
    "municipalities": ("/?view=municipalities", f"#compare-lines {PLOTLY_DRAWN}"),
    "municipalities_peers": (
        f"/?view=municipalities&indicator={POPULATION}&peers=alla",
        f"#compare-lines {PLOTLY_DRAWN}",
    ),
    "meeting": ("/?meeting=1&municipality=Bor%C3%A5s&year=2020", ".meeting-lines .indicator-line"),
    "meeting_detail": (f"/?{ELDERCARE}&meeting=1&indicator={STAFF}", f"#indicator-chart {PLOTLY_DRAWN}"),
    "overview_en": ("/?lang=en", "#overview .status-strip"),
    "embed_chart": (f"/embed?{ELDERCARE}&indicator={STAFF}", ".main-svg"),
    "statement": ("/tillganglighet", "main h1"),
}
# Women and men beside the total: the default data has no such split, so these are of the test
# fixture tests/fixtures/genders (made-up numbers, and the pictures say "Testkälla")
GENDER_VIEWS = {
    "gender_detail": ("/?indicator=X00001", f"#indicator-chart {PLOTLY_DRAWN}"),
    "gender_areas": ("/?view=areas&indicator=X00001&areas=Norr,S%C3%B6der", f"#compare-gender-bars {PLOTLY_DRAWN}"),
}


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for data, views in (
        (PROJECT_ROOT / "data", VIEWS),
        (PROJECT_ROOT / "tests" / "fixtures" / "genders", GENDER_VIEWS),
    ):
        _capture(data, views)
    print(f"{len(SIZES) * (len(VIEWS) + len(GENDER_VIEWS))} bilder i {OUT.relative_to(PROJECT_ROOT)}")
    return 0


def _capture(data: Path, views: dict) -> None:
    with tempfile.TemporaryDirectory() as logs:
        process, url = start_server(data, Path(logs) / "gunicorn.log")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless=new"])
                for width, height in SIZES:
                    page = browser.new_page(viewport={"width": width, "height": height})
                    for name, (path, drawn) in views.items():
                        page.goto(url + path)
                        expect(page.locator(drawn).first).to_be_visible(timeout=30000)
                        page.wait_for_function(
                            "() => !document.querySelector('[data-dash-is-loading=\"true\"]')", timeout=30000
                        )
                        if name == "gender_areas":  # the split is the comparison's second chart: in view
                            page.locator(drawn).first.scroll_into_view_if_needed()
                        page.wait_for_timeout(300)  # a picture, not a test: let plotly finish its transitions
                        page.screenshot(path=OUT / f"{name}_{width}x{height}.png")
                    page.close()
                browser.close()
        finally:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
