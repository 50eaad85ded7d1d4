"""The PowerPoint deck: what each slide says and charts, read back with python-pptx."""

import io
from datetime import date

import pandas as pd
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_FILL

from dashboard.analysis.selection import Selection, normalize
from dashboard.data.dataset import Dataset
from dashboard.exports import deck as slides
from dashboard.exports.deck import build_deck, safe_text
from dashboard.settings import DEFAULT_DATA_PATH, Settings
from tests.conftest import HEADER, dataset_from

SETTINGS = Settings()
TODAY = date(2026, 11, 22)
CONTINUITY = "Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)"
HOUSING = "Antal lägenheter som är trygghetsbostäder"
FORMULA = '=HYPERLINK("http://example.com","klicka")'
FORMULA_DATA = (
    HEADER
    + """
Borås,1490,,Vård och omsorg,,"=HYPERLINK(""http://example.com"",""klicka"")",antal,increase,2019,5,,-Budget,2020-11-12,
Borås,1490,,Vård och omsorg,,"=HYPERLINK(""http://example.com"",""klicka"")",antal,increase,2020,,7,-Budget,2020-11-12,
"""
)


@pytest.fixture(scope="module")
def boras():
    return Dataset.from_path(DEFAULT_DATA_PATH)


def _deck(dataset, asked: Selection, today=TODAY):
    selection, _, _ = normalize(asked, dataset)
    return Presentation(io.BytesIO(build_deck(dataset, selection, SETTINGS, today)))


def _texts(slide) -> list[str]:
    """Every text frame's text and every table cell's text on a slide."""
    found = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            found.append(shape.text_frame.text)
        if shape.has_table:
            found.extend(cell.text for row in shape.table.rows for cell in row.cells)
    return found


def _table(slide) -> dict[str, str]:
    (shape,) = [shape for shape in slide.shapes if shape.has_table]
    return {row.cells[0].text: row.cells[1].text for row in shape.table.rows}


def _series(slide) -> tuple[list[str], dict[str, tuple]]:
    (shape,) = [shape for shape in slide.shapes if shape.has_chart]
    plot = shape.chart.plots[0]
    return list(plot.categories), {series.name: series.values for series in plot.series}


@pytest.fixture(scope="module")
def care(boras):
    return _deck(boras, Selection("Borås", goal_area="Vård och omsorg", year=2020, as_of="2021-01-01"))


@pytest.fixture(scope="module")
def by_title(care):
    return {slide.shapes.title.text: slide for slide in list(care.slides)[2:]}


def test_deck_is_16_by_9_with_title_summary_and_one_slide_per_indicator(care):
    assert len(care.slides) == 2 + 4
    assert abs(care.slide_width / care.slide_height - 16 / 9) < 1e-3


def test_title_slide_names_place_goal_area_year_date_and_publication_limit(care):
    text = "\n".join(_texts(care.slides[0]))
    for part in (
        "Målbild",
        "Borås",
        "Vård och omsorg",
        "Uppföljningsår 2020",
        "Skapad 22 november 2026",
        "Publicerat t.o.m. 1 januari 2021",
    ):
        assert part in text
    assert "Hela kommunen" not in text


def test_title_slide_says_all_goal_areas_and_names_a_district(make_dataset):
    dataset = make_dataset(
        HEADER
        + """
Borås,1490,Sjöbo,Vård och omsorg,,Bostäder,antal,increase,2020,20,25,Budget,2020-11-12,
"""
    )
    text = "\n".join(_texts(_deck(dataset, Selection("Borås", area="Sjöbo")).slides[0]))
    assert "Borås · Sjöbo" in text and "Alla målområden" in text and "Publicerat" not in text


def test_summary_is_a_native_chart_of_statuses_per_goal_area_with_its_sentence(care):
    summary = care.slides[1]
    (shape,) = [shape for shape in summary.shapes if shape.has_chart]
    assert shape.chart.chart_type == XL_CHART_TYPE.BAR_STACKED
    # Vård och omsorg 2020: trygghetsbostäder 221 against 230 is near (−3,9 %); respekt 84 < 92,
    # trygghet 81 < 90 and kontinuitet 17 > 15 (lower is better) are not met
    categories, series = _series(summary)
    assert categories == ["Vård och omsorg"]
    assert series == {"≈ Nära målet": (1.0,), "✗ Ej uppnått": (3.0,)}
    assert "4 indikatorer med både utfall och mål 2020: 1 Nära målet, 3 Ej uppnått." in _texts(summary)


