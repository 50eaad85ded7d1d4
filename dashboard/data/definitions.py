"""What an indicator measures, from an optional `indicators.csv` beside the data files: its
definition, unit, direction, source and operating area, and whether the source divides it by
gender. The indicator's detail and the Word report show it as "Definition och källa".

One row per indicator, matched to the observations the way they are identified: by `indicator_id`
when the row gives one, else by the `indicator` name. A defect costs only what it touches, since a
definition is a description, never a figure: a link that is not http(s), an unknown direction or a
yes/no that is neither leaves that cell empty; a row without a key, or repeating an earlier one, is
left out; the rest loads. Where an observation leaves its unit or direction empty the definition's
fills it (`fill_described`); an observation that gives them keeps its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.data import checks
from dashboard.data.scratch import Scratch
from dashboard.data.validation import each_row, header_problems
from dashboard.domain.problems import ERROR, WARNING, Problem, problem

DEFINITION_COLUMNS = (
    "indicator_id",
    "indicator",
    "definition",
    "unit",
    "direction",
    "source_url",
    "operating_area",
    "divided_by_gender",
)
KEY_COLUMNS = ("indicator_id", "indicator")
DEFINITIONS_FRAME_COLUMNS = DEFINITION_COLUMNS + ("indicator_key", "file", "row")
DEFINITIONS_FILES = ("indicators.csv", "indicators.xlsx")
# What a yes/no cell may hold: English as the other columns, Swedish, and Kolada's 1/0 and true/false.
YES, NO = "yes", "no"
YES_WORDS = (YES, "ja", "1", "true")
NO_WORDS = (NO, "nej", "0", "false")
_LINK = re.compile(r"https?://[^\s/?#]+\S*", re.IGNORECASE)


def is_definitions_file(name: str) -> bool:
    return name.lower() in DEFINITIONS_FILES


def empty_definitions() -> pd.DataFrame:
    return pd.DataFrame(
        {name: pd.Series(dtype="int64" if name == "row" else "string") for name in DEFINITIONS_FRAME_COLUMNS}
    )


@dataclass(frozen=True)
class Definition:
    """One indicator's description; None where the file says nothing."""

    indicator_key: str
    text: str | None = None
    unit: str | None = None
    direction: str | None = None
    source_url: str | None = None
    operating_area: str | None = None
    divided_by_gender: bool | None = None

    @property
    def describes(self) -> bool:
        """Whether there is more to show than the unit and direction the figures carry already."""
        return any(value is not None for value in (self.text, self.source_url, self.operating_area)) or (
            self.divided_by_gender is not None
        )


