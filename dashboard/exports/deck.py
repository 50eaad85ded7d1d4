"""The view as a PowerPoint deck for a meeting: title, status summary, one slide per indicator.

Built from the same scorecard and series as the page (dashboard.analysis.report), so the slides show the
page's numbers. Charts are native PowerPoint charts, so they stay editable in the meeting room;
numbers written as text use the format of the selection's language (dashboard.i18n.formatting), and
every word of the deck comes from the catalogue (dashboard/i18n).
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pandas as pd
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt

from dashboard.analysis.references import Reference, reference_series
from dashboard.analysis.report import indicator_series, scorecard
from dashboard.analysis.selection import Selection
from dashboard.data.dataset import Dataset
from dashboard.data.writers import neutralise
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from dashboard.domain.statuses import Fulfilment
from dashboard.domain.values import is_missing
from dashboard.exports.deck_summary import summary_slide
from dashboard.exports.scorecard_rows import ScorecardRow, scorecard_rows
from dashboard.exports.slide_text import GREY, describe, rgb, textbox, write
from dashboard.figures.chart_text import indicator_summary
from dashboard.figures.palette import OUTCOME_COLOUR, STATUS_TEXT_COLOUR, TARGET_COLOUR
from dashboard.figures.peer_marks import MIN_FOR_MEDIAN, PEER_COLOUR, peer_name
from dashboard.followup.markdown_subset import parse, plain
from dashboard.i18n import area_label, long_date, text, whose
from dashboard.i18n import label as label_of
from dashboard.i18n.formatting import MISSING, NBSP, format_date
from dashboard.settings import Settings

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.5)
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5  # in python-pptx's default template
# Text starting with these could be read as a formula if a cell is copied into a spreadsheet.
ANALYSIS_ON_SLIDE = 900  # characters of an analysis that fit a slide at 20 pt


def safe_text(value):
    """Text from data with a leading apostrophe when it could be taken for a formula; numbers and
    other non-text values are returned as they are."""
    return neutralise(value) if isinstance(value, str) else value


def build_deck(
    dataset: Dataset,
    selection: Selection,
    settings: Settings,
    today: date | None = None,
    approved: dict | None = None,
    with_untargeted: bool = False,
) -> bytes:
    """The .pptx bytes for a normalized selection: title, summary, the approved analyses and
    assessments (`approved`, by goal area and goal) and one slide per indicator in the scorecard's
    order; only a title and a notice when there is nothing to show."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    full = scorecard(dataset, selection, settings)
    # indicators without a target for the year get no slide of their own unless asked for (the
    # overview's split: a missing target, whatever the status says first)
    table = full if with_untargeted else full[full["target"].notna()]
    lang = selection.lang
    _title_slide(deck, selection, today or date.today())
    if table.empty:
        _text_slide(deck, text("deck.no_indicators_title", lang), [text("deck.no_indicators", lang)])
    else:
        slide = _titled_slide(deck, text("deck.summary", lang))
        left_out = 0 if with_untargeted else len(full) - len(table)
        summary_slide(slide, full, selection.year, left_out, lang, WIDTH, MARGIN)
        for (goal_area, goal), version in sorted((approved or {}).items()):
            if selection.goal_area in (None, goal_area):
                _assessment_slide(deck, goal_area, goal, version, lang)
        for row, shown in zip(table.itertuples(index=False), scorecard_rows(table, lang)):
            series = indicator_series(dataset, replace(selection, indicator=row.indicator_key))
            peers = (
                reference_series(dataset, row.indicator_key, selection.peers, selection.as_of_date)
                if selection.peers
                else []
            )
            _indicator_slide(deck, row, shown, series, selection.year, lang, peers)
    for slide in list(deck.slides)[1:]:
        _place_line(slide, selection, lang)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _title_slide(deck, selection: Selection, today: date) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_LAYOUT])
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    _place(title, MARGIN, Inches(1.6), WIDTH - 2 * MARGIN, Inches(1.5))
    _place(subtitle, MARGIN, Inches(3.3), WIDTH - 2 * MARGIN, Inches(3.2))
    title.text_frame.text = "Målbild"
    lang = selection.lang
    place = [selection.municipality]
    if selection.area not in (None, WHOLE_MUNICIPALITY):
        place.append(selection.area)
    place.append(whose(selection, lang))
    lines = [
        safe_text(" · ".join(str(part) for part in place if part)),
        safe_text(selection.goal_area) if selection.goal_area else text("filters.all_goal_areas", lang),
    ]
    if selection.year is not None:
        lines.append(text("deck.year", lang, year=selection.year))
    if selection.as_of:
        lines.append(text("deck.as_of", lang, date=long_date(pd.Timestamp(selection.as_of), lang)))
    lines.append(text("deck.created", lang, date=long_date(today, lang)))
    write(subtitle.text_frame, [[(line, None)] for line in lines if line], Pt(22))


