"""Draw the view for the selection in the store: overview, table, charts, detail, download links."""
from __future__ import annotations

from dataclasses import replace

from dash import Input, Output, State

from dashboard.charts import gap_chart, indicator_detail
from dashboard.figures import empty_figure
from dashboard.gaps import status_counts
from dashboard.overview import goal_area_summaries
from dashboard.report import scorecard, selected_rows, series_by_indicator
from dashboard.formatting import file_stem
from dashboard.chart_text import gap_summary, indicator_summary
from dashboard.i18n import area_label, text
from dashboard.selection import Selection
from dashboard.session import session_dataset
from callbacks.compare_views import compare_outputs
from layouts import ids
from layouts.chart_text import chart_tables
from layouts.compare import view_nav
from layouts.layout_config import graph_config
from layouts.detail import detail_body
from layouts.overview import overview_cards
from layouts.scorecard import no_data_message, scorecard_table, status_summary

VIEW_OUTPUTS = (
    (ids.HEADING, "children"), (ids.STATUS_SUMMARY, "children"), (ids.OVERVIEW, "children"),
    (ids.SCORECARD, "children"), (ids.GAP_CHART, "figure"), (ids.DETAIL_TITLE, "children"),
    (ids.DETAIL_BODY, "children"), (ids.INDICATOR_CHART, "figure"), (ids.EXPORT_CSV, "href"),
    (ids.EXPORT_XLSX, "href"), (ids.ROOT, "className"), (ids.LIVE, "children"), (ids.NAV, "children"),
    (ids.COMPARE_BARS, "figure"), (ids.COMPARE_LINES, "figure"), (ids.COMPARE_TABLE, "children"),
    (ids.COMPARE_EXPORT, "href"), (ids.EXPORT_PPTX, "href"),
    *((graph, "config") for graph in ids.GRAPHS),
    *((ids.CHART_SUMMARY.format(graph), "children") for graph in ids.GRAPHS),
    *((ids.CHART_TABLE.format(graph), "children") for graph in ids.GRAPHS),
)


def register(app, source, settings) -> None:
    @app.callback(*(Output(component, prop) for component, prop in VIEW_OUTPUTS), Input(ids.SELECTION, "data"),
                  State(ids.SESSION_DATA, "data"))
    def draw_view(stored, uploads):
        selection = Selection.from_store(stored)
        view = view_outputs(session_dataset(source.current(), uploads), selection, settings)
        view.update(chart_tables(view, selection.lang))
        return [view.get((component, prop), view.get(component)) for component, prop in VIEW_OUTPUTS]


def view_outputs(dataset, selection: Selection, settings) -> dict:
    """Everything the view shows for one normalized selection, by component id."""
    query, lang = selection.to_query(), selection.lang
    classes = [f"view-{selection.view or 'overview'}"] + (["meeting-mode"] if selection.meeting else [])
    view = {ids.EXPORT_CSV: f"/export/gaps.csv{query}", ids.EXPORT_XLSX: f"/export/gaps.xlsx{query}",
            ids.EXPORT_PPTX: f"/export/slides.pptx{query}", **image_names(dataset, selection),
            ids.ROOT: " ".join(classes), ids.DETAIL_TITLE: "", ids.DETAIL_BODY: [],
            ids.INDICATOR_CHART: empty_figure(""), ids.STATUS_SUMMARY: [], ids.OVERVIEW: [],
            ids.NAV: view_nav(selection.view, lambda target: _view_href(selection, target), lang),
            **compare_outputs(dataset, selection)}
    if selection.view is not None:
        return {**view, **_compare_heading(selection), ids.SCORECARD: None, ids.GAP_CHART: empty_figure("")}
    if selection.municipality is None:
        message = text("view.no_data", lang)
        return {**view, ids.HEADING: message, ids.SCORECARD: None, ids.GAP_CHART: empty_figure(message),
                ids.LIVE: message}

    table = scorecard(dataset, selection, settings)
    heading = " · ".join(str(part) for part in (selection.municipality, area_label(selection.area, lang),
                                                 selection.goal_area or text("filters.all_goal_areas", lang),
                                                 selection.year) if part)
    view[ids.HEADING] = heading
    view[ids.LIVE] = text("view.live", lang, count=len(table), year=selection.year,
                          goal_area=selection.goal_area or text("view.live_all", lang))

    def href_for(indicator_key: str) -> str:
        return replace(selection, indicator=indicator_key).to_query()

    summaries = goal_area_summaries(table, dataset.goals(selection.municipality), selection.goal_area)
    series = series_by_indicator(selected_rows(dataset, selection), selection.year)
    view[ids.OVERVIEW] = overview_cards(summaries, series, href_for, lang)
    if table.empty:
        message = text("view.empty_selection", lang)
        return {**view, ids.SCORECARD: no_data_message(selection), ids.GAP_CHART: empty_figure(message)}

    view[ids.STATUS_SUMMARY] = status_summary(status_counts(table), lang)
    view[ids.SCORECARD] = scorecard_table(table, href_for, lang)
    view[ids.GAP_CHART] = gap_chart(table, selection)
    view[ids.CHART_SUMMARY.format(ids.GAP_CHART)] = gap_summary(table, selection.year, lang)
    if selection.indicator is not None:
        view.update(_detail(dataset, selection, table, settings))
    return view


def image_names(dataset, selection: Selection) -> dict:
    """Each chart's export file name: what it shows and the year, e.g. malbild_personer-som-en-…_2020."""
    subject = selection.indicator or selection.goal_area or "alla-malomraden"
    if selection.indicator and selection.municipality:
        names = dataset.resolved(selection.municipality, selection.as_of_date)
        match = names.loc[names["indicator_key"] == selection.indicator, "indicator"]
        subject = match.iloc[-1] if not match.empty else subject
    parts = ("malbild", selection.municipality, subject, selection.year)
    stem = file_stem(*parts)
    names = {ids.GAP_CHART: f"{stem}_avvikelser", ids.INDICATOR_CHART: stem, ids.COMPARE_BARS: f"{stem}_jamforelse",
             ids.COMPARE_LINES: f"{stem}_over-tid"}
    return {(graph, "config"): graph_config(name) for graph, name in names.items()}


def _view_href(selection: Selection, view: str | None) -> str:
    """The same municipality, year and goal area in another view; lists and indicator start afresh."""
    return replace(selection, view=view, indicator=None, areas=(), municipalities=()).to_query() or "?"


def _compare_heading(selection: Selection) -> dict:
    lang = selection.lang
    if selection.view == "areas":
        heading = text("view.areas_heading", lang, municipality=selection.municipality, year=selection.year or "")
        live = text("view.areas_live", lang, municipality=selection.municipality, year=selection.year)
    else:
        heading = text("view.municipalities_heading", lang, year=selection.year or "")
        live = text("view.municipalities_live", lang, count=len(selection.municipalities), year=selection.year)
    return {ids.HEADING: heading.rstrip(" ·"), ids.LIVE: live}


def _detail(dataset, selection: Selection, table, settings) -> dict:
    detail = indicator_detail(dataset, selection, table, settings)
    if detail is None:
        return {}
    return {ids.DETAIL_TITLE: detail.name, ids.INDICATOR_CHART: detail.figure,
            ids.DETAIL_BODY: detail_body(detail.row, detail.progress, detail.direction, detail.unit, selection.lang),
            ids.CHART_SUMMARY.format(ids.INDICATOR_CHART): indicator_summary(detail.row, selection.lang)}
