"""Text colours meet WCAG 2.1 AA contrast (4.5:1): status labels and icons, chart text, the header."""

import re

import pytest

from dashboard.figures.contrast import contrast_ratio
from dashboard.figures.palette import STATUS_CLASS, STATUS_TEXT_COLOUR
from dashboard.figures.style import CAPTION_FONT, FONT
from dashboard.settings import PROJECT_ROOT

WHITE, CARD_HEADER = "#FFFFFF", "#F3F6F9"
CSS = (PROJECT_ROOT / "assets" / "style.css").read_text(encoding="utf-8")


def test_the_formula_matches_known_ratios():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("status", sorted(STATUS_TEXT_COLOUR))
def test_status_labels_and_icons_are_readable(status):
    colour = STATUS_TEXT_COLOUR[status]
    assert contrast_ratio(colour, WHITE) >= 4.5  # the label on the page
    assert contrast_ratio(colour, CARD_HEADER) >= 4.5  # the counts in a card's header
    assert contrast_ratio(WHITE, colour) >= 4.5  # the white icon on its coloured disc


def test_the_stylesheet_uses_the_checked_status_colours():
    variables = dict(re.findall(r"--mb-([a-z-]+):\s*(#[0-9A-Fa-f]{6})", CSS))
    for status, css_class in STATUS_CLASS.items():
        assert variables[css_class].upper() == STATUS_TEXT_COLOUR[status].upper()


def test_chart_text_and_the_header_are_readable():
    assert contrast_ratio(FONT["color"], WHITE) >= 4.5
    assert contrast_ratio(CAPTION_FONT["color"], WHITE) >= 4.5
    brand = re.search(r"--mb-brand:\s*(#[0-9A-Fa-f]{6})", CSS).group(1)
    assert contrast_ratio(WHITE, brand) >= 4.5