def test_indicators_without_a_target_get_no_slide_unless_asked_for(boras):
    selection, _, _ = normalize(Selection("Borås", year=2020), boras)
    default = Presentation(io.BytesIO(build_deck(boras, selection, SETTINGS, TODAY)))
    everything = Presentation(io.BytesIO(build_deck(boras, selection, SETTINGS, TODAY, with_untargeted=True)))
    # Borås 2020 (the overview's count): 11 indicators with a target, 28 followed without one
    assert len(default.slides) == 2 + 11 and len(everything.slides) == 2 + 39
    titles = [slide.shapes.title.text for slide in list(default.slides)[2:]]
    assert all("Mål saknas" not in "\n".join(_texts(slide)) for slide in list(default.slides)[2:]), titles
    summary = "\n".join(_texts(default.slides[1]))
    assert "28 indikatorer följs utan mål för året och har ingen egen bild." in summary
    # Bo, bygga och miljö: 2 met, 5 not met; Vård och omsorg: 1 near, 3 not met
    categories, series = _series(default.slides[1])
    assert categories == ["Bo, bygga och miljö", "Vård och omsorg"]
    assert series == {"✓ Uppnått": (2.0, None), "≈ Nära målet": (None, 1.0), "✗ Ej uppnått": (5.0, 3.0)}


def test_every_slide_but_the_title_names_the_municipality_area_and_year(care):
    for slide in list(care.slides)[1:]:
        assert "Borås · Hela kommunen · Uppföljningsår 2020" in _texts(slide)
    assert "Borås · Hela kommunen · Uppföljningsår 2020" not in _texts(care.slides[0])


def test_each_indicator_slide_says_its_verdict_in_a_sentence_and_starts_its_axis_at_zero(by_title):
    assert "Utfallet 2019 var 221, målet 230; utfallet är nära målet." in _texts(by_title[HOUSING])
    for slide in by_title.values():
        (shape,) = [shape for shape in slide.shapes if shape.has_chart]
        assert shape.chart.value_axis.minimum_scale == 0  # every value is at least zero
    shares = [s for s in by_title.values() if "%" in "".join(_texts(s))]
    (share,) = [shape for shape in shares[0].shapes if shape.has_chart]
    assert share.chart.value_axis.maximum_scale == 100  # a share ends at 100 %


def test_each_indicator_slide_has_exactly_one_native_line_markers_chart(by_title):
    assert len(by_title) == 4
    for slide in by_title.values():
        charts = [shape for shape in slide.shapes if shape.has_chart]
        assert len(charts) == 1 and charts[0].chart.chart_type == XL_CHART_TYPE.LINE_MARKERS


def test_chart_series_hold_outcomes_and_targets_by_year(by_title):
    categories, series = _series(by_title[CONTINUITY])
    assert categories == ["2017", "2018", "2019", "2020"]
    assert series["Utfall"] == (17, 17, 17, 17)
    assert series["Mål"] == (None, None, 13, 15)
    _, housing = _series(by_title[HOUSING])
    assert housing["Utfall"] == (221, 221, 221, None)  # no outcome for 2020: the line breaks


def test_target_series_is_markers_only_and_legend_is_at_the_bottom(by_title):
    (shape,) = [shape for shape in by_title[CONTINUITY].shapes if shape.has_chart]
    target = shape.chart.plots[0].series[1]
    assert target.format.line.fill.type == MSO_FILL.BACKGROUND
    assert target.marker.style == XL_MARKER_STYLE.DIAMOND
    assert shape.chart.has_legend and shape.chart.legend.position == XL_LEGEND_POSITION.BOTTOM


def test_table_shows_status_gap_progress_and_trend_in_swedish_format(by_title):
    continuity = _table(by_title[CONTINUITY])
    assert continuity["Utfall 2020"] == "17" and continuity["Mål 2020"] == "15"
    assert continuity["Avvikelse"] == "\u22122 (\u221213,3\u00a0%)"
    assert continuity["Status"] == "✗ Ej uppnått"
    assert continuity["Utveckling"] == "Står still sedan 2017"
    assert continuity["Trend"] == "→ senaste året oförändrat (17 → 17)"
    housing = _table(by_title[HOUSING])
    assert housing["Status"] == "≈ Nära målet" and housing["Utfall 2019"] == "221"


def test_source_lines_name_outcome_and_differing_target_publication(by_title):
    text = "\n".join(_texts(by_title[CONTINUITY]))
    assert "Källa: Borås Stad, Mål och uppdrag, Budget 2021, publicerad 2021-01-01" in text
    assert "Mål: Borås Stad, Mål och uppdrag, Budget 2020, publicerad 2020-11-12" in text
    housing = "\n".join(_texts(by_title[HOUSING]))
    assert "Källa: Borås Stad, Mål och uppdrag, Budget 2020, publicerad 2020-11-12" in housing
    assert "\nMål: " not in housing  # same publication for outcome and target


