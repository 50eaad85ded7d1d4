"""A row's verdicts as one line that names every span: the status, the progress since its base year,
and the trend since the previous outcome, e.g. "Ej uppnått · Försämring sedan 2017 · senaste året
bättre (83 → 84)". The same line on screen, in the dialog, the deck and the embed."""

from __future__ import annotations

from dashboard.domain.statuses import Status, Trend
from dashboard.domain.values import is_missing
from dashboard.i18n import progress_label, status_label, text
from dashboard.i18n.formatting import format_value

SEPARATOR = " · "


def progress_span(progress, since_year, lang: str) -> str | None:
    """'Försämring sedan 2017'; a label without a measure ('För lite data') stands alone."""
    if is_missing(progress):
        return None
    label = progress_label(progress, lang)
    if is_missing(since_year):
        return label
    return text("span.progress_since", lang, progress=label, year=int(since_year))


def trend_span(arrow, from_year, previous, current, current_year, unit, lang: str) -> str | None:
    """'senaste året bättre (83 → 84)', or 'bättre sedan 2017 (83 → 84)' when a year is missing between."""
    try:
        trend = Trend(arrow)
    except ValueError:
        return None
    if is_missing(from_year) or is_missing(previous) or is_missing(current):
        return None
    values = dict(
        trend=text(f"trend.word.{trend.name.lower()}", lang),
        previous=format_value(previous, unit, lang),
        current=format_value(current, unit, lang),
    )
    if not is_missing(current_year) and int(current_year) - int(from_year) == 1:
        return text("span.trend_last_year", lang, **values)
    return text("span.trend_since", lang, year=int(from_year), **values)


def verdict_line(row: dict, lang: str) -> str:
    """The status, the progress and the trend of a scorecard row, as one line."""
    unit = None if is_missing(row.get("unit")) else row["unit"]
    parts = [status_label(row["status"], lang)]
    if row["status"] != Status.STALE:  # nothing is measured from a stale outcome
        parts.append(progress_span(row.get("progress"), row.get("progress_base_year"), lang))
        parts.append(
            trend_span(
                row.get("trend"),
                row.get("trend_from_year"),
                row.get("trend_previous"),
                row.get("outcome"),
                row.get("outcome_year"),
                unit,
                lang,
            )
        )
    return SEPARATOR.join(part for part in parts if part)
