"""Each chart with its text alternative: a one-sentence summary (aria-describedby) and a
"Visa som tabell" toggle that shows the chart's numbers as an HTML table.

A presenter names a chart's three outputs with `chart_outputs` and fills them with `chart_values`
from the Chart the figures layer built (figure, summary and rows from the same data)."""

from __future__ import annotations

from dash import dcc, html

from dashboard.figures.chart_text import Chart, TableRow
from dashboard.figures.style import empty_figure
from dashboard.i18n import text
from layouts import ids
from layouts.graph_config import graph_config
from layouts.markup import element
from layouts.share_panel import chart_tools

BLANK = Chart(empty_figure(""))


def chart_block(graph_id: str, lang: str) -> html.Figure:
    summary_id = ids.CHART_SUMMARY.format(graph_id)
    return html.Figure(
        [
            dcc.Graph(id=graph_id, config=graph_config("malbild", lang)),
            html.P(id=summary_id, className="chart-summary small mb-1"),
            chart_tools(graph_id, lang),
            html.Details(
                [
                    html.Summary(text("tools.show_table", lang), className="small"),
                    html.Div(id=ids.CHART_TABLE.format(graph_id), className="table-responsive"),
                ],
                className="chart-table mb-3",
            ),
        ],
        className="chart-block mb-0",
        **{"aria-describedby": summary_id},
    )


def chart_outputs(name: str, graph_id: str) -> dict[str, tuple[str, str]]:
    """The outputs a chart fills: its figure, its summary and its data table."""
    return {
        name: (graph_id, "figure"),
        f"{name}_summary": (ids.CHART_SUMMARY.format(graph_id), "children"),
        f"{name}_table": (ids.CHART_TABLE.format(graph_id), "children"),
    }


def chart_values(name: str, chart: Chart, lang: str) -> dict:
    return {name: chart.figure, f"{name}_summary": chart.summary, f"{name}_table": data_table(chart.rows, lang)}


def data_table(rows: list[TableRow], lang: str) -> html.Table | None:
    """The chart's values: series, year or category, value (rows as markup: one per bar or point)."""
    if not rows:
        return None
    header = [text("table.series", lang), text("table.year", lang), text("table.value", lang)]
    return html.Table(
        [
            html.Thead(html.Tr([html.Th(name, scope="col") for name in header])),
            html.Tbody(
                [
                    element(
                        "Tr",
                        [
                            element("Th", row.series, scope="row"),
                            element("Td", row.label),
                            element("Td", row.value, className="num"),
                        ],
                    )
                    for row in rows
                ]
            ),
        ],
        className="table table-sm small chart-data-table",
    )
