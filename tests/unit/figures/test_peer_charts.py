"""Reference lines in the charts: the indicator chart, both comparisons and the deck show the median
(and, from four municipalities, the middle half) of all municipalities or a group, named with how
many municipalities they cover. Every number is counted by hand from DATA.

Whole-municipality outcomes of A1 (%):
- 2018: Alfaby 6 (n = 1: too few for a median)
- 2019: Alfaby 8, Betaby 16, Gammaby 24 (n = 3: median 16, no band)
- 2020: Alfaby 10, Betaby 20, Gammaby 30, Deltaby 40, Epsilonby 55 (n = 5: Q1 20, median 30, Q3 40)
Alfaby's districts in 2020 (Norr 12, Söder 7) never count. The group "Liknande" (Alfaby, Betaby,
Gammaby, Deltaby) in 2020: 10 20 30 40 → Q1 17,5 (position 0,75), median 25 (1,5), Q3 32,5 (2,25).
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pptx import Presentation

from dashboard.analysis.report import scorecard
from dashboard.analysis.selection import Selection, normalize
from dashboard.data.dataset import Dataset
from dashboard.data.loading import LoadResult
from dashboard.exports.deck import build_deck
from dashboard.figures.peer_marks import PEER_COLOUR
from dashboard.figures.view_charts import comparison, indicator_detail
from dashboard.settings import Settings
from tests.conftest import HEADER, groups_from, observations_from

DATA = (
    HEADER
    + """
