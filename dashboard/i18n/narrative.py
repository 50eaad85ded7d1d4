"""The sentences that explain a progress status with the numbers behind it, in the page's language:
what is still needed from where the outcome is now, then how it has moved since the base year."""

from __future__ import annotations

from dashboard.analysis.progress import ProgressMeasure, growth, pace
from dashboard.domain.schema import DECREASE
from dashboard.domain.statuses import Progress
from dashboard.i18n import text
from dashboard.i18n.formatting import format_gap, format_number, format_percent


def progress_sentence(progress: ProgressMeasure, direction: str, unit: str | None = None, lang: str = "sv") -> str:
    """E.g. 'Utfallet behöver öka med 8 p.e. på ett år för att nå målet 2020 (92 %). Sedan 2017 har
    utfallet minskat med 0,4 % per år.'"""
    value = _value_text(unit, lang)
    if progress.status == Progress.TARGET_MET:
        return text(
            "narrative.met",
            lang,
            target_year=progress.target_year,
            target=value(progress.target),
            current_year=progress.current_year,
            current=value(progress.current),
        )
    if progress.current_year is None:
        return text("narrative.no_outcome", lang)
    if progress.stale:
        return text("narrative.stale", lang, current_year=progress.current_year, current=value(progress.current))
    if progress.status == Progress.TOO_LITTLE_DATA and progress.target is None:
        return text("narrative.one_outcome", lang, year=progress.current_year, value=value(progress.current))
    history = _history(progress, unit, lang)
    if not progress.has_target:
        if progress.status == Progress.NOT_COMPUTABLE:
            return text(
                "narrative.not_computable",
                lang,
                base=value(progress.base),
                base_year=progress.base_year,
                current=value(progress.current),
                current_year=progress.current_year,
            )
        better = text("narrative.lower" if direction == DECREASE else "narrative.higher", lang)
        return _sentences(text("narrative.no_target", lang, better=better), history)
    return _sentences(_needs(progress, unit, lang), history)


def _sentences(*sentences: str) -> str:
    """Joined; a sentence ending in an abbreviation ('8 p.e..') keeps one full stop."""
    return " ".join(sentence[:-1] if sentence.endswith("..") else sentence for sentence in sentences if sentence)


def _needs(progress: ProgressMeasure, unit: str | None, lang: str) -> str:
    """What is still needed: per year until the target year, in one year, or (the year reached) all of it."""
    needed = progress.needed_per_year or 0.0
    verb = text("narrative.decrease" if needed < 0 else "narrative.increase", lang)
    years_left = progress.target_year - progress.current_year
    key = (
        "narrative.needs_now"
        if years_left <= 0
        else "narrative.needs_one_year"
        if years_left == 1
        else "narrative.needs"
    )
    return text(
        key,
        lang,
        verb=verb,
        amount=_amount(abs(needed), unit, lang),
        target_year=progress.target_year,
        target=_value_text(unit, lang)(progress.target),
    )


def _history(progress: ProgressMeasure, unit: str | None, lang: str) -> str:
    """How the outcome has moved since the base year, per year: in percent where both values are
    non-zero with the same sign (compound growth), else in the indicator's unit."""
    if progress.base_year is None or progress.base_year == progress.current_year:
        return ""
    span = (progress.current, progress.base, progress.current_year, progress.base_year)
    change = growth(*span)
    relative = change is not None
    if not relative:
        change = pace(*span)
    if abs(change) < (0.0005 if relative else 1e-9):
        return text("narrative.still", lang, since=progress.base_year)
    rate = format_percent(abs(change), lang=lang) if relative else _amount(abs(change), unit, lang)
    return text("narrative.rose" if change > 0 else "narrative.fell", lang, rate=rate, since=progress.base_year)


def _amount(amount: float, unit: str | None, lang: str) -> str:
    """A change in the indicator's unit: percentage points for a percentage."""
    return format_gap(amount, unit, lang).lstrip("+")


def _value_text(unit: str | None, lang: str):
    suffix = "\u00a0%" if unit == "%" else ""
    return lambda number: format_number(number, lang=lang) + suffix
