"""Window sizes for the browser tests: one page per size, and measurements of what a person sees
(boxes, sideways overflow, a chart's title, legend and source lines)."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.browser.pages import wait_until_idle

# Issue 15's sizes: a meeting-room screen, a laptop, an old projector, a phone
SIZES = {"1920x1080": (1920, 1080), "1280x800": (1280, 800), "1024x768": (1024, 768), "390x844": (390, 844)}
# Pixels of rounding a box may stick out by
SLACK = 1

# Boxes made to scroll sideways on their own (Bootstrap's wrapper of a wide table): allowed, the page
# itself does not scroll. Remove from this list to hold tables to stacking on phones too.
# none: on a phone every table stacks its rows, so nothing may scroll sideways, not even inside a box
SIDEWAYS_SCROLLERS = ""
# Every visible element whose right edge passes the window's, and every box that scrolls or cuts its
# content sideways (the dialog's body, a text box), outside plotly's own drawing and what is hidden
# for screen readers only. html and body hide sideways overflow in the stylesheet, so
# documentElement.scrollWidth alone cannot see a page cut off on the right: body.scrollWidth still does.
_OVERFLOW = """([slack, scrollers]) => {
  const width = document.documentElement.clientWidth;
  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  const skipped = e => e.closest('.js-plotly-plot, svg, select, .visually-hidden' + (scrollers ? ', ' + scrollers : ''))
    || getComputedStyle(e).clip.startsWith('rect');
  const found = [];
  for (const element of [document.documentElement, document.body, ...document.body.querySelectorAll('*')]) {
    if (element !== document.documentElement && element !== document.body && skipped(element)) continue;
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > width + slack) found.push(`${name(element)} ends at ${Math.round(r.right)} px of ${width}`);
    if (getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + slack) {
      found.push(`${name(element)} holds ${element.scrollWidth} px in ${element.clientWidth} px`);
    }
  }
  return found.slice(0, 12);
}"""

# A plotly figure's drawing box, title, legend and the lines of its source caption, in page pixels
_CHART = """root => {
  const box = e => {
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
  };
  const captions = [...root.querySelectorAll('.annotation-text')]
    .filter(t => /Källa|Source|Bearbetning|Processing/.test(t.textContent));
  const lines = captions.flatMap(t => {
    const spans = t.querySelectorAll('tspan.line');
    return spans.length ? [...spans] : [t];
  });
  return {
    figure: box(root.querySelector('.main-svg')),
    title: box(root.querySelector('.gtitle')),
    legend: box(root.querySelector('.legend .bg') || root.querySelector('.legend')),
    caption: lines.map(line => ({text: line.textContent, ...box(line)})),
  };
}"""


_BOX = (
    "e => { const r = e.getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; }"
)


class Screen:
    """A browser page of one window size, kept for the whole test file: a view that tests only
    read (`reuse=True`) is not loaded again for the next test that reads it."""

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url
        self._readable: str | None = None
        # what the browser reports as errors since the last page load
        self.errors: list[str] = []
        page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    @property
    def width(self) -> int:
        return self.page.viewport_size["width"]

    @property
    def height(self) -> int:
        return self.page.viewport_size["height"]

    def visit(self, path: str, ready: str, reuse: bool = False) -> Page:
        """Open `path` and wait for `ready` (a selector) to be visible and the callbacks to settle."""
        if not (reuse and self._readable == path):
            self.errors.clear()
            self.page.goto(self.base_url + path)
        self._readable = path if reuse else None
        expect(self.page.locator(ready).first).to_be_visible(timeout=20000)
        if "/embed" not in path and "/tillganglighet" not in path:
            wait_until_idle(self.page)
        return self.page


def open_screens(browser: Browser, base_url: str):
    """screen(size) → the Screen of that size (a context of its own, made on first use), and a
    function that closes them all."""
    screens: dict[str, Screen] = {}

    def screen(size: str) -> Screen:
        if size not in screens:
            width, height = SIZES[size]
            context = browser.new_context(viewport={"width": width, "height": height})
            screens[size] = Screen(context.new_page(), base_url)
        return screens[size]

    def close() -> None:
        for opened in screens.values():
            opened.page.context.close()

    return screen, close


def sideways_overflow(page: Page) -> list[str]:
    """What sticks out on the right of the window (empty when nothing scrolls or is cut off sideways)."""
    return page.evaluate(_OVERFLOW, [SLACK, SIDEWAYS_SCROLLERS])


def chart_parts(page: Page, figure_selector: str) -> dict:
    """Boxes of a drawn plotly figure (`figure_selector` is its .js-plotly-plot or the embed's div)."""
    return page.locator(figure_selector).evaluate(_CHART)


def box(page: Page, selector: str) -> dict:
    """The first match's box in the window: left, top, right, bottom."""
    return page.locator(selector).first.evaluate(_BOX)


def text_boxes(texts) -> list[dict]:
    """Each matched text element's words and box in the window (`texts`: a Locator)."""
    return texts.evaluate_all(f"nodes => nodes.map(n => ({{text: n.textContent, ...({_BOX})(n)}}))")


def inside(inner: dict, outer: dict) -> bool:
    return (
        inner["left"] >= outer["left"] - SLACK
        and inner["top"] >= outer["top"] - SLACK
        and inner["right"] <= outer["right"] + SLACK
        and inner["bottom"] <= outer["bottom"] + SLACK
    )


def overlap(a: dict, b: dict) -> bool:
    """Whether two boxes share more than a pixel's rounding."""
    return (
        min(a["right"], b["right"]) - max(a["left"], b["left"]) > SLACK
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > SLACK
    )