def _assessment_slide(deck, goal_area: str, goal: str, version, lang: str) -> None:
    """A goal's (or goal area's) approved assessment and analysis, as plain text; a long analysis is
    cut on the slide (the whole text is in goals.csv and on the page)."""
    slide = _titled_slide(deck, goal or goal_area)
    lines = []
    if goal:
        lines.append([(safe_text(goal_area), GREY)])
    if version.assessment:
        assessment = label_of(Fulfilment(version.assessment), lang)
        lines.append([(text("followup.assessment", lang) + ": ", None), (assessment, None)])
    analysis = plain(parse(version.analysis))
    if len(analysis) > ANALYSIS_ON_SLIDE:
        analysis = analysis[:ANALYSIS_ON_SLIDE].rsplit(" ", 1)[0] + " …"
    lines.extend([[(safe_text(line), None)] for line in analysis.splitlines() if line.strip()])
    lines.append(
        [(text("deck.approved", lang, version=version.number, date=long_date(version.created_at, lang)), GREY)]
    )
    box = textbox(slide, MARGIN, Inches(1.6), WIDTH - 2 * MARGIN, Inches(5.4))
    write(box.text_frame, lines, Pt(20))
    if version.assessment:
        box.text_frame.paragraphs[1 if goal else 0].runs[1].font.bold = True


def _place_line(slide, selection: Selection, lang: str) -> None:
    """'Borås · Hela kommunen · Uppföljningsår 2020' at the foot of a slide: every slide lifted into
    another deck still says what it is about."""
    parts = [selection.municipality, area_label(selection.area or WHOLE_MUNICIPALITY, lang)]
    if selection.year is not None:
        parts.append(text("deck.year", lang, year=selection.year))
    parts.append(whose(selection, lang))
    box = textbox(slide, MARGIN, Inches(7.05), WIDTH - 2 * MARGIN, Inches(0.35))
    write(box.text_frame, [[(safe_text(" · ".join(str(part) for part in parts if part)), GREY)]], Pt(11))


def _indicator_slide(
    deck, row, shown_row: ScorecardRow, series: pd.DataFrame, year: int, lang: str, peers: list[Reference]
) -> None:
    slide = _titled_slide(deck, row.indicator)
    verdict = indicator_summary(row._asdict(), lang)
    sentence = textbox(slide, MARGIN, Inches(1.2), WIDTH - 2 * MARGIN, Inches(0.4))
    write(sentence.text_frame, [[(verdict, None)]], Pt(16))
    shown = series[(series["year"] <= year) & (series["outcome"].notna() | series["target"].notna())]
    if shown.empty:
        box = textbox(slide, MARGIN, Inches(1.6), Inches(8), Inches(1))
        write(box.text_frame, [[(text("deck.no_values", lang), GREY)]], Pt(24))
    else:
        _chart(slide, shown, row.unit, lang, peers, alt=f"{row.indicator}. {verdict}")
    _numbers_table(slide, shown_row, lang)
    _sources(slide, row, lang)


