"""An automated accessibility check of the files Målbild writes (the deck and the Word report),
after the error rules of Microsoft Office's Accessibility Checker and PDF/UA's basics:

- the document has a title and a language (report), every slide a title that comes first in the
  reading order (deck);
- every picture, chart and graphic frame has alternative text;
- every table marks its first row as a header row (report) or has a header (deck tables are
  two-column label/value lists: their first column is bold instead);
- headings do not skip a level (report).

Each problem is (where, rule); an empty list passes. `python -m dashboard.cli.accessibility FILE`
runs it on any .docx or .pptx.
"""

from __future__ import annotations

import io

from docx.oxml.ns import qn

WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def check_docx(payload: bytes) -> list[tuple[str, str]]:
    from docx import Document

    document = Document(io.BytesIO(payload))
    problems = []
    if not (document.core_properties.title or "").strip():
        problems.append(("document", "no_title"))
    language = document.styles["Normal"].element.rPr
    if language is None or language.find(qn("w:lang")) is None:
        problems.append(("document", "no_language"))
    for index, picture in enumerate(document.element.body.iter(WP_DOCPR), start=1):
        if not (picture.get("descr") or "").strip():
            problems.append((f"picture {index}", "no_alt_text"))
    for index, table in enumerate(document.tables, start=1):
        properties = table.rows[0]._tr.trPr if table.rows else None
        if properties is None or properties.find(qn("w:tblHeader")) is None:
            problems.append((f"table {index}", "no_header_row"))
    level = 0
    for paragraph in document.paragraphs:
        name = paragraph.style.name
        if name.startswith("Heading ") and name[8:].isdigit():
            shown = int(name[8:])
            if shown > level + 1:
                problems.append((paragraph.text[:60], "heading_skips_a_level"))
            level = shown
    return problems


def check_pptx(payload: bytes) -> list[tuple[str, str]]:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(payload))
    problems = []
    for number, slide in enumerate(deck.slides, start=1):
        where = f"slide {number}"
        title = slide.shapes.title
        if title is None or not title.text_frame.text.strip():
            problems.append((where, "no_title"))
        elif slide.shapes[0].shape_id != title.shape_id:
            problems.append((where, "title_not_first_in_reading_order"))
        for shape in slide.shapes:
            if shape.shape_type is not None and (shape.has_chart or shape.shape_type == 13):  # 13: a picture
                description = shape._element.xpath("./*[1]/p:cNvPr")[0].get("descr")
                if not (description or "").strip():
                    problems.append((f"{where}, {shape.name}", "no_alt_text"))
    return problems