def test_empty_selection_gives_title_and_a_no_indicators_slide():
    # Nothing was published before the chosen date, so the normalized selection has no rows.
    empty = _deck(dataset_from(FORMULA_DATA), Selection("Borås", as_of="2000-01-01"))
    assert len(empty.slides) == 2
    assert "Det finns inga indikatorer att visa för urvalet." in "\n".join(_texts(empty.slides[1]))
    assert "Publicerat t.o.m. 1 januari 2000" in "\n".join(_texts(empty.slides[0]))


def test_deck_without_any_selection_still_has_a_title_slide():
    deck = Presentation(io.BytesIO(build_deck(dataset_from(FORMULA_DATA), Selection(), SETTINGS, TODAY)))
    assert len(deck.slides) == 2 and "Alla målområden" in "\n".join(_texts(deck.slides[0]))


def test_indicator_without_values_up_to_the_year_gets_text_instead_of_chart(monkeypatch):
    dataset = dataset_from(FORMULA_DATA)
    monkeypatch.setattr(
        slides,
        "indicator_series",
        lambda data, selection: pd.DataFrame(
            {
                "year": pd.Series([], dtype="int64"),
                "outcome": pd.Series([], dtype="float64"),
                "target": pd.Series([], dtype="float64"),
            }
        ),
    )
    deck = _deck(dataset, Selection("Borås"))
    assert len(deck.slides) == 3
    assert not any(shape.has_chart for shape in deck.slides[2].shapes)
    assert "Inga utfall att visa" in _texts(deck.slides[2])


def test_safe_text_neutralises_formula_like_text_but_leaves_numbers():
    assert safe_text('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    for start in ("+", "-", "@", "\t", "\r"):
        assert safe_text(start + "a") == "'" + start + "a"
    assert safe_text(-2) == -2 and safe_text(3.5) == 3.5
    assert safe_text("Borås") == "Borås"


def test_formula_like_indicator_name_starts_with_an_apostrophe_in_the_deck():
    deck = _deck(dataset_from(FORMULA_DATA), Selection("Borås"))
    assert deck.slides[2].shapes.title.text == "'" + FORMULA
    shown = "\n".join(_texts(deck.slides[2]))
    assert "Källa: -Budget, publicerad 2020-11-12" in shown
    # the gap, status and progress beside the chart are Målbild's computation on the source's figures
    assert "Bearbetning: Målbild, underlag från -Budget" in shown


def test_long_indicator_name_wraps_with_a_smaller_font(by_title):
    short = by_title[HOUSING].shapes.title.text_frame
    long = [slide for title, slide in by_title.items() if len(title) > 90][0].shapes.title.text_frame
    assert long.word_wrap is True
    assert long.paragraphs[0].runs[0].font.size < short.paragraphs[0].runs[0].font.size


def test_an_english_page_gives_an_english_deck_with_the_data_as_published(boras):
    deck = _deck(boras, Selection("Borås", goal_area="Vård och omsorg", year=2020, as_of="2020-12-31", lang="en"))
    cover = "\n".join(_texts(deck.slides[0]))
    assert "Follow-up year 2020" in cover and "Published up to 31 December 2020" in cover
    assert "Created 22 November 2026" in cover and "Vård och omsorg" in cover  # data stays as published
    summary = "\n".join(_texts(deck.slides[1]))
    assert "Summary" in summary and "3 Not met" in summary
    assert "Ej uppnått" not in summary and "indicators" in summary
    housing = next(slide for slide in list(deck.slides)[2:] if HOUSING in _texts(slide)[0])
    table = _table(housing)
    assert {"Target 2020", "Gap", "Status", "Progress", "Trend"} <= set(table)
    assert any(label.startswith("Outcome") for label in table)
    assert table["Status"].endswith(("Met", "Not met", "Close to target", "No outcome", "No target"))
    assert set(_series(housing)[1]) == {"Outcome", "Target"}
    assert any(line.startswith("Source: ") for line in _texts(housing))


def test_a_swedish_deck_is_unchanged_by_the_language_support(boras):
    deck = _deck(boras, Selection("Borås", goal_area="Vård och omsorg", year=2020))
    assert "Sammanfattning" in _texts(deck.slides[1])[0] and "Uppföljningsår 2020" in "\n".join(_texts(deck.slides[0]))
    assert "Skapad 22 november 2026" in "\n".join(_texts(deck.slides[0]))
