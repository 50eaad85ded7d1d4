"""`make bench-browser`: how soon the first screen answers in headless Chromium, against a floor.

Absolute browser times vary a lot between these shared machines, so each view is measured against
the naive app (bench/naive_app.py: one page, plotly.express charts) served in the same run from the
same default data. For every view, several cold page loads (a fresh browser context each, so no
cache) record, from the start of navigation:

- first_chart_s: when the view's first chart is on screen: a plotly figure with its title drawn,
  or, on the overview and a goal area's view, the status strips (the chart that answers "met,
  slipping, far off"; those views draw no plotly figure until a person opens the table);
- longest_task_ms: the longest main-thread task (PerformanceObserver "longtask") until the page is
  settled (the chart shown and no request in flight for half a second);

and naive_first_chart_s is the naive app's first figure with its title drawn, measured alike. The
medians go to bench/browser.json; docs/performance.md records them with the machine and date.
The goals (issue 15): first_chart_s ≤ 1,5 × naive_first_chart_s, longest_task_ms ≤ 200.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

from bench.report import machine
from bench.run import APP, NAIVE_APP, Server
from dashboard.settings import PROJECT_ROOT

RESULTS = Path(__file__).with_name("browser.json")
CHROMIUM = "/usr/bin/chromium"
DEFAULT_DATA = PROJECT_ROOT / "data"
# A view: its address and what counts as its first chart.
PLOTLY_DRAWN = ".js-plotly-plot .gtitle, .js-plotly-plot .annotation-text"
VIEWS = {
    "overview": ("/", ".status-strip"),
    "goal_area": (f"/?goal_area={quote('Vård och omsorg')}", ".status-strip"),
    "areas": ("/?view=areas", f"#compare {PLOTLY_DRAWN.replace(', ', ', #compare ')}"),
    "municipalities": ("/?view=municipalities", f"#compare {PLOTLY_DRAWN.replace(', ', ', #compare ')}"),
}
NAIVE = ("/", ".js-plotly-plot .gtitle")
GOAL_RATIO, GOAL_TASK_MS = 1.5, 200
SETTLE_MS = 500

# Injected before any page script: note the first moment `selector` matches, and every long task.
PROBE = """
window.__bench = {first: null, tasks: []};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) { window.__bench.tasks.push(entry.duration); }
}).observe({type: "longtask", buffered: true});
// nodes added only, and no more once found: watching every attribute plotly sets while it draws
// would itself make the tasks being measured longer
const __watch = new MutationObserver(() => {
  if (document.querySelector(SELECTOR)) {
    window.__bench.first = performance.now();
    __watch.disconnect();
  }
});
__watch.observe(document, {childList: true, subtree: true});
"""


def load(browser, url: str, selector: str, timeout_s: float) -> tuple[float, float]:
    """One cold load of `url`: (seconds to the first chart, longest main-thread task in ms)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.add_init_script(PROBE.replace("SELECTOR", json.dumps(selector)))
        page.goto(url, wait_until="commit")
        page.wait_for_function("() => window.__bench && window.__bench.first !== null", timeout=timeout_s * 1000)
        page.wait_for_load_state("networkidle", timeout=timeout_s * 1000)
        page.wait_for_timeout(SETTLE_MS)  # a benchmark, not a test: let late tasks land in the record
        first_ms, tasks = page.evaluate("() => [window.__bench.first, window.__bench.tasks]")
        return first_ms / 1000, max(tasks, default=0.0)
    finally:
        context.close()


def measure(base: str, path: str, selector: str, runs: int, timeout_s: float) -> dict:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless=new"])
        try:
            load(browser, base + path, selector, timeout_s)  # warm the server's own caches, as a person's second visit
            samples = [load(browser, base + path, selector, timeout_s) for _ in range(runs)]
        finally:
            browser.close()
    return {
        "first_chart_s": round(statistics.median(s[0] for s in samples), 3),
        "longest_task_ms": round(statistics.median(s[1] for s in samples), 1),
        "samples": [[round(a, 3), round(b, 1)] for a, b in samples],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold loads per view (the median is kept)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a page may take")
    args = parser.parse_args(argv)
    results: dict = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "python": platform.python_version(),
        "runs": args.runs,
        "views": {},
    }
    with tempfile.TemporaryDirectory() as folder:
        logs = Path(folder)
        servers = []
        try:
            servers.append(naive := Server(NAIVE_APP, DEFAULT_DATA, logs))
            naive_result = measure(naive.url, *NAIVE, args.runs, args.timeout)
            servers.append(app := Server(APP, DEFAULT_DATA, logs))
            for name, (path, selector) in VIEWS.items():
                started = time.monotonic()
                view = measure(app.url, path, selector, args.runs, args.timeout)
                view["naive_first_chart_s"] = naive_result["first_chart_s"]
                view["ratio"] = round(view["first_chart_s"] / naive_result["first_chart_s"], 2)
                view["meets_goal"] = view["ratio"] <= GOAL_RATIO and view["longest_task_ms"] <= GOAL_TASK_MS
                results["views"][name] = view
                print(
                    f"{name:15} första diagram {view['first_chart_s']:.2f} s "
                    f"(naiv {view['naive_first_chart_s']:.2f} s, {view['ratio']:.2f}×), "
                    f"längsta uppgift {view['longest_task_ms']:.0f} ms"
                    f"{'' if view['meets_goal'] else '  ← över målet'} ({time.monotonic() - started:.0f} s)"
                )
            results["naive"] = naive_result
        finally:
            for server in servers:
                server.stop()
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"skrev {RESULTS.relative_to(PROJECT_ROOT)}")
    return 0 if all(view["meets_goal"] for view in results["views"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
