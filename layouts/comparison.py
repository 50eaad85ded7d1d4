"""The comparison views: controls, the two charts, and the table of compared numbers.

`compare_part` is the presenter of the comparison section: nothing (not on screen) outside it."""

from __future__ import annotations

from dataclasses import replace

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.domain.statuses import Assessment
from dashboard.domain.values import is_missing
from dashboard.figures.view_charts import area_gender_chart, comparison
from dashboard.i18n import label, nothing_to_compare, text
from dashboard.i18n.formatting import POINTS, format_number, format_percent, format_value
from layouts import ids
from layouts.chart_block import chart_block
from layouts.controls import checklist_field, select_field
from layouts.graph_config import chart_file_name

VIEW_LINKS = (
    (None, "nav.overview"),
    ("table", "nav.table"),
    ("areas", "nav.areas"),
    ("municipalities", "nav.municipalities"),
)
COMPARE_OUTPUTS = {"results": (ids.COMPARE_RESULTS, "children"), "table": (ids.COMPARE_TABLE, "children")}
OVER_TIME_OUTPUTS = {"lines": (ids.COMPARE_OVER_TIME, "children")}
GENDER_OUTPUTS = {"split": (ids.COMPARE_GENDERS, "children")}


def compare_part(dataset, selection, settings) -> dict | None:
    """The comparison's chart for the year, its table and download link; None outside the comparisons.
    The chart over time is a part of its own (over_time_part): drawn in the same answer, the two
    charts kept the browser busy for over 200 ms in one task."""
    if not selection.compares:
        return None
    lang = selection.lang
    if selection.indicator is None or selection.year is None:
        message = nothing_to_compare(selection, lang)
        return {"results": html.P(message, className="empty-state alert alert-info"), "table": []}
    compared = comparison(dataset, selection, draw=("bars",))
    areas = selection.view == "areas"
    table = area_table(compared.chosen, lang) if areas else municipality_table(compared.table, lang)
    export = f"/export/compare.csv{export_query(selection)}"
    return {
        "results": chart_block(
            ids.COMPARE_BARS, compared.bars, chart_file_name(dataset, selection, "jamforelse"), lang
        ),
        "table": [
            table,
            html.A(
                text("compare.export", lang),
                id=ids.COMPARE_EXPORT,
                href=export,
                download="",
                className="btn btn-outline-primary btn-sm my-2 downloads",
            ),
        ],
    }


def over_time_part(dataset, selection, settings) -> dict | None:
    """The compared indicator over the years (the chart under the one for the year)."""
    if not selection.compares:
        return None
    if selection.indicator is None or selection.year is None:
        return {"lines": []}
    lines = comparison(dataset, selection, draw=("lines",)).lines
    name = chart_file_name(dataset, selection, "over-tid")
    return {"lines": chart_block(ids.COMPARE_LINES, lines, name, selection.lang)}


def gender_part(dataset, selection, settings) -> dict | None:
    """The compared districts' outcomes for women and men (under the chart for the year), when the
    data has both for the indicator; nothing otherwise."""
    if selection.view != "areas":
        return None
    if selection.indicator is None or selection.year is None:
        return {"split": []}
    chart = area_gender_chart(dataset, selection)
    if chart is None:
        return {"split": []}
    name = chart_file_name(dataset, selection, "kon")
    return {"split": chart_block(ids.COMPARE_GENDER_BARS, chart, name, selection.lang)}


def export_query(selection) -> str:
    """The page's table as a file: in the area view every indicator of the selection is listed."""
    return (replace(selection, indicator=None) if selection.view == "areas" else selection).to_query()


def compare_section(lang: str = "sv") -> html.Section:
    return html.Section(
        [
            dbc.Row(
                [
                    select_field(text("compare.indicator", lang), ids.COMPARE_INDICATOR, width=6, md=12),
                    checklist_field(
                        text("compare.areas", lang),
                        ids.COMPARE_AREAS,
                        class_name="only-areas",
                        hint=text("compare.areas_hint", lang),
                    ),
                    checklist_field(
                        text("compare.municipalities", lang),
                        ids.COMPARE_MUNICIPALITIES,
                        class_name="only-municipalities",
                    ),
                ],
                className="g-3 mb-2 compare-controls",
            ),
            html.Div(id=ids.COMPARE_RESULTS),
            html.Div(id=ids.COMPARE_GENDERS),
            html.Div(id=ids.COMPARE_OVER_TIME),
            html.Div(id=ids.COMPARE_TABLE),
        ],
        id=ids.COMPARE,
        className="only-compare",
        **{"aria-label": text("compare.region", lang)},
    )


