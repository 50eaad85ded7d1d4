"""Check one file's cells against the data contract (dashboard/domain/schema.py), reporting every
problem at once, each with file, spreadsheet row and column.

The cells are a DuckDB relation (`row`, the spreadsheet row, and one text column per contract
column the file has). A cell's verdict depends on its text alone, so the rules (dashboard/data/
checks.py) are applied once per distinct value of a column and DuckDB carries them back: it finds
the rows of the bad values, and writes the typed table in one pass, casting where its own cast
gives exactly the validated value and mapping through the distinct values where it would not.
Rows are numbered as a spreadsheet shows them: the header is row 1, the first observation row 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dashboard.data import checks, engine
from dashboard.data.frames import empty_observations, fetch
from dashboard.data.numbers import DecimalMark, clean
from dashboard.data.scratch import Scratch
from dashboard.domain.problems import ERROR, WARNING, Problem, has_errors, problem
from dashboard.domain.schema import (
    COLUMN_NAMES,
    FRAME_COLUMNS,
    KEY,
    REQUIRED,
    TOTAL,
    VALUE_COLUMNS,
    WHOLE_MUNICIPALITY,
)

# DuckDB types of the validated columns (text is VARCHAR); the frame dtypes are in frames.py.
SQL_TYPES = {"year": "SMALLINT", "outcome": "DOUBLE", "target": "DOUBLE", "published": "DATE", "row": "INTEGER"}


@dataclass
class Judged:
    """One column's distinct values (`raw`, None for NULL) with their typed value and verdicts."""

    raw: pd.Series
    typed: pd.Series
    bad: pd.Series = None  # a problem in the cell itself (→ no typed value)
    codes: pd.Series = None  # the problem's code per value, params in `params`
    params: list = field(default_factory=list)
    empty: pd.Series = None  # nothing there (after cleaning)

    def __post_init__(self):
        false = pd.Series(False, index=self.raw.index)
        self.bad = false if self.bad is None else self.bad.astype(bool)
        self.empty = false if self.empty is None else self.empty.astype(bool)
        if self.codes is None:
            self.codes = pd.Series(None, index=self.raw.index, dtype=object)
            self.params = [{}] * len(self.raw)


@dataclass
class Validated:
    table: str | None  # the typed observations (FRAME_COLUMNS), None when any error was found
    problems: list[Problem]
    number_problems: list[Problem]  # decimal marks, reported before the others (as the reader did)


