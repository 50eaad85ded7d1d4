"""One reader for every way figures arrive: the long CSV of data/README.md, Swedish CSV as Excel
writes it, published wide tables, SCB's table exports (dashboard/data/scb_layout.py) and .xlsx.
Used by the app's loader, the import command and the upload panel, so a file reads the same
everywhere.

Whatever the input, it never raises: it returns observations (or None) and the problems found,
each with file, row and column. The cells go into a DuckDB table (dashboard/data/cells.py) and are
checked there column by column (dashboard/data/validation.py), so a file of millions of rows is
read without a Python object per cell; `read_into` leaves the validated rows in DuckDB for the
loader, the other functions return them as a frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from dashboard.data import cells as cell_reader
from dashboard.data import engine
from dashboard.data.checks import stripped
from dashboard.data.definitions import validate_definitions
from dashboard.data.frames import fetch
from dashboard.data.goals import validate_goals
from dashboard.data.groups import validate_groups
from dashboard.data.scb_layout import Found, in_sheet, in_text, may_be_export, text_lines
from dashboard.data.scb_tables import to_long, without_missing
from dashboard.data.scratch import Scratch
from dashboard.data.validation import distinct_values, validate
from dashboard.data.wide import WideOptions, looks_wide, wide_to_long
from dashboard.data.workbooks import cells_from_xlsx
from dashboard.domain.problems import ERROR, Problem, problem
from dashboard.domain.schema import COLUMN_NAMES, FRAME_COLUMNS

TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ""}
OBSERVATIONS, GOALS, GROUPS, DEFINITIONS = "observations", "goals", "groups", "definitions"
SIDE_FILES = {GOALS: validate_goals, GROUPS: validate_groups, DEFINITIONS: validate_definitions}


@dataclass(frozen=True)
class ImportOptions(WideOptions):
    sheet: str | None = None
    max_rows: int = (
        10_000_000  # a runaway file, not real data: national Kolada data is ~3.6 M rows (uploads have their own cap)
    )
    max_columns: int = 200
    max_cell_chars: int = 10_000


@dataclass
class Read:
    """What reading one file gave: observations as a DuckDB table of `scratch`'s connection (the
    caller drops it), or goals, groups or definitions as a frame; None when the file is refused."""

    table: str | None
    frame: pd.DataFrame | None
    problems: list[Problem]

    def observations(self, scratch: Scratch) -> pd.DataFrame | None:
        if self.table is None:
            return self.frame
        return fetch(scratch.connection, f"SELECT {', '.join(FRAME_COLUMNS)} FROM {self.table}")


def read_path(path: Path, label: str, options: ImportOptions = ImportOptions(), goals: bool = False):
    with engine.session() as connection, Scratch(connection) as scratch:
        found = read_into(scratch, path, label, options, GOALS if goals else OBSERVATIONS)
        return found.observations(scratch), found.problems


def read_bytes(content: bytes, label: str, options: ImportOptions = ImportOptions(), goals: bool = False):
    """Read a file's bytes by its name's suffix: .xlsx as a workbook, anything else as CSV text."""
    with engine.session() as connection, Scratch(connection) as scratch:
        found = _from_bytes(scratch, content, label, options, GOALS if goals else OBSERVATIONS)
        return found.observations(scratch), found.problems


def read_text(text: str, label: str, options: ImportOptions = ImportOptions(), goals: bool = False):
    with engine.session() as connection, Scratch(connection) as scratch:
        kind = GOALS if goals else OBSERVATIONS
        found = _from_text(scratch, text.removeprefix("\ufeff"), label, options, kind, [])
        return found.observations(scratch), found.problems


def read_into(scratch: Scratch, path: Path, label: str, options: ImportOptions, kind: str) -> Read:
    """Read and validate one file, leaving its observations in a table of `scratch` (dropped with
    it). A CSV file DuckDB can read exactly is never read into Python."""
    refused = _refused_suffix(label)
    if refused:
        return Read(None, None, refused)
    if Path(label).suffix.lower() in TEXT_SUFFIXES and not (kind == OBSERVATIONS and _may_be_export(path)):
        table = cell_reader.csv_into(scratch, path)
        if table is not None:
            return _interpret(scratch, table, label, options, kind, [])
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        return Read(
            None, None, [problem(label, None, None, "file_unreadable", reason=error.strerror or type(error).__name__)]
        )
    return _from_bytes(scratch, content, label, options, kind)


def _cells_table(scratch: Scratch, frame: pd.DataFrame) -> str:
    """Cells read into a frame, as the table DuckDB's reader would have made (c0 … cN)."""
    return scratch.frame("cells", frame.set_axis([f"c{i}" for i in range(frame.shape[1])], axis=1))


