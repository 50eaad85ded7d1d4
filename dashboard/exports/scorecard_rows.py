"""The scorecard as rows ready to show: one builder for the page's table, the /embed scorecard and
the deck's slides, so all three say the same thing in the same words.

Every cell is text in the page's language (numbers, gaps, dates, labels); the status keeps its
member too, so each renderer can colour it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.report import table_rows
from dashboard.domain.statuses import Status
from dashboard.domain.values import is_missing
from dashboard.figures.palette import STATUS_CLASS, STATUS_ICON
from dashboard.i18n import status_label, text
from dashboard.i18n.formatting import MISSING, format_date, format_gap, format_percent, format_value
from dashboard.i18n.verdicts import SEPARATOR, progress_span, trend_span, verdict_line


@dataclass(frozen=True)
class ScorecardRow:
    key: str
    indicator: str
    unit: str | None
    year: int  # the follow-up year
    outcome: str
    outcome_year: int | None
    outcome_year_note: str | None  # "utfall 2019" when the outcome is older than the follow-up year
    whole_outcome: str | None  # the whole municipality's outcome, in a district's scorecard
    whole_outcome_year_note: str | None
    target: str
    gap: str
    relative_gap: str | None
    status: Status
    status_text: str  # the status's label in the page's language
    progress: str  # "Försämring sedan 2017"
    trend: str | None  # the arrow
    trend_words: str | None  # "senaste året bättre (83 → 84)"
    verdict: str  # the three as one line: "Ej uppnått · Försämring sedan 2017 · senaste året bättre (83 → 84)"
    sources: tuple[str, ...]  # "Utfall: …, publ. …" and "Mål: …, publ. …" for the values shown

    @property
    def status_icon(self) -> str:
        return STATUS_ICON[self.status]

    @property
    def status_class(self) -> str:
        return STATUS_CLASS[self.status]

    @property
    def spans(self) -> str | None:
        """The verdict line after the status: progress since its base year and the latest trend."""
        parts = self.verdict.split(SEPARATOR, 1)
        return parts[1] if len(parts) > 1 else None


def scorecard_header(year: int, has_reference: bool, lang: str) -> list[str]:
    """The table's column names, in order: indicator, outcome, (whole municipality,) target, gap, status, source."""
    names = [
        text("table.indicator", lang),
        text("table.outcome", lang),
        text("table.target", lang, year=year),
        text("table.gap", lang),
        text("table.status", lang),
        text("table.source", lang),
    ]
    if has_reference:
        names.insert(2, text("table.whole_outcome", lang))
    return names


def scorecard_rows(table: pd.DataFrame, lang: str) -> list[ScorecardRow]:
    """One row per indicator of a scorecard (dashboard.analysis.report.scorecard), in its order."""
    has_reference = "municipality_outcome" in table.columns
    return [_row(row, has_reference, lang) for row in table_rows(table)]


def _row(row: dict, has_reference: bool, lang: str) -> ScorecardRow:
    unit = None if is_missing(row["unit"]) else row["unit"]
    status = Status(row["status"])
    arrow = None if is_missing(row.get("trend")) else row["trend"]
    return ScorecardRow(
        key=row["indicator_key"],
        indicator=row["indicator"],
        unit=unit,
        year=int(row["year"]),
        outcome=format_value(row["outcome"], unit, lang),
        outcome_year=None if is_missing(row["outcome_year"]) else int(row["outcome_year"]),
        outcome_year_note=_year_note(row, "outcome_year", lang),
        whole_outcome=format_value(row["municipality_outcome"], unit, lang) if has_reference else None,
        whole_outcome_year_note=_year_note(row, "municipality_outcome_year", lang) if has_reference else None,
        target=format_value(row["target"], unit, lang),
        gap=format_gap(row["gap"], unit, lang),
        relative_gap=None
        if is_missing(row["relative_gap"])
        else format_percent(row["relative_gap"], signed=True, lang=lang),
        status=status,
        status_text=status_label(status, lang),
        progress=progress_span(row.get("progress"), row.get("progress_base_year"), lang) or MISSING,
        trend=arrow,
        trend_words=trend_span(
            arrow,
            row.get("trend_from_year"),
            row.get("trend_previous"),
            row["outcome"],
            row["outcome_year"],
            unit,
            lang,
        ),
        verdict=verdict_line(row, lang),
        sources=_sources(row, lang),
    )


def _year_note(row: dict, column: str, lang: str) -> str | None:
    year = row.get(column)
    if is_missing(year) or int(year) == int(row["year"]):
        return None
    return text("table.outcome_year", lang, year=int(year))


def _sources(row: dict, lang: str) -> tuple[str, ...]:
    lines = []
    for value, key, source, published in (
        ("outcome", "table.outcome_source", "outcome_source", "published"),
        ("target", "table.target_source", "target_source", "target_published"),
    ):
        if not is_missing(row[value]):
            name = text("table.unknown_source", lang) if is_missing(row[source]) else str(row[source])
            lines.append(text(key, lang, source=name, date=format_date(row[published], lang)))
    return tuple(lines)
