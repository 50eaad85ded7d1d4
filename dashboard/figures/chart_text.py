"""Charts as text: the values behind a plotly figure as table rows, and one-sentence summaries.

Pure: works on the figure as JSON (plotly ≥ 6 sends number arrays as base64 `bdata`), never imports dash.
"""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass

import numpy as np

from dashboard.i18n.formatting import format_number, format_value
from dashboard.domain.values import is_missing
from dashboard.domain.statuses import Status
from dashboard.i18n import status_label, text

_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class TableRow:
    series: str
    label: str
    value: str


def values(array) -> list:
    """A plotly data array as a list: plain lists stay, typed arrays ({dtype, bdata}) are decoded."""
    if array is None:
        return []
    if isinstance(array, dict) and "bdata" in array:
        decoded = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"]))
        return decoded.tolist()
    return list(array)


def plain(label) -> str:
    """Plotly text without its markup: '<b>A &amp; B</b><br>C' → 'A & B C'."""
    cleaned = _TAGS.sub(" ", str(label))
    cleaned = cleaned.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(cleaned.split())


def figure_rows(figure: dict | None, lang: str = "sv") -> list[TableRow]:
    """Every drawn value: (trace name, x or category, value), in the figure's order."""
    rows = []
    for trace in (figure or {}).get("data", []):
        xs, ys = values(trace.get("x")), values(trace.get("y"))
        if trace.get("orientation") == "h":
            xs, ys = ys, xs
        name = plain(trace.get("name") or "")
        for label, value in zip(xs, ys):
            if value is None or (isinstance(value, float) and np.isnan(value)):
                value_text = text("chart.missing", lang)
            else:
                value_text = format_number(value, lang=lang)
            rows.append(TableRow(name, plain(label), value_text))
    return rows


def gap_summary(table, year, lang: str = "sv") -> str:
    """'4 indikatorer med både utfall och mål 2020: 1 Nära målet, 3 Ej uppnått.'"""
    shown = table[table["relative_gap"].notna()] if "relative_gap" in table else table.iloc[0:0]
    if shown.empty:
        return text("summary.gap_none", lang)
    counts = shown["status"].value_counts()
    parts = [text("summary.gap_part", lang, count=int(counts[status]), status=status_label(status, lang))
             for status in Status if status in counts]
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
    verdict = {Status.MET: "summary.verdict_met", Status.NEAR: "summary.verdict_near"}.get(row["status"], "summary.verdict_not_met")
    return text("summary.indicator", lang, year=year, outcome=outcome, target=format_value(row["target"], unit, lang),
                verdict=text(verdict, lang))


def comparison_summary(title: str, table, name_column: str, lang: str = "sv") -> str:
    """'Valdeltagande 2018: Hässleholmen 56,5 %, Sjöbo saknas.' for the compared table."""
    unit = table["unit"].dropna().iloc[-1] if "unit" in table and table["unit"].notna().any() else None
    parts = [f"{name} {text('chart.missing', lang) if is_missing(value) else format_value(value, unit, lang)}"
             for name, value in zip(table[name_column], table["outcome"])]
    if not parts:
        return text("summary.empty", lang)
    return text("summary.bars", lang, title=title, parts=", ".join(parts))
