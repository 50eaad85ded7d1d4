"""The automated accessibility check (dashboard/exports/accessible_files.py): Målbild's deck and report
pass it, and it finds each problem it looks for in files made to have them."""

from __future__ import annotations

import io

from docx import Document
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from dashboard.analysis.selection import Selection, normalize
from dashboard.cli import accessibility as cli
from dashboard.data.dataset import Dataset
from dashboard.exports.accessible_files import check_docx, check_pptx
from dashboard.exports.deck import build_deck
from dashboard.exports.word_report import build_report
from dashboard.settings import DEFAULT_DATA_PATH, Settings
from tests.unit.exports.test_report import PIXEL


def _boras():
    dataset = Dataset.from_path(DEFAULT_DATA_PATH)
    selection, _, _ = normalize(Selection("Borås", year=2020), dataset)
    return dataset, selection


def test_the_deck_and_the_report_for_boras_2020_pass():
    dataset, selection = _boras()
    assert check_pptx(build_deck(dataset, selection, Settings(), with_untargeted=True)) == []
    assert check_docx(build_report(dataset, selection, Settings(), None, lambda *_: PIXEL)) == []


def test_the_check_finds_a_missing_title_and_a_chart_without_alt_text():
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank: no title
    data = CategoryChartData()
    data.categories = ["2019", "2020"]
    data.add_series("Utfall", (1, 2))
    slide.shapes.add_chart(XL_CHART_TYPE.LINE, 0, 0, Inches(4), Inches(3), data)
    buffer = io.BytesIO()
    deck.save(buffer)
    assert check_pptx(buffer.getvalue()) == [("slide 1", "no_title"), ("slide 1, Chart 1", "no_alt_text")]


def test_the_check_finds_an_untitled_document_a_bare_picture_a_headless_table_and_a_skipped_heading():
    document = Document()
    document.add_heading("Del", level=1)
    document.add_heading("Underdel", level=3)
    document.add_picture(io.BytesIO(PIXEL))
    document.add_table(rows=2, cols=2)
    buffer = io.BytesIO()
    document.save(buffer)
    problems = check_docx(buffer.getvalue())
    assert ("document", "no_title") in problems and ("document", "no_language") in problems
    assert ("picture 1", "no_alt_text") in problems and ("table 1", "no_header_row") in problems
    assert ("Underdel", "heading_skips_a_level") in problems


def test_the_cli_says_which_file_passes_and_fails(tmp_path, capsys):
    dataset, selection = _boras()
    good = tmp_path / "rapport.docx"
    good.write_bytes(build_report(dataset, selection, Settings(), None, lambda *_: PIXEL))
    bad = tmp_path / "tom.pptx"
    empty = Presentation()
    empty.slides.add_slide(empty.slide_layouts[6])
    empty.save(bad)
    assert cli.main([str(good)]) == 0
    assert cli.main([str(good), str(bad)]) == 2
    out = capsys.readouterr().out
    assert "rapport.docx: inga tillgänglighetsproblem hittades" in out and "tom.pptx: slide 1: saknar rubrik" in out
