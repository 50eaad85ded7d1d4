"""Draw the view for the selection in the store: overview, table, charts, detail, download links."""
from __future__ import annotations

from dataclasses import replace

from dash import Input, Output, State
from dash.exceptions import PreventUpdate

from dashboard.figures.view_charts import gap_chart, indicator_detail
from dashboard.figures.style import empty_figure
from dashboard.analysis.gaps import status_counts
from dashboard.analysis.goal_areas import goal_area_summaries
from dashboard.analysis.report import scorecard, selected_rows, series_by_indicator
from dashboard.exports.names import file_stem
from dashboard.figures.chart_text import gap_summary, indicator_summary
from dashboard.i18n import area_label, text
from dashboard.analysis.selection import Selection
from dashboard.data.uploads import session_dataset
from callbacks.compare_views import compare_outputs
from layouts import ids
from layouts.chart_block import chart_tables
from layouts.comparison import view_nav
from layouts.graph_config import graph_config
from layouts.detail import detail_body
from layouts.overview import overview_cards
from layouts.scorecard import no_data_message, scorecard_table, status_summary

def _text_alternatives(graph: str) -> tuple:
    """A chart's one-sentence summary and its data table (layouts/chart_text.py)."""
    return (ids.CHART_SUMMARY.format(graph), "children"), (ids.CHART_TABLE.format(graph), "children")


# Four callbacks draw a selection, each the part of the page it owns, so the browser asks for
# them at once and gunicorn's workers draw them side by side; the dialog and the comparisons
# answer without drawing when they are not on screen.
PARTS = {
    "overview": ((ids.HEADING, "children"), (ids.STATUS_SUMMARY, "children"), (ids.OVERVIEW, "children"),
                 (ids.LIVE, "children"), (ids.NAV, "children"), (ids.ROOT, "className"), (ids.EXPORT_CSV, "href"),
                 (ids.EXPORT_XLSX, "href"), (ids.EXPORT_PPTX, "href"), *((graph, "config") for graph in ids.GRAPHS)),
    "table": ((ids.SCORECARD, "children"), (ids.GAP_CHART, "figure"), *_text_alternatives(ids.GAP_CHART)),
    "detail": ((ids.DETAIL_TITLE, "children"), (ids.DETAIL_BODY, "children"), (ids.INDICATOR_CHART, "figure"),
               *_text_alternatives(ids.INDICATOR_CHART)),
    "compare": ((ids.COMPARE_BARS, "figure"), (ids.COMPARE_LINES, "figure"), (ids.COMPARE_TABLE, "children"),
                (ids.COMPARE_EXPORT, "href"), *_text_alternatives(ids.COMPARE_BARS),
                *_text_alternatives(ids.COMPARE_LINES)),
}
VIEW_OUTPUTS = tuple(output for outputs in PARTS.values() for output in outputs)
NO_DETAIL = {ids.DETAIL_TITLE: "", ids.DETAIL_BODY: [], ids.INDICATOR_CHART: empty_figure(""),
             ids.CHART_SUMMARY.format(ids.INDICATOR_CHART): ""}


def register(app, source, settings) -> None:
    drawers = {"overview": overview_outputs, "table": table_outputs, "detail": detail_outputs,
               "compare": lambda dataset, selection, _settings: compare_outputs(dataset, selection)}
    for part, outputs in PARTS.items():
        _register_part(app, source, settings, outputs, drawers[part])


def _register_part(app, source, settings, outputs, draw) -> None:
    @app.callback(*(Output(component, prop) for component, prop in outputs), Input(ids.SELECTION, "data"),
                  State(ids.SESSION_DATA, "data"))
    def draw_part(stored, uploads):
        selection = Selection.from_store(stored)
        view = draw(session_dataset(source.current(), uploads), selection, settings)
        if view is None:  # not on screen: what it showed last stays, hidden
            raise PreventUpdate
        view.update(chart_tables(view, selection.lang))
        return [view.get((component, prop), view.get(component)) for component, prop in outputs]


