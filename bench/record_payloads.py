"""Record the callback requests Dash's renderer really sends, for the load test to replay.

Run against a running app: `python -m bench.record_payloads http://127.0.0.1:8050`. It opens the
page in headless Chromium, changes filters like a person, and writes bench/payloads.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM, QUIET_FLAGS
from tests.browser.pages import choose, wait_until_idle

OUT = Path(__file__).with_name("payloads.json")


def main(url: str) -> None:
    bodies: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=QUIET_FLAGS)
        page = browser.new_page()
        page.on("request", lambda r: bodies.append(r.post_data) if "_dash-update-component" in r.url else None)
        page.goto(url + "/?municipality=Bor%C3%A5s")
        page.wait_for_selector("#overview .goal-area")
        wait_until_idle(page)
        choose(page, "filter-goal-area", "Vård och omsorg")
        choose(page, "filter-year", "2019")
        browser.close()
    OUT.write_text(json.dumps([json.loads(b) for b in bodies if b], ensure_ascii=False), encoding="utf-8")
    print(f"wrote {OUT} ({len(bodies)} requests)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8050")
