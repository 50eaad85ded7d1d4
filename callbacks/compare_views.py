"""What the comparison views show for a normalized selection (thin: the core computes)."""
from __future__ import annotations

from dataclasses import replace

from dashboard.figures.chart_text import comparison_summary
from dashboard.figures.view_charts import comparison
from dashboard.figures.style import empty_figure
from dashboard.i18n import text
from layouts import ids
from layouts.comparison import area_table, municipality_table

BARS_SUMMARY, LINES_SUMMARY = (ids.CHART_SUMMARY.format(graph) for graph in (ids.COMPARE_BARS, ids.COMPARE_LINES))


def compare_outputs(dataset, selection, hidden_as_empty: bool = False) -> dict | None:
    """The comparison's charts, table and download link; None outside the comparisons (or blank
    ones with `hidden_as_empty`)."""
    empty = {ids.COMPARE_BARS: empty_figure(""), ids.COMPARE_LINES: empty_figure(""), ids.COMPARE_TABLE: None,
             ids.COMPARE_EXPORT: "", BARS_SUMMARY: "", LINES_SUMMARY: ""}
    if selection.view is None:
        return empty if hidden_as_empty else None
    lang = selection.lang
    export = f"/export/compare.csv{export_query(selection)}"
    if selection.indicator is None or selection.year is None:
        message = text("compare.nothing", lang)
        return {**empty, ids.COMPARE_BARS: empty_figure(message), ids.COMPARE_EXPORT: export, BARS_SUMMARY: message}
    compared = comparison(dataset, selection)
    areas = selection.view == "areas"
    table = area_table(compared.table, lang) if areas else municipality_table(compared.table, lang)
    chosen = compared.table
    if areas:
        chosen = chosen[chosen["indicator_key"] == selection.indicator]
    title = text("compare.areas_caption" if areas else "compare.municipalities_caption", lang, year=selection.year)
    summary = comparison_summary(title, chosen, "area" if areas else "municipality", lang)
    return {ids.COMPARE_BARS: compared.bars, ids.COMPARE_LINES: compared.lines, ids.COMPARE_TABLE: table,
            ids.COMPARE_EXPORT: export, BARS_SUMMARY: summary, LINES_SUMMARY: summary}


def export_query(selection) -> str:
    """The page's table as a file: in the area view every indicator of the selection is listed."""
    return (replace(selection, indicator=None) if selection.view == "areas" else selection).to_query()
