"""CSV as Målbild writes it: comma-separated, decimal point, UTF-8, ISO dates, integers without '.0'.

The import commands write data files with it (text exactly as read), the exports write tables
for people with it (text that a spreadsheet would run as a formula, starting with = + - @ tab or
CR, gets a leading apostrophe; numbers stay numbers, negative gaps included).
"""

from __future__ import annotations

import re

import pandas as pd

from dashboard.domain.schema import COLUMN_NAMES
from dashboard.domain.values import is_missing

NUMBER_COLUMNS = (
    "outcome",
    "target",
    "gap",
    "relative_gap",
    "progress_ratio",
    "needed_per_year",
    "reference_outcome",
    "difference",
    "relative_difference",
    "peer_median",
    "peer_q1",
    "peer_q3",
)
INTEGER_COLUMNS = (
    "year",
    "outcome_year",
    "rank",
    "quartile",
    "progress_base_year",
    "trend_from_year",
    "indicators",
    "met",
    "near",
    "not_met",
    "not_judged",
    "peer_n",
)
DATE_COLUMNS = ("published", "target_published")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv_bytes(table: pd.DataFrame, spreadsheet_safe: bool = True) -> bytes:
    """`spreadsheet_safe` neutralises formula-like text, for files people open in Excel; data files
    for Målbild itself (the import command's output) keep their text exactly. Made column by
    column: a column of numbers, integers or text is formatted by its kind in one pass (a
    comparison of every municipality is about 4 000 cells); the cells are those of `csv_cell`."""
    columns = [_csv_cells(name, table[name], spreadsheet_safe) for name in table.columns]
    lines = [csv_line(list(table.columns))] + [",".join(row) for row in zip(*columns)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _csv_cells(name: str, column: pd.Series, spreadsheet_safe: bool) -> list[str]:
    """A column's cells, quoted as `csv_line` quotes them."""
    if name in NUMBER_COLUMNS and column.dtype == "float64":
        return [
            "" if number != number else str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
            for number in column.tolist()
        ]
    if name in INTEGER_COLUMNS:
        return ["" if is_missing(value) else str(int(value)) for value in column.tolist()]
    if name in DATE_COLUMNS or name in NUMBER_COLUMNS:
        return [_quoted(csv_cell(name, value, spreadsheet_safe)) for value in column]
    text = neutralise if spreadsheet_safe else str
    if isinstance(column.dtype, pd.StringDtype):  # missing is only ever pd.NA: asked once for the column
        return ["" if gone else _quoted(text(value)) for gone, value in zip(column.isna().tolist(), column.tolist())]
    return ["" if is_missing(value) or value is pd.NaT else _quoted(text(str(value))) for value in column.tolist()]


def _quoted(cell: str) -> str:
    return f'"{cell.replace(chr(34), chr(34) * 2)}"' if _NEEDS_QUOTES.search(cell) else cell


_NEEDS_QUOTES = re.compile('[,"\r\n]')


def csv_line(cells) -> str:
    """One CSV record: a cell holding a comma, quote, CR or LF is quoted (pandas and the csv module
    leave a lone CR unquoted when lines end in LF, which splits the record for every reader)."""
    return ",".join(
        f'"{cell.replace(chr(34), chr(34) * 2)}"' if any(c in cell for c in ',"\r\n') else cell
        for cell in map(str, cells)
    )


def csv_cell(name: str, value, spreadsheet_safe: bool) -> str:
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
