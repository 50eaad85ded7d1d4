"""How each status looks: an icon and a text label always, colour only as a third cue.

Colours follow the Okabe–Ito colour-blind-safe palette for chart marks, with darker tones of
the same hues for text so it keeps a 4.5:1 contrast on white.
"""

from __future__ import annotations

from dashboard.domain.schema import MEN, TOTAL, WOMEN
from dashboard.domain.statuses import Status

STATUS_ICON = {
    Status.MET: "✓",
    Status.NEAR: "≈",
    Status.NOT_MET: "✗",
    Status.STALE: "◔",
    Status.NO_OUTCOME: "?",
    Status.NO_TARGET: "–",
}
STATUS_MARK_COLOUR = {
    Status.MET: "#009E73",
    Status.NEAR: "#E69F00",
    Status.NOT_MET: "#D55E00",
    Status.STALE: "#8A8F98",
    Status.NO_OUTCOME: "#8A8F98",
    Status.NO_TARGET: "#8A8F98",
}
STATUS_TEXT_COLOUR = {
    Status.MET: "#00664A",
    Status.NEAR: "#8A5300",
    Status.NOT_MET: "#A63F00",
    Status.STALE: "#4A4F57",
    Status.NO_OUTCOME: "#4A4F57",
    Status.NO_TARGET: "#4A4F57",
}
STATUS_CLASS = {
    Status.MET: "met",
    Status.NEAR: "near",
    Status.NOT_MET: "not-met",
    Status.STALE: "stale",
    Status.NO_OUTCOME: "missing",
    Status.NO_TARGET: "missing",
}

OUTCOME_COLOUR = "#0F4C81"
# Women's and men's lines beside the total's in an indicator's chart, and their bars in the district
# split: darkened Okabe–Ito reddish purple and bluish green (over 5:1 on white), told apart by dash,
# marker and (men's bars) hatching too, never by colour alone. A gender keeps its colour in its own view.
GENDER_LINES = {
    TOTAL: {"color": OUTCOME_COLOUR, "dash": "longdash", "symbol": "diamond-tall-open", "pattern": ""},
    WOMEN: {"color": "#A23B72", "dash": "dot", "symbol": "circle-open", "pattern": ""},
    MEN: {"color": "#00735A", "dash": "dashdot", "symbol": "square-open", "pattern": "/"},
}
TARGET_COLOUR = "#1A1A1A"
# The whole municipality (or any reference a comparison is made against), in every chart: a dark
# grey apart from the series colours and from the near-black of targets (8:1 on white).
REFERENCE_COLOUR = "#4A4F57"


# Okabe–Ito, without the yellow that is too light on white: colour-blind-safe series colours.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D1F", "#5E3C99")
