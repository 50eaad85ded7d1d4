"""The deck's summary slide: a native PowerPoint chart of the statuses per goal area (stacked bars,
the page's status colours, counts as labels), the sentence that says it, and what was left out."""

from __future__ import annotations

import pandas as pd
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.util import Inches, Pt

from dashboard.domain.statuses import Status
from dashboard.domain.values import swedish_sort_key
from dashboard.exports.credits import processing_credit
from dashboard.exports.slide_text import GREY, describe, textbox, write
from dashboard.figures.chart_text import gap_summary
from dashboard.figures.palette import STATUS_ICON, STATUS_MARK_COLOUR
from dashboard.i18n import status_label, text

# the statuses of indicators with a target, in the page's strip order
SHOWN = (Status.MET, Status.NEAR, Status.NOT_MET, Status.STALE, Status.NO_OUTCOME)


def status_chart_data(table: pd.DataFrame, lang: str) -> CategoryChartData | None:
    """Counts per goal area (categories, in Swedish order) and status (series; statuses no goal
    area has are left out); None when no indicator has a target."""
    targeted = table[table["target"].notna()]
    if targeted.empty:
        return None
    areas = sorted(targeted["goal_area"].astype(str).unique(), key=swedish_sort_key)
    counts = targeted.groupby(["goal_area", "status"]).size()
    data = CategoryChartData(number_format="0")
    data.categories = areas
    for status in SHOWN:
        values = [int(counts.get((area, status), 0)) for area in areas]
        if any(values):
            data.add_series(f"{STATUS_ICON[status]} {status_label(status, lang)}", [v or None for v in values])
    return data


def summary_slide(slide, table: pd.DataFrame, year, left_out: int, lang: str, width, margin) -> None:
    """The sentence, the chart (bars read from the top in the goal areas' order) and a note of the
    indicators without a target that have no slide of their own."""
    sentence = gap_summary(table, year, lang)
    lines = [[(sentence, None)]]
    if left_out:
        lines.append([(text("deck.untargeted_left_out", lang, count=left_out), GREY)])
    processing = processing_credit(table, lang)
    write(textbox(slide, margin, Inches(1.35), width - 2 * margin, Inches(0.9)).text_frame, lines, Pt(18))
    data = status_chart_data(table, lang)
    if data is None:
        return
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.BAR_STACKED, margin, Inches(2.25), width - 2 * margin, Inches(4.1), data
    )
    describe(frame, sentence)
    credit = textbox(slide, margin, Inches(6.4), width - 2 * margin, Inches(0.5))
    write(credit.text_frame, [[(processing, GREY)]], Pt(11))
    chart = frame.chart
    chart.font.size = Pt(14)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.category_axis.reverse_order = True  # the first goal area at the top, as on the page
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.visible = False
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    plot.data_labels.font.size = Pt(14)
    plot.data_labels.font.bold = True
    plot.data_labels.number_format = "0"
    plot.data_labels.number_format_is_linked = False
    names = {f"{STATUS_ICON[status]} {status_label(status, lang)}": status for status in SHOWN}
    for series in plot.series:
        colour = STATUS_MARK_COLOUR[names[series.name]].lstrip("#")
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
    chart.has_title = False
