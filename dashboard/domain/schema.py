"""The data contract, declared once: the columns of an observation file, their kinds, and the key.

dashboard/data/validation.py checks a file against it; data/README.md documents it for people.
"""

from __future__ import annotations

from dataclasses import dataclass

WHOLE_MUNICIPALITY = "Hela kommunen"
# The reference over every municipality, as exports name it (their labels stay Swedish).
ALL_MUNICIPALITIES = "Alla kommuner"
INCREASE, DECREASE = "increase", "decrease"
DIRECTIONS = (INCREASE, DECREASE)
# Whom a figure counts: everyone (T, Kolada's and SCB's "totalt"), women (K) or men (M). A file
# without the column, or an empty cell, is the total. Gaps and verdicts read the total unless
# another is chosen.
TOTAL, WOMEN, MEN = "T", "K", "M"
GENDERS = (TOTAL, WOMEN, MEN)
# The words published tables and SCB's exports write in a "Kön" column (SCB's codes 1 and 2 among
# them), lower case, as the contract's codes; the contract's own columns take T, K and M only.
GENDER_WORDS = {
    **{code.lower(): code for code in GENDERS},
    "totalt": TOTAL,
    "1+2": TOTAL,
    "båda könen": TOTAL,
    "totalt båda könen": TOTAL,
    "män och kvinnor": TOTAL,
    "kvinnor": WOMEN,
    "2": WOMEN,
    "män": MEN,
    "1": MEN,
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text | code | year | number | direction | date | gender
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("municipality", "text", True),
    Column("municipality_code", "code", False),
    Column("area", "text", False),
    Column("goal_area", "text", True),
    Column("goal", "text", False),
    Column("indicator_id", "text", False),
    Column("indicator", "text", True),
    Column("unit", "text", False),
    Column("direction", "direction", False),
    Column("year", "year", True),
    Column("outcome", "number", False),
    Column("target", "number", False),
    Column("source", "text", False),
    Column("published", "date", False),
    Column("comment", "text", False),
    Column("gender", "gender", False),  # last: the columns before it keep their places in files
)
COLUMN_NAMES = tuple(column.name for column in COLUMNS)
REQUIRED = tuple(column.name for column in COLUMNS if column.required)
VALUE_COLUMNS = ("outcome", "target")
# One observation per key; the indicator is identified by indicator_id when given, else by name.
KEY = ("municipality", "area", "indicator_key", "year", "published", "gender")
TEXT_COLUMNS = tuple(c.name for c in COLUMNS if c.kind in {"text", "code", "direction", "gender"})
# Columns added by validation for tracing a value back to its file and row.
TRACE_COLUMNS = ("indicator_key", "file", "row")
FRAME_COLUMNS = COLUMN_NAMES + TRACE_COLUMNS
YEAR_RANGE = (1900, 2200)