def view_nav(active: str | None, href_for, lang: str = "sv") -> html.Nav:
    """Links between the overview and the comparisons, keeping the rest of the selection."""
    items = []
    for view, key in VIEW_LINKS:
        label = text(key, lang)
        shown = (
            [label, html.Span(text("nav.current", lang, label=""), className="visually-hidden")]
            if view == active
            else label
        )
        items.append(
            html.Li(
                dcc.Link(shown, href=href_for(view), className="nav-link" + (" active" if view == active else "")),
                className="nav-item",
            )
        )
    return html.Nav(
        html.Ul(items, className="nav nav-pills"), className="view-nav mb-3", **{"aria-label": text("nav.label", lang)}
    )


def area_table(table: pd.DataFrame, lang: str = "sv") -> html.Div:
    """Each area against the whole municipality, and against a target (its own or the municipality's)."""
    header = [
        text(key, lang)
        for key in (
            "table.indicator",
            "compare.area",
            "compare.outcome",
            "compare.whole",
            "compare.difference",
            "compare.assessment",
            "compare.target",
            "compare.gap",
        )
    ]
    missing = text("compare.missing", lang)
    body = []
    for _, row in table.iterrows():
        unit = None if is_missing(row["unit"]) else row["unit"]
        target = missing if is_missing(row["compared_target"]) else format_value(row["compared_target"], unit, lang)
        if not is_missing(row["compared_target"]) and not row["target_is_own"]:
            target += text("compare.own_target", lang)
        assessment = (
            missing
            if is_missing(row["assessment"]) or not row["assessment"]
            else label(Assessment(row["assessment"]), lang)
        )
        body.append(
            html.Tr(
                [
                    html.Td(row["indicator"]),
                    html.Th(row["area"], scope="row"),
                    html.Td(_value(row["outcome"], unit, lang), className="num"),
                    html.Td(_value(row["reference_outcome"], unit, lang), className="num"),
                    html.Td(_difference(row["difference"], row["relative_difference"], unit, lang), className="num"),
                    html.Td(assessment),
                    html.Td(target, className="num"),
                    html.Td(_value(row["gap"], unit, lang, signed=True), className="num"),
                ]
            )
        )
    return _table(header, body, text("compare.areas_caption", lang, year=int(table["year"].iloc[0])))


def municipality_table(table: pd.DataFrame, lang: str = "sv") -> html.Div:
    header = [
        text(key, lang)
        for key in ("compare.municipality", "compare.outcome", "compare.target", "compare.rank", "compare.quartile")
    ]
    missing = text("compare.missing", lang)
    body = []
    count = int(table["outcome"].notna().sum())
    ranked = table["rank"].notna().any()
    for _, row in table.iterrows():
        unit = None if is_missing(row["unit"]) else row["unit"]
        if not ranked:  # the data declares no direction: nothing is ranked, and the caption says why
            rank = "–"
        elif is_missing(row["rank"]):
            rank = missing
        else:
            rank = text("compare.rank_of", lang, rank=int(row["rank"]), count=count)
        quartile = "–"
        if not is_missing(row["quartile"]):
            number = int(row["quartile"])
            quartile = f"{number} ({text(f'quartile.{number}', lang)})"
        body.append(
            html.Tr(
                [
                    html.Th(row["municipality"], scope="row"),
                    html.Td(_value(row["outcome"], unit, lang), className="num"),
                    html.Td(_value(row["target"], unit, lang), className="num"),
                    html.Td(rank),
                    html.Td(quartile),
                ]
            )
        )
    caption = text("compare.municipalities_caption", lang, year=int(table["year"].iloc[0]))
    if not ranked and count:
        caption += " " + text("compare.not_ranked", lang)
    return _table(header, body, caption)


def _table(header: list[str], body: list, caption: str) -> html.Div:
    """The table, each cell naming its column for a phone, where the rows stack."""
    for row in body:
        for cell, name in zip(row.children, header):
            setattr(cell, "data-label", name)
    return html.Div(
        html.Table(
            [
                html.Caption(caption, className="caption-top fw-semibold"),
                html.Thead(html.Tr([html.Th(name, scope="col") for name in header])),
                html.Tbody(body),
            ],
            className="table table-sm align-middle compare-table stacked-on-phones",
        ),
        className="table-responsive",
    )


def _value(value, unit, lang: str, signed: bool = False) -> str:
    if is_missing(value):
        return text("compare.missing", lang)
    return format_number(value, signed=True, lang=lang) if signed else format_value(value, unit, lang)


def _difference(difference, relative, unit, lang: str) -> str:
    if is_missing(difference):
        return text("compare.missing", lang)
    shown = format_number(difference, signed=True, lang=lang) + (f"\u00a0{POINTS[lang]}" if unit == "%" else "")
    return shown if is_missing(relative) else f"{shown} ({format_percent(relative, signed=True, lang=lang)})"
