"""The follow-up report as a Word document (`/export/report.docx`): what a municipality's
delårsrapport or årsredovisning needs from Målbild, ready to edit.

Cover (municipality, area, year, publication state), a table of contents, then per goal area its
fulfilment and status strip, per goal the approved assessment and analysis (else the computed
verdict), an indicator table and one chart per indicator with a target, with the page's captions,
and what each indicator measures where indicators.csv says ("Definition och källa"); sources and
method at the end. Real heading styles (the table of contents and screen readers use
them), alt text on every image, the document's language set, table header rows repeated.
Charts are drawn by `render(figure, width, height)` (kaleido in the web layer); without it, or when
a chart cannot be drawn, its text alternative stands in its place.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from dashboard.analysis.goal_areas import selection_summaries
from dashboard.analysis.report import scorecard
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from dashboard.domain.statuses import Fulfilment
from dashboard.domain.values import is_missing
from dashboard.exports.credits import processing_credit, sources_of
from dashboard.exports.scorecard_rows import scorecard_rows
from dashboard.figures.status_figure import status_strip_figure, strip_words
from dashboard.figures.view_charts import indicator_detail
from dashboard.followup.markdown_subset import parse, plain
from dashboard.i18n import area_label, label, long_date, render, text, whose
from dashboard.i18n.definition_facts import definition_facts

LANGUAGE = {"sv": "sv-SE", "en": "en-GB"}
GREY = RGBColor(0x4A, 0x4F, 0x57)
CHART_SIZE = (820, 450)  # pixels (drawn at twice that), placed 16 cm wide: the chart's text prints at about 8 pt
STRIP_SIZE = (820, 56)
COLUMN_WIDTHS = (3.7, 1.9, 1.5, 2.2, 1.9, 2.3, 3.0)  # cm, 16,5 cm in all: an A4 page inside its margins


def build_report(
    dataset,
    selection,
    settings,
    approved: dict | None = None,
    render: Callable | None = None,
    today: date | None = None,
) -> bytes:
    lang = selection.lang
    document = Document()
    _a4(document)
    _set_language(document, LANGUAGE.get(lang, "sv-SE"))
    title = text("report.title", lang)
    place = _place(selection, lang)
    document.core_properties.title = f"{title} – {place}"
    document.core_properties.author = "Målbild"
    document.core_properties.language = LANGUAGE.get(lang, "sv-SE")
    _cover(document, selection, title, place, today or date.today(), lang)
    summaries = selection_summaries(dataset, selection, settings)
    table = scorecard(dataset, selection, settings)
    headings = [(1, summary.name) for summary in summaries] + [(1, text("report.sources_heading", lang))]
    _contents(document, headings, lang)
    figures = _Figures(render)
    for summary in summaries:
        _goal_area(document, dataset, selection, settings, summary, table, approved or {}, figures, lang)
    _sources(document, table, lang)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _Figures:
    """Numbers the figures and draws them; a chart that cannot be drawn is left to its text."""

    def __init__(self, render: Callable | None):
        self.render, self.count = render, 0

    def add(self, document, figure, alt: str, caption: str, lang: str, size=CHART_SIZE) -> None:
        image = None
        if self.render is not None and figure is not None:
            try:
                image = self.render(figure, *size)
            except Exception:  # noqa: BLE001 — a chart that fails to draw must not cost the whole report
                image = None
        if image is None:
            document.add_paragraph(alt, style="Caption")
            return
        document.add_picture(io.BytesIO(image), width=Cm(16))
        _describe_last_picture(document, alt)
        if caption:
            self.count += 1
            document.add_paragraph(text("report.figure", lang, number=self.count, caption=caption), style="Caption")


def _goal_area(document, dataset, selection, settings, summary, table, approved, figures, lang) -> None:
    document.add_heading(summary.name, level=1)
    verdict = summary.verdict
    if verdict is not None:
        rule = ", ".join(render(part, lang) for part in verdict.rule)
        line = document.add_paragraph()
        line.add_run(text("overview.fulfilment", lang).rstrip() + " ")
        line.add_run(label(verdict.fulfilment, lang)).bold = True
        line.add_run(f" — {rule}")
    statuses = [row["status"] for row in summary.indicators if not is_missing(row["target"])]
    strip = status_strip_figure(statuses, lang)
    if strip is not None:
        alt = text("report.strip_alt", lang, goal_area=summary.name, counts=strip_words(statuses, lang))
        figures.add(document, strip, alt, "", lang, size=STRIP_SIZE)
    _written(document, approved.get((summary.name, "")), verdict.fulfilment if verdict else None, lang)
    for goal in summary.goals:
        document.add_heading(goal.text, level=2)
        computed = goal.verdict.fulfilment if goal.verdict and goal.indicator_count else None
        if computed is not None:
            document.add_paragraph(text("report.computed", lang, fulfilment=label(computed, lang)))
        elif not goal.indicator_count:
            document.add_paragraph(text("overview.no_indicators", lang))
        _written(document, approved.get((summary.name, goal.text)), computed, lang)
    rows = table[table["goal_area"] == summary.name]
    if rows.empty:
        return
    document.add_heading(text("report.indicators_heading", lang, goal_area=summary.name), level=2)
    _indicator_table(document, rows, lang)
    document.add_paragraph(processing_credit(rows, lang), style="Caption")
    for row in rows[rows["target"].isna()].itertuples(index=False):  # in the table only: named, under it
        _definition(document, dataset.definitions.get(row.indicator_key), row.unit, row.direction, lang, row.indicator)
    for row in rows[rows["target"].notna()].itertuples(index=False):
        detail = indicator_detail(dataset, replace(selection, indicator=row.indicator_key), table, settings)
        if detail is None:
            continue
        document.add_heading(str(row.indicator), level=3)
        figures.add(
            document, detail.chart.figure, detail.chart.summary, f"{row.indicator}. {detail.chart.summary}", lang
        )
        _definition(document, dataset.definitions.get(row.indicator_key), row.unit, row.direction, lang)


def _definition(document, definition, unit, direction, lang: str, indicator: str | None = None) -> None:
    """'Definition och källa.' and the definition's text, then its facts and source on a line of their own."""
    if definition is None or not definition.describes:
        return
    heading = text("definition.report_of", lang, indicator=indicator) if indicator else text("definition.report", lang)
    paragraph = document.add_paragraph()
    paragraph.add_run(heading + " ").bold = True
    if definition.text:
        paragraph.add_run(definition.text)
    facts = [text("definition.fact", lang, label=name, value=value) for name, value in
             definition_facts(definition, unit, direction, lang)]  # fmt: skip
    if definition.source_url:
        facts.append(text("definition.fact", lang, label=text("definition.source", lang), value=definition.source_url))
    if facts:
        if definition.text:
            paragraph.add_run().add_break()
        paragraph.add_run("; ".join(facts)).font.color.rgb = GREY


