"""What the comparison views show for a normalized selection (thin: the core computes)."""
from __future__ import annotations

from dataclasses import replace

from dashboard.charts import comparison
from dashboard.figures import empty_figure
from layouts import ids
from layouts.compare import area_table, municipality_table


def compare_outputs(dataset, selection, hidden_as_empty: bool = False) -> dict | None:
    """The comparison's charts, table and download link; None outside the comparisons (or blank
    ones with `hidden_as_empty`)."""
    empty = {ids.COMPARE_BARS: empty_figure(""), ids.COMPARE_LINES: empty_figure(""), ids.COMPARE_TABLE: None,
             ids.COMPARE_EXPORT: ""}
    if selection.view is None:
        return empty if hidden_as_empty else None
    export = f"/export/compare.csv{export_query(selection)}"
    if selection.indicator is None or selection.year is None:
        message = "Det finns inga uppgifter att jämföra i urvalet."
        return {**empty, ids.COMPARE_BARS: empty_figure(message), ids.COMPARE_EXPORT: export}
    compared = comparison(dataset, selection)
    table = area_table(compared.table) if selection.view == "areas" else municipality_table(compared.table)
    return {ids.COMPARE_BARS: compared.bars, ids.COMPARE_LINES: compared.lines, ids.COMPARE_TABLE: table,
            ids.COMPARE_EXPORT: export}


def export_query(selection) -> str:
    """The page's table as a file: in the area view every indicator of the selection is listed."""
    return (replace(selection, indicator=None) if selection.view == "areas" else selection).to_query()
