"""Read observation files from disk: one CSV file, or every *.csv in a folder.

A file with any error is left out whole and its problems are reported; the other files in the
folder still load. Files load in name order, so a later file that repeats a key already loaded
is the one reported.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.goals import empty_goals, is_goals_file, validate_goals
from dashboard.schema import ERROR, Problem, duplicate_problems, empty_frame, validate_frame


@dataclass(frozen=True)
class LoadResult:
    observations: pd.DataFrame
    problems: tuple[Problem, ...] = ()
    goals: pd.DataFrame = field(default_factory=empty_goals)
    loaded_files: tuple[str, ...] = ()
    failed_files: tuple[str, ...] = ()
    source: str = ""

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)


@dataclass
class _Accumulator:
    frames: list[pd.DataFrame] = field(default_factory=list)
    goals: list[pd.DataFrame] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def load_path(path: Path) -> LoadResult:
    """Load a CSV file or a folder of CSV files, keeping every file that validates."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.glob("*.csv") if p.is_file())
        base = path
        if not files:
            return LoadResult(empty_frame(), (Problem(path.name or str(path), None, None,
                                                      "mappen innehåller inga CSV-filer"),), source=str(path))
    elif path.is_file():
        files, base = [path], path.parent
    else:
        return LoadResult(empty_frame(), (Problem(str(path), None, None, "filen eller mappen finns inte"),),
                          source=str(path))

    acc = _Accumulator()
    for file in files:
        label = str(file.relative_to(base))
        frame, problems = read_file(file, label)
        goals = is_goals_file(file.name)
        if frame is not None and not goals:
            problems += duplicate_problems(frame, label, _concat(acc.frames))
        acc.problems += problems
        if frame is None or any(p.severity == ERROR for p in problems):
            acc.failed.append(label)
        else:
            (acc.goals if goals else acc.frames).append(frame)
            acc.loaded.append(label)
    goals = pd.concat(acc.goals, ignore_index=True) if acc.goals else empty_goals()
    return LoadResult(_concat(acc.frames), tuple(acc.problems), goals, tuple(acc.loaded), tuple(acc.failed),
                      str(path))


def read_file(file: Path, label: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read and validate one CSV file; never raises for a bad file."""
    try:
        text = Path(file).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [Problem(label, _line_of(file, error.start), None,
                              "filen är inte UTF-8-kodad (spara den som CSV UTF-8)")]
    except OSError as error:
        return None, [Problem(label, None, None, f"filen kunde inte läsas ({error.strerror})")]
    return read_text(text, label, goals=is_goals_file(Path(file).name))


def read_text(text: str, label: str, goals: bool = False) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Parse CSV text (comma-separated, header row first) and validate it as observations or goals.

    Read without a header so the header row sets the field count (a longer row is an error, not
    a shifted one) and blank lines keep their place in the spreadsheet's row numbering.
    """
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return None, [Problem(label, None, None, "filen är tom")]
    try:
        cells = pd.read_csv(io.StringIO(text), header=None, dtype=str, keep_default_na=False,
                            skip_blank_lines=False, index_col=False).fillna("")
    except pd.errors.ParserError as error:
        return None, [_parser_problem(label, str(error))]
    except (pd.errors.EmptyDataError, csv.Error) as error:
        return None, [Problem(label, None, None, f"filen kunde inte tolkas som CSV ({error})")]
    header = [str(cell).strip() for cell in cells.iloc[0]]
    body = cells.iloc[1:]
    body = body[(body != "").any(axis=1)]  # blank lines
    raw = pd.DataFrame(body.to_numpy(), columns=header)
    validate = validate_goals if goals else validate_frame
    return validate(raw, label, row_numbers=body.index.to_numpy() + 1)


def _parser_problem(label: str, message: str) -> Problem:
    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if match:
        expected, line, seen = (int(g) for g in match.groups())
        return Problem(label, line, None, f"raden har {seen} fält men rubrikraden har {expected}")
    return Problem(label, None, None, f"filen kunde inte tolkas som CSV ({message})")


def _line_of(file: Path, byte_offset: int) -> int:
    return Path(file).read_bytes()[:byte_offset].count(b"\n") + 1


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    if not frames:
        return empty_frame()
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