def validate_definitions(raw: pd.DataFrame, file: str, row_numbers=None) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Check a definitions file; returns its usable rows (None only when the header is unusable)
    and every problem found."""
    header = list(raw.columns)
    problems = header_problems(header, file, (), DEFINITION_COLUMNS, values=())
    if not any(name in header for name in KEY_COLUMNS):
        problems.append(problem(file, 1, "/".join(KEY_COLUMNS), "definition_key_column_missing"))
    if any(p.severity == ERROR for p in problems):
        return None, problems
    cells = pd.DataFrame(
        {name: (checks.stripped(raw[name]) if name in header else "") for name in DEFINITION_COLUMNS}, index=raw.index
    )
    numbers = np.arange(len(cells)) + 2 if row_numbers is None else np.asarray(row_numbers)
    rows = pd.Series(numbers, index=cells.index)
    key = cells["indicator_id"].where(cells["indicator_id"] != "", cells["indicator"])
    keyless = key == ""
    found = each_row(file, rows[keyless], KEY_COLUMNS[0], "definition_key_missing")

    direction, bad = checks.directions(cells["direction"])
    found += _bad_cells(file, rows, cells["direction"], bad, "direction", "definition_not_a_direction")
    linked = cells["source_url"].map(lambda url: url == "" or _LINK.fullmatch(url) is not None)
    found += _bad_cells(file, rows, cells["source_url"], ~linked, "source_url", "definition_not_a_link")
    lowered = cells["divided_by_gender"].str.lower()
    divided = lowered.map(lambda word: YES if word in YES_WORDS else NO if word in NO_WORDS else "")
    bad = (lowered != "") & (divided == "")
    found += _bad_cells(file, rows, cells["divided_by_gender"], bad, "divided_by_gender", "definition_not_yes_or_no")

    frame = cells.assign(
        direction=direction,
        source_url=cells["source_url"].where(linked, ""),
        divided_by_gender=divided,
        indicator_key=key,
        file=file,
        row=rows.astype("int64"),
    )[~keyless]
    frame, repeated = _first_of_each(frame)
    order = {name: i for i, name in enumerate(DEFINITION_COLUMNS)}
    problems += sorted(found + repeated, key=lambda p: (p.row or 0, order.get(p.column, -1)))
    return _typed(frame), problems


def _bad_cells(file: str, rows: pd.Series, texts: pd.Series, bad: pd.Series, column: str, code: str) -> list[Problem]:
    return [problem(file, row, column, code, text=text) for row, text in zip(rows[bad], texts[bad])]


def _first_of_each(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """The first row of each indicator; a later one is left out with an error naming both."""
    first = frame.drop_duplicates("indicator_key", keep="first").set_index("indicator_key")
    repeated = frame["indicator_key"].duplicated(keep="first")
    problems = [
        problem(
            str(again.file),
            int(again.row),
            "indicator_id" if _given(again.indicator_id) else "indicator",
            "definition_repeated",
            indicator=str(again.indicator_key),
            first_file=str(first.at[again.indicator_key, "file"]),
            first_row=int(first.at[again.indicator_key, "row"]),
        )
        for again in frame[repeated].itertuples(index=False)
    ]
    return frame[~repeated], problems


def _given(value) -> bool:
    return not pd.isna(value) and str(value) != ""


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    text = [name for name in DEFINITIONS_FRAME_COLUMNS if name != "row"]
    typed = frame[list(DEFINITIONS_FRAME_COLUMNS)].astype({name: "string" for name in text})
    typed[text] = typed[text].replace("", pd.NA)
    return typed.reset_index(drop=True)


def combine_definitions(frames: list[pd.DataFrame]) -> tuple[pd.DataFrame, list[Problem]]:
    """The definitions of several files as one (indicators.csv and indicators.xlsx): an indicator
    a file before already describes is left out, with an error naming both rows."""
    frames = [frame for frame in frames if not frame.empty]
    if not frames:
        return empty_definitions(), []
    if len(frames) == 1:
        return frames[0], []
    frame, problems = _first_of_each(pd.concat(frames, ignore_index=True))
    return frame.reset_index(drop=True), problems


def unknown_indicators(definitions: pd.DataFrame, keys: set[str]) -> list[Problem]:
    """A warning for each definition of an indicator no observation has: a mistyped id or name
    would otherwise leave its definition unseen in silence."""
    missing = definitions[~definitions["indicator_key"].isin(keys)]
    return [
        problem(
            str(row.file),
            int(row.row),
            "indicator_id" if _given(row.indicator_id) else "indicator",
            "definition_unknown_indicator",
            WARNING,
            indicator=str(row.indicator_key),
        )
        for row in missing.itertuples(index=False)
    ]


def fill_described(scratch: Scratch, table: str, definitions: pd.DataFrame) -> None:
    """Where observations in `table` leave the unit or direction empty, the definition's fills
    them; a value the observation gives is kept."""
    given = definitions[definitions["unit"].notna() | definitions["direction"].notna()]
    if given.empty:
        return
    described = scratch.frame("described", given[["indicator_key", "unit", "direction"]].astype(object))
    scratch.connection.execute(
        f"UPDATE {table} AS t SET unit = coalesce(t.unit, d.unit), "
        "direction = CASE WHEN t.direction = '' THEN coalesce(d.direction, '') ELSE t.direction END "
        f"FROM {described} AS d WHERE t.indicator_key = d.indicator_key "
        "AND ((t.unit IS NULL AND d.unit IS NOT NULL) OR (t.direction = '' AND d.direction IS NOT NULL))"
    )


def by_key(definitions: pd.DataFrame) -> dict[str, Definition]:
    """The definitions by indicator key, as the views look them up."""

    def value(cell) -> str | None:
        return None if pd.isna(cell) else str(cell)

    return {
        str(row.indicator_key): Definition(
            str(row.indicator_key),
            value(row.definition),
            value(row.unit),
            value(row.direction),
            value(row.source_url),
            value(row.operating_area),
            None if pd.isna(row.divided_by_gender) else row.divided_by_gender == YES,
        )
        for row in definitions.itertuples(index=False)
    }
