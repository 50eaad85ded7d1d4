"""The naive way, for comparison: a minimal Dash app as a first version would be written.

It reads the CSV with pandas' defaults (plain string columns), and one callback filters the whole
table with boolean masks and builds plotly.express figures for every change: outcome against
target per indicator, the chosen indicator over the years, and a table. Served by the benchmark
under gunicorn like the real app (`bench.naive_app:create_server()`, MALBILD_DATA = a CSV file or a folder of them).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import plotly.express as px
from dash import Dash, Input, Output, dcc, html

OUTPUTS = (("naive-bars", "figure"), ("naive-lines", "figure"), ("naive-table", "children"))
INPUTS = ("naive-municipality", "naive-goal-area", "naive-year", "naive-area", "naive-indicator")


def create_server():
    """The Flask server of a naive app over the CSV in MALBILD_DATA (gunicorn calls this)."""
    path = Path(os.environ["MALBILD_DATA"])
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    frame = pd.concat([pd.read_csv(file) for file in files], ignore_index=True)
    frame["area"] = frame["area"].fillna("Hela kommunen")
    frame["indicator_id"] = frame["indicator_id"].fillna(frame["indicator"])

    def dropdown(component: str, column: str) -> dcc.Dropdown:
        return dcc.Dropdown(sorted(frame[column].dropna().unique()), id=component)

    app = Dash(__name__, compress=True)
    app.layout = html.Div(
        [
            dropdown("naive-municipality", "municipality"),
            dropdown("naive-goal-area", "goal_area"),
            dropdown("naive-year", "year"),
            dropdown("naive-area", "area"),
            dropdown("naive-indicator", "indicator_id"),
            dcc.Graph(id="naive-bars"),
            dcc.Graph(id="naive-lines"),
            html.Div(id="naive-table"),
        ]
    )

    @app.server.get("/healthz")
    def healthz():
        return {"status": "ok", "rows": len(frame)}

    @app.callback(*(Output(c, p) for c, p in OUTPUTS), *(Input(c, "value") for c in INPUTS))
    def draw(municipality, goal_area, year, area, indicator):
        mask = (frame["municipality"] == municipality) & (frame["area"] == area)
        if goal_area is not None:
            mask &= frame["goal_area"] == goal_area
        chosen = frame[mask & (frame["year"] == year)]
        bars = px.bar(chosen, x="indicator", y=["outcome", "target"], barmode="group", title="Utfall och mål")
        if indicator is None and len(chosen):
            indicator = chosen["indicator_id"].iloc[0]
        series = frame[mask & (frame["indicator_id"] == indicator)].sort_values("year")
        lines = px.line(series, x="year", y=["outcome", "target"], markers=True, title="Över tid")
        table = html.Table(
            [
                html.Tr([html.Td(str(value)) for value in row])
                for row in chosen[["indicator", "outcome", "target"]].itertuples(index=False)
            ]
        )
        return bars, lines, table

    return app.server


def request_body(municipality, goal_area, year, area, indicator) -> bytes:
    """The POST the renderer sends when a filter changes (all five values; the change is the year)."""
    values = (municipality, goal_area, year, area, indicator)
    return json.dumps(
        {
            "output": ".." + "...".join(f"{c}.{p}" for c, p in OUTPUTS) + "..",
            "outputs": [{"id": c, "property": p} for c, p in OUTPUTS],
            "inputs": [{"id": c, "property": "value", "value": v} for c, v in zip(INPUTS, values)],
            "changedPropIds": ["naive-year.value"],
            "state": [],
        }
    ).encode()
