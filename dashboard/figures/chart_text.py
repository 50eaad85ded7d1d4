"""Charts as text: every chart carries its values as table rows and a one-sentence summary, both
made from the data the figure was drawn from (never read back from the figure)."""

from __future__ import annotations

from dataclasses import dataclass, field

import plotly.graph_objects as go

from dashboard.domain.statuses import Status
from dashboard.domain.values import is_missing
from dashboard.i18n import status_label, text
from dashboard.i18n.formatting import format_value


@dataclass(frozen=True)
class TableRow:
    series: str
    label: str
    value: str


@dataclass(frozen=True)
class Chart:
    """A figure with its text alternative: the summary sentence and the values drawn, as rows."""

    figure: go.Figure
    summary: str = ""
    rows: list[TableRow] = field(default_factory=list)

    def described(self, summary: str) -> Chart:
        return Chart(self.figure, summary, self.rows)


def value_rows(series: str, labels, values, unit: str | None, lang: str) -> list[TableRow]:
    """One row per drawn value, written as on screen; a missing value says so."""
    return [
        TableRow(
            series, str(label), text("chart.missing", lang) if is_missing(value) else format_value(value, unit, lang)
        )
        for label, value in zip(labels, values)
    ]


def gap_summary(table, year, lang: str = "sv") -> str:
    """'4 indikatorer med både utfall och mål 2020: 1 Nära målet, 3 Ej uppnått.'"""
    shown = table[table["relative_gap"].notna()] if "relative_gap" in table else table.iloc[0:0]
    if shown.empty:
        return text("summary.gap_none", lang)
    counts = shown["status"].value_counts()
    parts = [
        text("summary.gap_part", lang, count=int(counts[status]), status=status_label(status, lang))
        for status in Status
        if status in counts
    ]
    return text("summary.gap", lang, count=len(shown), year=year, parts=", ".join(parts))


def indicator_summary(row, lang: str = "sv") -> str:
    """'Utfallet 2020 var 17, målet 15; målet är inte uppnått.' for the indicator's scorecard row."""
    if row is None or row["status"] == Status.NO_OUTCOME:
        return text("summary.empty", lang)
    unit = None if is_missing(row["unit"]) else row["unit"]
    outcome = format_value(row["outcome"], unit, lang)
    year = int(row["outcome_year"]) if not is_missing(row["outcome_year"]) else int(row["year"])
    if row["status"] == Status.NO_TARGET:
        return text("summary.indicator_no_target", lang, year=year, outcome=outcome)
    verdict = {Status.MET: "summary.verdict_met", Status.NEAR: "summary.verdict_near"}.get(
        row["status"], "summary.verdict_not_met"
    )
    return text(
        "summary.indicator",
        lang,
        year=year,
        outcome=outcome,
        target=format_value(row["target"], unit, lang),
        verdict=text(verdict, lang),
    )


def comparison_summary(title: str, table, name_column: str, lang: str = "sv") -> str:
    """'Valdeltagande 2018: Hässleholmen 56,5 %, Sjöbo saknas.' for the compared table."""
    unit = table["unit"].dropna().iloc[-1] if "unit" in table and table["unit"].notna().any() else None
    parts = [
        f"{name} {text('chart.missing', lang) if is_missing(value) else format_value(value, unit, lang)}"
        for name, value in zip(table[name_column], table["outcome"])
    ]
    if not parts:
        return text("summary.empty", lang)
    return text("summary.bars", lang, title=title, parts=", ".join(parts))
