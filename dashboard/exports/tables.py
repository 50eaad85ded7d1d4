"""The scorecard as files: plain CSV for scripts, XLSX for people who open it in Excel.

CSV: comma-separated, decimal point, UTF-8, ISO dates, integers without '.0'.
XLSX: real numbers and dates in cells, relative gap formatted as a percentage; text is always
stored as text, so a name starting with '=' never becomes a formula.
Both neutralise text that a spreadsheet would run (starting with = + - @ tab or CR) with a leading
apostrophe; numbers stay numbers, negative gaps included.
"""
from __future__ import annotations

import io
import math

import pandas as pd

from dashboard.domain.values import is_missing
from dashboard.domain.schema import COLUMN_NAMES

NUMBER_COLUMNS = ("outcome", "target", "gap", "relative_gap", "progress_ratio", "reference_outcome",
                  "difference", "relative_difference")
INTEGER_COLUMNS = ("year", "outcome_year", "rank", "quartile")
DATE_COLUMNS = ("published", "target_published")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv_bytes(table: pd.DataFrame, spreadsheet_safe: bool = True) -> bytes:
    """`spreadsheet_safe` neutralises formula-like text, for files people open in Excel; data files
    for Målbild itself (the import command's output) keep their text exactly."""
    columns = [[_csv_cell(name, value, spreadsheet_safe) for value in table[name]] for name in table.columns]
    lines = [_csv_line(list(table.columns))] + [_csv_line(row) for row in zip(*columns)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _csv_line(cells) -> str:
    """One CSV record: a cell holding a comma, quote, CR or LF is quoted (pandas and the csv module
    leave a lone CR unquoted when lines end in LF, which splits the record for every reader)."""
    return ",".join(f'"{cell.replace(chr(34), chr(34) * 2)}"' if any(c in cell for c in ',"\r\n') else cell
                    for cell in map(str, cells))


def _csv_cell(name: str, value, spreadsheet_safe: bool) -> str:
    if is_missing(value) or value is pd.NaT:
        return ""
    if name in DATE_COLUMNS:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if name in INTEGER_COLUMNS:
        return str(int(value))
    if name in NUMBER_COLUMNS:
        number = float(value)
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return neutralise(str(value)) if spreadsheet_safe else str(value)


def observations_to_csv_bytes(observations: pd.DataFrame) -> bytes:
    """Observations in the long format of data/README.md: the contract's columns in order."""
    table = observations.reindex(columns=list(COLUMN_NAMES))
    return to_csv_bytes(table, spreadsheet_safe=False)


def to_xlsx_bytes(table: pd.DataFrame, sheet_title: str = "Målbild") -> bytes:
    from openpyxl import Workbook  # imported when used: 12 MB that most workers never need
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
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
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


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