def _chart(slide, shown: pd.DataFrame, unit, lang: str, peers: list[Reference] = (), alt: str = "") -> None:
    """Every year from the first to the last value, so a missing outcome breaks the line; the
    median of `peers` (where two or more municipalities count) as a dotted line."""
    years = range(int(shown["year"].min()), int(shown["year"].max()) + 1)
    by_year = shown.drop_duplicates("year", keep="last").set_index("year")
    outcomes = [_number(by_year["outcome"].get(y)) for y in years]
    targets = [_number(by_year["target"].get(y)) for y in years]
    counted = {ref.year: ref for ref in peers if ref.count >= MIN_FOR_MEDIAN and ref.year in years}
    medians = [_number(counted[y].median) if y in counted else None for y in years]
    number_format = _number_format([v for v in outcomes + targets + medians if v is not None], unit)
    data = CategoryChartData(number_format=number_format)
    data.categories = [str(y) for y in years]
    data.add_series(text("deck.outcome", lang), outcomes)
    data.add_series(text("deck.target", lang), targets)
    if counted:
        name = peer_name(next(iter(counted.values())), lang)
        data.add_series(text("chart.peer_median_short", lang, name=name), medians)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, MARGIN, Inches(1.7), Inches(7.9), Inches(4.6), data)
    describe(frame, alt)
    chart = frame.chart
    chart.font.size = Pt(12)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    axis = chart.value_axis
    axis.has_major_gridlines = True
    axis.tick_labels.number_format = number_format
    axis.tick_labels.number_format_is_linked = False
    drawn = [value for value in outcomes + targets + medians if value is not None]
    if drawn and min(drawn) >= 0:
        axis.minimum_scale = 0  # one rule on every slide: from zero unless a value is negative …
        if isinstance(unit, str) and unit.strip() == "%" and max(drawn) <= 100:
            axis.maximum_scale = 100  # … and a share to 100 %, never 120 %
    if isinstance(unit, str) and unit.strip() and unit.strip() != "%":
        axis.has_title = True
        axis.axis_title.text_frame.text = safe_text(unit)
    outcome, target = list(chart.plots[0].series)[:2]
    outcome.smooth = False
    outcome.format.line.color.rgb = rgb(OUTCOME_COLOUR)
    outcome.format.line.width = Pt(2.5)
    _marker(outcome, XL_MARKER_STYLE.CIRCLE, 7, OUTCOME_COLOUR)
    target.format.line.fill.background()  # markers only: targets are points, not a path
    _marker(target, XL_MARKER_STYLE.DIAMOND, 10, TARGET_COLOUR)
    if counted:
        median = chart.plots[0].series[2]
        median.smooth = False
        median.format.line.color.rgb = rgb(PEER_COLOUR)
        median.format.line.width = Pt(2)
        median.format.line.dash_style = MSO_LINE_DASH_STYLE.ROUND_DOT
        _marker(median, XL_MARKER_STYLE.SQUARE, 5, PEER_COLOUR)


