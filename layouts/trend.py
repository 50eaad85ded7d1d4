"""The trend arrow's words in the page's language (the catalogue's rule, shared with the deck)."""
from __future__ import annotations

from dashboard.i18n import trend_words as trend_text

__all__ = ["trend_text"]