def _refused_suffix(label: str) -> list[Problem]:
    suffix = Path(label).suffix.lower()
    if suffix in (".xlsm", ".xltm"):
        return [problem(label, None, None, "macro_workbook_suffix")]
    if suffix == ".xls":
        return [problem(label, None, None, "old_excel_format")]
    if suffix != ".xlsx" and suffix not in TEXT_SUFFIXES:
        return [problem(label, None, None, "unknown_file_type", suffix=suffix)]
    return []


def _from_bytes(scratch: Scratch, content: bytes, label: str, options: ImportOptions, kind: str) -> Read:
    refused = _refused_suffix(label)
    if refused:
        return Read(None, None, refused)
    if Path(label).suffix.lower() != ".xlsx":
        text, problems = cell_reader.decode(content, label)
        return Read(None, None, problems) if text is None else _from_text(scratch, text, label, options, kind, problems)
    frame, problems = cells_from_xlsx(content, label, options.max_rows, options.max_columns, options.sheet)
    if frame is None:
        return Read(None, None, problems)
    export = in_sheet(frame, label, options.max_rows, options.max_columns) if kind == OBSERVATIONS else None
    if export is not None and export.header_line is None:
        return _scb(scratch, export, label, options, problems)
    if export is not None:  # a title above another kind of table: read from its header
        frame = frame.copy()
        frame.iloc[: export.header_line - 1] = ""
    return _interpret(scratch, _cells_table(scratch, frame), label, options, kind, problems)


def _from_text(scratch: Scratch, text: str, label: str, options: ImportOptions, kind: str, problems) -> Read:
    """CSV text: SCB's export, or cells split by the header's delimiter (a title line before the
    header left out, its line numbers kept)."""
    export = in_text(text, label, options.max_rows, options.max_columns) if kind == OBSERVATIONS else None
    if export is not None and export.header_line is None:
        return _scb(scratch, export, label, options, problems)
    skipped = 0 if export is None else export.header_line - 1
    parsed: list[Problem] = []
    frame = cell_reader.from_text("\n".join(text_lines(text)[skipped:]) if skipped else text, label, parsed)
    problems += [replace(p, row=p.row + skipped) if p.row else p for p in parsed]
    if frame is None:
        return Read(None, None, problems)
    if skipped:
        frame = pd.concat([pd.DataFrame([[""] * frame.shape[1]] * skipped), frame], ignore_index=True)
    return _interpret(scratch, _cells_table(scratch, frame), label, options, kind, problems)