Alfaby,,,M,A1,Andel,%,increase,2018,6,,s,2019-03-01,
Alfaby,,,M,A1,Andel,%,increase,2019,8,,s,2020-03-01,
Betaby,,,M,A1,Andel,%,increase,2019,16,,s,2020-03-01,
Gammaby,,,M,A1,Andel,%,increase,2019,24,,s,2020-03-01,
Alfaby,,,M,A1,Andel,%,increase,2020,10,15,s,2021-03-01,
Alfaby,,Norr,M,A1,Andel,%,increase,2020,12,,s,2021-03-01,
Alfaby,,Söder,M,A1,Andel,%,increase,2020,7,,s,2021-03-01,
Betaby,,,M,A1,Andel,%,increase,2020,20,,s,2021-03-01,
Gammaby,,,M,A1,Andel,%,increase,2020,30,,s,2021-03-01,
Deltaby,,,M,A1,Andel,%,increase,2020,40,,s,2021-03-01,
Epsilonby,,,M,A1,Andel,%,increase,2020,55,,s,2021-03-01,
"""
)
GROUPS = groups_from(
    """
    group,municipality
    Liknande,Alfaby
    Liknande,Betaby
    Liknande,Gammaby
    Liknande,Deltaby
    """
)
SETTINGS = Settings()


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset(LoadResult(observations_from(DATA), groups=GROUPS))


def _selection(dataset, query: str) -> Selection:
    selection, _, _ = normalize(Selection.from_query(query), dataset)
    return selection


def _trace(figure, starts: str):
    (found,) = [trace for trace in figure.data if (trace.name or "").startswith(starts)]
    return found


def _peer_shapes(figure) -> tuple[list, list]:
    lines = [s for s in figure.layout.shapes if s.type == "line" and s.line.color == PEER_COLOUR]
    bands = [s for s in figure.layout.shapes if s.type == "rect"]
    return lines, bands


def test_indicator_chart_draws_the_median_of_every_year_with_two_or_more(dataset):
    selection = _selection(dataset, "municipality=Alfaby&indicator=A1&year=2020&peers=alla")
    table = scorecard(dataset, selection, SETTINGS)
    chart = indicator_detail(dataset, selection, table, SETTINGS).chart
    median = _trace(chart.figure, "Alla kommuner: median")
    assert median.name == "Alla kommuner: median (3–5 kommuner)"
    assert list(median.x) == [2019, 2020] and list(median.y) == [16.0, 30.0]  # 2018 (n = 1) is left out
    band = _trace(chart.figure, "Alla kommuner: mittersta")
    # only 2020 has four or more: a band from Q3 40 down to Q1 20
    assert list(band.x) == [2020, 2020] and list(band.y) == [40.0, 20.0]
    rows = {(row.series, row.label): row.value for row in chart.rows}
    assert rows[("Alla kommuner: median", "2019")] == "16\u00a0%"
    assert rows[("Alla kommuner: kvartil 1", "2020")] == "20\u00a0%"
    assert rows[("Alla kommuner: kvartil 3", "2020")] == "40\u00a0%"


def test_indicator_chart_without_peers_draws_no_reference(dataset):
    selection = _selection(dataset, "municipality=Alfaby&indicator=A1&year=2020")
    chart = indicator_detail(dataset, selection, scorecard(dataset, selection, SETTINGS), SETTINGS).chart
    assert not [trace for trace in chart.figure.data if "median" in (trace.name or "")]


def test_district_comparison_shows_the_band_and_median_of_all_municipalities(dataset):
    selection = _selection(dataset, "view=areas&municipality=Alfaby&indicator=A1&year=2020&peers=alla")
    compared = comparison(dataset, selection)
    lines, bands = _peer_shapes(compared.bars.figure)
    assert [line.x0 for line in lines] == [30.0]
    assert [(band.x0, band.x1) for band in bands] == [(20.0, 40.0)]
    names = [trace.name for trace in compared.bars.figure.data if trace.showlegend]
    assert names == [
        "Alla kommuner: median 30\u00a0% (5 kommuner)",
        "Alla kommuner: mittersta hälften 20\u00a0%–40\u00a0%",
    ]
    assert (
        "Alla kommuner 2020: median 30\u00a0%, mittersta hälften 20\u00a0%–40\u00a0% (5 kommuner)."
        in compared.bars.summary
    )
    over_time = _trace(compared.lines.figure, "Alla kommuner: median")
    assert list(over_time.y) == [16.0, 30.0]


def test_municipality_comparison_uses_the_group_of_groups_csv(dataset):
    selection = _selection(dataset, "view=municipalities&indicator=A1&year=2020&peers=liknande")
    assert selection.peers == "Liknande"  # the group's own spelling, found in any case
    compared = comparison(dataset, selection)
    lines, bands = _peer_shapes(compared.bars.figure)
    assert [line.x0 for line in lines] == [25.0]
    assert [(band.x0, band.x1) for band in bands] == [(17.5, 32.5)]
    assert "Liknande: median 25\u00a0% (4 kommuner)" in [trace.name for trace in compared.bars.figure.data]


def test_too_few_municipalities_draw_nothing_and_say_why(dataset):
    selection = _selection(dataset, "view=municipalities&indicator=A1&year=2018&peers=alla")
    compared = comparison(dataset, selection)
    assert _peer_shapes(compared.bars.figure) == ([], [])
    assert "Alla kommuner 2018: 1 kommun har ett utfall; en median behöver minst två." in compared.bars.summary


def test_english_names_the_reference_in_english(dataset):
    selection = _selection(dataset, "view=municipalities&indicator=A1&year=2019&peers=alla&lang=en")
    compared = comparison(dataset, selection)
    names = [trace.name for trace in compared.bars.figure.data if trace.showlegend]
    assert names == ["All municipalities: median 16\u00a0% (3 municipalities)"]  # three: no band
    assert _peer_shapes(compared.bars.figure)[1] == []


def test_deck_draws_the_median_as_a_third_series(dataset):
    selection = _selection(dataset, "municipality=Alfaby&year=2020&peers=alla")
    deck = Presentation(io.BytesIO(build_deck(dataset, selection, SETTINGS, date(2026, 12, 3))))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    series = {s.name: list(s.values) for s in charts[-1].plots[0].series}
    assert series["Alla kommuner: median"] == [None, 16.0, 30.0]  # 2018, 2019, 2020


def test_indicator_chart_summary_says_the_years_reference(dataset):
    selection = _selection(dataset, "municipality=Alfaby&indicator=A1&year=2019&peers=alla")
    chart = indicator_detail(dataset, selection, scorecard(dataset, selection, SETTINGS), SETTINGS).chart
    assert chart.summary.endswith("Alla kommuner 2019: median 16\u00a0% (3 kommuner).")
