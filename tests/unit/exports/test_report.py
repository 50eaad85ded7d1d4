"""The Word report, read back with python-docx (and, where LibreOffice is installed, converted to PDF)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from docx import Document
from docx.oxml.ns import qn

from dashboard.analysis.selection import Selection, normalize
from dashboard.data.dataset import Dataset
from dashboard.domain.followup import State
from dashboard.exports.word_report import build_report
from dashboard.followup.texts import Version
from dashboard.settings import DEFAULT_DATA_PATH, Settings
from dashboard.web.images import render_png

SETTINGS = Settings()
TODAY = date(2026, 12, 4)
# a 1×1 PNG: the structure tests do not need real charts
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005"
    "0001ff8d0b6d4d0000000049454e44ae426082"
)
GOAL_AREAS = [
    "Bo, bygga och miljö",
    "Kommun och politik",
    "Omsorg och stöd",
    "Socialt hållbart Borås",
    "Uppleva och göra",
    "Utbildning och förskola",
    "Vård och omsorg",
]


@pytest.fixture(scope="module")
def boras():
    dataset = Dataset.from_path(DEFAULT_DATA_PATH)
    selection, _, _ = normalize(Selection("Borås", year=2020), dataset)
    return dataset, selection


def _report(boras, render=lambda figure, width, height: PIXEL, approved=None, lang="sv"):
    dataset, selection = boras
    selection = replace(selection, lang=lang)
    return Document(io.BytesIO(build_report(dataset, selection, SETTINGS, approved, render, TODAY)))


def _headings(document, level: int) -> list[str]:
    style = "Title" if level == 0 else f"Heading {level}"
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_the_report_has_a_cover_contents_and_real_headings(boras):
    document = _report(boras)
    assert _headings(document, 0) == ["Uppföljning av kommunfullmäktiges mål"]
    assert _headings(document, 1) == [*GOAL_AREAS, "Källor och metod"]
    assert "Indikatorer i Bo, bygga och miljö" in _headings(document, 2)
    # Borås 2020: 11 indicators with a target (7 in Bo, bygga och miljö, 4 in Vård och omsorg), a chart each
    assert len(_headings(document, 3)) == 11
    texts = [p.text for p in document.paragraphs]
    assert "Borås · Hela kommunen" in texts and "Uppföljningsår 2020" in texts and "Skapad 4 december 2026" in texts
    body = document.element.body
    instructions = [node.text for node in body.iter(qn("w:instrText"))]
    assert instructions == [' TOC \\o "1-2" \\h \\z \\u ']
    assert [c.get(qn("w:dirty")) for c in body.iter(qn("w:fldChar"))][:1] == ["true"]  # Word refreshes it
    contents = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    assert contents == [*GOAL_AREAS, "Källor och metod"]


def test_the_goal_verdicts_and_the_indicator_table_are_in_it(boras):
    document = _report(boras)
    texts = [p.text for p in document.paragraphs]
    # hand count (tests/unit/analysis/test_fulfilment.py): 2 of 7 judged met, 3 without a target
    assert "Måluppfyllelse: Ej uppfyllt — 2 av 7 bedömda indikatorer uppnådda, 3 utan mål" in texts
    table = document.tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["Indikator", "Utfall", "Mål", "Avvikelse", "Status", "Utveckling", "Källa"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    rows = {row.cells[0].text: [cell.text for cell in row.cells] for row in table.rows[1:]}
    nbsp = "\u00a0"  # numbers and their units stay on one line
    expected = [f"43{nbsp}% (2019)", f"50{nbsp}%", f"−7{nbsp}p.e. (−14{nbsp}%)", "✗ Ej uppnått"]
    assert rows["Andel ekologiska livsmedel"][1:5] == expected
    assert len(rows) == 10  # every indicator of the goal area, with or without a target


def test_every_image_has_alt_text_and_the_document_its_language(boras):
    document = _report(boras)
    pictures = list(
        document.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    )
    # two status strips (the goal areas with targets) and eleven charts
    assert len(pictures) == 13
    assert all(picture.get("descr") for picture in pictures)
    assert (
        pictures[0].get("descr") == "Status för indikatorerna med mål i Bo, bygga och miljö: 2 Uppnått, 5 Ej uppnått."
    )
    language = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert language.get(qn("w:val")) == "sv-SE"
    assert document.core_properties.title == "Uppföljning av kommunfullmäktiges mål – Borås · Hela kommunen"
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    figures = [caption for caption in captions if caption.startswith("Figur ")]
    assert figures[0].startswith("Figur 1. Andel av ansökningar om bygglov") and figures[-1].startswith("Figur 11.")
    # under each indicator table: the statuses and gaps are Målbild's processing of the sources' figures
    assert any(caption.startswith("Bearbetning: Målbild, underlag från Borås Stad") for caption in captions)


def test_the_approved_assessment_and_analysis_stand_beside_the_computed_verdict(boras):
    stamp = datetime(2026, 12, 1, tzinfo=UTC)
    version = Version(3, State.APPROVED, "Delvis uppfyllt", "Andelen **ökar**.\n\n- Fler insatser", "gunnel", stamp)
    document = _report(boras, approved={("Bo, bygga och miljö", ""): version})
    texts = [p.text for p in document.paragraphs]
    expected = "Bedömning: Delvis uppfyllt — Bedömningen skiljer sig från den beräknade måluppfyllelsen (Ej uppfyllt)."
    assert expected in texts
    assert "Andelen ökar." in texts
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "Fler insatser" in bullets


def test_without_charts_the_report_carries_their_texts(boras):
    document = _report(boras, render=None)
    assert not list(document.inline_shapes)
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert "Utfallet 2019 var 43\u00a0%, målet 50\u00a0%; målet är inte uppnått." in captions


def test_an_english_page_gives_an_english_report(boras):
    document = _report(boras, lang="en")
    assert _headings(document, 0) == ["Follow-up of the council's goals"]
    assert _headings(document, 1)[-1] == "Sources and method"
    assert document.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"


def test_real_charts_are_drawn_by_kaleido_in_chromium(boras):
    document = _report(boras, render=render_png)
    images = [shape for shape in document.inline_shapes]
    assert len(images) == 13
    blob = document.part.related_parts[images[-1]._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    assert blob[:8] == b"\x89PNG\r\n\x1a\n" and len(blob) > 20_000  # a drawn chart, not a placeholder


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_report_and_makes_a_pdf_of_it(boras, tmp_path):
    dataset, selection = boras
    source = tmp_path / "rapport.docx"
    source.write_bytes(build_report(dataset, selection, SETTINGS, None, render_png, TODAY))
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = (tmp_path / "rapport.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 8
    if shutil.which("pdftotext"):
        words = subprocess.run(["pdftotext", str(tmp_path / "rapport.pdf"), "-"], capture_output=True, text=True).stdout
        assert "Innehåll" in words and "Bo, bygga och miljö" in words and "Måluppfyllelse: Ej uppfyllt" in words
