"""Every user-facing string, one catalogue per language (sv.py, en.py with the same keys).

`text(key, lang, **values)` looks a string up and fills in its `{placeholders}`. Swedish is the
default; data (indicator names, goal areas, sources) is never translated. The Swedish status and
progress labels are also the values in the data and the exports, so they are translated only for
display.
"""
from __future__ import annotations

from dashboard.i18n import en, sv

LANGUAGES = ("sv", "en")
DEFAULT = "sv"
CATALOGUES = {"sv": sv.TEXT, "en": en.TEXT}


def language(value) -> str:
    """A supported language code from anything a URL may hold ('EN' → 'en', 'de' → 'sv')."""
    code = str(value or "").strip().lower()
    return code if code in LANGUAGES else DEFAULT


def text(key: str, lang: str = DEFAULT, **values) -> str:
    template = CATALOGUES[language(lang)][key]
    return template.format(**values) if values else template


def status_label(status: str, lang: str = DEFAULT) -> str:
    """A status as shown: the Swedish label itself, or its translation (the data keeps Swedish)."""
    key = sv.STATUS_KEYS.get(status)
    return text(key, lang) if key else str(status)


def progress_label(label: str, lang: str = DEFAULT) -> str:
    key = sv.PROGRESS_KEYS.get(label)
    return text(key, lang) if key else str(label)


def area_label(area, lang: str = DEFAULT) -> str:
    """An area as shown: the whole municipality is Målbild's own term and is translated; districts are data."""
    from dashboard.schema import WHOLE_MUNICIPALITY
    return text("area.whole", lang) if area == WHOLE_MUNICIPALITY else str(area)


def plotly_locale(lang: str = DEFAULT) -> dict:
    """plotly.js config for the chart toolbar's own texts in `lang` (its dictionary from the catalogue)."""
    code = language(lang)
    dictionary = {key.removeprefix("plotly."): value for key, value in CATALOGUES[code].items()
                  if key.startswith("plotly.")}
    return {"locale": code, "locales": {code: {"dictionary": dictionary}}}
