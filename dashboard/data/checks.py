"""What a valid cell is, column kind by column kind, as functions of the cell's text alone.

Every check of a single cell depends on its text and nothing else, so validation applies these to
the distinct values of a column (a few hundred at national scale, where there are millions of
cells) and DuckDB carries the verdicts back to the rows. The rules are pandas operations on a
Series of stripped texts, the ones the validator has always used, so a value is judged the same
whether a file has ten rows or ten million.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain.schema import DIRECTIONS, GENDERS, TOTAL, YEAR_RANGE


def stripped(values: pd.Series) -> pd.Series:
    """Cells as text without surrounding whitespace; a missing cell is ''."""
    return values.astype(object).where(values.notna(), "").astype(str).str.strip()


def years(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(year as Int64, bad): whole numbers in YEAR_RANGE, written as digits (2020 or 2020.0)."""
    looks_like_year = texts.str.fullmatch(r"-?\d+(\.0+)?")
    numbers = pd.to_numeric(texts.where((texts != "") & looks_like_year), errors="coerce")
    whole = numbers.notna() & (numbers == numbers.round())
    in_range = whole & numbers.between(*YEAR_RANGE)
    bad = (texts != "") & ~in_range
    return numbers.where(in_range).astype("Int64"), bad


def numbers(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(value as float64, bad): finite numbers with a decimal point."""
    values = pd.to_numeric(texts.where(texts != ""), errors="coerce").astype("float64")
    bad = (texts != "") & ~np.isfinite(values.fillna(0.0)) | (texts != "") & values.isna()
    return values.where(~bad), bad


def is_decimal_comma(text: str) -> bool:
    """'12,5': a number that only needs a decimal point instead of the comma."""
    return text.count(",") == 1 and text.replace(",", "").replace("-", "", 1).isdigit()


def directions(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(direction, bad): increase or decrease in any case. An empty direction stays empty:
    undeclared. Gaps and statuses read it as higher-is-better (the documented default), but
    nothing ranks or calls one outcome better than another on it."""
    lowered = texts.str.lower()
    bad = (texts != "") & ~lowered.isin(DIRECTIONS)
    return lowered.where(lowered.isin(DIRECTIONS), ""), bad


def genders(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(gender, bad): T, K or M in any case; an empty cell is the total (T). A wrong value keeps its
    text, so its row is reported for it alone, never also as a repeat of the total's row."""
    upper = texts.str.upper()
    bad = (texts != "") & ~upper.isin(GENDERS)
    return upper.where(texts != "", TOTAL), bad


def dates(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(date as datetime64[s], bad): ISO dates, YYYY-MM-DD, that exist."""
    parsed = pd.to_datetime(texts.where(texts.str.fullmatch(r"\d{4}-\d{2}-\d{2}")), format="%Y-%m-%d", errors="coerce")
    return parsed.astype("datetime64[s]"), (texts != "") & parsed.isna()


def bad_codes(texts: pd.Series) -> pd.Series:
    """Municipality codes are four digits (0114)."""
    return (texts != "") & ~texts.str.fullmatch(r"\d{4}")
