"""The languages Målbild speaks: Swedish by default, English on request (`lang=en`)."""

from __future__ import annotations

LANGUAGES = ("sv", "en")
DEFAULT = "sv"


def language(value) -> str:
    """A supported language code from anything a URL may hold ('EN' → 'en', 'de' → 'sv')."""
    code = str(value or "").strip().lower()
    return code if code in LANGUAGES else DEFAULT
