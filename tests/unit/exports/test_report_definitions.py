"""The Word report says what each indicator measures where indicators.csv does: under its chart, or
after the table for an indicator without a target (python-docx reads the document back)."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from datetime import date

from docx import Document

from dashboard.analysis.selection import Selection, normalize
from dashboard.data.dataset import Dataset
from dashboard.exports.word_report import build_report
from dashboard.settings import Settings
from tests.paths import FIXTURES

DEFINITIONS = FIXTURES / "definitions"
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005"
    "0001ff8d0b6d4d0000000049454e44ae426082"
)
U21401_LINE = (
    "Definition och källa. Antal personal som en hemtjänsttagare möter under 14 dagar.\n"
    "Verksamhetsområde: Ordinärt boende; Enhet: antal; Riktning: lägre värde är bättre; "
    "Könsuppdelad i källan: ja; Källa: https://api.kolada.se/v3/kpi/U21401"
)


def _document(tmp_path, fixture: str | None = "valid.csv", observations: str | None = None, lang="sv"):
    text = observations or (DEFINITIONS / "observations.csv").read_text(encoding="utf-8")
    (tmp_path / "observations.csv").write_text(text, encoding="utf-8")
    if fixture is not None:
        shutil.copy(DEFINITIONS / fixture, tmp_path / "indicators.csv")
    dataset = Dataset.from_path(tmp_path)
    selection, _, _ = normalize(Selection("Testkommun", year=2020), dataset)
    report = build_report(dataset, replace(selection, lang=lang), Settings(), None, lambda *_: PIXEL, date(2026, 12, 4))
    return Document(io.BytesIO(report))


def _after(paragraphs, heading: str) -> list[str]:
    """The paragraphs' texts after the heading `heading`, up to the next heading."""
    texts, found = [], False
    for paragraph in paragraphs:
        if paragraph.style.name.startswith("Heading"):
            if found:
                break
            found = paragraph.text == heading
        elif found:
            texts.append(paragraph.text)
    return texts


def test_the_definition_stands_under_the_indicator_s_chart(tmp_path):
    paragraphs = _document(tmp_path).paragraphs
    entry = _after(paragraphs, "Personal som en hemtjänsttagare möter")
    assert entry[0] == ""  # the chart
    assert entry[1].startswith("Figur ")  # its caption
    assert entry[2] == U21401_LINE
    (paragraph,) = [p for p in paragraphs if p.text == U21401_LINE]
    assert [run.bold for run in paragraph.runs][:2] == [True, None]  # the heading words stand out
    housing = _after(paragraphs, "Trygghetsbostäder")
    assert housing[2] == (
        "Definition och källa. Lägenheter som är trygghetsbostäder.\n"
        "Enhet: lägenheter; Riktning: högre värde är bättre; Könsuppdelad i källan: nej"
    )  # the data's unit and direction, as the chart's


def test_an_indicator_without_a_target_has_its_definition_after_the_table(tmp_path):
    observations = (DEFINITIONS / "observations.csv").read_text(encoding="utf-8").replace(",33,44,", ",33,,")
    document = _document(tmp_path, observations=observations)
    texts = [p.text for p in document.paragraphs]
    line = next(text for text in texts if text.startswith("Trygghetsbostäder – definition och källa. "))
    assert line.endswith("Lägenheter som är trygghetsbostäder.\nEnhet: lägenheter; Riktning: högre värde är bättre; "
                         "Könsuppdelad i källan: nej")  # fmt: skip
    assert "Trygghetsbostäder" not in [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    headings = [p.text for p in document.paragraphs[: texts.index(line)] if p.style.name.startswith("Heading")]
    assert headings[-1].startswith("Indikatorer")  # under the table that lists it, before any chart's heading


def test_the_definition_speaks_the_report_s_language(tmp_path):
    texts = [p.text for p in _document(tmp_path, lang="en").paragraphs]
    assert any(text.startswith("Definition and source. Antal personal") for text in texts)
    assert any("Direction: a lower value is better" in text for text in texts)


def test_without_definitions_there_is_no_such_paragraph(tmp_path):
    texts = [p.text for p in _document(tmp_path, None).paragraphs]
    assert not any("efinition och källa" in text for text in texts)
