"""Draw the view for the selection in the store: heading, scorecard, charts, download links."""
from __future__ import annotations

from dataclasses import replace

from dash import Input, Output

from dashboard.figures import empty_figure, gap_bar_figure, indicator_line_figure
from dashboard.formatting import is_missing
from dashboard.gaps import status_counts
from dashboard.report import indicator_series, scorecard
from dashboard.schema import DECREASE, WHOLE_MUNICIPALITY
from dashboard.selection import Selection
from layouts import ids
from layouts.scorecard import no_data_message, scorecard_table, status_summary


def register(app, dataset, settings) -> None:
    @app.callback(
        Output(ids.HEADING, "children"), Output(ids.STATUS_SUMMARY, "children"),
        Output(ids.SCORECARD, "children"), Output(ids.GAP_CHART, "figure"),
        Output(ids.INDICATOR_CHART, "figure"), Output(ids.EXPORT_CSV, "href"),
        Output(ids.EXPORT_XLSX, "href"),
        Input(ids.SELECTION, "data"),
    )
    def draw_view(stored):
        return view_outputs(dataset, Selection(**(stored or {})), settings.near_tolerance)


def view_outputs(dataset, selection: Selection, tolerance: float) -> tuple:
    """Everything the view shows for one normalized selection."""
    query = selection.to_query()
    links = (f"/export/gaps.csv{query}", f"/export/gaps.xlsx{query}")
    if selection.municipality is None:
        message = "Inga data är inlästa."
        return (message, [], None, empty_figure(message), empty_figure(message), *links)

    table = scorecard(dataset, selection, tolerance)
    heading = " · ".join(str(part) for part in (selection.municipality, selection.area,
                                                 selection.goal_area or "Alla målområden", selection.year) if part)
    if table.empty:
        message = "Inga indikatorer med utfall eller mål för urvalet."
        return (heading, [], no_data_message(selection), empty_figure(message), empty_figure(message), *links)

    def query_for(indicator_key: str) -> str:
        return replace(selection, indicator=indicator_key).to_query()

    bars = gap_bar_figure(table, f"Avvikelse från målen {selection.year}, {selection.area}")
    return (heading, status_summary(status_counts(table)), scorecard_table(table, query_for), bars,
            _indicator_figure(dataset, selection, table), *links)


def _indicator_figure(dataset, selection: Selection, table):
    series = indicator_series(dataset, selection)
    if series.empty:
        return empty_figure("Välj en indikator för att se utvecklingen över tid.")
    match = table[table["indicator_key"] == selection.indicator]
    gap_row = match.iloc[0] if not match.empty and not is_missing(match.iloc[0]["gap"]) else None
    reference = None
    if selection.area != WHOLE_MUNICIPALITY:
        reference = indicator_series(dataset, selection, WHOLE_MUNICIPALITY)
    name = series["indicator"].iloc[-1]
    better = "lägre värde är bättre" if series["direction"].iloc[-1] == DECREASE else "högre värde är bättre"
    return indicator_line_figure(series, name, f"{selection.municipality}, {selection.area} · {better}",
                                 gap_row, reference, WHOLE_MUNICIPALITY)
