"""Real user interactions as HTTP requests: the renderer's recorded callback payloads, replayed
with selections that exist in the data being served (filter change → state sync → redraw).

`selections` + `requests_for` arrive by link (the load test); `Catalog` + `walk` +
`requests_for_change` replay a person's session filter by filter (the benchmark)."""

from __future__ import annotations

import copy
import json
import random
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from dashboard.analysis.selection import Selection, normalize
from dashboard.data.dataset import Dataset
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from layouts import ids
from layouts.filters import ANY
from layouts.page import PARTS

PAYLOADS = Path(__file__).with_name("payloads.json")


# The page's parts are drawn by callbacks of their own (callbacks/views.py), all triggered by the
# selection store; replayed in this order, the overview first.
DRAW_ORDER = (ids.HEADING, ids.SCORECARD, ids.DETAIL_TITLE, ids.COMPARE_RESULTS, ids.COMPARE_OVER_TIME)


@lru_cache(maxsize=1)
def _templates() -> tuple[dict, list[dict], dict]:
    """(sync after arriving by URL, the redraws, sync after a filter change) as the renderer sent them."""
    recorded = json.loads(PAYLOADS.read_text(encoding="utf-8"))
    sync = next(p for p in recorded if p["output"].startswith("..url.search") and "url.search" in p["changedPropIds"])
    draws = {}
    for payload in recorded:
        if payload["changedPropIds"] == [f"{ids.SELECTION}.data"]:
            first = payload["outputs"][0]["id"] if isinstance(payload["outputs"], list) else payload["outputs"]["id"]
            draws.setdefault(first, payload)
    by_filter = next(p for p in recorded if p["output"].startswith("..url.search") and p["state"][0].get("value"))
    return sync, [_as_registered(draws[first]) for first in DRAW_ORDER], by_filter


def _as_registered(draw: dict) -> dict:
    """A recorded redraw with the outputs its part registers today (layouts/page.py PARTS), in
    their order: Dash finds a callback by that exact list, and a part may have gained or moved an
    output since the payloads were recorded (then every replayed redraw of it would fail)."""
    first = draw["outputs"][0]["id"] if isinstance(draw["outputs"], list) else draw["outputs"]["id"]
    part = next(p for p in PARTS if first in {target for target, _ in p.outputs.values()})
    targets = list(part.outputs.values())
    return {
        **draw,
        "output": ".." + "...".join(f"{target}.{prop}" for target, prop in targets) + "..",
        "outputs": [{"id": target, "property": prop} for target, prop in targets],
    }


def _draw_requests(selection: Selection) -> list[tuple[str, str, bytes]]:
    requests = []
    for template in _templates()[1]:
        draw = copy.deepcopy(template)
        draw["inputs"][0]["value"] = asdict(selection)
        requests.append(("POST", "/_dash-update-component", json.dumps(draw).encode()))
    return requests


def selections(dataset: Dataset, count: int = 200, seed: int = 7) -> list[Selection]:
    """Normalized selections a person could reach: municipality, goal area and year that exist."""
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        municipality = rng.choice(dataset.municipalities())
        _, choices, _ = normalize(Selection(municipality), dataset)
        goal_area = rng.choice([None, *choices.goal_areas])
        _, choices, _ = normalize(Selection(municipality, goal_area=goal_area), dataset)
        year = rng.choice(choices.years) if choices.years else None
        found.append(normalize(Selection(municipality, goal_area=goal_area, year=year), dataset)[0])
    return found


def requests_for(selection: Selection) -> list[tuple[str, str, bytes | None]]:
    """(method, path, body) of what the browser sends when a person arrives at this selection."""
    sync = copy.deepcopy(_templates()[0])
    for item in sync["inputs"]:
        if item["id"] == "url" and item["property"] == "search":
            item["value"] = selection.to_query()
    sync["changedPropIds"] = ["url.search"]
    return [("POST", "/_dash-update-component", json.dumps(sync).encode()), *_draw_requests(selection)]


# --- A person's session: one filter change at a time, each followed by the redraw -------------

FIELDS = ("municipality", "goal_area", "year", "area", "indicator")
WEIGHTS = (0.2, 0.25, 0.2, 0.15, 0.2)
FILTER_IDS = {"municipality": ids.MUNICIPALITY, "area": ids.AREA, "goal_area": ids.GOAL_AREA, "year": ids.YEAR}
CATALOG_COLUMNS = ["municipality", "area", "goal_area", "indicator_id", "indicator", "year"]


@dataclass(frozen=True)
class Change:
    """One thing a person does: `field` changed (or 'link' for arriving by a shared link), taking
    the view from `before` to `after`; both are selections the server leaves as they are."""

    field: str
    before: Selection | None
    after: Selection


