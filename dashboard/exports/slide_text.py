"""Text on slides, shared by the deck's slides: boxes that wrap, runs in the deck's colours."""

from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.util import Pt

GREY = "#4A4F57"


def textbox(slide, left, top, width, height):
    box = slide.shapes.add_textbox(left, top, width, height)
    box.text_frame.word_wrap = True
    return box


def write(frame, lines: list[list[tuple[str, str | None]]], size) -> None:
    """Paragraphs of (text, colour) runs; text is set as plain text, never interpreted."""
    frame.clear()
    for index, runs in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.space_after = Pt(6)
        for words, colour in runs:
            run = paragraph.add_run()
            run.text = str(words)
            run.font.size = size
            if colour:
                run.font.color.rgb = rgb(colour)


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


def describe(frame, alt: str) -> None:
    """Alternative text of a chart, table or picture (its cNvPr `descr`), read by screen readers."""
    frame._element.xpath("./*[1]/p:cNvPr")[0].set("descr", alt)