def _written(document, version, computed, lang: str) -> None:
    """The approved assessment and analysis, marked when the assessment differs from the computed one."""
    if version is None:
        return
    if version.assessment:
        line = document.add_paragraph()
        line.add_run(text("followup.assessment", lang) + ": ")
        line.add_run(label(Fulfilment(version.assessment), lang)).bold = True
        if computed is not None and version.assessment != computed:
            line.add_run(" — " + text("followup.differs", lang, computed=label(Fulfilment(computed), lang)))
    for paragraph in plain(parse(version.analysis)).splitlines():
        if paragraph.strip():
            document.add_paragraph(
                paragraph.removeprefix("- "), style="List Bullet" if paragraph.startswith("- ") else None
            )


def _indicator_table(document, rows, lang: str) -> None:
    shown = scorecard_rows(rows, lang)
    headers = [text(key, lang) for key in ("table.indicator", "deck.outcome", "deck.target", "deck.gap",
                                            "deck.status", "deck.progress", "report.source")]  # fmt: skip
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    for row, source in zip(shown, rows["source"]):
        outcome = row.outcome if row.outcome_year is None else f"{row.outcome} ({row.outcome_year})"
        gap = f"{row.gap} ({row.relative_gap})" if row.relative_gap else row.gap
        values = [
            row.indicator,
            outcome,
            row.target,
            gap,
            f"{row.status_icon} {row.status_text}",  # never colour alone
            row.progress,
            "" if is_missing(source) else source,
        ]
        for cell, value in zip(table.add_row().cells, values):
            cell.text = str(value)
    table.autofit = False
    for column, width in zip(table.columns, COLUMN_WIDTHS):
        column.width = Cm(width)  # the grid LibreOffice reads
        for cell in column.cells:
            cell.width = Cm(width)  # the cells Word reads
    for cells in table.rows:
        for cell in cells.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)


