"""One reader for every way figures arrive: the long CSV of data/README.md, Swedish CSV as Excel
writes it, published wide tables, and .xlsx. Used by the app's loader, the import command and the
upload panel, so a file reads the same everywhere.

Whatever the input, it never raises: it returns observations (or None) and the problems found,
each with file, row and column.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from dashboard.data.goals import validate_goals
from dashboard.data.numbers import normalise_numbers
from dashboard.data.validation import validate_frame
from dashboard.data.wide import WideOptions, looks_wide, wide_to_long
from dashboard.domain.problems import ERROR, WARNING, Problem, problem

TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ""}
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_PACK_RATIO = 200


@dataclass(frozen=True)
class ImportOptions(WideOptions):
    sheet: str | None = None
    max_rows: int = (
        10_000_000  # a runaway file, not real data: national Kolada data is ~3.6 M rows (uploads have their own cap)
    )
    max_columns: int = 200
    max_cell_chars: int = 10_000


def read_path(path: Path, label: str, options: ImportOptions = ImportOptions(), goals: bool = False):
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        return None, [problem(label, None, None, "file_unreadable", reason=error.strerror or type(error).__name__)]
    return read_bytes(content, label, options, goals)


def read_bytes(content: bytes, label: str, options: ImportOptions = ImportOptions(), goals: bool = False):
    """Read a file's bytes by its name's suffix: .xlsx as a workbook, anything else as CSV text."""
    suffix = Path(label).suffix.lower()
    if suffix in (".xlsm", ".xltm"):
        return None, [problem(label, None, None, "macro_workbook_suffix")]
    if suffix == ".xls":
        return None, [problem(label, None, None, "old_excel_format")]
    if suffix == ".xlsx":
        cells, problems = _cells_from_xlsx(content, label, options)
    elif suffix in TEXT_SUFFIXES:
        text, problems = _decode(content, label)
        cells = None if text is None else _cells_from_text(text, label, problems)
    else:
        return None, [problem(label, None, None, "unknown_file_type", suffix=suffix)]
    if cells is None:
        return None, problems
    return _interpret(cells, label, options, goals, problems)


def read_text(text: str, label: str, options: ImportOptions = ImportOptions(), goals: bool = False):
    problems: list[Problem] = []
    cells = _cells_from_text(text.removeprefix("\ufeff"), label, problems)
    return (None, problems) if cells is None else _interpret(cells, label, options, goals, problems)


def _decode(content: bytes, label: str) -> tuple[str | None, list[Problem]]:
    if content.startswith(b"PK\x03\x04"):
        return None, [problem(label, None, None, "zip_without_xlsx_suffix")]
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16"), []
    if b"\x00" in content:
        sample = content[:4096]
        if sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4:
            return None, [problem(label, None, None, "utf16_without_bom")]
        line = content[: content.index(b"\x00")].count(b"\n") + 1
        return None, [problem(label, line, None, "binary_content")]
    try:
        return content.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError:
            return None, [problem(label, line, None, "unknown_encoding")]
        return text, [problem(label, line, None, "read_as_windows_1252", WARNING)]


def _cells_from_text(text: str, label: str, problems: list[Problem]) -> pd.DataFrame | None:
    """All cells as text, header row first; the delimiter (; , or tab) is read off the header."""
    if not text.strip():
        problems.append(problem(label, None, None, "file_empty"))
        return None
    header_line = next(line for line in text.splitlines() if line.strip())
    delimiter = max((";", ",", "\t"), key=lambda mark: (header_line.count(mark), mark == ";"))
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            index_col=False,
            engine="c",
        ).fillna("")
    except pd.errors.ParserError as error:
        problems.append(_parser_problem(label, str(error)))
    except (pd.errors.EmptyDataError, ValueError) as error:
        problems.append(problem(label, None, None, "csv_unreadable_because", reason=str(error)))
    return None


def _parser_problem(label: str, message: str) -> Problem:
    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if match:
        expected, line, seen = (int(g) for g in match.groups())
        return problem(label, line, None, "field_count", seen=seen, expected=expected)
    match = re.search(r"EOF inside string starting at row (\d+)", message)
    if match:
        return problem(label, int(match.group(1)) + 1, None, "unclosed_quote")
    return problem(label, None, None, "csv_unreadable")


def _cells_from_xlsx(content: bytes, label: str, options: ImportOptions):
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
        if options.sheet and options.sheet not in workbook.sheetnames:
            return None, [
                problem(label, None, None, "sheet_missing", sheet=options.sheet, sheets=", ".join(workbook.sheetnames))
            ]
        sheet = workbook[options.sheet] if options.sheet else workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(value) for value in row[: options.max_columns + 1]])
            if len(rows) > options.max_rows + 1:
                break
    finally:
        workbook.close()
    if not rows:
        return None, [problem(label, None, None, "sheet_empty")]
    problems = _uncomputed_formulas(content, workbook_sheet=options.sheet, rows=rows, label=label)
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


def _interpret(cells: pd.DataFrame, label: str, options: ImportOptions, goals: bool, problems: list[Problem]):
    """Cells → observations: long format, wide table or goals, with every problem collected."""
    cells.columns = range(cells.shape[1])
    cells = cells[(cells.astype(str).apply(lambda column: column.str.strip()) != "").any(axis=1)]
    if cells.empty:
        return None, problems + [problem(label, None, None, "file_empty")]
    header = [str(cell).strip() for cell in cells.iloc[0]]
    while header and header[-1] == "" and (cells.iloc[1:, len(header) - 1] == "").all():
        header.pop()  # trailing empty columns, as Excel often writes them
    body = cells.iloc[1:, : len(header)]
    rows = pd.Series(body.index.to_numpy() + 1, index=body.index)
    problems += _shape_problems(body, header, rows, label, options)
    problems += _delimiter_problems(body, rows, label)
    if any(p.severity == ERROR for p in problems):
        return None, problems
    if len(body) == 0:
        return None, problems + [problem(label, None, None, "header_only")]
    if goals:
        frame, found = validate_goals(pd.DataFrame(body.to_numpy(), columns=header), label, rows.to_numpy())
        return frame, problems + found
    if len(set(header)) != len(header):  # repeated column names: the validator says which
        frame, found = validate_frame(pd.DataFrame(body.to_numpy(), columns=header), label, rows.to_numpy())
        return None, problems + found
    if looks_wide(header):
        long, long_rows, found = wide_to_long(
            body.reset_index(drop=True), header, rows.reset_index(drop=True), label, options
        )
        problems += found
        if any(p.severity == ERROR for p in problems):
            return None, problems
        frame, found = validate_frame(long, label, long_rows.to_numpy())
        problems += _in_table_terms(found, header)
        return (None if any(p.severity == ERROR for p in problems) else frame), problems
    raw = pd.DataFrame(body.to_numpy(), columns=header, index=body.index)
    if len(header) == 1 and re.search(r"[|:]", header[0]):
        return None, problems + [problem(label, 1, None, "no_delimiter")]
    number_problems = []
    if "outcome" in header or "target" in header:
        raw, number_problems = normalise_numbers(raw, ["outcome", "target"], rows, label)
    frame, found = validate_frame(raw.reset_index(drop=True), label, rows.to_numpy())
    bad_rows = {p.row for p in number_problems}
    problems += number_problems + [p for p in found if not (p.severity == WARNING and p.row in bad_rows)]
    return (None if any(p.severity == ERROR for p in problems) else frame), problems


def _delimiter_problems(body: pd.DataFrame, rows: pd.Series, label: str) -> list[Problem]:
    """Rows whose cells still hold many semicolons or tabs were written with another delimiter
    than the header (which decided how the file is split)."""
    if body.shape[1] < 3 or body.empty:
        return []
    text = body.astype(str)  # counted column by column: a row-wise join costs minutes at national scale
    semicolons = sum(text[column].str.count(";") for column in text.columns)
    tabs = sum(text[column].str.count("\t") for column in text.columns)
    threshold = max(2, (body.shape[1] - 1) // 2)
    other = (semicolons >= threshold) | (tabs >= threshold)
    return [problem(label, row, None, "mixed_delimiters") for row in rows[other].head(20)]


def _in_table_terms(problems: list[Problem], header: list[str]) -> list[Problem]:
    """Validation problems of a wide table, named by its own columns and reported once per row."""
    names = {
        "direction": _named(header, ("riktning", "direction")),
        "unit": _named(header, ("enhet", "unit")),
        "indicator_id": _named(header, ("id", "indikator-id", "kolada-id", "kpi")),
    }
    seen, renamed = set(), []
    for found in problems:
        column = names.get(found.column) or (header[0] or "#1")
        code, params = found.code, found.params
        if found.column == "published" and code in ("duplicate_key", "duplicate_key_in_file"):
            code, params = "indicator_repeated_in_table", {}
        key = (found.row, column, code, tuple(sorted(params.items())))
        if key not in seen:
            seen.add(key)
            renamed.append(Problem(found.file, found.row, column, code, params, found.severity))
    return renamed


def _named(header: list[str], names: tuple[str, ...]) -> str | None:
    return next((h for h in header if h.strip().lower() in names), None)


def _shape_problems(
    body: pd.DataFrame, header: list[str], rows: pd.Series, label: str, options: ImportOptions
) -> list[Problem]:
    problems = []
    if len(body) > options.max_rows:
        problems.append(problem(label, None, None, "too_many_rows", limit=options.max_rows))
    for position, name in enumerate(header):
        if name == "" and (body.iloc[:, position].astype(str).str.strip() != "").any():
            problems.append(problem(label, 1, f"#{position + 1}", "values_without_heading"))
    if len(header) > options.max_columns:
        problems.append(problem(label, 1, None, "too_many_columns", count=len(header), limit=options.max_columns))
    lengths = body.astype(str).apply(lambda column: column.str.len())
    for position, row in zip(*(lengths > options.max_cell_chars).to_numpy().nonzero()):
        problems.append(
            problem(
                label,
                rows.iloc[position],
                header[row] or f"#{row + 1}",
                "cell_too_long",
                count=int(lengths.iat[position, row]),
                limit=options.max_cell_chars,
            )
        )
        if len(problems) > 20:
            break
    return problems
