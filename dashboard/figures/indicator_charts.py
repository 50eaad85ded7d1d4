"""The overview's charts: the gap of every indicator against its target, and one indicator over time.

Each returns a Chart: the figure and its values as table rows, taken from the same lists the
traces are drawn from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from dashboard.analysis.references import Reference
from dashboard.domain.schema import TOTAL
from dashboard.domain.statuses import Status
from dashboard.domain.values import is_missing
from dashboard.figures import peer_marks
from dashboard.figures.chart_text import Chart, TableRow, value_rows
from dashboard.figures.palette import (
    GENDER_LINES,
    REFERENCE_COLOUR,
    STATUS_ICON,
    STATUS_MARK_COLOUR,
    TARGET_COLOUR,
)
from dashboard.figures.style import (
    VALUE_TICKS,
    empty_figure,
    escape_text,
    first_present,
    processing_line,
    source_lines,
    styled_figure,
    value_labels,
    wrap,
    year_axis,
)
from dashboard.i18n import status_label, text
from dashboard.i18n.formatting import format_gap, format_percent, format_value

# a phone's gap chart: about this many pixels of plot, and of each character of a bar's label
NARROW_PLOT_PX = 330
GAP_LABEL_CHAR_PX = 8


def gap_chart(table: pd.DataFrame, title: str, large: bool = False, lang: str = "sv", narrow: bool = False) -> Chart:
    """Diverging bars of relative gap per indicator: right of zero is met, left is short. Each
    indicator's name stands above its bar when narrow, beside it otherwise."""
    bars = table[table["relative_gap"].notna()].sort_values("relative_gap", ascending=True)
    if bars.empty:
        return Chart(empty_figure(text("chart.no_gap_bars", lang)))
    name_width = 40 if narrow else 42
    labels = [wrap(indicator, name_width) for indicator in bars["indicator"]]
    traces, rows, legend = [], [], []
    for status in Status:
        group = bars[bars["status"] == status]
        if group.empty:
            continue
        name = f"{STATUS_ICON[status]} {status_label(status, lang)}"
        legend.append(name)
        rows += [
            TableRow(name, indicator, format_percent(gap, signed=True, lang=lang))
            for indicator, gap in zip(group["indicator"], group["relative_gap"])
        ]
        traces.append(
            dict(
                type="bar",
                x=(group["relative_gap"] * 100).round(2).tolist(),
                y=[wrap(indicator, name_width) for indicator in group["indicator"]],
                orientation="h",
                name=name,
                marker=dict(color=STATUS_MARK_COLOUR[status], line=dict(color="#1A1A1A", width=0.5)),
                text=[
                    f"{STATUS_ICON[status]} {format_percent(v, signed=True, lang=lang)}" for v in group["relative_gap"]
                ],
                textposition="outside",
                cliponaxis=False,
                customdata=[_bar_hover(row, lang) for row in group.itertuples()],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    x_range = _gap_range(bars["relative_gap"] * 100, narrow, large, lang)
    missing = table[table["relative_gap"].isna()]
    statuses = ", ".join(sorted(status_label(status, lang) for status in set(missing["status"])))
    notes = [text("chart.without_bar", lang, count=len(missing), statuses=statuses)] if not missing.empty else []
    # the target line is named inside the plot, in a slot above the top bar (above it, the legend);
    # on a phone each bar's name takes that place, and the axis title says what zero is
    goal_line_label = dict(
        x=0,
        y=1,
        xref="x",
        yref="paper",
        yanchor="top",
        text=text("chart.target_marker", lang),
        bgcolor="white",
        showarrow=False,
        font=dict(size=13),
    )
    room_above = 0.9 if narrow else 0.6
    name_lines = max(label.count("<br>") + 1 for label in labels)
    # room for the bar and, above it (narrow) or beside it, every line of its name
    per_bar = (84 if large else 56) + 18 * name_lines if narrow else max(84 if large else 56, 20 * name_lines + 6)
    names_above = (
        [
            dict(
                x=0,
                xref="paper",
                xanchor="left",
                y=label,
                yref="y",
                yanchor="bottom",
                yshift=per_bar * 0.22,
                text=label,
                showarrow=False,
                align="left",
                font=dict(size=13),
            )
            for label in labels
        ]
        if narrow
        else []
    )
    figure = styled_figure(
        traces,
        title,
        [processing_line(bars, lang, dated=True)] + notes,  # the bars are computed gaps
        large=large,
        lang=lang,
        narrow=narrow,
        legend=legend,
        annotations=names_above if narrow else [goal_line_label],
        y_labels=[] if narrow else labels,
        barmode="overlay",
        height=max(160, round(per_bar * (len(bars) + room_above))),
        bargap=0.55 if narrow else 0.25,
        xaxis=dict(
            # in meeting type a phone's plot is narrower than the title: the page's size there
            title=dict(text=text("chart.gap_axis", lang), font=dict(size=15) if narrow and large else None),
            range=x_range,
            ticksuffix=" %",
            tickformat=VALUE_TICKS,
            zeroline=True,
            zerolinecolor="#1A1A1A",
            zerolinewidth=2,
            gridcolor="#E5E7EB",
        ),
        yaxis=dict(
            categoryorder="array",
            categoryarray=labels,
            range=[-0.6, len(labels) - 0.4 + room_above],
            showticklabels=not narrow,
        ),
    )
    return Chart(figure, rows=rows)


def indicator_chart(
    series: pd.DataFrame,
    title: str,
    subtitle: str = "",
    gap_row: Mapping | None = None,
    reference: pd.DataFrame | None = None,
    reference_name: str = "",
    large: bool = False,
    lang: str = "sv",
    narrow: bool = False,
    peers: Sequence[Reference] = (),
    gender: str = TOTAL,
    other_genders: Sequence[tuple[str, pd.DataFrame]] = (),
) -> Chart:
    """Outcome over the years, targets as diamonds, and the gap at the follow-up year annotated;
    `peers` is the reference of other municipalities per year (a band and a dotted median).
    `gender` is whose outcome the series is (its line is named so unless the total), and
    `other_genders` the other genders' outcomes, drawn as thinner lines beside it."""
    outcomes = series[series["outcome"].notna()]
    targets = series[series["target"].notna()]
    if outcomes.empty and targets.empty:
        return Chart(empty_figure(text("chart.no_series", lang)))
    unit = first_present(series["unit"])
    others = [rows_of.loc[rows_of["outcome"].notna(), "year"] for _, rows_of in other_genders]
    years = pd.concat([outcomes["year"], targets["year"], *others]).astype(int)
    peers = [ref for ref in peers if years.min() <= ref.year <= years.max()]
    traces, rows = peer_marks.year_traces(peers, unit, lang)
    drawn = [series]
    sides = []  # (outcomes, name, line, marker): the whole municipality, then the other genders
    if reference is not None:
        line = dict(color=REFERENCE_COLOUR, dash="dash", width=2)
        sides.append((reference, text("chart.outcome_of", lang, name=reference_name), line, {}))
    for other, rows_of in other_genders:
        style = GENDER_LINES[other]
        line = dict(color=style["color"], dash=style["dash"], width=2)
        marker = dict(symbol=style["symbol"], size=9, color=style["color"], line=dict(width=2))
        sides.append((rows_of, _outcome_name(other, True, lang), line, marker))
    split = False
    for frame, name, line, marker in sides:
        shown = frame[frame["outcome"].notna()]
        if shown.empty:
            continue
        split |= frame is not reference
        drawn.append(shown)
        years_of, values = shown["year"].astype(int), shown["outcome"]
        rows += value_rows(name, years_of, values, unit, lang)
        traces.append(
            dict(
                type="scatter",
                x=years_of.tolist(),
                y=values.tolist(),
                name=name,
                mode="lines+markers",
                line=line,
                marker=marker,
                customdata=[format_value(v, unit, lang) for v in values],
                hovertemplate=escape_text(name) + " %{x}: %{customdata}<extra></extra>",
            )
        )
    outcome_name = _outcome_name(gender, split, lang)
    rows += value_rows(outcome_name, outcomes["year"].astype(int), outcomes["outcome"], unit, lang)
    labels = [format_value(v, unit, lang) for v in outcomes["outcome"]]
    rows += value_rows(text("chart.target", lang), targets["year"].astype(int), targets["target"], unit, lang)
    traces.append(
        dict(
            type="scatter",
            x=outcomes["year"].astype(int).tolist(),
            y=outcomes["outcome"].tolist(),
            name=outcome_name,
            legendrank=1,  # first in the legend, whatever is drawn under it
            mode="lines+markers+text",
            line=dict(color=GENDER_LINES[gender]["color"], width=3),  # women keep their colour in their own view
            marker=dict(size=9),
            # on a phone only the latest outcome is written (neighbouring years' numbers ran into each
            # other), toward the plot's inside; the others are in the hover and the data table
            text=labels if not narrow else [""] * (len(labels) - 1) + labels[-1:],
            textposition="top left" if narrow else "top center",
            customdata=labels,
            hovertemplate=escape_text(outcome_name) + " %{x}: %{customdata}<extra></extra>",
        )
    )
    traces.append(
        dict(
            type="scatter",
            x=targets["year"].astype(int).tolist(),
            y=targets["target"].tolist(),
            name=text("chart.target", lang),
            mode="markers+text",
            marker=dict(symbol="diamond-open", size=14, color=TARGET_COLOUR, line=dict(width=2.5)),
            text=[text("chart.target_value", lang, value=format_value(v, unit, lang)) for v in targets["target"]],
            textposition="middle left" if narrow else "middle right",
            hovertemplate=text("chart.target", lang) + " %{x}: %{text}<extra></extra>",
        )
    )
    shapes, annotations = _gap_marks(gap_row, unit, lang, large) if gap_row is not None else ([], [])
    if narrow and annotations:  # no room beside the bracket on a phone: the gap is said under the title
        subtitle = f"{subtitle} · {annotations[0]['text']}" if subtitle else annotations[0]["text"]
        annotations = []
    shown = [series["outcome"], series["target"], pd.Series(peer_marks.span(peers), dtype="float64")]
    if reference is not None:
        shown.append(reference.loc[reference["year"].between(years.min(), years.max()), "outcome"])
    shown += [rows_of["outcome"] for _, rows_of in other_genders]
    y_range = _padded_range(pd.concat(shown))
    figure = styled_figure(
        traces,
        title,
        source_lines(pd.concat(drawn, ignore_index=True), lang)
        + ([processing_line(pd.concat(drawn, ignore_index=True), lang)] if gap_row is not None else []),
        subtitle,
        large,
        lang=lang,
        narrow=narrow,
        legend=[trace["name"] for trace in traces],
        annotations=annotations,
        shapes=shapes,
        height=(420 if large else 340) if not narrow else 300,
        xaxis=dict(
            **year_axis(years.min(), years.max(), lang, narrow, large),
            range=[years.min() - 0.5, years.max() + 0.5],
        ),
        yaxis=dict(title=unit or "", gridcolor="#E5E7EB", range=y_range, tickformat=VALUE_TICKS),
        y_labels=value_labels(y_range, lang),
        y_title=bool(unit),
    )
    return Chart(figure, rows=rows)


def _outcome_name(gender: str, split: bool, lang: str) -> str:
    """'Utfall', or beside other genders' lines whose outcome: 'Utfall, kvinnor', 'Utfall, alla'."""
    if gender == TOTAL and not split:
        return text("chart.outcome", lang)
    return text("chart.outcome_whose", lang, who=text(f"gender.{gender}", lang))


def _gap_marks(row: Mapping, unit: str | None, lang: str = "sv", large: bool = False) -> tuple[list[dict], list[dict]]:
    """The follow-up year's gap (a scorecard row) as shapes and a label: a bracket from the outcome
    used to the target."""
    if is_missing(row["gap"]):
        return [], []
    year, outcome_year = int(row["year"]), int(row["outcome_year"])
    colour = STATUS_MARK_COLOUR[row["status"]]
    shapes = []
    if outcome_year != year:  # carry the latest outcome forward to the follow-up year
        shapes.append(
            dict(
                type="line",
                x0=outcome_year,
                x1=year,
                y0=float(row["outcome"]),
                y1=float(row["outcome"]),
                line=dict(color=colour, width=1.5, dash="dot"),
            )
        )
    shapes.append(
        dict(
            type="line",
            x0=year,
            x1=year,
            y0=float(row["outcome"]),
            y1=float(row["target"]),
            line=dict(color=colour, width=3, dash="dot"),
        )
    )
    from_year = "" if outcome_year == year else text("chart.gap_note_year", lang, year=outcome_year)
    return shapes, [
        dict(
            x=year,
            y=(float(row["outcome"]) + float(row["target"])) / 2,
            xanchor="right",
            xshift=-12,
            showarrow=False,
            font=dict(color="#1A1A1A", size=20 if large else 14),  # the meeting screen: the back row reads it
            bgcolor="rgba(255,255,255,0.85)",
            text=text(
                "chart.gap_note",
                lang,
                icon=STATUS_ICON[row["status"]],
                status=status_label(row["status"], lang),
                year=year,
                gap=format_gap(row["gap"], unit, lang),
                note=from_year,
            ),
        )
    ]


def _gap_range(gaps: pd.Series, narrow: bool, large: bool, lang: str) -> list[float]:
    """The x range of the gap bars: each side as long as its longest bar plus the value written past
    its end ("✗ −13,3 %"), so the label stays in the plot instead of running into the names beside
    it. A side without bars keeps a sliver past zero (most follow-ups have more short than long)."""
    label = max(len(format_percent(v / 100, signed=True, lang=lang)) + 2 for v in gaps)
    # the plot's narrowest width in each layout (wide: the names take the left part of a 1024 px
    # screen), and a label character in the page's type or the meeting screen's larger one
    plot_px = NARROW_PLOT_PX if narrow else 380
    char_px = GAP_LABEL_CHAR_PX * (1.4 if large else 1)
    share = (char_px * label + 12) / plot_px  # of the span, per labelled side
    short, long = float(max(0.0, -gaps.min())), float(max(0.0, gaps.max()))
    sides = (short > 0) + (long > 0)
    span = max(10.0, (short + long) / max(0.2, 1 - sides * share - (2 - sides) * 0.06))
    low = -(short + share * span) if short > 0 else -0.06 * span
    high = long + share * span if long > 0 else 0.06 * span
    return [low, high]


def _padded_range(values: pd.Series) -> list[float]:
    """Room above and below every drawn value for their labels."""
    values = values.dropna()
    low, high = float(values.min()), float(values.max())
    pad = (high - low) * 0.18 or max(abs(high) * 0.1, 1.0)
    return [low - pad, high + pad]


def _bar_hover(row, lang: str = "sv") -> str:
    unit = None if is_missing(row.unit) else row.unit
    year_note = "" if is_missing(row.outcome_year) or row.outcome_year == row.year else f" ({row.outcome_year})"
    lines = [
        text("chart.hover_outcome", lang, note=year_note, value=format_value(row.outcome, unit, lang)),
        text("chart.hover_target", lang, year=row.year, value=format_value(row.target, unit, lang)),
        text(
            "chart.hover_gap",
            lang,
            gap=format_gap(row.gap, unit, lang),
            relative=format_percent(row.relative_gap, signed=True, lang=lang),
        ),
        status_label(row.status, lang),
    ]
    return f"<b>{escape_text(row.indicator)}</b><br>" + "<br>".join(lines)