def _numbers_table(slide, row: ScorecardRow, lang: str) -> None:
    """The numbers beside the chart, in the words of the page's scorecard (dashboard.exports.scorecard_rows)."""
    outcome = (
        text("deck.outcome", lang)
        if row.outcome_year is None
        else text("deck.outcome_year", lang, year=row.outcome_year)
    )
    gap = f"{row.gap} ({row.relative_gap})" if row.relative_gap else row.gap
    trend = f"{row.trend} {row.trend_words}" if row.trend else MISSING
    status_row = text("deck.status", lang)
    rows = [
        (outcome, row.outcome),
        (text("deck.target_year", lang, year=row.year), row.target),
        (text("deck.gap", lang), gap),
        (status_row, f"{row.status_icon} {row.status_text}"),
        (text("deck.progress", lang), row.progress),
        (text("deck.trend", lang), trend),
    ]
    shape = slide.shapes.add_table(len(rows), 2, Inches(8.7), Inches(1.8), Inches(4.1), Inches(0.5) * len(rows))
    table = shape.table
    table.first_row = False
    table.columns[0].width, table.columns[1].width = Inches(1.4), Inches(2.7)
    for index, (label, value) in enumerate(rows):
        for column, shown in enumerate((label, value)):
            cell = table.cell(index, column)
            cell.text = shown
            font = cell.text_frame.paragraphs[0].runs[0].font
            font.size, font.bold = Pt(13), column == 0
            if label == status_row and column == 1:
                font.color.rgb = rgb(STATUS_TEXT_COLOUR[row.status])


def _sources(slide, row, lang: str) -> None:
    """Where the outcome and the target were published; the target's line only when it differs.
    Each line starts with 'Källa:' or 'Mål:' (in the deck's language), so the source text needs no
    apostrophe."""
    outcome = (row.outcome_source, row.outcome_published)
    target = (row.target_source, row.target_published)
    lines = []
    if not is_missing(outcome[0]):
        lines.append(text("deck.source", lang, source=outcome[0], date=format_date(outcome[1], lang)))
    if not is_missing(target[0]) and (str(target[0]), format_date(target[1])) != (
        str(outcome[0]),
        format_date(outcome[1]),
    ):
        lines.append(text("deck.target_source", lang, source=target[0], date=format_date(target[1], lang)))
    names = list(dict.fromkeys(str(source) for source, _ in (outcome, target) if not is_missing(source)))
    if names:  # the gap, status and progress beside the chart are Målbild's computation
        lines.append(text("attribution.processing", lang, sources=", ".join(names)))
    if lines:
        box = textbox(slide, MARGIN, Inches(6.3), WIDTH - 2 * MARGIN, Inches(0.75))
        write(box.text_frame, [[(line, GREY)] for line in lines], Pt(11))


def _titled_slide(deck, title):
    """A title-only slide; long names get a smaller font and wrap rather than run off the slide."""
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    shape = slide.shapes.title
    _place(shape, MARGIN, Inches(0.25), WIDTH - 2 * MARGIN, Inches(0.95))
    title_text = str(safe_text(title))
    frame = shape.text_frame
    frame.text = title_text
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    length = len(title_text)
    size = Pt(30) if length <= 50 else Pt(24) if length <= 90 else Pt(20) if length <= 140 else Pt(16)
    for run in frame.paragraphs[0].runs:
        run.font.size = size
    return slide


def _text_slide(deck, title: str, lines: list[str]) -> None:
    slide = _titled_slide(deck, title)
    box = textbox(slide, MARGIN, Inches(1.6), WIDTH - 2 * MARGIN, Inches(5))
    write(box.text_frame, [[(line, None)] for line in lines], Pt(24))


def _marker(series, style, size: int, colour: str) -> None:
    series.marker.style = style
    series.marker.size = size
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.rgb = rgb(colour)
    series.marker.format.line.color.rgb = rgb(colour)


def _number_format(values: list[float], unit) -> str:
    """Thousands grouping and only as many decimals (≤ 2) as the figures need; PowerPoint shows the
    separators of the reader's locale, so Swedish installations show 1 234,5."""
    decimals = max((next(d for d in range(3) if round(v, d) == round(v, 2)) for v in values), default=0)
    code = "#,##0" + ("." + "0" * decimals if decimals else "")
    return code + f'"{NBSP}%"' if isinstance(unit, str) and unit.strip() == "%" else code


def _number(value) -> float | None:
    return None if is_missing(value) else float(value)


def _place(shape, left, top, width, height) -> None:
    shape.left, shape.top, shape.width, shape.height = Emu(left), Emu(top), Emu(width), Emu(height)
