"""Read observation files from disk: one file, or every .csv and .xlsx file in a folder.

A file with any error is left out whole and its problems are reported; the other files in the
folder still load. Files load in name order, so a later file that repeats a key already loaded
is the one reported.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.data import readers
from dashboard.data.goals import empty_goals, is_goals_file
from dashboard.data.readers import read_path
from dashboard.data.validation import duplicate_problems, empty_frame
from dashboard.domain.problems import ERROR, Problem, problem

DATA_SUFFIXES = {".csv", ".xlsx"}
log = logging.getLogger("malbild")


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
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DATA_SUFFIXES)
        base = path
        if not files:
            return LoadResult(
                empty_frame(),
                (problem(path.name or str(path), None, None, "folder_without_data_files"),),
                source=str(path),
            )
    elif path.is_file():
        files, base = [path], path.parent
    else:
        return LoadResult(empty_frame(), (problem(str(path), None, None, "path_missing"),), source=str(path))

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
    return LoadResult(_concat(acc.frames), tuple(acc.problems), goals, tuple(acc.loaded), tuple(acc.failed), str(path))


def read_file(file: Path, label: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read and validate one file (CSV in any of the accepted dialects, or .xlsx); never raises:
    a file the reader cannot handle is reported, and the other files still load."""
    try:
        return read_path(file, label, goals=is_goals_file(Path(file).name))
    except Exception:  # a reader bug must not take the whole folder down
        log.exception("could not read %s", file)
        return None, [problem(label, None, None, "internal_read_error")]


def read_text(text: str, label: str, goals: bool = False) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Parse CSV text (header row first) and validate it as observations or goals."""
    return readers.read_text(text, label, goals=goals)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    if not frames:
        return empty_frame()
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
