"""One plain Swedish sentence that explains a progress status with the numbers behind it."""
from __future__ import annotations

from dashboard.formatting import format_number, format_percent
from dashboard.progress import NOT_COMPUTABLE, TARGET_MET, TOO_LITTLE_DATA, Progress
from dashboard.schema import DECREASE


def progress_sentence(progress: Progress, direction: str, unit: str | None = None) -> str:
    """E.g. 'Utfallet behöver öka med 2,1 % per år för att nå målet 2020; det har minskat med 1,8 %
    per år sedan 2017.'"""
    value = _value_text(unit)
    if progress.status == TARGET_MET:
        return (f"Målet för {progress.target_year} ({value(progress.target)}) är nått: "
                f"utfallet {progress.current_year} var {value(progress.current)}.")
    if progress.status == TOO_LITTLE_DATA:
        if progress.current_year is None:
            return "Det finns inget utfall ännu, så utvecklingen kan inte bedömas."
        return (f"Det finns bara ett utfall ({progress.current_year}: {value(progress.current)}), "
                "så utvecklingen kan inte bedömas ännu.")
    if progress.status == NOT_COMPUTABLE:
        return (f"Utvecklingen kan inte beräknas: från {value(progress.base)} ({progress.base_year}) till "
                f"{value(progress.current)} ({progress.current_year}) byter värdet tecken eller så saknas "
                "en förändring att jämföra med.")
    actual = _change(progress.actual_growth, progress.base_year)
    if not progress.has_target:
        better = "lägre" if direction == DECREASE else "högre"
        return f"Inget mål är satt ({better} är bättre); utfallet har {actual}."
    need = "minska" if (progress.required_growth or 0) < 0 else "öka"
    required = format_percent(abs(progress.required_growth or 0))
    return (f"Utfallet behöver {need} med {required} per år för att nå målet {progress.target_year} "
            f"({value(progress.target)}); det har {actual}.")


def _change(growth: float | None, since: int | None) -> str:
    if growth is None or abs(growth) < 0.0005:
        return f"legat still sedan {since}"
    verb = "ökat" if growth > 0 else "minskat"
    return f"{verb} med {format_percent(abs(growth))} per år sedan {since}"


def _value_text(unit: str | None):
    suffix = "\u00a0%" if unit == "%" else ""
    return lambda number: format_number(number) + suffix
