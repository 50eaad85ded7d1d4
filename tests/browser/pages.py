"""What a person does on the page, as small helpers for the browser tests."""
from __future__ import annotations

from playwright.sync_api import Page, expect

from layouts import ids


def open_view(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator(f"#{ids.SCORECARD} table, #{ids.SCORECARD} .empty-state")).to_be_visible(timeout=20000)


def wait_until_idle(page: Page) -> None:
    """Wait until no Dash callback is updating the page."""
    page.wait_for_function("() => !document.querySelector('[data-dash-is-loading=\"true\"]')", timeout=20000)


def choose(page: Page, component_id: str, label: str) -> None:
    """Open a dropdown and click the option with this label (unless it is already chosen).

    A click that lands while callbacks are re-rendering the page can be lost, so the helper waits
    until the page is idle and clicks once more if the list did not open.
    """
    wait_until_idle(page)
    trigger = page.locator(f"#{component_id}")
    if trigger.inner_text().strip() == label:
        return
    trigger.click()
    if trigger.get_attribute("aria-expanded") != "true":
        page.wait_for_timeout(200)
        if trigger.get_attribute("aria-expanded") != "true":
            trigger.click()
    page.get_by_role("option", name=label, exact=True).click()
    expect(trigger).to_contain_text(label)
    wait_until_idle(page)


def scorecard_rows(page: Page) -> dict[str, dict[str, str]]:
    """The scorecard as a person reads it: indicator name → column heading → cell text."""
    table = page.locator(f"#{ids.SCORECARD} table")
    headings = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    rows = {}
    for row in table.locator("tbody tr").all():
        cells = [c.strip() for c in row.locator("th, td").all_inner_texts()]
        name = row.locator("th a").inner_text().strip()
        rows[name] = dict(zip(headings, cells))
    return rows


def wait_for_heading(page: Page, text: str) -> None:
    expect(page.locator(f"#{ids.HEADING}")).to_have_text(text, timeout=20000)