def _a4(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.25)
    section.top_margin = section.bottom_margin = Cm(2.25)


def _cover(document, selection, title: str, place: str, today: date, lang: str) -> None:
    document.add_heading(title, level=0)
    lines = [place, selection.goal_area or text("filters.all_goal_areas", lang)]
    if selection.year is not None:
        lines.append(text("deck.year", lang, year=selection.year))
    as_of = text("deck.as_of", lang, date=selection.as_of) if selection.as_of else text("report.latest", lang)
    lines += [as_of, text("deck.created", lang, date=long_date(today, lang))]
    for line in lines:
        paragraph = document.add_paragraph(str(line))
        paragraph.runs[0].font.size = Pt(14)
    note = document.add_paragraph(text("report.cover_note", lang))
    note.runs[0].font.color.rgb = GREY


def _place(selection, lang: str) -> str:
    """'Borås · Hela kommunen', and whose figures when not the total's ('· Kvinnor')."""
    parts = [
        selection.municipality or "",
        area_label(selection.area or WHOLE_MUNICIPALITY, lang),
        whose(selection, lang),
    ]
    return " · ".join(part for part in parts if part)


def _contents(document, headings: list[tuple[int, str]], lang: str) -> None:
    """A TOC field Word fills on opening (marked dirty), with the headings already written in as its
    current result, so a PDF made without Word (LibreOffice) shows the contents too."""
    document.add_paragraph(text("report.contents", lang), style="TOC Heading")
    for level in (1, 2):
        _toc_style(document, level)
    first = document.add_paragraph(style="toc 1")
    _field_char(first, "begin", dirty=True)
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = ' TOC \\o "1-2" \\h \\z \\u '
    first._p.append(_run_with(instruction))
    _field_char(first, "separate")
    paragraphs = [first]
    for index, (level, heading) in enumerate(headings):
        paragraph = first if index == 0 else document.add_paragraph(style=f"toc {level}")
        paragraph.add_run(heading)
        paragraphs.append(paragraph)
    _field_char(paragraphs[-1], "end")
    document.add_page_break()


def _toc_style(document, level: int) -> None:
    """Word's built-in 'toc N' style (the template python-docx starts from lacks it)."""
    name = f"toc {level}"
    if name in [style.name for style in document.styles]:
        return
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
    style.paragraph_format.space_after = Pt(2)


def _field_char(paragraph, kind: str, dirty: bool = False) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    paragraph._p.append(_run_with(char))


def _run_with(element):
    run = OxmlElement("w:r")
    run.append(element)
    return run


def _sources(document, table, lang: str) -> None:
    document.add_heading(text("report.sources_heading", lang), level=1)
    for source, published in sources_of(table):
        date_text = "" if is_missing(published) else f", {text('report.published', lang)} {published:%Y-%m-%d}"
        document.add_paragraph(f"{source}{date_text}", style="List Bullet")
    document.add_paragraph(processing_credit(table, lang))
    document.add_paragraph(text("app.footer_method", lang))
    document.add_paragraph(text("report.method_more", lang))


def _describe_last_picture(document, alt: str) -> None:
    """Alt text on the picture just added (its docPr `descr` and `title`)."""
    inline = document.paragraphs[-1]._p.xpath(".//wp:docPr")
    for properties in inline:
        properties.set("descr", alt)
        properties.set("title", alt[:120])
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.LEFT


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _set_language(document, code: str) -> None:
    """The language of every style's text (spelling, hyphenation and screen readers follow it)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
    for target in [properties, document.styles["Normal"].element.get_or_add_rPr()]:
        if target is None:
            continue
        for old in target.findall(qn("w:lang")):
            target.remove(old)
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), code)
        language.set(qn("w:eastAsia"), code)
        language.set(qn("w:bidi"), code)
        target.append(language)
