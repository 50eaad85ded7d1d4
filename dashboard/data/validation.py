"""Check one file's cells against the data contract (dashboard/domain/schema.py), reporting every
problem at once.

The validator takes the raw cells of one file (all text, empty string for an empty cell) and
returns typed observations plus a list of problems, each naming file, row and column. Rows are
numbered as a spreadsheet shows them: the header is row 1, the first observation row 2.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain.problems import ERROR, WARNING, Problem, has_errors, problem
from dashboard.domain.schema import (
    COLUMN_NAMES,
    DIRECTIONS,
    FRAME_COLUMNS,
    KEY,
    REQUIRED,
    TEXT_COLUMNS,
    VALUE_COLUMNS,
    WHOLE_MUNICIPALITY,
    YEAR_RANGE,
)


def empty_frame() -> pd.DataFrame:
    """An observations frame with no rows and the validated dtypes."""
    return _typed(pd.DataFrame({name: pd.Series(dtype=object) for name in FRAME_COLUMNS}))


def validate_frame(raw: pd.DataFrame, file: str, row_numbers=None) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Check one file's cells against the contract.

    `row_numbers` are the spreadsheet rows of raw's rows (default: 2, 3, … after the header).
    Returns the typed observations (None when any error was found) and all problems found.
    """
    problems = _header_problems(list(raw.columns), file)
    if has_errors(problems):
        return None, problems
    cells = raw[[c for c in raw.columns if c in COLUMN_NAMES]].copy()
    for name in COLUMN_NAMES:
        if name not in cells.columns:
            cells[name] = ""
    cells = cells.apply(lambda column: column.astype(str).str.strip())
    numbers = np.arange(len(cells)) + 2 if row_numbers is None else np.asarray(row_numbers)
    rows = pd.Series(numbers, index=cells.index)

    for name in REQUIRED:
        problems += each_row(file, rows[cells[name] == ""], name, "value_missing")
    year = _parse_years(cells["year"], rows, file, problems)
    values = {name: _parse_numbers(cells[name], rows, name, file, problems) for name in VALUE_COLUMNS}
    direction = _parse_directions(cells["direction"], rows, file, problems)
    published = parse_dates(cells["published"], rows, file, problems)
    check_codes(cells["municipality_code"], rows, file, problems)

    frame = cells.replace("", None)
    frame["area"] = frame["area"].fillna(WHOLE_MUNICIPALITY)
    frame["direction"] = direction
    frame["year"], frame["published"] = year, published
    frame["outcome"], frame["target"] = values["outcome"], values["target"]
    frame["indicator_key"] = frame["indicator_id"].fillna(frame["indicator"])
    frame["file"], frame["row"] = file, rows

    unparsed = rows.isin({p.row for p in problems if p.column in VALUE_COLUMNS})
    empty = frame["outcome"].isna() & frame["target"].isna() & ~unparsed
    problems += each_row(file, rows[empty], None, "row_without_values", WARNING)
    frame = frame[~empty]
    # A row whose year or date did not parse is an error already; comparing its key means nothing.
    comparable = frame["year"].notna() & ((cells.loc[frame.index, "published"] == "") | frame["published"].notna())
    problems += duplicate_problems(frame[comparable], file)

    if has_errors(problems):
        return None, sorted(problems, key=_problem_order)
    return _typed(frame[list(FRAME_COLUMNS)]), sorted(problems, key=_problem_order)


def duplicate_problems(frame: pd.DataFrame, file: str, earlier: pd.DataFrame | None = None) -> list[Problem]:
    """Rows that repeat the key of an earlier row (in this file, or in files loaded before)."""
    key = list(KEY)
    combined = frame if earlier is None or earlier.empty else pd.concat([earlier, frame], ignore_index=True)
    keyed = combined[key].astype(object).where(combined[key].notna(), "")
    repeated = keyed.duplicated(keep="first").to_numpy()[len(combined) - len(frame) :]
    if not repeated.any():
        return []
    first = combined.loc[~keyed.duplicated(keep="first")].assign(_k=keyed.apply(tuple, axis=1))
    first_by_key = dict(zip(first["_k"], zip(first["file"], first["row"])))
    problems = []
    for row, key_values in zip(frame["row"][repeated], keyed.tail(len(frame))[repeated].apply(tuple, axis=1)):
        first_file, first_row = first_by_key[key_values]
        if first_file == file:
            problems.append(problem(file, row, "published", "duplicate_key", first_row=int(first_row)))
        else:
            problems.append(
                problem(
                    file, row, "published", "duplicate_key_in_file", first_file=first_file, first_row=int(first_row)
                )
            )
    return problems


