"""Numbers as Swedish spreadsheets write them: 1 234,5 · 12,5 % · −3 · '-' or '–' for missing.

Number cells are normalised to plain decimal-point text ('1234.5') before validation, so the
validator sees one format. A file uses one decimal mark, the one most of its decimals use; a cell
with the other mark is reported, since '1.234' could be a thousand or one point two three four.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from dashboard.domain.problems import Problem, problem

MISSING_MARKS = {"", "-", "–", "—", "..", "…"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[\s\u00a0\u202f\u2009]\d{3})+(?:[,.]\d+)?")
_COMMA_DECIMAL = r"[+-]?\d+,\d+"
_POINT_DECIMAL = r"[+-]?\d+\.\d+"


def clean(text: str) -> str:
    """Drop a % sign, thousands spaces and the typographic minus; '' for the missing marks."""
    text = str(text).strip().replace("\u2212", "-")
    if text in MISSING_MARKS:
        return ""
    text = text.removesuffix("%").strip()
    if _GROUPED.fullmatch(text):
        text = _SPACES.sub("", text)
    return text


@dataclass(frozen=True)
class DecimalMark:
    """A file's decimal mark: the one most of its decimals use. With both marks in the file, a cell
    with the other one is wrong; decimal commas become points unless points are the file's mark."""

    mark: str
    both: bool
    points: bool

    @classmethod
    def of(cls, cleaned: list[tuple[pd.Series, pd.Series]]) -> DecimalMark:
        """From the cleaned cells of the number columns, each with how many rows hold it."""
        commas = sum(int(counts[values.str.fullmatch(_COMMA_DECIMAL)].sum()) for values, counts in cleaned)
        points = sum(int(counts[values.str.fullmatch(_POINT_DECIMAL)].sum()) for values, counts in cleaned)
        return cls("," if commas > points else ".", bool(commas and points), bool(points))

    @property
    def problem_code(self) -> str:
        return "other_decimal_mark_than_comma" if self.mark == "," else "other_decimal_mark_than_point"

    def apply(self, values: pd.Series) -> tuple[pd.Series, pd.Series]:
        """(decimal-point text, wrong): a cell with the other mark is wrong and left empty."""
        foreign = _POINT_DECIMAL if self.mark == "," else _COMMA_DECIMAL
        wrong = values.str.fullmatch(foreign) if self.both else pd.Series(False, index=values.index)
        values = values.where(~wrong, "")
        decimal_comma = values.str.fullmatch(_COMMA_DECIMAL)
        if self.mark == "," or not self.points:
            values = values.where(~decimal_comma, values.str.replace(",", ".", regex=False))
        return values, wrong.astype(bool)


def normalise_numbers(
    frame: pd.DataFrame, columns: list[str], rows: pd.Series, file: str, headers: dict[str, str] | None = None
) -> tuple[pd.DataFrame, list[Problem]]:
    """Clean the number columns and turn decimal commas into points.

    `rows` are the spreadsheet rows of frame's rows; `headers` names each column as the file
    does (e.g. 'Utfall 2018' for a wide table) so a problem points where the person looks.
    """
    present = [column for column in columns if column in frame.columns]
    out = frame.copy()
    cleaned = {column: frame[column].astype(str).map(clean) for column in present}
    mark = DecimalMark.of([(values, pd.Series(1, index=values.index)) for values in cleaned.values()])
    problems = []
    for column, values in cleaned.items():
        out[column], wrong = mark.apply(values)
        for row, text in zip(rows[wrong], frame.loc[wrong, column]):
            problems.append(
                problem(file, row, (headers or {}).get(column, column), mark.problem_code, text=str(text).strip())
            )
    return out, problems
