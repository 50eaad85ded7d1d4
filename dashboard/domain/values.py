"""Small rules about values that every layer shares: what counts as missing, and Swedish order."""

from __future__ import annotations

import math

import pandas as pd

_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "é": "e", "ü": "y"})


def is_missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def swedish_sort_key(text) -> str:
    """Alphabetical order as Swedish readers expect it: … x y z å ä ö."""
    return str(text).casefold().translate(_SWEDISH_ORDER)