def _header_problems(header: list[str], file: str) -> list[Problem]:
    problems = []
    seen = set()
    for position, name in enumerate(header, start=1):
        if name == "":
            problems.append(problem(file, 1, f"#{position}", "column_without_heading", WARNING))
            continue
        if name in seen:
            problems.append(problem(file, 1, name, "column_repeated"))
        seen.add(name)
    for name in REQUIRED:
        if name not in header:
            problems.append(problem(file, 1, name, "required_column_missing"))
    if not any(name in header for name in VALUE_COLUMNS):
        problems.append(problem(file, 1, "outcome/target", "value_column_missing"))
    for name in header:
        if name and name not in COLUMN_NAMES:
            problems.append(problem(file, 1, name, "unknown_column", WARNING))
    return problems


def _parse_numbers(cells: pd.Series, rows: pd.Series, name: str, file: str, problems: list) -> pd.Series:
    numbers = pd.to_numeric(cells.where(cells != ""), errors="coerce").astype("float64")
    bad = (cells != "") & ~np.isfinite(numbers.fillna(0.0)) | (cells != "") & numbers.isna()
    for row, text in zip(rows[bad], cells[bad]):
        if _is_decimal_comma(text):
            problems.append(
                problem(file, row, name, "not_a_number_decimal_comma", text=text, fixed=text.replace(",", "."))
            )
        else:
            problems.append(problem(file, row, name, "not_a_number", text=text))
    return numbers.where(~bad)


def _is_decimal_comma(text: str) -> bool:
    return text.count(",") == 1 and text.replace(",", "").replace("-", "", 1).isdigit()


def _parse_years(cells: pd.Series, rows: pd.Series, file: str, problems: list) -> pd.Series:
    looks_like_year = cells.str.fullmatch(r"-?\d+(\.0+)?")
    numbers = pd.to_numeric(cells.where((cells != "") & looks_like_year), errors="coerce")
    whole = numbers.notna() & (numbers == numbers.round())
    in_range = whole & numbers.between(*YEAR_RANGE)
    bad = (cells != "") & ~in_range
    for row, text in zip(rows[bad], cells[bad]):
        problems.append(problem(file, row, "year", "not_a_year", text=text))
    return numbers.where(in_range).astype("Int64")


def _parse_directions(cells: pd.Series, rows: pd.Series, file: str, problems: list) -> pd.Series:
    lowered = cells.str.lower()
    bad = (cells != "") & ~lowered.isin(DIRECTIONS)
    for row, text in zip(rows[bad], cells[bad]):
        problems.append(problem(file, row, "direction", "unknown_direction", text=text))
    # an empty direction stays empty: undeclared. Gaps and statuses read it as higher-is-better (the
    # documented default), but nothing ranks or calls one outcome better than another on it.
    return lowered.where(lowered.isin(DIRECTIONS), "")


def parse_dates(cells: pd.Series, rows: pd.Series, file: str, problems: list) -> pd.Series:
    dates = pd.to_datetime(cells.where(cells.str.fullmatch(r"\d{4}-\d{2}-\d{2}")), format="%Y-%m-%d", errors="coerce")
    bad = (cells != "") & dates.isna()
    for row, text in zip(rows[bad], cells[bad]):
        problems.append(problem(file, row, "published", "not_a_date", text=text))
    return dates.astype("datetime64[s]")


def check_codes(cells: pd.Series, rows: pd.Series, file: str, problems: list) -> None:
    bad = (cells != "") & ~cells.str.fullmatch(r"\d{4}")
    for row, text in zip(rows[bad], cells[bad]):
        problems.append(problem(file, row, "municipality_code", "not_a_municipality_code", text=text))


def each_row(file: str, rows: pd.Series, column: str | None, code: str, severity: str = ERROR) -> list[Problem]:
    """The same problem on each of `rows`."""
    return [problem(file, row, column, code, severity) for row in rows]


def _problem_order(problem: Problem) -> tuple:
    return (
        problem.file,
        problem.row or 0,
        COLUMN_NAMES.index(problem.column) if problem.column in COLUMN_NAMES else -1,
    )


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    typed = frame.copy()
    for name in TEXT_COLUMNS + ("indicator_key", "file"):
        typed[name] = typed[name].astype("string")
    typed["year"] = typed["year"].astype("Int64")
    typed["row"] = typed["row"].astype("int64")
    for name in VALUE_COLUMNS:
        typed[name] = typed[name].astype("float64")
    typed["published"] = typed["published"].astype("datetime64[s]")
    return typed.reset_index(drop=True)
