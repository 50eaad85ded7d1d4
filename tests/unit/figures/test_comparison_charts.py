"""Comparison charts: missing stays missing, the whole municipality keeps its colour."""

import pandas as pd

from dashboard.figures.comparison_charts import bars_chart, colour_for, lines_chart
from dashboard.figures.palette import REFERENCE_COLOUR


def test_reference_keeps_its_colour_whatever_else_is_compared():
    assert colour_for(["Norr", "Hela kommunen"], "Hela kommunen")["Hela kommunen"] == REFERENCE_COLOUR
    assert colour_for(["Söder", "Norr", "Väst", "Hela kommunen"], "Hela kommunen")["Hela kommunen"] == REFERENCE_COLOUR
    assert REFERENCE_COLOUR not in colour_for(["A", "B", "C"]).values()


def test_missing_value_is_labelled_not_drawn_as_a_bar():
    figure = bars_chart(
        ["Norr", "Söder"],
        [40.0, None],
        "Test",
        "%",
        ["Källa: test"],
        ["#000", "#111"],
        reference=("Hela kommunen", 50.0),
    ).figure
    bar = figure.data[0]
    assert list(bar.text) == ["40\u00a0%", "saknas"]
    assert list(bar.marker.opacity) == [1, 0]
    texts = [a.text for a in figure.layout.annotations]
    assert "Hela kommunen: 50\u00a0%" in texts and "Källa: test" in texts  # both kept
    assert figure.layout.shapes[0].x0 == 50.0


def test_lines_break_where_a_year_is_missing():
    series = {
        "Norr": pd.DataFrame({"year": [2018, 2020], "outcome": [1.0, 3.0], "target": [None, None]}),
        "Hela kommunen": pd.DataFrame(
            {"year": [2018, 2019, 2020], "outcome": [2.0, 2.5, 3.0], "target": [None, None, 4.0]}
        ),
    }
    figure = lines_chart(
        series, "Test", None, "", colour_for(list(series), "Hela kommunen"), emphasise="Hela kommunen", targets=series
    ).figure
    by_name = {trace.name: trace for trace in figure.data}
    assert list(by_name["Norr"].x) == [2018, 2019, 2020] and list(by_name["Norr"].y) == [1.0, None, 3.0]
    assert by_name["Norr"].connectgaps is False
    assert by_name["Hela kommunen"].line.width > by_name["Norr"].line.width
    assert list(by_name["Mål Hela kommunen"].y) == [4.0]


def test_nothing_to_compare_gives_a_message():
    figure = bars_chart(["Norr"], [None], "Test", None, [], ["#000"]).figure
    assert figure.layout.xaxis.visible is False
