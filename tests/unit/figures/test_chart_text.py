"""Charts as text: the values a chart draws as rows (from the same data, never read back from the
figure), and the one-sentence summaries."""

import pandas as pd

from dashboard.analysis.gaps import gap_table
from dashboard.data.vintages import resolve
from dashboard.figures.chart_text import gap_summary, indicator_summary, value_rows
from dashboard.figures.comparison_charts import colour_for, lines_chart
from dashboard.figures.indicator_charts import gap_chart, indicator_chart
from tests.conftest import HEADER, observations_from

ROWS = (
    HEADER
    + """
T,,,M,,Bostäder,antal,increase,2019,221,,Budget 2020,2020-11-12,
T,,,M,,Bostäder,antal,increase,2020,,230,Budget 2020,2020-11-12,
T,,,M,,Andel,%,decrease,2019,17.5,,Budget 2021,2021-01-01,
T,,,M,,Andel,%,decrease,2020,17,15,Budget 2021,2021-01-01,
"""
)


def _resolved():
    return resolve(observations_from(ROWS))


def test_value_rows_are_written_as_on_screen_and_say_missing():
    rows = value_rows("Utfall", [2019, 2020], [17.5, None], "%", "sv")
    assert [(r.series, r.label, r.value) for r in rows] == [
        ("Utfall", "2019", "17,5\u00a0%"),
        ("Utfall", "2020", "saknas"),
    ]
    assert value_rows("Outcome", [2019], [1234.5], None, "en")[0].value == "1,234.5"


def test_the_gap_chart_rows_are_the_relative_gaps_drawn():
    # Bostäder: (221 − 230) / 230 = −3,9 %; Andel (decrease): (15 − 17) / 15 = −13,3 %
    chart = gap_chart(gap_table(_resolved(), 2020, 0.05), "Avvikelse")
    assert [(r.series, r.label, r.value) for r in chart.rows] == [
        ("≈ Nära målet", "Bostäder", "−3,9\u00a0%"),
        ("✗ Ej uppnått", "Andel", "−13,3\u00a0%"),
    ]


def test_the_indicator_chart_rows_are_its_outcomes_and_targets():
    resolved = _resolved()
    series = resolved[resolved["indicator"] == "Andel"].sort_values("year")
    chart = indicator_chart(series, "Andel", lang="en")
    assert [(r.series, r.label, r.value) for r in chart.rows] == [
        ("Outcome", "2019", "17.5\u00a0%"),
        ("Outcome", "2020", "17\u00a0%"),
        ("Target", "2020", "15\u00a0%"),
    ]


def test_a_line_with_a_missing_year_has_a_missing_row():
    series = {
        "Norr": pd.DataFrame({"year": [2018, 2020], "outcome": [1.0, 3.0], "target": [None, None]}),
        "Söder": pd.DataFrame({"year": [2018, 2019, 2020], "outcome": [2.0, 2.5, 3.0], "target": [None] * 3}),
    }
    chart = lines_chart(series, "Test", None, [], colour_for(list(series)))
    assert [(r.label, r.value) for r in chart.rows if r.series == "Norr"] == [
        ("2018", "1"),
        ("2019", "saknas"),
        ("2020", "3"),
    ]


ROW = pd.Series(
    {"status": "Ej uppnått", "unit": "antal", "outcome": 17.0, "outcome_year": 2020, "year": 2020, "target": 15.0}
)


def test_indicator_summary_says_outcome_target_and_verdict():
    assert indicator_summary(ROW, "sv") == "Utfallet 2020 var 17, målet 15; målet är inte uppnått."
    assert indicator_summary(ROW, "en") == "The outcome in 2020 was 17, the target 15; the target is not met."


def test_gap_summary_counts_the_bars_by_status():
    table = pd.DataFrame({"relative_gap": [-0.04, -0.1, None], "status": ["Nära målet", "Ej uppnått", "Mål saknas"]})
    assert gap_summary(table, 2020, "sv") == "2 indikatorer med både utfall och mål 2020: 1 Nära målet, 1 Ej uppnått."
    assert gap_summary(table, 2020, "en").endswith("1 Close to target, 1 Not met.")
    one = pd.DataFrame({"relative_gap": [-0.04], "status": ["Nära målet"]})
    assert gap_summary(one, 2020, "sv") == "1 indikator med både utfall och mål 2020: 1 Nära målet."
