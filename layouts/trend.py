"""The trend arrow's words in the page's language."""
from __future__ import annotations

import re

from dashboard.formatting import is_missing
from dashboard.i18n import text
from dashboard.progress import BETTER, UNCHANGED, WORSE

TREND_KEYS = {BETTER: "trend.better", UNCHANGED: "trend.unchanged", WORSE: "trend.worse"}


def trend_text(arrow, swedish: str | None, lang: str) -> str | None:
    """The core writes 'bättre än föregående utfall (2019)'; other languages get it from the catalogue."""
    if is_missing(arrow) or arrow not in TREND_KEYS:
        return None
    if lang == "sv" and swedish:
        return swedish
    year = re.search(r"\((\d{4})\)", swedish or "")
    return text(TREND_KEYS[arrow], lang, year=year.group(1) if year else "")
