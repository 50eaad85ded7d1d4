"""Every view, export and embed on many oddly shaped data sets: nothing may raise.

The data sets are generated (seeded) to hit the corners real tables have: no unit, zero and
negative values, targets without outcomes, districts without a whole-municipality row, a single
year, revisions, ids shared by differently named indicators, and as-of views.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest
from pptx import Presentation

from dashboard.analysis.selection import Selection, normalize
from dashboard.app import create_app
from dashboard.settings import Settings
from layouts.filters import state_part
from tests.conftest import HEADER, dataset_from
from tests.presenters import draw_parts

SETTINGS = Settings()


def _random_csv(seed: int) -> str:
    rng = random.Random(seed)
    lines = [HEADER]
    municipalities = rng.sample(["Ankeby", "Bölja", "Åsunda", "Östra Testby", "Zeta"], rng.randint(1, 4))
    for municipality in municipalities:
        areas = rng.choice([[""], ["", "Norr"], ["Norr", "Söder"], ["", "Norr", "Söder", "Väst"]])
        for number in range(rng.randint(1, 5)):
            indicator_id = rng.choice(["", f"T{number:05d}", "T00000"])
            name = rng.choice([f"Indikator {number}", f"Andel {number}, %", "Samma namn"])
            unit = rng.choice(["", "%", "antal", "kr/inv"])
            direction = rng.choice(["", "increase", "decrease"])
            goal_area = rng.choice(["Skola", "Omsorg", "Miljö"])
            years = sorted(rng.sample(range(2015, 2024), rng.randint(1, 5)))
            for area in areas:
                for year in years:
                    outcome = rng.choice(["", "0", "-5", "12.5", "100", "3"])
                    target = rng.choice(["", "", "0", "10", "-2", "50"])
                    if not outcome and not target:
                        outcome = "1"
                    published = rng.choice(["", f"{year + 1}-01-01", f"{year + 1}-06-30"])
                    lines.append(
                        ",".join(
                            [
                                municipality,
                                "",
                                area,
                                goal_area,
                                indicator_id,
                                f'"{name}"',
                                unit,
                                direction,
                                str(year),
                                outcome,
                                target,
                                "Källa",
                                published,
                                "",
                            ]
                        )
                    )
    # keep one row per key: the generator may repeat (indicator, area, year, published)
    seen, unique = set(), [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        key = (cells[0], cells[2], cells[4] or ",".join(cells[5:-8]), cells[8], cells[12])
        if key not in seen:
            seen.add(key)
            unique.append(line)
    return "\n".join(unique) + "\n"


def _selections(dataset) -> list[Selection]:
    found = []
    for municipality in dataset.municipalities():
        base, choices, _ = normalize(Selection(municipality), dataset)
        found.append(base)
        for area in choices.areas:
            for goal_area in [None, *choices.goal_areas]:
                selection, more, _ = normalize(Selection(municipality, area=area, goal_area=goal_area), dataset)
                found.append(selection)
                for key, _ in more.indicators[:2]:
                    found.append(replace(selection, indicator=key))
                for year in more.years[:1]:
                    found.append(replace(selection, year=year - 5))
        for date in choices.publication_dates[:2]:
            found.append(normalize(Selection(municipality, as_of=date), dataset)[0])
        found.append(normalize(Selection(municipality, view="areas"), dataset)[0])
        found.append(normalize(Selection(municipality, view="municipalities"), dataset)[0])
    return found


@pytest.mark.parametrize("seed", range(6))
def test_every_view_renders_on_oddly_shaped_data(seed):
    dataset = dataset_from(_random_csv(seed))
    for selection in _selections(dataset):
        state_part(dataset, selection, announce=True)
        draw_parts(dataset, selection, SETTINGS)
        draw_parts(dataset, replace(selection, meeting=True), SETTINGS)


@pytest.mark.parametrize("seed", range(3))
def test_every_export_and_embed_answers_on_oddly_shaped_data(seed):
    dataset = dataset_from(_random_csv(100 + seed))
    client = create_app(SETTINGS, dataset).server.test_client()
    for selection in _selections(dataset)[:10]:
        query = selection.to_query() or "?"
        for path in ("/export/gaps.csv", "/export/gaps.xlsx", "/embed", "/embed"):
            assert client.get(path + query).status_code == 200, path + query
        assert client.get("/embed" + query + "&embed=scorecard").status_code == 200
        deck = client.get("/export/slides.pptx" + query)
        assert deck.status_code == 200 and len(Presentation(io.BytesIO(deck.data)).slides) >= 2
        if selection.view:
            assert client.get("/export/compare.csv" + query).status_code == 200
            assert client.get("/embed" + query + "&embed=lines").status_code == 200
