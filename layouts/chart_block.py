"""Each chart with its text alternative: a one-sentence summary (aria-describedby) and a
"Visa som tabell" toggle that shows the chart's numbers as an HTML table.

A chart is built whole by the presenter of the part it belongs to, from the Chart the figures
layer made (figure, summary and rows from the same data), and only when its part is on screen:
a page without charts never loads plotly.js."""

from __future__ import annotations

from dash import dcc, html

from dashboard.figures.chart_text import Chart, TableRow
from dashboard.i18n import text
from layouts import ids
from layouts.graph_config import graph_config
from layouts.markup import element
from layouts.share_panel import chart_tools


def chart_block(graph_id: str, chart: Chart, filename: str, lang: str) -> html.Figure:
    """The chart (its images named `filename`), its summary, image buttons and data table."""
    summary_id = ids.CHART_SUMMARY.format(graph_id)
    return html.Figure(
        [
            dcc.Graph(id=graph_id, figure=chart.figure, config=graph_config(filename, lang), className="chart"),
            html.P(chart.summary, id=summary_id, className="chart-summary small mb-1"),
            chart_tools(graph_id, lang),
            html.Details(
                [
                    html.Summary(text("tools.show_table", lang), className="small"),
                    html.Div(
                        data_table(chart.rows, lang), id=ids.CHART_TABLE.format(graph_id), className="table-responsive"
                    ),
                ],
                className="chart-table mb-3",
            ),
        ],
        className="chart-block mb-0",
        **{"aria-describedby": summary_id},
    )


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
                            element("Th", row.series, scope="row", **{"data-label": header[0]}),
                            element("Td", row.label, **{"data-label": header[1]}),
                            element("Td", row.value, className="num", **{"data-label": header[2]}),
                        ],
                    )
                    for row in rows
                ]
            ),
        ],
        className="table table-sm small chart-data-table stacked-on-phones",
    )