def view_outputs(dataset, selection: Selection, settings) -> dict:
    """Everything the view shows for one normalized selection, by component id (or (id, prop))."""
    return {**overview_outputs(dataset, selection, settings), **table_outputs(dataset, selection, settings),
            **(detail_outputs(dataset, selection, settings) or NO_DETAIL),
            **compare_outputs(dataset, selection, hidden_as_empty=True)}


def overview_outputs(dataset, selection: Selection, settings) -> dict:
    """Heading, status counts, goal-area cards, announcement, navigation and download links."""
    query, lang = selection.to_query(), selection.lang
    classes = [f"view-{selection.view or 'overview'}"] + (["meeting-mode"] if selection.meeting else [])
    view = {ids.EXPORT_CSV: f"/export/gaps.csv{query}", ids.EXPORT_XLSX: f"/export/gaps.xlsx{query}",
            ids.EXPORT_PPTX: f"/export/slides.pptx{query}", **image_names(dataset, selection),
            ids.ROOT: " ".join(classes), ids.STATUS_SUMMARY: [], ids.OVERVIEW: [],
            ids.NAV: view_nav(selection.view, lambda target: _view_href(selection, target), lang)}
    if selection.view is not None:
        return {**view, **_compare_heading(selection)}
    if selection.municipality is None:
        message = text("view.no_data", lang)
        return {**view, ids.HEADING: message, ids.LIVE: message}

    table = scorecard(dataset, selection, settings)
    view[ids.HEADING] = " · ".join(str(part) for part in (selection.municipality, area_label(selection.area, lang),
                                                          selection.goal_area or text("filters.all_goal_areas", lang),
                                                          selection.year) if part)
    view[ids.LIVE] = text("view.live", lang, count=len(table), year=selection.year,
                          goal_area=selection.goal_area or text("view.live_all", lang))
    summaries = goal_area_summaries(table, dataset.goals(selection.municipality), selection.goal_area)
    series = series_by_indicator(selected_rows(dataset, selection), selection.year)
    view[ids.OVERVIEW] = overview_cards(summaries, series, lambda key: _indicator_href(selection, key), lang)
    if not table.empty:
        view[ids.STATUS_SUMMARY] = status_summary(status_counts(table), lang)
    return view


def table_outputs(dataset, selection: Selection, settings) -> dict:
    """The scorecard table and the gap chart (blank in the comparisons, where they are hidden)."""
    lang = selection.lang
    if selection.view is not None:
        return {ids.SCORECARD: None, ids.GAP_CHART: empty_figure("")}
    if selection.municipality is None:
        return {ids.SCORECARD: None, ids.GAP_CHART: empty_figure(text("view.no_data", lang))}
    table = scorecard(dataset, selection, settings)
    if table.empty:
        return {ids.SCORECARD: no_data_message(selection),
                ids.GAP_CHART: empty_figure(text("view.empty_selection", lang))}
    return {ids.SCORECARD: scorecard_table(table, lambda key: _indicator_href(selection, key), lang),
            ids.GAP_CHART: gap_chart(table, selection),
            ids.CHART_SUMMARY.format(ids.GAP_CHART): gap_summary(table, selection.year, lang)}


def detail_outputs(dataset, selection: Selection, settings) -> dict | None:
    """The indicator dialog's title, text and chart; None when no indicator is open."""
    if selection.view is not None or selection.indicator is None or selection.municipality is None:
        return None
    table = scorecard(dataset, selection, settings)
    detail = indicator_detail(dataset, selection, table, settings)
    if detail is None:
        return dict(NO_DETAIL)
    return {ids.DETAIL_TITLE: detail.name, ids.INDICATOR_CHART: detail.figure,
            ids.DETAIL_BODY: detail_body(detail.row, detail.progress, detail.direction, detail.unit, selection.lang),
            ids.CHART_SUMMARY.format(ids.INDICATOR_CHART): indicator_summary(detail.row, selection.lang)}


def _indicator_href(selection: Selection, indicator_key: str) -> str:
    return replace(selection, indicator=indicator_key).to_query()


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
    return {(graph, "config"): graph_config(name, selection.lang) for graph, name in names.items()}


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
