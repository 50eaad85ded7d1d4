"""The core's notices (written in Swedish) in the page's language.

Each Swedish catalogue template under `notice.` is the core's own wording; it is read back as a
pattern, and the same placeholders fill the other language's template. A notice that matches no
template stays Swedish, and the page marks it so.
"""
from __future__ import annotations

import re
from functools import lru_cache

from dashboard.i18n import CATALOGUES, DEFAULT, area_label, text

TEMPLATES = ("notice.year", "notice.unknown", "notice.indicator", "notice.areas", "notice.municipalities",
             "notice.compare_year")


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern:
    parts = re.split(r"{(\w+)}", CATALOGUES[DEFAULT][key])
    regex = "".join(f"(?P<{part}>.+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts))
    return re.compile(f"^{regex}$")


def translate_notice(notice: str, lang: str) -> tuple[str, bool]:
    """(the notice in `lang`, whether it is in `lang`); Swedish notices are returned as they are."""
    if lang == DEFAULT:
        return notice, True
    for key in TEMPLATES:
        found = _pattern(key).match(notice)
        if found:
            values = found.groupdict()
            if "what" in values:
                values["what"] = text(f"notice.what.{values['what']}", lang)
            if values.get("shown") == text("notice.all", DEFAULT):
                values["shown"] = text("notice.all", lang)
            elif "shown" in values:
                values["shown"] = area_label(values["shown"], lang)
            return text(key, lang, **values), True
    return notice, False
