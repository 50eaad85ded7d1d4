"""The scorecard as files: plain CSV for scripts (written by dashboard/data/writers.py), XLSX for
people who open it in Excel.

XLSX: real numbers and dates in cells, relative gap formatted as a percentage; text is always
stored as text, so a name starting with '=' never becomes a formula.
Both neutralise text that a spreadsheet would run (starting with = + - @ tab or CR) with a leading
apostrophe; numbers stay numbers, negative gaps included.
"""

from __future__ import annotations

import math
from functools import partial

import pandas as pd

from dashboard.analysis.goal_areas import fulfilment_table, selection_summaries
from dashboard.analysis.report import export_table, scorecard
from dashboard.data.writers import DATE_COLUMNS, INTEGER_COLUMNS, NUMBER_COLUMNS, neutralise, to_csv_bytes
from dashboard.domain.values import is_missing
from dashboard.exports.credits import sources_of
from dashboard.exports.excel_sheets import GOALS_COLUMNS, SCORECARD_COLUMNS, people_workbook
from dashboard.exports.names import table_file_name
from dashboard.followup.markdown_subset import parse, plain
from dashboard.i18n import render, text


def data_sheet(workbook, table: pd.DataFrame, title: str = "Data") -> None:
    """The machine columns exactly as the CSV contract, as a sheet of `workbook`: real numbers and
    dates, the relative gap as a percentage, text never a formula."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title[:31])
    sheet.append(list(table.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in table.itertuples(index=False):
        sheet.append([_xlsx_value(name, value) for name, value in zip(table.columns, values)])
    for column_index, name in enumerate(table.columns, start=1):
        letter = get_column_letter(column_index)
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif name == "relative_gap":
                cell.number_format = "0.0%"
            elif name in DATE_COLUMNS:
                cell.number_format = "yyyy-mm-dd"
        width = max([len(str(name))] + [len(str(c.value)) for c in sheet[letter][1:50] if c.value is not None])
        sheet.column_dimensions[letter].width = min(60, width + 2)
    sheet.freeze_panes = "A2"


def _xlsx_value(name: str, value):
    if is_missing(value) or value is pd.NaT:
        return None
    if name in DATE_COLUMNS:
        return pd.Timestamp(value).to_pydatetime()
    if name in INTEGER_COLUMNS:
        return int(value)
    if name in NUMBER_COLUMNS:
        number = float(value)
        return None if math.isnan(number) else number
    return neutralise(str(value))


def goals_file(
    dataset, selection, settings, kind: str, approved: dict | None = None, view_url: str = ""
) -> tuple[bytes, str]:
    """The fulfilment of every goal area and goal of a normalized selection as CSV or XLSX bytes,
    with its file name; the rule in Swedish, like the verdicts (the CSV contract). `approved`: the
    approved follow-up texts by (goal_area, goal), whose assessment, state and analysis (as plain
    text) follow each row."""
    table = fulfilment_table(
        selection_summaries(dataset, selection, settings), selection.municipality, selection.area, selection.year
    )
    table["rule"] = [", ".join(render(part) for part in rule) for rule in table["rule"]]
    written = [(approved or {}).get((area, goal or "")) for area, goal in zip(table["goal_area"], table["goal"])]
    table["assessment"] = [version.assessment if version else None for version in written]
    table["assessment_state"] = [version.state.value if version else None for version in written]
    table["analysis"] = [plain(parse(version.analysis)) or None if version else None for version in written]
    table["gender"] = selection.gender  # whose figures the fulfilment is of (T: the total)
    if kind == "csv":
        return to_csv_bytes(table), table_file_name(selection, kind, "mal")
    sources = sources_of(scorecard(dataset, selection, settings))
    machine = partial(data_sheet, table=table, title=text("xlsx.sheet_data", selection.lang))
    payload = people_workbook(table, GOALS_COLUMNS, machine, selection, view_url, sources, title="xlsx.sheet_goals")
    return payload, table_file_name(selection, kind, "mal")


def scorecard_file(dataset, selection, settings, kind: str, view_url: str = "") -> tuple[bytes, str]:
    """The scorecard of a normalized selection as CSV or XLSX bytes, with its file name."""
    full = scorecard(dataset, selection, settings)
    table = export_table(full, selection.gender)
    if kind == "csv":
        return to_csv_bytes(table), table_file_name(selection, kind)
    machine = partial(data_sheet, table=table, title=text("xlsx.sheet_data", selection.lang))
    payload = people_workbook(full, SCORECARD_COLUMNS, machine, selection, view_url, sources_of(full))
    return payload, table_file_name(selection, kind)
