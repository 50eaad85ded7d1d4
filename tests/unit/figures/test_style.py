"""Charts: the right marks, Swedish numbers, source lines inside the figure, no empty axes."""

import pandas as pd

from dashboard.analysis.gaps import gap_table
from dashboard.data.vintages import resolve
from dashboard.figures.indicator_charts import gap_chart, indicator_chart
from dashboard.figures.style import empty_figure, year_axis
from dashboard.i18n.formatting import PLOTLY_SEPARATORS
from tests.conftest import HEADER, observations_from

ROWS = (
    HEADER
    + """
T,,,M,,Bostäder,antal,increase,2019,221,,Budget 2020,2020-11-12,
T,,,M,,Bostäder,antal,increase,2020,,230,Budget 2020,2020-11-12,
T,,,M,,Personal,antal,decrease,2019,17,,Budget 2021,2021-01-01,
T,,,M,,Personal,antal,decrease,2020,17,15,Budget 2021,2021-01-01,
T,,,M,,Utan mål,antal,increase,2020,5,,Budget 2021,2021-01-01,
T,,,M,,<img src=x onerror=alert(1)>,antal,increase,2020,5,4,Budget 2021,2021-01-01,
"""
)


def _resolved():
    return resolve(observations_from(ROWS))


def _caption(figure) -> str:
    return " ".join(
        a.text for a in figure.layout.annotations if "Källa" in (a.text or "") or "Bearbetning" in (a.text or "")
    )


def test_gap_bars_are_relative_gaps_in_percent_by_status():
    figure = gap_chart(gap_table(_resolved(), 2020, 0.05), "Avvikelse").figure
    by_name = {trace.name: trace for trace in figure.data}
    assert set(by_name) == {"≈ Nära målet", "✗ Ej uppnått", "✓ Uppnått"}
    # Bostäder: (221 − 230) / 230 = −3.91 %; Personal: (15 − 17) / 15 = −13.33 %
    assert list(by_name["≈ Nära målet"].x) == [-3.91]
    assert list(by_name["✗ Ej uppnått"].x) == [-13.33]
    assert figure.layout.separators == PLOTLY_SEPARATORS


def test_gap_bars_name_indicators_without_a_bar_and_carry_sources():
    figure = gap_chart(gap_table(_resolved(), 2020, 0.05), "Avvikelse").figure
    caption = _caption(figure)
    # the bars are gaps Målbild computed: credited to Målbild, on the sources named with their dates
    assert caption.startswith("Bearbetning: Målbild, underlag från ")
    assert "Budget 2020 (publicerad 2020-11-12)" in caption and "Budget 2021 (publicerad 2021-01-01)" in caption
    assert "Källa:" not in caption
    assert "1 indikator utan stapel: Mål saknas" in caption


def test_data_strings_are_escaped_in_chart_text():
    figure = gap_chart(gap_table(_resolved(), 2020, 0.05), "Avvikelse").figure
    labels = [label for trace in figure.data for label in trace.y]
    assert "&lt;img src=x onerror=alert(1)&gt;" in labels
    assert not any("<img" in label for label in labels)


def test_line_chart_has_outcomes_targets_and_the_gap_annotation():
    resolved = _resolved()
    series = resolved[resolved["indicator"] == "Bostäder"].sort_values("year")
    row = gap_table(resolved, 2020, 0.05).set_index("indicator").loc["Bostäder"].copy()
    row["indicator"] = "Bostäder"
    figure = indicator_chart(series, "Bostäder", "Testkommun", row).figure
    traces = {trace.name: trace for trace in figure.data}
    assert list(traces["Utfall"].x) == [2019] and list(traces["Utfall"].y) == [221]
    assert list(traces["Mål"].x) == [2020] and list(traces["Mål"].y) == [230]
    texts = [a.text for a in figure.layout.annotations]
    assert any("Nära målet 2020: −9 (utfall 2019)" in text for text in texts)
    assert "Källa: Budget 2020, publicerad 2020-11-12" in _caption(figure)


def test_line_chart_draws_the_reference_series_for_districts():
    resolved = _resolved()
    series = resolved[resolved["indicator"] == "Personal"]
    figure = indicator_chart(series, "Personal", "", None, series.assign(outcome=[16, 16]), "Hela kommunen").figure
    assert figure.data[0].name == "Utfall Hela kommunen" and list(figure.data[0].y) == [16, 16]


def test_empty_figure_shows_a_message_and_no_axes():
    figure = empty_figure("Inget att visa")
    assert figure.layout.xaxis.visible is False and figure.layout.yaxis.visible is False
    assert figure.layout.annotations[0].text == "Inget att visa"


def test_nothing_to_chart_gives_the_empty_figure():
    table = gap_table(_resolved(), 2020, 0.05)
    figure = gap_chart(table[table["relative_gap"].isna()], "Avvikelse").figure
    assert figure.layout.xaxis.visible is False and not figure.data


def test_year_ticks_fit_the_width():
    # seven years: a tick each on a laptop, every other one on a phone (four labels)
    assert year_axis(2013, 2019)["dtick"] == 1 and year_axis(2013, 2019, narrow=True)["dtick"] == 2
    # 25 years: at most 15 ticks → every 2nd; 12 in meeting type → every 3rd; 5 on a phone → every 5th
    assert [year_axis(1998, 2022, large=large)["dtick"] for large in (False, True)] == [2, 3]
    assert year_axis(1998, 2022, narrow=True)["dtick"] == 5


def test_a_phone_chart_writes_only_the_latest_outcome():
    series = pd.DataFrame(
        {
            "year": [2013, 2018, 2019],
            "outcome": [105995.0, 112178.0, 113179.0],
            "target": [None, None, None],
            "unit": ["antal"] * 3,
            "outcome_source": ["s"] * 3,
            "outcome_published": [pd.Timestamp("2020-01-01")] * 3,
            "target_source": [None] * 3,
            "target_published": [pd.NaT] * 3,
        }
    )
    wide, narrow = (indicator_chart(series, "Folkmängd", narrow=flag).figure for flag in (False, True))
    assert list(wide.data[0].text) == ["105\u00a0995", "112\u00a0178", "113\u00a0179"]
    assert list(narrow.data[0].text) == ["", "", "113\u00a0179"]
    assert list(narrow.data[0].customdata) == list(wide.data[0].text)  # all still in the hover
