"""Cells of an .xlsx workbook as text, read with openpyxl (imported only when a workbook arrives).

A workbook is refused before it is opened when it holds macros or unpacks to far more than its size
(a zip bomb); a formula saved without its computed value is reported rather than read as empty.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import pandas as pd

from dashboard.domain.problems import Problem, problem

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_PACK_RATIO = 200


def cells_from_xlsx(content: bytes, label: str, max_rows: int, max_columns: int, sheet_name: str | None):
    from openpyxl import load_workbook  # loaded only when a workbook arrives

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
            if any(m.filename.lower().endswith("vbaproject.bin") for m in members):
                return None, [problem(label, None, None, "workbook_has_macros")]
            unpacked = sum(m.file_size for m in members)
            packed = max(1, sum(m.compress_size for m in members))
            if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_PACK_RATIO:
                return None, [
                    problem(
                        label,
                        None,
                        None,
                        "workbook_too_large",
                        size=unpacked // 1_000_000,
                        limit=MAX_UNPACKED_BYTES // (1024 * 1024),
                    )
                ]
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl and zipfile raise many kinds for broken files
        return None, [problem(label, None, None, "workbook_unreadable", reason=type(error).__name__)]
    try:
        if sheet_name and sheet_name not in workbook.sheetnames:
            return None, [
                problem(label, None, None, "sheet_missing", sheet=sheet_name, sheets=", ".join(workbook.sheetnames))
            ]
        sheet = workbook[sheet_name] if sheet_name else workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(value) for value in row[: max_columns + 1]])
            if len(rows) > max_rows + 1:
                break
    finally:
        workbook.close()
    if not rows:
        return None, [problem(label, None, None, "sheet_empty")]
    problems = _uncomputed_formulas(content, workbook_sheet=sheet_name, rows=rows, label=label)
    return (None if problems else pd.DataFrame(rows).fillna("")), problems


def _uncomputed_formulas(
    content: bytes, workbook_sheet: str | None, rows: list[list[str]], label: str
) -> list[Problem]:
    """Formula cells saved without a computed value read as empty: say so instead of losing them."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    try:
        sheet = workbook[workbook_sheet] if workbook_sheet else workbook.worksheets[0]
        problems = []
        for line, (formulas, values) in enumerate(zip(sheet.iter_rows(values_only=True), rows), start=1):
            for position, (formula, value) in enumerate(zip(formulas, values)):
                if isinstance(formula, str) and formula.startswith("=") and value == "":
                    name = (
                        rows[0][position]
                        if line > 1 and position < len(rows[0]) and rows[0][position]
                        else get_column_letter(position + 1)
                    )
                    problems.append(problem(label, line, name, "formula_without_value"))
            if len(problems) >= 20:
                break
        return problems
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    return str(value)
