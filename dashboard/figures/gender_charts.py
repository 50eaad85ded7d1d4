"""The district comparison split by gender: women's and men's outcomes as paired bars per area.

Women and men are told apart by colour, a hatched fill for men and the legend, never colour alone;
each bar writes its value, and an area is shown only with both genders' figures.
"""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.gender_split import SPLIT
from dashboard.domain.schema import MEN, WOMEN
from dashboard.figures.chart_text import Chart, value_rows
from dashboard.figures.comparison_charts import label_room
from dashboard.figures.palette import GENDER_LINES
from dashboard.figures.style import VALUE_TICKS, escape_text, first_present, source_lines, styled_figure
from dashboard.i18n import area_label, text
from dashboard.i18n.formatting import format_gap, format_value


def gender_bars_chart(
    split: pd.DataFrame, title: str, lang: str = "sv", large: bool = False, narrow: bool = False
) -> Chart:
    """Paired horizontal bars, women above men, for the areas of `split` (area_gender_split's rows)."""
    unit = first_present(split["unit"])
    areas = list(dict.fromkeys(split["area"]))
    names = [area_label(area, lang) for area in areas]
    traces, rows, texts = [], [], []
    for gender in SPLIT:
        values = split[split["gender"] == gender].set_index("area")["outcome"].reindex(areas)
        written = [format_value(value, unit, lang) for value in values]
        texts += written
        name = text(f"filters.gender_{gender}", lang)
        rows += value_rows(name, names, list(values), unit, lang)
        style = GENDER_LINES[gender]
        traces.append(
            dict(
                type="bar",
                orientation="h",
                x=list(values),
                y=[escape_text(n) for n in names],
                name=name,
                text=written,
                textposition="outside",
                cliponaxis=False,
                marker=dict(
                    color=style["color"], pattern=dict(shape=style["pattern"], fgcolor="#FFFFFF", fillmode="overlay")
                ),
                hovertemplate=f"{escape_text(name)} · %{{y}}: %{{text}}<extra></extra>",
            )
        )
    low, high = min(0.0, float(split["outcome"].min())), max(0.0, float(split["outcome"].max()))
    room = label_room(names, texts, large, narrow)
    figure = styled_figure(
        traces,
        title,
        source_lines(split, lang),
        large=large,
        lang=lang,
        narrow=narrow,
        legend=[trace["name"] for trace in traces],
        height=max(180, (96 if large else 72) * len(areas)),
        x_title=bool(unit),
        xaxis=dict(title=unit or "", gridcolor="#E5E7EB", range=[low * room, high * room], tickformat=VALUE_TICKS),
        yaxis=dict(autorange="reversed"),
        y_labels=[escape_text(n) for n in names],
        barmode="group",
        bargap=0.3,
    )
    return Chart(figure, rows=rows)


def gender_summary(split: pd.DataFrame, lang: str = "sv") -> str:
    """The chart in a sentence: where women's and men's outcomes lie furthest apart, and by how much
    (women minus men, in the indicator's unit: percentage points for a share)."""
    unit = first_present(split["unit"])
    by_area = split.pivot_table(index="area", columns="gender", values="outcome", sort=False)
    difference = (by_area[WOMEN] - by_area[MEN]).abs()
    area = difference.idxmax()
    if difference[area] == 0:
        return text("chart.gender_summary_equal", lang, count=len(by_area))
    return text(
        "chart.gender_summary",
        lang,
        area=area_label(area, lang),
        difference=format_gap(by_area.loc[area, WOMEN] - by_area.loc[area, MEN], unit, lang),
        women=format_value(by_area.loc[area, WOMEN], unit, lang),
        men=format_value(by_area.loc[area, MEN], unit, lang),
    )
