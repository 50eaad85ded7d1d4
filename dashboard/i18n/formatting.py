"""Numbers and dates as readers expect them: Swedish 1 234,5 and −2 (with a real minus sign) by
default, English 1,234.5 with `lang="en"`."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.values import is_missing

NBSP = "\u00a0"
MINUS = "\u2212"
# plotly's `separators`: decimal mark, then thousands separator.
PLOTLY_SEPARATORS = "," + NBSP
SEPARATORS = {"sv": (",", NBSP), "en": (".", ",")}  # (decimal mark, thousands separator)
POINTS = {"sv": "p.e.", "en": "p.p."}  # percentage points
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MISSING = "–"


def plotly_separators(lang: str = "sv") -> str:
    decimal, thousands = SEPARATORS.get(lang, SEPARATORS["sv"])
    return decimal + thousands


def format_number(value, max_decimals: int = 2, signed: bool = False, lang: str = "sv") -> str:
    """The language's format with at most `max_decimals` decimals, trailing zeros dropped."""
    if is_missing(value):
        return MISSING
    number = round(float(value), max_decimals)
    if number == 0:
        number = 0.0  # no "−0"
    text = f"{abs(number):,.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    decimal, thousands = SEPARATORS.get(lang, SEPARATORS["sv"])
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    if number < 0:
        return MINUS + text
    return ("+" + text) if signed and number > 0 else text


def format_percent(fraction, decimals: int = 1, signed: bool = False, lang: str = "sv") -> str:
    """A fraction as a percentage: −0.0391 → '−3,9 %' (Swedish), '−3.9 %' (English)."""
    if is_missing(fraction):
        return MISSING
    return format_number(float(fraction) * 100, decimals, signed, lang) + NBSP + "%"


def format_value(value, unit: str | None, lang: str = "sv") -> str:
    """A figure followed by % for percentages; other units are named in the column or axis title."""
    text = format_number(value, lang=lang)
    if text == MISSING or is_missing(unit) or not unit:
        return text
    return f"{text}{NBSP}%" if unit.strip() == "%" else text


def format_gap(gap, unit: str | None, lang: str = "sv") -> str:
    """A gap in the indicator's unit; a gap between percentages is in percentage points."""
    text = format_number(gap, signed=True, lang=lang)
    if text == MISSING or is_missing(unit) or not unit:
        return text
    return f"{text}{NBSP}{POINTS.get(lang, POINTS['sv'])}" if unit.strip() == "%" else text


def format_date(value, lang: str = "sv") -> str:
    """ISO (2020-11-12) in Swedish, as Swedish readers write dates; '12 Nov 2020' in English."""
    if is_missing(value):
        return MISSING
    day = pd.Timestamp(value)
    if lang == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime("%Y-%m-%d")
