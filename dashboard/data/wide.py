"""Published "wide" tables, as councils print them, turned into long observation rows.

A first column of indicator names, then columns such as `Utfall 2017`, `Senaste utfall 2020`,
`Mål 2019`, `Målvärde 2020` (or `Målvärde` with a target year given), or a plain `2018` (an
outcome). Optional columns `Enhet`, `Riktning` and `Id`. Municipality, goal area, publication date
and source come from the import options. The direction is read from phrases like "ska öka" /
"ska minska" in the name when there is no `Riktning` column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from dashboard.data.numbers import normalise_numbers
from dashboard.domain.problems import WARNING, Problem, problem
from dashboard.domain.schema import DECREASE, GENDER_WORDS, INCREASE

# The words published tables use, as they are read (data vocabulary, not text Målbild shows).
_OUTCOME = re.compile(r"(?:senaste\s+)?utfall\s*(\d{4})", re.IGNORECASE)
_TARGET = re.compile(r"mål(?:värde)?\s*(\d{4})", re.IGNORECASE)
_TARGET_WITHOUT_YEAR = ("målvärde", "mål")
_DIRECTION_IN_NAME = re.compile(r"\bska\s+(öka|minska|höjas|sänkas)", re.IGNORECASE)
_RISING_IN_NAME = ("öka", "höjas")
_YEAR = re.compile(r"(\d{4})")
_EXTRA = {
    "enhet": "unit",
    "unit": "unit",
    "riktning": "direction",
    "direction": "direction",
    "id": "indicator_id",
    "indikator-id": "indicator_id",
    "kolada-id": "indicator_id",
    "kpi": "indicator_id",
    "kön": "gender",
    "gender": "gender",
}
_DIRECTION_WORDS = {
    "öka": INCREASE,
    "ökar": INCREASE,
    "ökning": INCREASE,
    "höja": INCREASE,
    "minska": DECREASE,
    "minskar": DECREASE,
    "sänka": DECREASE,
    "minskning": DECREASE,
    "increase": INCREASE,
    "decrease": DECREASE,
}


@dataclass(frozen=True)
class WideOptions:
    municipality: str | None = None
    municipality_code: str | None = None
    goal_area: str | None = None
    area: str | None = None
    published: str | None = None
    source: str | None = None
    target_year: int | None = None


def looks_wide(header: list[str]) -> bool:
    """A header with year columns (Utfall/Mål/plain years) and no `year` column is a wide table."""
    names = [h.strip().lower() for h in header]
    return "year" not in names and any(_column_kind(h, None)[0] in ("outcome", "target") for h in header[1:])


def wide_to_long(
    cells: pd.DataFrame, header: list[str], rows: pd.Series, file: str, options: WideOptions
) -> tuple[pd.DataFrame, pd.Series, list[Problem]]:
    """Long-format text cells and their spreadsheet rows, plus the problems found in the table
    itself (each placed at the original row and column, e.g. 'Utfall 2018')."""
    problems = [
        problem(file, None, None, code, option=option)
        for code, option, value in (
            ("table_municipality_missing", "--municipality", options.municipality),
            ("table_goal_area_missing", "--goal-area", options.goal_area),
        )
        if not value
    ]
    kinds = {}
    for position, name in enumerate(header[1:], start=1):
        kind, year = _column_kind(name, options.target_year)
        if kind is None:
            problems.append(problem(file, 1, name or f"#{position + 1}", "unknown_table_heading"))
        elif kind == "target_without_year":
            problems.append(problem(file, 1, name, "table_column_without_year"))
        else:
            kinds[position] = (kind, year, name)
    values = [p for p, (kind, _, _) in kinds.items() if kind in ("outcome", "target")]
    numbers, number_problems = normalise_numbers(cells, values, rows, file, {p: kinds[p][2] for p in values})
    problems += number_problems
    records, record_rows = [], []
    for index, line in numbers.iterrows():
        name = str(cells.at[index, 0]).strip()
        present = {p: str(line[p]) for p in values if str(line[p])}
        if not name:
            if present:
                problems.append(problem(file, rows[index], header[0] or "#1", "values_without_indicator"))
            continue
        extra = {
            kinds[p][0]: str(cells.at[index, p]).strip() for p in kinds if kinds[p][0] not in ("outcome", "target")
        }
        for position, text in present.items():
            kind, year, column = kinds[position]
            if not _is_number(text):
                problems.append(
                    problem(file, rows[index], column, "not_a_number", text=str(cells.at[index, position]).strip())
                )
                continue
            records.append(_record(name, year, kind, text, extra, options))
            record_rows.append(int(rows[index]))
    undirected = sorted({r["indicator"] for r in records if not r["direction"]})
    if undirected:
        problems.append(problem(file, None, None, "indicators_without_direction", WARNING, count=len(undirected)))
    return pd.DataFrame(records, columns=_LONG_COLUMNS), pd.Series(record_rows, dtype="int64"), problems


def _is_number(text: str) -> bool:
    try:
        return float(text) == float(text)  # not NaN
    except ValueError:
        return False


_LONG_COLUMNS = [
    "municipality",
    "municipality_code",
    "area",
    "goal_area",
    "indicator_id",
    "indicator",
    "unit",
    "direction",
    "year",
    "outcome",
    "target",
    "source",
    "published",
    "comment",
    "gender",
]


def _record(name: str, year: int, kind: str, text: str, extra: dict, options: WideOptions) -> dict:
    direction = extra.get("direction") or direction_from_name(name) or ""
    unit = extra.get("unit") or ("%" if re.search(r"%\.?\s*$", name) else "")
    return {
        "municipality": options.municipality or "",
        "municipality_code": options.municipality_code or "",
        "area": options.area or "",
        "goal_area": options.goal_area or "",
        "indicator_id": extra.get("indicator_id", ""),
        "indicator": name,
        "unit": unit,
        "direction": _direction_word(direction),
        "year": str(year),
        "outcome": text if kind == "outcome" else "",
        "target": text if kind == "target" else "",
        "source": options.source or "",
        "published": options.published or "",
        "comment": "",
        # a "Kön" column's word as its code; an empty cell is the total, anything else goes on to validation
        "gender": GENDER_WORDS.get(extra.get("gender", "").lower(), extra.get("gender", "")),
    }


def direction_from_name(name: str) -> str | None:
    """'… ska öka' → increase, '… ska minska' → decrease, else None."""
    match = _DIRECTION_IN_NAME.search(name)
    if not match:
        return None
    return INCREASE if match.group(1).lower() in _RISING_IN_NAME else DECREASE


def _direction_word(text: str) -> str:
    """Swedish words in a Riktning column are understood; anything else goes to the validator as is."""
    return _DIRECTION_WORDS.get(text.strip().lower(), text)


def _column_kind(name: str, target_year: int | None) -> tuple[str | None, int | None]:
    text = str(name).strip()
    lowered = text.lower()
    if lowered in _EXTRA:
        return _EXTRA[lowered], None
    if match := _OUTCOME.fullmatch(text):
        return "outcome", int(match.group(1))
    if match := _TARGET.fullmatch(text):
        return "target", int(match.group(1))
    if lowered in _TARGET_WITHOUT_YEAR:
        return ("target", target_year) if target_year else ("target_without_year", None)
    if match := _YEAR.fullmatch(text):
        return "outcome", int(match.group(1))
    return None, None
