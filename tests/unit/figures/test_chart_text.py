"""Charts as text: a figure's values as rows, and the one-sentence summaries."""
import json

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.figures.chart_text import figure_rows, gap_summary, indicator_summary, plain


def test_rows_come_from_typed_arrays_as_the_browser_sends_them():
    figure = go.Figure(go.Scatter(x=np.array([2019, 2020]), y=np.array([17.5, np.nan]), name="<b>Utfall</b>"))
    sent = json.loads(pio.to_json(figure))  # plotly ≥ 6 sends numbers as base64 bdata
    assert isinstance(sent["data"][0]["x"], dict)
    rows = figure_rows(sent, "sv")
    assert [(r.series, r.label, r.value) for r in rows] == [("Utfall", "2019", "17,5"), ("Utfall", "2020", "saknas")]
    assert figure_rows(sent, "en")[0].value == "17.5"


def test_horizontal_bars_read_category_then_value():
    figure = go.Figure(go.Bar(x=[-3.91], y=["Antal<br>lägenheter"], orientation="h", name="≈ Nära målet"))
    assert [(r.label, r.value) for r in figure_rows(figure.to_plotly_json())] == [("Antal lägenheter", "−3,91")]
    assert plain("A &amp; B<br>C") == "A & B C"


ROW = pd.Series({"status": "Ej uppnått", "unit": "antal", "outcome": 17.0, "outcome_year": 2020, "year": 2020,
                 "target": 15.0})


def test_indicator_summary_says_outcome_target_and_verdict():
    assert indicator_summary(ROW, "sv") == "Utfallet 2020 var 17, målet 15; målet är inte uppnått."
    assert indicator_summary(ROW, "en") == "The outcome in 2020 was 17, the target 15; the target is not met."


def test_gap_summary_counts_the_bars_by_status():
    table = pd.DataFrame({"relative_gap": [-0.04, -0.1, None], "status": ["Nära målet", "Ej uppnått", "Mål saknas"]})
    assert gap_summary(table, 2020, "sv") == "2 indikatorer med både utfall och mål 2020: 1 Nära målet, 1 Ej uppnått."
    assert gap_summary(table, 2020, "en").endswith("1 Close to target, 1 Not met.")
