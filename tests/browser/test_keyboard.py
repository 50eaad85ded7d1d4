"""A person who uses only the keyboard: skip link, filters, an indicator's detail, a comparison and English."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from layouts import ids
from tests.browser.pages import chosen, open_view, wait_until_idle

STAFF = "Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)"


def _focused(page: Page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
        return {id: e.id, tag: e.tagName, text: (e.innerText || '').trim(),
                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2}; }""")


def _tab_to(page: Page, selector: str, name: str | None = None, backwards: bool = False, limit: int = 80) -> dict:
    """Press Tab (or Shift+Tab) until the element matching `selector` (with text `name`) has the focus;
    it must show it."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if page.evaluate(
            """([s, name]) => { const e = document.activeElement;
                return !!e && e.matches(s) && (name === null || e.innerText.trim() === name); }""",
            [selector, name],
        ):
            focused = _focused(page)
            assert focused["outline"], f"no visible focus on {selector}: {focused}"
            return focused
    raise AssertionError(f"{selector} was not reached with the keyboard")


def _choose_by_keys(page: Page, component_id: str, keys: list[str]) -> None:
    _tab_to(page, f"#{component_id}")
    for key in keys:
        page.keyboard.press(key)
    wait_until_idle(page)


def test_a_full_flow_with_the_keyboard_only(page, app_url, console_errors):
    open_view(page, app_url + "/?municipality=Bor%C3%A5s")
    expect(chosen(page, ids.GOAL_AREA)).to_have_text("Alla målområden")
    expect(chosen(page, ids.AS_OF)).to_have_text("Senaste publicering")
    live = page.locator(f"#{ids.LIVE}")
    expect(live).to_have_attribute("aria-live", "polite")

    page.keyboard.press("Tab")
    assert _focused(page)["text"] == "Hoppa till innehållet"
    expect(page.locator(".skip-link")).to_be_in_viewport()

    # municipality: one up (Borlänge) and back down (Borås); goal area and year by typing, as in a list box
    _choose_by_keys(page, ids.MUNICIPALITY, ["ArrowUp"])
    expect(chosen(page, ids.MUNICIPALITY)).to_have_text("Borlänge")
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Borlänge · ")
    page.keyboard.press("ArrowDown")
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Borås · ")
    wait_until_idle(page)
    expect(chosen(page, ids.MUNICIPALITY)).to_have_text("Borås")
    _choose_by_keys(page, ids.AREA, ["ArrowDown"])
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Borås · Hässleholmen")
    page.keyboard.press("Home")
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Borås · Hela kommunen")  # the change has landed
    wait_until_idle(page)
    _choose_by_keys(page, ids.GOAL_AREA, ["V"])
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Vård och omsorg")
    _choose_by_keys(page, ids.YEAR, ["2", "0", "2", "0"])
    expect(page.locator(f"#{ids.HEADING}")).to_have_text("Borås · Hela kommunen · Vård och omsorg · 2020")
    expect(live).to_have_text("Visar 4 indikatorer för Vård och omsorg, 2020")

    # the indicator's detail opens with Enter and closes with Escape
    _tab_to(page, f"#{ids.OVERVIEW} a.indicator-link", STAFF)
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog")
    expect(dialog.locator(f"#{ids.DETAIL_TITLE}")).to_have_text(STAFF)
    expect(dialog).to_contain_text("Utfallet 2020 var 17, målet 15; målet är inte uppnått.")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page).not_to_have_url(re.compile("indicator="))

    # a comparison: the view link with Enter, a municipality unticked with Space
    _tab_to(page, f"#{ids.NAV} a", "Jämför kommuner", backwards=True)
    page.keyboard.press("Enter")
    expect(page.locator(f"#{ids.COMPARE_TABLE} table")).to_be_visible(timeout=20000)
    wait_until_idle(page)
    checked = page.locator(f"#{ids.COMPARE_MUNICIPALITIES} input:checked")
    before = checked.count()
    _tab_to(page, f"#{ids.COMPARE_MUNICIPALITIES} input:checked")
    page.keyboard.press("Space")
    wait_until_idle(page)
    expect(checked).to_have_count(before - 1)
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Kommuner jämförda")

    # English, keeping the view
    _tab_to(page, f"#{ids.LANGUAGE_SWITCH}", backwards=True)
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(f"#{ids.HEADING}")).to_contain_text("Municipalities compared", timeout=20000)
    assert "view=municipalities" in page.url and "lang=en" in page.url
    assert console_errors == []
