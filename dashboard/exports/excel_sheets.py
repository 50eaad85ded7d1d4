"""Excel files made for people: three sheets.

1. The table as on screen: headers in the page's language, values rounded as on screen with number
   formats (not text), labels translated, an autofilter and a frozen header row.
2. "Data": the machine columns exactly as the CSV contract (for formulas and scripts).
3. "Om uttaget" / "About this export": what was selected, the link to the view, when it was
   exported, the sources with their publication dates, the method and who processed the figures.

Text is always stored as text (never a formula) and neutralised like the CSV.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd

from dashboard.data.writers import neutralise
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from dashboard.domain.values import is_missing
from dashboard.exports.credits import credit_of
from dashboard.i18n import area_label, progress_label, status_label, text

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DECIMALS = 2  # as the page shows numbers (dashboard.i18n.formatting.format_number)


@dataclass(frozen=True)
class Column:
    header: str  # catalogue key
    source: str  # column of the table
    kind: str = "text"  # text, number, percent, year, date, status, progress, fulfilment


SCORECARD_COLUMNS = (
    Column("xlsx.goal_area", "goal_area"),
    Column("xlsx.indicator", "indicator"),
    Column("xlsx.unit", "unit"),
    Column("xlsx.outcome", "outcome", "number"),
    Column("xlsx.outcome_year", "outcome_year", "year"),
    Column("xlsx.target", "target", "number"),
    Column("xlsx.gap", "gap", "number"),
    Column("xlsx.relative_gap", "relative_gap", "percent"),
    Column("xlsx.status", "status", "status"),
    Column("xlsx.progress", "progress", "progress"),
    Column("xlsx.trend", "trend"),
    Column("xlsx.source", "source"),
    Column("xlsx.published", "published", "date"),
    Column("xlsx.target_source", "target_source"),
    Column("xlsx.target_published", "target_published", "date"),
)
GOALS_COLUMNS = (
    Column("xlsx.goal_area", "goal_area"),
    Column("xlsx.goal", "goal"),
    Column("xlsx.fulfilment", "fulfilment", "fulfilment"),
    Column("xlsx.indicators", "indicators", "year"),
    Column("xlsx.met", "met", "year"),
    Column("xlsx.near", "near", "year"),
    Column("xlsx.not_met", "not_met", "year"),
    Column("xlsx.not_judged", "not_judged", "year"),
    Column("xlsx.rule", "rule"),
    Column("xlsx.assessment", "assessment", "fulfilment"),
    Column("xlsx.analysis", "analysis"),
)


def people_workbook(
    table: pd.DataFrame,
    columns: tuple[Column, ...],
    machine: Callable,
    selection,
    view_url: str,
    sources: list[tuple[str, object]],
    now: datetime | None = None,
    title: str = "xlsx.sheet_table",
) -> bytes:
    """The three sheets; `machine(workbook)` adds the CSV contract's sheet (dashboard.exports.tables)."""
    from openpyxl import Workbook  # imported when used: 12 MB that most workers never need
    from openpyxl.styles import Alignment, Font

    lang = selection.lang
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = text(title, lang)[:31]
    sheet.append([text(column.header, lang) for column in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for _, row in table.iterrows():
        sheet.append([_shown(row.get(column.source), column.kind, lang) for column in columns])
    for index, column in enumerate(columns, start=1):
        _format_column(sheet, index, column, lang)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    machine(workbook)
    _about_sheet(workbook, selection, view_url, sources, now or datetime.now(STOCKHOLM), lang)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _shown(value, kind: str, lang: str):
    if value is None or is_missing(value) or value is pd.NaT:
        return None
    if kind == "number":
        number = float(value)
        return None if math.isnan(number) else round(number, DECIMALS)
    if kind == "percent":
        return round(float(value), DECIMALS + 2)  # a fraction shown as 0,0 %
    if kind == "year":
        return int(value)
    if kind == "date":
        return pd.Timestamp(value).to_pydatetime()
    if kind == "status":
        return status_label(value, lang)
    if kind == "progress":
        return progress_label(value, lang)
    if kind == "fulfilment":
        return _fulfilment(value, lang)
    return neutralise(str(value))


def _fulfilment(value, lang: str) -> str:
    from dashboard.domain.statuses import Fulfilment
    from dashboard.i18n import label

    try:
        return label(Fulfilment(value), lang)
    except ValueError:
        return str(value)


def _format_column(sheet, index: int, column: Column, lang: str) -> None:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(index)
    cells = sheet[letter][1:]
    for cell in cells:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # never a formula
        elif column.kind == "number" and cell.value is not None:
            cell.number_format = "#,##0" if float(cell.value).is_integer() else "#,##0.0#"
        elif column.kind == "percent":
            cell.number_format = "0.0%"
        elif column.kind == "year":
            cell.number_format = "0"
        elif column.kind == "date":
            cell.number_format = "yyyy-mm-dd"
    header = len(text(column.header, lang))
    widest = max([header] + [len(str(cell.value)) for cell in cells[:200] if cell.value is not None])
    sheet.column_dimensions[letter].width = min(50, max(8, widest + 2))


def _about_sheet(workbook, selection, view_url: str, sources, now: datetime, lang: str) -> None:
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet(text("xlsx.sheet_about", lang)[:31])
    rows = [
        (text("filters.municipality", lang), selection.municipality),
        (text("filters.area", lang), area_label(selection.area or WHOLE_MUNICIPALITY, lang)),
        (text("filters.goal_area", lang), selection.goal_area or text("filters.all_goal_areas", lang)),
        (text("filters.year", lang), selection.year),
        (text("filters.as_of", lang), selection.as_of or text("filters.latest", lang)),
        (text("filters.gender", lang), text(f"filters.gender_{selection.gender}", lang)),
        (text("xlsx.view_link", lang), view_url),
    ]
    link_row = len(rows)  # the row the view's link is in (a spreadsheet's rows count from 1)
    rows.append((text("xlsx.exported", lang), now.strftime("%Y-%m-%d %H:%M")))
    for source, published in sources:
        date = "" if is_missing(published) else pd.Timestamp(published).strftime("%Y-%m-%d")
        rows.append((text("xlsx.source_row", lang), text("xlsx.source_line", lang, source=source, date=date)))
    rows.append((text("xlsx.processing", lang), credit_of(sources, lang)))
    rows.append((text("xlsx.method", lang), text("app.footer_method", lang)))
    for label, value in rows:
        sheet.append([label, neutralise(value) if isinstance(value, str) else value])
    for cell in sheet["A"]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    for cell in sheet["B"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(cell.value, str):
            cell.data_type = "s"
    link = sheet.cell(row=link_row, column=2)
    link.hyperlink = view_url
    link.style = "Hyperlink"
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 100