def _may_be_export(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            head = file.read(64 * 1024)
    except OSError:
        return False
    return may_be_export(head.decode("utf-8-sig", errors="replace"))


def _scb(scratch: Scratch, export: Found, label: str, options: ImportOptions, problems: list[Problem]) -> Read:
    """SCB's table as observations, checked against the contract like any other file's."""
    if export.table is None:
        return Read(None, None, problems + export.problems)
    long, rows, found = to_long(export.table, label, options)
    problems += found
    if any(p.severity == ERROR for p in problems):
        return Read(None, None, problems)
    long, rows, found = without_missing(long, rows, label)
    problems += found
    if any(p.severity == ERROR for p in problems):
        return Read(None, None, problems)
    columns = [name for name in long.columns if name in COLUMN_NAMES]
    table = scratch.frame("long", long[columns].assign(row=rows.to_numpy()))
    validated = validate(scratch, table, columns, label, normalise=False)
    problems += validated.problems
    return Read(None if any(p.severity == ERROR for p in problems) else validated.table, None, problems)


# --- Cells → observations ---------------------------------------------------------------------


def _interpret(scratch: Scratch, cells: str, label: str, options: ImportOptions, kind: str, problems: list[Problem]):
    """Cells → observations (long format or wide table), goals, groups or definitions, with every problem collected."""
    connection = scratch.connection
    width = len(connection.execute(f"DESCRIBE {cells}").fetchall())
    first = _header_line(connection, cells, width)
    if first is None:
        return Read(None, None, problems + [problem(label, None, None, "file_empty")])
    line, header = first
    after = scratch.view("after", f"SELECT rowid AS line, * FROM {cells} WHERE rowid > {line}")
    values = distinct_values(scratch, after, {i: f"c{i}" for i in range(width)})
    blank = " AND ".join(_blank(f"c{i}", values[i]) for i in range(width))
    columns = ", ".join(f"c{i}" for i in range(width))
    body = scratch.view("body", f"SELECT (line + 1)::INTEGER AS row, {columns} FROM {after} WHERE NOT ({blank})")
    while header and header[-1] == "" and _all_empty(connection, body, len(header) - 1):
        header.pop()  # trailing empty columns, as Excel often writes them
    count = connection.execute(f"SELECT count(*) FROM {body}").fetchall()[0][0]
    problems += _shape_problems(scratch, body, header, values, count, label, options)
    problems += _delimiter_problems(scratch, body, header, values, count, label)
    if any(p.severity == ERROR for p in problems):
        return Read(None, None, problems)
    if count == 0:
        return Read(None, None, problems + [problem(label, None, None, "header_only")])
    if kind in SIDE_FILES:
        frame, rows = _body_frame(connection, body, len(header))
        frame.columns = header
        frame, found = SIDE_FILES[kind](frame, label, rows)
        return Read(None, frame, problems + found)
    repeated = len(set(header)) != len(header)  # the validator says which
    if not repeated and looks_wide(header):
        return _wide(scratch, body, header, label, options, problems)
    if not repeated and len(header) == 1 and re.search(r"[|:]", header[0]):
        return Read(None, None, problems + [problem(label, 1, None, "no_delimiter")])
    return _long(scratch, body, header, values, label, problems)


def _long(scratch, body, header, values, label, problems) -> Read:
    names = {name: header.index(name) for name in COLUMN_NAMES if name in header}
    columns = ", ".join(f'c{position} AS "{name}"' for name, position in names.items())
    named = scratch.view("named", f"SELECT row{', ' if columns else ''}{columns} FROM {body}")
    validated = validate(
        scratch,
        named,
        header,
        label,
        {name: values[position] for name, position in names.items()},
        normalise="outcome" in header or "target" in header,
    )
    problems += validated.number_problems + validated.problems
    return Read(None if any(p.severity == ERROR for p in problems) else validated.table, None, problems)


def _wide(scratch, body, header, label, options, problems) -> Read:
    frame, rows = _body_frame(scratch.connection, body, len(header))
    long, long_rows, found = wide_to_long(frame, header, pd.Series(rows), label, options)
    problems += found
    if any(p.severity == ERROR for p in problems):
        return Read(None, None, problems)
    table = scratch.frame("long", long.assign(row=long_rows.to_numpy()))
    validated = validate(scratch, table, list(long.columns), label, normalise=False)
    problems += _in_table_terms(validated.problems, header)
    return Read(None if any(p.severity == ERROR for p in problems) else validated.table, None, problems)


def _header_line(connection, cells: str, width: int) -> tuple[int, list[str]] | None:
    """The first row with any text (rowid, its cells stripped); None when there is none."""
    offset = 0
    while True:
        batch = connection.execute(f"SELECT rowid, * FROM {cells} ORDER BY rowid LIMIT 256 OFFSET {offset}").fetchall()
        if not batch:
            return None
        for record in batch:
            texts = [("" if cell is None else str(cell)).strip() for cell in record[1 : width + 1]]
            if any(texts):
                return record[0], texts
        offset += len(batch)


def _blank(column: str, values: pd.DataFrame) -> str:
    """SQL: the cell has no text (NULL, or only whitespace)."""
    spaces = [v for v, text in zip(values["value"], stripped(values["value"])) if v is not None and text == ""]
    if not spaces:
        return f"{column} IS NULL"
    listed = ", ".join("'" + v.replace("'", "''") + "'" for v in spaces)
    return f"({column} IS NULL OR {column} IN ({listed}))"


def _all_empty(connection, body: str, position: int) -> bool:
    return connection.execute(
        f"SELECT coalesce(bool_and(c{position} IS NULL OR c{position} = ''), true) FROM {body}"
    ).fetchall()[0][0]


def _body_frame(connection, body: str, width: int) -> tuple[pd.DataFrame, list[int]]:
    """The body's cells as a frame of text ('' for empty), columns 0 … width-1, and its rows."""
    columns = ", ".join(f"coalesce(c{i}, '')" for i in range(width))
    records = connection.execute(f"SELECT row, {columns} FROM {body} ORDER BY row").fetchall()
    frame = pd.DataFrame([record[1:] for record in records], columns=range(width), dtype=object)
    return frame, [int(record[0]) for record in records]


def _shape_problems(scratch, body, header, values, count, label, options) -> list[Problem]:
    problems = []
    if count > options.max_rows:
        problems.append(problem(label, None, None, "too_many_rows", limit=options.max_rows))
    for position, name in enumerate(header):
        if name == "" and (stripped(values[position]["value"]) != "").any():
            problems.append(problem(label, 1, f"#{position + 1}", "values_without_heading"))
    if len(header) > options.max_columns:
        problems.append(problem(label, 1, None, "too_many_columns", count=len(header), limit=options.max_columns))
    limit = options.max_cell_chars
    long_cells = [
        f"SELECT row, {position} AS k, length(c{position}) AS n FROM {body} WHERE length(c{position}) > {limit}"
        for position in range(len(header))
        if any(v is not None and len(v) > options.max_cell_chars for v in values[position]["value"])
    ]
    if long_cells:
        found = scratch.connection.execute(f"{' UNION ALL '.join(long_cells)} ORDER BY row, k LIMIT 21").fetchall()
        for row, position, length in found:
            problems.append(
                problem(
                    label,
                    row,
                    header[position] or f"#{position + 1}",
                    "cell_too_long",
                    count=int(length),
                    limit=options.max_cell_chars,
                )
            )
            if len(problems) > 20:
                break
    return problems


def _delimiter_problems(scratch, body, header, values, count, label) -> list[Problem]:
    """Rows whose cells still hold many semicolons or tabs were written with another delimiter
    than the header (which decided how the file is split)."""
    width = len(header)
    if width < 3 or count == 0:
        return []
    threshold = max(2, (width - 1) // 2)
    sums = []
    for mark in (";", "\t"):
        holding = [p for p in range(width) if any(v is not None and mark in v for v in values[p]["value"])]
        if holding:
            parts = " + ".join(
                f"(length(coalesce(c{p}, '')) - length(replace(coalesce(c{p}, ''), chr({ord(mark)}), '')))"
                for p in holding
            )
            sums.append(f"({parts}) >= {threshold}")
    if not sums:
        return []
    rows = scratch.connection.execute(
        f"SELECT row FROM {body} WHERE {' OR '.join(sums)} ORDER BY row LIMIT 20"
    ).fetchall()
    return [problem(label, row, None, "mixed_delimiters") for (row,) in rows]


_GENDER_HEADINGS = ("kön", "gender")  # a published table's heading for whose figures (data, as tables write it)


def _in_table_terms(problems: list[Problem], header: list[str]) -> list[Problem]:
    """Validation problems of a wide table, named by its own columns and reported once per row."""
    names = {
        "direction": _named(header, ("riktning", "direction")),
        "unit": _named(header, ("enhet", "unit")),
        "indicator_id": _named(header, ("id", "indikator-id", "kolada-id", "kpi")),
        "gender": _named(header, _GENDER_HEADINGS),
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
