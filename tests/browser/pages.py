"""What a person does on the page, as small helpers for the browser tests."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from layouts import ids


def open_view(page: Page, url: str) -> None:
    """Open the overview (answer first): wait for its goal areas, or the message that there is no data."""
    page.goto(url)
    expect(page.locator(f"#{ids.OVERVIEW} .goal-area, #{ids.OVERVIEW} .empty-state").first).to_be_visible(timeout=20000)


def open_table(page: Page) -> None:
    """Go to "Tabell och diagram" from the view on screen, as a person does, and wait for the table and
    for plotly to have drawn the gap chart (its title, or the note of an empty chart)."""
    wait_until_idle(page)
    page.locator(f"#{ids.NAV}").get_by_role("link", name=re.compile("^Tabell och diagram|^Table and chart")).click()
    expect(page.locator(f"#{ids.SCORECARD} table.scorecard-table, #{ids.SCORECARD} .empty-state").first).to_be_visible(
        timeout=20000
    )
    expect(page.locator(f"#{ids.GAP_CHART} .gtitle, #{ids.GAP_CHART} .annotation-text").first).to_be_visible()
    wait_until_idle(page)


def wait_until_idle(page: Page) -> None:
    """Wait until no Dash callback is updating the page."""
    page.wait_for_function("() => !document.querySelector('[data-dash-is-loading=\"true\"]')", timeout=20000)


def choose(page: Page, component_id: str, label: str) -> None:
    """Pick the option with this label in a filter (a native <select>), as a person does."""
    wait_until_idle(page)
    page.locator(f"#{component_id}").select_option(label=label)
    expect(chosen(page, component_id)).to_have_text(label)
    wait_until_idle(page)


def chosen(page: Page, component_id: str):
    """The option a <select> shows as chosen."""
    return page.locator(f"#{component_id} option:checked")


def scorecard_rows(page: Page) -> dict[str, dict[str, str]]:
    """The scorecard as a person reads it: indicator name → column heading → cell text."""
    table = page.locator(f"#{ids.SCORECARD} table.scorecard-table")
    headings = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    rows = {}
    for row in table.locator("tbody tr").all():
        cells = [c.strip() for c in row.locator("th, td").all_inner_texts()]
        name = row.locator("th a").inner_text().strip()
        rows[name] = dict(zip(headings, cells))
    return rows


def wait_for_heading(page: Page, text: str) -> None:
    expect(page.locator(f"#{ids.HEADING}")).to_have_text(text, timeout=20000)


def traces(page: Page, graph_id: str) -> dict:
    """Each drawn trace of a plotly figure, as plotly holds it: name → [x values, y values]."""
    return page.evaluate(
        """id => Object.fromEntries(document.querySelector('#' + id + ' .js-plotly-plot')._fullData
               .map(t => [t.name, [Array.from(t.x || []), Array.from(t.y || [])]]))""",
        graph_id,
    )