def distinct_values(scratch: Scratch, relation: str, columns: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Per column: its distinct values and how many rows hold each (`value`, `n`)."""
    if not columns:
        return {}
    parts = [
        f"SELECT {i} AS k, {sql} AS value, count(*) AS n FROM {relation} GROUP BY {sql}"
        for i, sql in enumerate(columns.values())
    ]
    found = scratch.connection.execute(" UNION ALL ".join(parts)).df()
    found["value"] = found["value"].astype(object).where(found["value"].notna(), None)
    return {name: found.loc[found["k"] == i, ["value", "n"]].reset_index(drop=True) for i, name in enumerate(columns)}


def validate(
    scratch: Scratch,
    body: str,
    header: list[str],
    file: str,
    values: dict[str, pd.DataFrame] | None = None,
    normalise: bool = True,
) -> Validated:
    """Check the cells of `body` (columns `row` and the contract's names) under `header`.

    `values` are the columns' distinct values when the reader has them already; `normalise`
    reads numbers as Swedish spreadsheets write them (dashboard/data/numbers.py)."""
    problems = header_problems(header, file)
    if has_errors(problems):
        return Validated(None, problems, [])
    present = [name for name in COLUMN_NAMES if name in header]
    values = values if values is not None else distinct_values(scratch, body, {n: f'"{n}"' for n in present})
    judged, number_marks = _judge(values, normalise)
    found = _cell_problems(scratch, body, judged, file)
    # split in one pass: `p not in number_problems` compared every problem with every other one
    number_problems = [p for p in found if p.code.startswith("other_decimal_mark")]
    problems += [p for p in found if not p.code.startswith("other_decimal_mark")]
    typed = _typed_table(scratch, body, judged, file)
    dropped = scratch.connection.execute(f"SELECT row FROM {typed.dropped} ORDER BY row").fetchall()
    marked = {p.row for p in number_problems}
    problems += [problem(file, row, None, "row_without_values", WARNING) for (row,) in dropped if row not in marked]
    problems += duplicates_within(scratch, typed.name, file)
    problems = sorted(problems, key=_problem_order)
    if has_errors(problems + number_problems):
        return Validated(None, problems, number_problems)
    return Validated(typed.name, problems, number_problems)


def header_problems(
    header: list[str],
    file: str,
    required: tuple[str, ...] = REQUIRED,
    known: tuple[str, ...] = COLUMN_NAMES,
    values: tuple[str, ...] = VALUE_COLUMNS,
) -> list[Problem]:
    """A header's problems, in row 1: a column without a heading or repeated, a required column
    missing, no value column (of `values`, when the file needs one), an unknown column. The
    goals and groups files pass their own columns."""
    problems = []
    seen = set()
    for position, name in enumerate(header, start=1):
        if name == "":
            problems.append(problem(file, 1, f"#{position}", "column_without_heading", WARNING))
            continue
        if name in seen:
            problems.append(problem(file, 1, name, "column_repeated"))
        seen.add(name)
    for name in required:
        if name not in header:
            problems.append(problem(file, 1, name, "required_column_missing"))
    if values and not any(name in header for name in values):
        problems.append(problem(file, 1, "/".join(values), "value_column_missing"))
    for name in header:
        if name and name not in known:
            problems.append(problem(file, 1, name, "unknown_column", WARNING))
    return problems


# --- Verdicts per distinct value --------------------------------------------------------------


def _judge(values: dict[str, pd.DataFrame], normalise: bool) -> tuple[dict[str, Judged], DecimalMark | None]:
    judged = {}
    numbers = [name for name in VALUE_COLUMNS if name in values]
    mark = None
    cleaned = {name: values[name]["value"].map(lambda v: clean("" if v is None else v)) for name in numbers}
    if normalise and numbers:
        mark = DecimalMark.of([(cleaned[name], values[name]["n"]) for name in numbers])
    for name, found in values.items():
        raw = found["value"]
        text = checks.stripped(raw)
        if name in numbers:
            judged[name] = _judge_number(raw, text, cleaned[name], mark)
            continue
        bad = codes = None
        params = []
        if name == "year":
            typed, bad = checks.years(text)
            codes, params = _coded(bad, "not_a_year", text)
        elif name == "direction":
            typed, bad = checks.directions(text)
            codes, params = _coded(bad, "unknown_direction", text)
        elif name == "gender":
            typed, bad = checks.genders(text)
            codes, params = _coded(bad, "unknown_gender", text)
        elif name == "published":
            typed, bad = checks.dates(text)
            codes, params = _coded(bad, "not_a_date", text)
        else:
            typed = text.where(text != "", None)
            if name == "area":
                typed = typed.where(typed.notna(), WHOLE_MUNICIPALITY)
            if name == "municipality_code":
                bad = checks.bad_codes(text)
                codes, params = _coded(bad, "not_a_municipality_code", text)
        empty = text == ""
        judged[name] = Judged(raw, typed, bad, codes, params, empty)
    return judged, mark


def _judge_number(raw, text, cleaned, mark: DecimalMark | None) -> Judged:
    wrong = pd.Series(False, index=raw.index)
    if mark is not None:
        text, wrong = mark.apply(cleaned)
    typed, bad = checks.numbers(text)
    codes = pd.Series(None, index=raw.index, dtype=object)
    params = [{} for _ in range(len(raw))]
    for i in raw.index[bad]:
        if checks.is_decimal_comma(text[i]):
            codes[i], params[i] = "not_a_number_decimal_comma", {"text": text[i], "fixed": text[i].replace(",", ".")}
        else:
            codes[i], params[i] = "not_a_number", {"text": text[i]}
    for i in raw.index[wrong]:
        codes[i], params[i] = mark.problem_code, {"text": str(raw[i] or "").strip()}
    return Judged(raw, typed, bad, codes, params, (text == "") & ~bad)


def _coded(bad: pd.Series, code: str, text: pd.Series) -> tuple[pd.Series, list[dict]]:
    codes = pd.Series([code if flag else None for flag in bad], index=bad.index, dtype=object)
    return codes, [{"text": t} if flag else {} for flag, t in zip(bad, text)]


# --- Back to the rows -------------------------------------------------------------------------


def _cell_problems(scratch: Scratch, body: str, judged: dict[str, Judged], file: str) -> list[Problem]:
    """Every located problem of single cells, in the validator's order: missing required values,
    then year, numbers, direction, date and code."""
    found = []
    for name in REQUIRED:
        if name in judged:
            found += _rows_of(scratch, body, name, judged[name], judged[name].empty, file, "value_missing")
    for name in ("year", "outcome", "target", "direction", "gender", "published", "municipality_code"):
        if name in judged:
            column = judged[name]
            found += _rows_of(scratch, body, name, column, column.codes.notna(), file, None)
    return found


def _rows_of(scratch, body, name, column: Judged, which: pd.Series, file: str, code: str | None) -> list[Problem]:
    """One problem per row holding one of the values picked by `which`."""
    picked = column.raw[which]
    if picked.empty:
        return []
    texts = [value for value in picked if value is not None]
    condition = f'list_contains($values, "{name}")'
    if len(texts) < len(picked):
        condition = f'("{name}" IS NULL OR {condition})'
    rows = scratch.connection.execute(
        f'SELECT row, "{name}" FROM {body} WHERE {condition} ORDER BY row', {"values": texts}
    ).fetchall()
    position = {value: i for i, value in zip(picked.index, picked)}
    problems = []
    for row, value in rows:
        i = position[value]
        if code is not None:
            problems.append(problem(file, row, name, code))
        else:
            problems.append(problem(file, row, name, column.codes[i], **column.params[i]))
    return problems


@dataclass(frozen=True)
class _Typed:
    name: str  # FRAME_COLUMNS and `_comparable`, rows in file order
    dropped: str  # the rows left out for having neither outcome nor target


def _typed_table(scratch: Scratch, body: str, judged: dict[str, Judged], file: str) -> _Typed:
    """One pass over the cells: cast where DuckDB's cast equals the validated value, else map."""
    joins, params = [], {}
    exprs = {name: _expression(scratch, name, judged.get(name), joins) for name in COLUMN_NAMES}
    exprs["indicator_key"] = f"coalesce({exprs['indicator_id']}, {exprs['indicator']})"
    exprs["file"] = "$file::VARCHAR"
    exprs["row"] = "b.row::INTEGER"
    empty = " AND ".join(_empty_values(name, judged.get(name), exprs[name], params) for name in VALUE_COLUMNS)
    comparable = f"({exprs['year']}) IS NOT NULL"
    if "published" in judged and judged["published"].bad.any():
        comparable += " AND NOT " + _holds("published", judged["published"], judged["published"].bad, params)
    select = ", ".join(f"{sql} AS {name}" for name, sql in exprs.items())
    source = f"{body} AS b " + " ".join(joins)
    order = " ORDER BY b.row" if joins else ""  # a join may reorder; a plain scan keeps the file's order
    typed_sql = f"SELECT {select}, {comparable} AS _comparable FROM {source} WHERE NOT ({empty}){order}"
    typed = scratch.table("typed", typed_sql, _used({**params, "file": file}, typed_sql))
    dropped_sql = f"SELECT b.row FROM {source} WHERE {empty}"
    dropped = scratch.table("dropped", dropped_sql, _used(params, dropped_sql))
    return _Typed(typed, dropped)


def _used(params: dict, sql: str) -> dict | None:
    """The parameters `sql` names (DuckDB refuses others)."""
    return {name: value for name, value in params.items() if f"${name}" in sql} or None


def _expression(scratch: Scratch, name: str, column: Judged | None, joins: list[str]) -> str:
    sql_type = SQL_TYPES.get(name, "VARCHAR")
    if column is None:
        missing = {"area": f"'{WHOLE_MUNICIPALITY}'", "direction": "''", "gender": f"'{TOTAL}'"}
        return missing.get(name, f"NULL::{sql_type}")
    raw = f'b."{name}"'
    mapping = pd.DataFrame({"raw": column.raw, "value": _plain(column.typed)})
    mapping = mapping[mapping["raw"].notna()]
    if sql_type == "VARCHAR":
        direct = bool((mapping["raw"] == mapping["value"]).all())
    else:
        table = scratch.frame("map_check", mapping)
        mismatched = scratch.connection.execute(
            f"SELECT count(*) FROM {table} WHERE TRY_CAST(raw AS {sql_type}) IS DISTINCT FROM value::{sql_type}"
        ).fetchall()[0][0]
        direct = mismatched == 0
    if direct:
        expression = f"TRY_CAST({raw} AS {sql_type})" if sql_type != "VARCHAR" else raw
    else:
        table = scratch.frame("map", mapping)
        alias = f"m_{name}"
        joins.append(f"LEFT JOIN {table} AS {alias} ON {raw} = {alias}.raw")
        expression = f"{alias}.value::{sql_type}"
    fallback = {"area": WHOLE_MUNICIPALITY, "direction": "", "gender": TOTAL}.get(name)
    return f"coalesce({expression}, '{fallback}')" if fallback is not None else expression


def _plain(typed: pd.Series) -> pd.Series:
    """Typed values as DuckDB reads them from a frame: dates as dates, missing as None."""
    if pd.api.types.is_datetime64_any_dtype(typed):  # as ISO text: pandas reaches years Python's date does not
        days = [None if pd.isna(v) else f"{v.year:04d}-{v.month:02d}-{v.day:02d}" for v in typed]
        return pd.Series(days, index=typed.index, dtype=object)
    return typed.astype(object).where(typed.notna(), None)


def _empty_values(name: str, column: Judged | None, expression: str, params: dict) -> str:
    """SQL: the row has nothing in this value column (a cell that failed to parse is not empty)."""
    if column is None:
        return "TRUE"
    if column.bad.any():
        return f"({expression} IS NULL AND NOT {_holds(name, column, column.bad, params)})"
    return f"{expression} IS NULL"


def _holds(name: str, column: Judged, which: pd.Series, params: dict) -> str:
    """SQL: the row's cell is one of the values picked by `which` (passed as a parameter)."""
    params[f"picked_{name}"] = [str(v) for v in column.raw[which] if v is not None]
    return f'coalesce(list_contains($picked_{name}, b."{name}"), false)'


def duplicates_within(scratch: Scratch, typed: str, file: str) -> list[Problem]:
    """Rows that repeat the key of an earlier row of the same file. The keys are compared by hash
    first (integers group fast); only rows whose hash repeats are compared in full."""
    key = ", ".join(KEY)
    repeated = scratch.connection.execute(
        f"SELECT list(row ORDER BY row) FROM {typed} WHERE _comparable AND hash({key}) IN "
        f"(SELECT hash({key}) FROM {typed} WHERE _comparable GROUP BY ALL HAVING count(*) > 1) "
        f"GROUP BY {key} HAVING count(*) > 1"
    ).fetchall()
    problems = []
    for (rows,) in repeated:
        problems += [problem(file, row, "published", "duplicate_key", first_row=int(rows[0])) for row in rows[1:]]
    return problems


def each_row(file: str, rows, column: str | None, code: str, severity: str = ERROR) -> list[Problem]:
    """The same problem on each of `rows`."""
    return [problem(file, row, column, code, severity) for row in rows]


def _problem_order(problem: Problem) -> tuple:
    return (
        problem.file,
        problem.row or 0,
        COLUMN_NAMES.index(problem.column) if problem.column in COLUMN_NAMES else -1,
    )


def empty_frame() -> pd.DataFrame:
    """An observations frame with no rows and the validated dtypes."""
    return empty_observations()


def validate_frame(raw: pd.DataFrame, file: str, row_numbers=None) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Check cells held in a frame (all text, "" for an empty cell) against the contract.

    `row_numbers` are the spreadsheet rows of raw's rows (default: 2, 3, … after the header).
    Returns the typed observations (None when any error was found) and all problems found."""
    header = list(raw.columns)
    problems = header_problems(header, file)
    if has_errors(problems):
        return None, problems
    cells = pd.DataFrame({name: raw[name].astype(object) for name in COLUMN_NAMES if name in header})
    cells["row"] = np.arange(len(raw)) + 2 if row_numbers is None else np.asarray(row_numbers)
    with engine.session() as connection, Scratch(connection) as scratch:
        validated = validate(scratch, scratch.frame("cells", cells), header, file, normalise=False)
        if validated.table is None:
            return None, validated.problems
        columns = ", ".join(FRAME_COLUMNS)
        return fetch(connection, f"SELECT {columns} FROM {validated.table}"), validated.problems
