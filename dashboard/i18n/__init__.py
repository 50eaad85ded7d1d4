"""Every user-facing string, one catalogue per language (sv.py, en.py with the same keys).

`text(key, lang, **values)` looks a string up and fills in its `{placeholders}`. Swedish is the
default; data (indicator names, goal areas, sources) is never translated. The Swedish status and
progress labels are also the values in the data and the exports, so they are translated only for
display.
"""
from __future__ import annotations

import re

from dashboard.analysis.gaps import MET, NEAR, NO_OUTCOME, NO_TARGET, NOT_MET
from dashboard.i18n import en, sv
from dashboard.analysis.progress import (BETTER, CLEAR_IMPROVEMENT, DETERIORATION, LIMITED_PROGRESS, MODERATE_IMPROVEMENT,
                                MODERATE_PROGRESS, NOT_COMPUTABLE, ON_TRACK, TARGET_MET, TOO_LITTLE_DATA, UNCHANGED,
                                WEAK_IMPROVEMENT, WORSE)

LANGUAGES = ("sv", "en")
DEFAULT = "sv"
CATALOGUES = {"sv": sv.TEXT, "en": en.TEXT}
# The data's Swedish labels → their catalogue keys
STATUS_KEYS = {MET: "status.met", NEAR: "status.near", NOT_MET: "status.not_met", NO_OUTCOME: "status.no_outcome",
               NO_TARGET: "status.no_target"}
PROGRESS_KEYS = {TARGET_MET: "progress.target_met", ON_TRACK: "progress.on_track",
                 MODERATE_PROGRESS: "progress.moderate", LIMITED_PROGRESS: "progress.limited",
                 DETERIORATION: "progress.deterioration", CLEAR_IMPROVEMENT: "progress.clear_improvement",
                 MODERATE_IMPROVEMENT: "progress.moderate_improvement", WEAK_IMPROVEMENT: "progress.weak_improvement",
                 TOO_LITTLE_DATA: "progress.too_little_data", NOT_COMPUTABLE: "progress.not_computable"}


def language(value) -> str:
    """A supported language code from anything a URL may hold ('EN' → 'en', 'de' → 'sv')."""
    code = str(value or "").strip().lower()
    return code if code in LANGUAGES else DEFAULT


def text(key: str, lang: str = DEFAULT, **values) -> str:
    template = CATALOGUES[language(lang)][key]
    return template.format(**values) if values else template


def status_label(status: str, lang: str = DEFAULT) -> str:
    """A status as shown: the Swedish label itself, or its translation (the data keeps Swedish)."""
    key = STATUS_KEYS.get(status)
    return text(key, lang) if key else str(status)


def progress_label(label: str, lang: str = DEFAULT) -> str:
    key = PROGRESS_KEYS.get(label)
    return text(key, lang) if key else str(label)


def area_label(area, lang: str = DEFAULT) -> str:
    """An area as shown: the whole municipality is Målbild's own term and is translated; districts are data."""
    from dashboard.domain.schema import WHOLE_MUNICIPALITY
    return text("area.whole", lang) if area == WHOLE_MUNICIPALITY else str(area)


def plotly_locale(lang: str = DEFAULT) -> dict:
    """plotly.js config for the chart toolbar's own texts in `lang` (its dictionary from the catalogue)."""
    code = language(lang)
    dictionary = {key.removeprefix("plotly."): value for key, value in CATALOGUES[code].items()
                  if key.startswith("plotly.")}
    return {"locale": code, "locales": {code: {"dictionary": dictionary}}}


TREND_KEYS = {BETTER: "trend.better", UNCHANGED: "trend.unchanged", WORSE: "trend.worse"}


def trend_words(arrow, swedish: str | None, lang: str = DEFAULT) -> str | None:
    """The core writes 'bättre än föregående utfall (2019)'; other languages get it from the catalogue."""
    if not isinstance(arrow, str) or arrow not in TREND_KEYS:
        return None
    if language(lang) == DEFAULT and swedish:
        return swedish
    year = re.search(r"\((\d{4})\)", swedish or "")
    return text(TREND_KEYS[arrow], lang, year=year.group(1) if year else "")


def long_date(day, lang: str = DEFAULT) -> str:
    """'22 november 2026' / '22 November 2026': the long date for a cover."""
    months = text("deck.months", lang).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"
