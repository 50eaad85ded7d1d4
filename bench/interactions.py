"""Real user interactions as HTTP requests: the renderer's recorded callback payloads, replayed
with selections that exist in the data being served (filter change → state sync → redraw)."""
from __future__ import annotations

import copy
import json
import random
from functools import lru_cache
from dataclasses import asdict
from pathlib import Path

from dashboard.dataset import Dataset
from dashboard.selection import Selection, normalize

PAYLOADS = Path(__file__).with_name("payloads.json")


@lru_cache(maxsize=1)
def _templates() -> tuple[dict, dict]:
    recorded = json.loads(PAYLOADS.read_text(encoding="utf-8"))
    sync = next(p for p in recorded if p["output"].startswith("..url.search") and "url.search" in p["changedPropIds"])
    draw = next(p for p in recorded if p["changedPropIds"] == ["selection-store.data"])
    return sync, draw


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
    sync, draw = _templates()
    sync = copy.deepcopy(sync)
    for item in sync["inputs"]:
        if item["id"] == "url" and item["property"] == "search":
            item["value"] = selection.to_query()
    sync["changedPropIds"] = ["url.search"]
    draw = copy.deepcopy(draw)
    draw["inputs"][0]["value"] = asdict(selection)
    return [("POST", "/_dash-update-component", json.dumps(sync).encode()),
            ("POST", "/_dash-update-component", json.dumps(draw).encode())]
