"""Each chart with its text alternative: a one-sentence summary (aria-describedby) and a
"Visa som tabell" toggle that shows the chart's numbers as an HTML table."""
from __future__ import annotations

from dash import dcc, html

from dashboard.figures.chart_text import TableRow, figure_rows
from dashboard.i18n import text
from layouts import ids
from layouts.graph_config import graph_config
from layouts.markup import element
from layouts.share import chart_tools


def chart_block(graph_id: str, lang: str) -> html.Figure:
    summary_id = ids.CHART_SUMMARY.format(graph_id)
    return html.Figure([
        dcc.Graph(id=graph_id, config=graph_config("malbild", lang)),
        html.P(id=summary_id, className="chart-summary small mb-1"),
        chart_tools(graph_id, lang),
        html.Details([
            html.Summary(text("tools.show_table", lang), className="small"),
            html.Div(id=ids.CHART_TABLE.format(graph_id), className="table-responsive"),
        ], className="chart-table mb-3"),
    ], className="chart-block mb-0", **{"aria-describedby": summary_id})


def data_table(rows: list[TableRow], lang: str) -> html.Table | None:
    """The chart's values: series, year or category, value (rows as markup: one per bar or point)."""
    if not rows:
        return None
    header = [text("table.series", lang), text("table.year", lang), text("table.value", lang)]
    return html.Table([
        html.Thead(html.Tr([html.Th(name, scope="col") for name in header])),
        html.Tbody([element("Tr", [element("Th", row.series, scope="row"), element("Td", row.label),
                                   element("Td", row.value, className="num")]) for row in rows]),
    ], className="table table-sm small chart-data-table")


def chart_tables(view: dict, lang: str) -> dict:
    """The data table of every chart the view draws, by the table's component id."""
    tables = {}
    for graph in (graph for graph in ids.GRAPHS if graph in view):
        figure = view[graph]
        shown = figure.to_plotly_json() if hasattr(figure, "to_plotly_json") else figure
        tables[ids.CHART_TABLE.format(graph)] = data_table(figure_rows(shown, lang), lang)
    return tables