class Catalog:
    """What exists in the data, per municipality → area → goal area: indicator keys and years.
    Built from the raw rows (a CSV read with a few columns), so the harness never loads the app's
    Dataset, which at national scale costs minutes and gigabytes."""

    def __init__(self, rows: pd.DataFrame):
        rows = rows.assign(
            area=rows["area"].fillna(WHOLE_MUNICIPALITY), indicator_key=rows["indicator_id"].fillna(rows["indicator"])
        )
        rows = rows[["municipality", "area", "goal_area", "indicator_key", "year"]].drop_duplicates()
        self.tree: dict[str, dict[str, dict[str | None, tuple[set, set]]]] = {}
        for (municipality, area, goal_area), group in rows.groupby(
            ["municipality", "area", "goal_area"], observed=True
        ):
            areas = self.tree.setdefault(str(municipality), {})
            goal_areas = areas.setdefault(str(area), {None: (set(), set())})
            keys, years = set(map(str, group["indicator_key"])), set(map(int, group["year"]))
            goal_areas[str(goal_area)] = (keys, years)
            goal_areas[None][0].update(keys)
            goal_areas[None][1].update(years)

    @classmethod
    def from_csv(cls, path: Path) -> Catalog:
        return cls(pd.read_csv(path, usecols=CATALOG_COLUMNS, dtype={"year": "int64"}))

    def valid(self, selection: Selection) -> bool:
        """True when every value exists, so the server's normalize() returns it unchanged."""
        context = self.tree.get(selection.municipality, {}).get(selection.area, {}).get(selection.goal_area)
        return (
            context is not None
            and selection.year in context[1]
            and (selection.indicator is None or selection.indicator in context[0])
        )

    def options(self, selection: Selection, field: str) -> list:
        areas = self.tree[selection.municipality]
        if field == "municipality":
            return sorted(self.tree)
        if field == "area":
            return sorted(areas)
        if field == "goal_area":
            return [None, *sorted(name for name in areas[selection.area] if name is not None)]
        keys, years = areas[selection.area][selection.goal_area]
        return sorted(years) if field == "year" else [None, *sorted(keys)]

    def arrival(self, rng: random.Random) -> Selection:
        """A shared link naming municipality, area and year (the latest) explicitly, to the table view:
        the analyst's, whose every change redraws the scorecard and the gap chart (the overview draws
        no figure since issue 15, so it would leave the figure sizes unmeasured)."""
        municipality = rng.choice(sorted(self.tree))
        area = WHOLE_MUNICIPALITY if WHOLE_MUNICIPALITY in self.tree[municipality] else min(self.tree[municipality])
        return Selection(municipality, area=area, year=max(self.tree[municipality][area][None][1]), view="table")


def walk(catalog: Catalog, count: int, seed: int = 7) -> list[Change]:
    """`count` changes of a person clicking around: each changes one filter to a value that exists,
    or opens an indicator's detail (and then closes it); a new link now and then starts afresh."""
    rng = random.Random(seed)
    current = catalog.arrival(rng)
    changes = [Change("link", None, current)]
    while len(changes) < count:
        if current.indicator is not None:  # the detail is a dialog over the filters: it is closed first
            changes.append(Change("indicator", current, replace(current, indicator=None)))
            current = changes[-1].after
            continue
        field = rng.choices(FIELDS, WEIGHTS)[0]
        unchanged = {getattr(current, field)} | ({None} if field == "indicator" else set())
        candidates = [v for v in catalog.options(current, field) if v not in unchanged]
        rng.shuffle(candidates)
        after = next((s for s in (replace(current, **{field: v}) for v in candidates[:20]) if catalog.valid(s)), None)
        if after is None or rng.random() < 0.02:
            field, after = "link", catalog.arrival(rng)
        changes.append(Change(field, current, after))
        current = after
    return changes


def _shown_value(value) -> str:
    """A filter's value as the page's native select holds it: text, and "*" for "all"."""
    return ANY if value is None else str(value)


def requests_for_change(change: Change) -> list[tuple[str, str, bytes | None]]:
    """The state-sync POST the change triggers, then the redraw POSTs with the new selection."""
    if change.field == "link":  # a fresh page load from a shared link
        return requests_for(change.after)
    sync = copy.deepcopy(_templates()[2])
    before, after = change.before, change.after
    shown = after if change.field in FILTER_IDS else before  # the filters as the browser shows them
    values = {
        ids.URL: (after if change.field == "indicator" and after.indicator else before).to_query(),
        **{component: _shown_value(getattr(shown, name)) for name, component in FILTER_IDS.items()},
        ids.DETAIL: after.indicator is not None if change.field == "indicator" else before.indicator is not None,
    }
    for item in sync["inputs"]:
        if item["id"] in values:
            item["value"] = values[item["id"]]
    sync["state"][0]["value"] = asdict(before)
    if change.field in FILTER_IDS:
        sync["changedPropIds"] = [f"{FILTER_IDS[change.field]}.value"]
    else:  # opening is following a link in the scorecard; closing is the dialog's close button
        sync["changedPropIds"] = [f"{ids.URL}.search" if after.indicator else f"{ids.DETAIL}.is_open"]
    return [("POST", "/_dash-update-component", json.dumps(sync).encode()), *_draw_requests(after)]
