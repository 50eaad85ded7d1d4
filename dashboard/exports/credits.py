"""Who the figures of a scorecard table come from, for every file and embed that credits them.

Figures are credited "Källa: …" with their publication date; what Målbild computes from them
(gaps, statuses, progress, fulfilment) "Bearbetning: Målbild, underlag från …" (Kolada's terms: a
source is never named as the source of another's processing)."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.values import is_missing
from dashboard.i18n import text


def sources_of(table: pd.DataFrame) -> list[tuple[str, object]]:
    """Every source of the table's outcomes and targets with its newest publication date, by name."""
    found: dict[str, object] = {}
    for source_column, date_column in (("source", "published"), ("target_source", "target_published")):
        if source_column not in table:
            continue
        for source, published in zip(table[source_column], table[date_column]):
            if is_missing(source):
                continue
            known = found.get(str(source))
            if known is None or (not is_missing(published) and (is_missing(known) or published > known)):
                found[str(source)] = published
    return sorted(found.items())


def processing_credit(table: pd.DataFrame, lang: str) -> str:
    """'Bearbetning: Målbild, underlag från Kolada, Kommunens budget 2020'."""
    return credit_of(sources_of(table), lang)


def credit_of(sources: list[tuple[str, object]], lang: str) -> str:
    """processing_credit of sources already listed (sources_of)."""
    return text("attribution.processing", lang, sources=", ".join(name for name, _ in sources) or "–")
