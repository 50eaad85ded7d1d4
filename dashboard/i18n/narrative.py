"""One plain sentence that explains a progress status with the numbers behind it, in the page's language."""

from __future__ import annotations

from dashboard.analysis.progress import ProgressMeasure
from dashboard.domain.schema import DECREASE
from dashboard.domain.statuses import Progress
from dashboard.i18n import text
from dashboard.i18n.formatting import format_number, format_percent


def progress_sentence(progress: ProgressMeasure, direction: str, unit: str | None = None, lang: str = "sv") -> str:
    """E.g. 'Utfallet behöver öka med 2,1 % per år för att nå målet 2020; det har minskat med 1,8 %
    per år sedan 2017.'"""
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
    if progress.status == Progress.TOO_LITTLE_DATA:
        if progress.current_year is None:
            return text("narrative.no_outcome", lang)
        return text("narrative.one_outcome", lang, year=progress.current_year, value=value(progress.current))
    if progress.status == Progress.NOT_COMPUTABLE:
        return text(
            "narrative.not_computable",
            lang,
            base=value(progress.base),
            base_year=progress.base_year,
            current=value(progress.current),
            current_year=progress.current_year,
        )
    actual = _change(progress.actual_growth, progress.base_year, lang)
    if not progress.has_target:
        better = text("narrative.lower" if direction == DECREASE else "narrative.higher", lang)
        return text("narrative.no_target", lang, better=better, actual=actual)
    need = text("narrative.decrease" if (progress.required_growth or 0) < 0 else "narrative.increase", lang)
    required = format_percent(abs(progress.required_growth or 0), lang=lang)
    return text(
        "narrative.needs",
        lang,
        need=need,
        required=required,
        target_year=progress.target_year,
        target=value(progress.target),
        actual=actual,
    )


def _change(growth: float | None, since: int | None, lang: str) -> str:
    if growth is None or abs(growth) < 0.0005:
        return text("narrative.still", lang, since=since)
    return text(
        "narrative.rose" if growth > 0 else "narrative.fell",
        lang,
        rate=format_percent(abs(growth), lang=lang),
        since=since,
    )


def _value_text(unit: str | None, lang: str):
    suffix = "\u00a0%" if unit == "%" else ""
    return lambda number: format_number(number, lang=lang) + suffix
